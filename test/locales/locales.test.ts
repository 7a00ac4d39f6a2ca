import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/folio-article.js';
import type { FolioShareBar } from '../../src/share-bar/folio-share-bar.js';
import type { FolioRelated } from '../../src/related/folio-related.js';
import { registerTranslation } from '../../src/index.js';
import { format } from '../../src/internal/i18n.js';
import { loadTranslation, translationFor } from '../../src/internal/translations.js';
import { $, setPageLang, shadow, until } from '../helpers.js';
import { withChanges } from '../fixtures/articles.js';
import { summaryItems } from '../related/fixtures.js';

/** The languages Folio ships besides English; ar, fa and he are written right to left. */
const LANGUAGES = [
  'ar',
  'bn',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'fa',
  'fi',
  'fr',
  'he',
  'hi',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'nb',
  'nl',
  'pl',
  'pt',
  'ro',
  'ru',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh-Hans',
  'zh-Hant',
];
const RTL = ['ar', 'fa', 'he'];

/** An article in no declared language, so that the page around it speaks its labels. */
const unlabelled = withChanges({ lang: undefined, related: summaryItems(3) });

/** The three elements of an article: itself, its share bar and its carousel, each rendered. */
async function parts(el: FolioArticle) {
  const bar = shadow(el).querySelector<FolioShareBar>('folio-share-bar')!;
  const related = shadow(el).querySelector<FolioRelated>('folio-related')!;
  await Promise.all([bar.updateComplete, related.updateComplete]);
  return { bar, related };
}

/** Whether a locale file was fetched (the test server serves `src/locales/<code>.ts`). */
const fetched = (code: string) =>
  performance
    .getEntriesByType('resource')
    .some(({ name }) => new URL(name).pathname.startsWith(`/src/locales/${code}.`));

