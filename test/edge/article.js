// The hostile article every server runtime renders, and what its answer must be: sanitized markup
// in a declarative shadow root, with nothing left that could run.
import assert from 'node:assert/strict';

export const ARTICLE = {
  title: 'Edge <b>news</b>',
  body: [
    {
      type: 'html',
      html: '<p>Hello <img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><script>alert(2)</script></p>',
    },
  ],
};

export const ARTICLE_URL = 'https://news.example/a/1';

export function assertRendered(html) {
  assert.match(html, /^<folio-article><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /Edge &lt;b&gt;news&lt;\/b&gt;|Edge news/);
  assert.match(html, /<p>Hello <img src="https:\/\/news\.example\/a\/x" loading="lazy"><a>x<\/a><\/p>/);
  // The markup, that is: the inline JSON holds the input as it came, for the client to read.
  const markup = html.replace(/<script type="application\/json"[^>]*>.*?<\/script>/s, '');
  assert.doesNotMatch(markup, /onerror|javascript:|<script/);
}
