import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/folio-article.js';
import { fullArticle, withChanges } from '../fixtures/articles.js';
import { loadFixture } from '../fixtures/formats/index.js';
import { normalizeArticle } from '../../src/model/normalize.js';
import { until } from '../helpers.js';

const emitted = (el: Element) => el.querySelectorAll(':scope > script[type="application/ld+json"]');
const jsonLd = (el: Element) => {
  const scripts = emitted(el);
  expect(scripts).to.have.length(1);
  return JSON.parse(scripts[0].textContent!);
};

describe('<folio-article emit-jsonld>', () => {
  describe('when the article renders', () => {
    it('writes a schema.org NewsArticle into its light DOM, where crawlers read it', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article emit-jsonld .article=${fullArticle}></folio-article>`,
      );
      expect(jsonLd(el)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'River towns learn to live with floods',
        description: 'Three towns on one river tried three different answers.',
        url: 'https://news.example/world/2026/river-towns',
        mainEntityOfPage: 'https://news.example/world/2026/river-towns',
        image: {
          '@type': 'ImageObject',
          url: 'https://news.example/img/river.jpg',
          width: 1200,
          height: 675,
          caption: 'Main Street in March.',
        },
        datePublished: '2026-03-04',
        dateModified: '2026-03-05T10:00:00Z',
        author: [
          { '@type': 'Person', name: 'Ada Brook', url: 'https://news.example/people/ada' },
          { '@type': 'Person', name: 'Tom Reed' },
        ],
        articleSection: 'Climate',
        keywords: ['floods', 'rivers'],
        inLanguage: 'en',
        articleBody: [
          'The river rose twice in one week, said the mayor.',
          'What changed',
          'We build with the water now.',
          'Raise the houses\nOpen the floodplain',
          'What is next',
          'Block HTML with a mail link.',
        ].join('\n\n'),
      });
    });

    it('writes the same for an article that came in another format', async () => {
      const el = await fixture<FolioArticle>(html`<folio-article emit-jsonld></folio-article>`);
      el.article = await loadFixture('wordpress', 'post-embedded.json');
      await el.updateComplete;
      expect(jsonLd(el)).to.include({
        headline: 'The “early boat” returns: what changes on Monday',
        datePublished: '2024-04-15T07:30:00Z',
        articleSection: 'Travel & Transport',
      });
    });

    it('marks a locked article as not free to read, the way paywalls are marked for Google', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article emit-jsonld .article=${withChanges({ locked: true, body: [] })}></folio-article>`,
      );
      const json = jsonLd(el);
      expect(json).to.include({ headline: fullArticle.title, isAccessibleForFree: false });
      expect(json).not.to.have.property('articleBody');
      // Read back, the JSON-LD gives the locked article again.
      expect(normalizeArticle(json).locked).to.equal(true);
    });

    it('escapes "<" so the JSON cannot close its script', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article
          emit-jsonld
          .article=${withChanges({ title: '</script><script>alert(1)</script>' })}
        ></folio-article>`,
      );
      const script = emitted(el)[0];
      expect(script.textContent).not.to.contain('<');
      expect(JSON.parse(script.textContent!).headline).to.equal('</script><script>alert(1)</script>');
    });
  });

  describe('when the article changes', () => {
    it('keeps one script, in step with the article', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article emit-jsonld .article=${fullArticle}></folio-article>`,
      );
      el.article = withChanges({ title: 'A new headline' });
      await el.updateComplete;
      expect(jsonLd(el).headline).to.equal('A new headline');
    });

    it('removes the script when the input turns invalid', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article emit-jsonld .article=${fullArticle}></folio-article>`,
      );
      el.article = { dek: 'No title' };
      await el.updateComplete;
      expect(emitted(el)).to.have.length(0);
    });

    it('removes the script when emit-jsonld is turned off, and writes it again when it is turned on', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article emit-jsonld .article=${fullArticle}></folio-article>`,
      );
      el.removeAttribute('emit-jsonld');
      await el.updateComplete;
      expect(emitted(el)).to.have.length(0);
      el.setAttribute('emit-jsonld', '');
      await el.updateComplete;
      expect(jsonLd(el).headline).to.equal(fullArticle.title);
    });

    it('is written inside the element, so the page keeps none once the element is gone', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article emit-jsonld .article=${fullArticle}></folio-article>`,
      );
      const onPage = () => document.querySelectorAll('script[type="application/ld+json"]');
      expect([...onPage()]).to.deep.equal([...emitted(el)]);
      el.remove();
      expect(onPage()).to.have.length(0);
    });

    it('keeps one script when the element is moved in the DOM', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article emit-jsonld .article=${fullArticle}></folio-article>`,
      );
      const box = document.createElement('div');
      el.after(box);
      box.append(el);
      el.article = withChanges({ title: 'Moved' });
      await el.updateComplete;
      expect(jsonLd(el).headline).to.equal('Moved');
    });
  });

  describe('when the host gave the article inline', () => {
    it('leaves inline JSON untouched and adds the JSON-LD beside it', async () => {
      const inline = JSON.stringify(fullArticle);
      const el = await fixture<FolioArticle>(
        html`<folio-article emit-jsonld>
          <script type="application/json">
            ${inline}
          </script>
        </folio-article>`,
      );
      await until(() => emitted(el).length);
      expect(el.querySelector('script[type="application/json"]')!.textContent!.trim()).to.equal(inline);
      expect(jsonLd(el).headline).to.equal(fullArticle.title);
    });

    it('adds nothing when the inline article already is JSON-LD', async () => {
      const json = await loadFixture('json-ld', 'news-article.json');
      const el = await fixture<FolioArticle>(
        html`<folio-article emit-jsonld>
          <script type="application/ld+json">
            ${JSON.stringify(json)}
          </script>
        </folio-article>`,
      );
      await el.updateComplete;
      expect(emitted(el)).to.have.length(1);
      expect(JSON.parse(emitted(el)[0].textContent!)).to.deep.equal(json);
    });
  });

  it("reads its own inline JSON first, even after a host's JSON-LD child", async () => {
    const host = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'The host page' };
    const el = await fixture<FolioArticle>(
      html`<folio-article>
        <script type="application/ld+json">
          ${JSON.stringify(host)}
        </script>
        <script type="application/json">
          ${JSON.stringify({ title: 'The article' })}
        </script>
      </folio-article>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('The article');
  });

  describe('without the attribute', () => {
    it('writes nothing into the light DOM', async () => {
      const el = await fixture<FolioArticle>(html`<folio-article .article=${fullArticle}></folio-article>`);
      expect(el.children).to.have.length(0);
    });
  });
});