describe('languages', () => {
  let undo: (() => void) | undefined;
  afterEach(() => {
    undo?.();
    undo = undefined;
  });

  describe('loaded on demand', () => {
    it('fetches a language only when an element needs it, and shows no English before it arrives', async () => {
      expect(fetched('it')).to.equal(false);
      const box = await fixture<HTMLElement>(html`<div lang="it"></div>`);
      const bar = document.createElement('folio-share-bar');
      bar.setAttribute('url', 'https://news.example/a');
      box.append(bar);
      // Every state the bar is seen in, from its first render on.
      const seen: string[] = [];
      new MutationObserver(() => seen.push($(bar, 'ul')?.getAttribute('aria-label') ?? '')).observe(
        shadow(bar),
        { childList: true, subtree: true, attributes: true },
      );
      await bar.updateComplete;
      expect(fetched('it')).to.equal(true);
      expect(seen.length).to.be.above(0);
      expect([...new Set(seen)]).to.deep.equal(['Condividi']);
    });

    it('renders nested elements in the language an article declares, once it arrives', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article
          .article=${withChanges({ lang: 'ja', related: summaryItems(3) })}
        ></folio-article>`,
      );
      const { bar, related } = await parts(el);
      expect($(el, '[part="byline"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('2026年3月4日 公開');
      expect($(bar, 'ul')!.getAttribute('aria-label')).to.equal('シェア');
      expect($(related, 'h2')!.textContent).to.equal('関連記事');
    });
  });

  describe('a page in French, a page in German', () => {
    for (const [lang, by, share, heading] of [
      ['fr', 'Par Ada Brook et Tom Reed', 'Partager', 'Articles liés'],
      ['de', 'Von Ada Brook und Tom Reed', 'Teilen', 'Ähnliche Artikel'],
    ]) {
      it(`speaks the page's language: <html lang="${lang}">`, async () => {
        undo = setPageLang(lang);
        const el = await fixture<FolioArticle>(html`<folio-article .article=${unlabelled}></folio-article>`);
        const { bar, related } = await parts(el);
        expect($(el, '[part="byline"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(by);
        expect($(bar, 'ul')!.getAttribute('aria-label')).to.equal(share);
        expect($(related, 'h2')!.textContent).to.equal(heading);
      });
    }
  });

  describe('registerTranslation', () => {
    it('gives an element already on the page a language Folio does not ship', async () => {
      const bar = await fixture<FolioShareBar>(
        html`<folio-share-bar lang="cy" url="https://news.example/a" networks="x copy"></folio-share-bar>`,
      );
      const names = () => [...shadow(bar).querySelectorAll('[part~="button"]')].map((b) => b.ariaLabel);
      expect(names()).to.deep.equal(['Share on X', 'Copy link']);
      registerTranslation({ $code: 'cy', $name: 'Cymraeg', $dir: 'ltr', shareOn: 'Rhannu ar {network}' });
      // What it leaves out is English.
      await until(() => names()[0] === 'Rhannu ar X');
      expect(names()[1]).to.equal('Copy link');
    });

    it('rewords a shipped language, whose file fills in the rest', async () => {
      registerTranslation({ $code: 'nl', copyLink: 'Kopieer de link' });
      const bar = await fixture<FolioShareBar>(
        html`<folio-share-bar lang="nl-BE" url="https://news.example/a" networks="x copy"></folio-share-bar>`,
      );
      const names = [...shadow(bar).querySelectorAll('[part~="button"]')].map((b) => b.ariaLabel);
      expect(names).to.deep.equal(['Delen op X', 'Kopieer de link']);
    });
  });

  describe('direction', () => {
    it('follows an ancestor’s dir="rtl" in all three elements, in a language written left to right', async () => {
      const box = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="en">
          <folio-article .article=${unlabelled}></folio-article>
          <folio-share-bar url="https://news.example/a"></folio-share-bar>
          <folio-related .items=${summaryItems(3)}></folio-related>
        </div>`,
      );
      const article = box.querySelector<FolioArticle>('folio-article')!;
      const { bar, related } = await parts(article);
      const alone = [
        box.querySelector<FolioShareBar>('folio-share-bar')!,
        box.querySelector<FolioRelated>('folio-related')!,
      ];
      await Promise.all(alone.map((el) => el.updateComplete));
      const inners = [
        $(article, 'article')!,
        $(bar, '.bar')!,
        $(related, 'section')!,
        $(alone[0], '.bar')!,
        $(alone[1], 'section')!,
      ];
      expect(inners.map((inner) => inner.dir)).to.deep.equal(Array(5).fill('rtl'));
      expect(inners.map((inner) => getComputedStyle(inner).direction)).to.deep.equal(Array(5).fill('rtl'));
      expect($(related, 'h2')!.textContent).to.equal('Related Articles');
    });
  });

  describe('every language', () => {
    for (const code of LANGUAGES) {
      it(`${code}: every element shows its strings, ${RTL.includes(code) ? 'right to left' : 'left to right'}`, async () => {
        await loadTranslation(code);
        const strings = translationFor(code);
        expect(strings.$code).to.equal(code);
        const box = await fixture<HTMLElement>(
          html`<div lang=${code}><folio-article .article=${unlabelled}></folio-article></div>`,
        );
        const el = box.firstElementChild as FolioArticle;
        const { bar, related } = await parts(el);
        const dir = RTL.includes(code) ? 'rtl' : 'ltr';
        // The article declares no language: its content is not labelled with the UI's, its labels are.
        expect([$(el, 'article')!.lang, $(el, 'article')!.dir]).to.deep.equal(['', dir]);
        expect($(el, '[part="byline"]')!.lang).to.equal(code);
        expect(getComputedStyle($(el, 'article')!).direction).to.equal(dir);
        const published = $(el, '[part="byline"] time')!
          .parentElement!.textContent!.replace(/\s+/g, ' ')
          .trim();
        const date = $(el, '[part="byline"] time')!.textContent!;
        expect(published).to.equal(format(strings.published, { date }).replace(/\s+/g, ' ').trim());
        expect($(el, '[part="ad"]')!.getAttribute('aria-label')).to.equal(strings.advertisement);

        expect([$(bar, '.bar')!.dir, $(bar, 'ul')!.getAttribute('aria-label')]).to.deep.equal([
          dir,
          strings.share,
        ]);
        expect($(bar, '[part~="facebook"]')!.ariaLabel).to.equal(
          format(strings.shareOn, { network: 'Facebook' }),
        );
        expect($(bar, '[part~="email"]')!.ariaLabel).to.equal(strings.shareByEmail);

        expect([$(related, 'section')!.dir, $(related, 'h2')!.textContent]).to.deep.equal([
          dir,
          strings.relatedHeading,
        ]);
        expect($(related, '[part="next-button"]')!.ariaLabel).to.equal(strings.next);
        const number = new Intl.NumberFormat(code);
        expect($(related, '[part="card"]')!.ariaLabel).to.equal(
          format(strings.slidePosition, { n: number.format(1), total: number.format(3) }),
        );
      });
    }
  });
});
