/**
 * An update with a new article: the body's blocks that it shares with the one before keep their
 * nodes (nothing sanitized or built again), and what changed is rendered anew.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/folio-article.js';

const article = (first: string, body: { type: 'paragraph'; html: string }[] = []) => ({
  title: 'Shared blocks',
  body: [{ type: 'paragraph', html: first }, { type: 'paragraph', html: 'The <em>same</em> text.' }, ...body],
});

describe('<folio-article> updated with a new article', () => {
  it('keeps the nodes of the blocks that did not change, and renders the ones that did', async () => {
    const el = await fixture<FolioArticle>(
      html`<folio-article .article=${article('One <b>first</b>.')}></folio-article>`,
    );
    const paragraphs = () => [...el.shadowRoot!.querySelectorAll('[part="body"] p')];
    const [first, same] = paragraphs().map((p) => p.querySelector('b, em'));
    el.article = article('Another <b>first</b>.');
    await el.updateComplete;
    const [newFirst, sameAgain] = paragraphs().map((p) => p.querySelector('b, em'));
    expect(sameAgain).to.equal(same);
    expect(newFirst).not.to.equal(first);
    expect(paragraphs()[0].textContent).to.equal('Another first.');
  });

  it('renders every block again when an <h1> in the HTML shifts the headings', async () => {
    const el = await fixture<FolioArticle>(
      html`<folio-article .article=${article('<h2>Part</h2>')}></folio-article>`,
    );
    const heading = () => el.shadowRoot!.querySelector('[part="body"] h2, [part="body"] h3')!;
    expect(heading().localName).to.equal('h2');
    el.article = article('<h2>Part</h2>', [{ type: 'paragraph', html: '<h1>Top</h1>' }]);
    await el.updateComplete;
    expect(heading().localName).to.equal('h3');
  });
});
