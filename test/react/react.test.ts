import { expect } from '@open-wc/testing';
// Default imports: the test server hands React's CommonJS modules to the browser as one default export.
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import { FolioArticle, FolioRelated, FolioShareBar } from '../../src/react/index.js';
import { fullArticle } from '../fixtures/articles.js';
import { loadFixture } from '../fixtures/formats/index.js';
import { shadow, until } from '../helpers.js';

const { act } = React;
const { createRoot } = ReactDOMClient;

// Tells React that this is a test, so `act` flushes renders and effects.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** How the current test's React root is unmounted, set by `renderReact`. */
let unmount: (() => void) | undefined;

/**
 * Renders `element` with React into a fresh container, and unmounts it after the test (even one
 * that fails). `rerender` renders a new element into the same root, as a parent's update would.
 */
async function renderReact(element: React.ReactElement) {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  unmount = () => {
    act(() => root.unmount());
    container.remove();
  };
  await act(async () => root.render(element));
  const rerender = (next: React.ReactElement) => act(async () => root.render(next));
  return { container, rerender };
}
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

describe('folio-embed/react', () => {
  describe('<FolioArticle>', () => {
    it('passes an article object as a property, not an attribute', async () => {
      const { container } = await renderReact(React.createElement(FolioArticle, { article: fullArticle }));
      const el = container.querySelector('folio-article')!;
      await el.updateComplete;
      expect(el.hasAttribute('article')).to.equal(false);
      expect(shadow(el).querySelector('h1')!.textContent).to.equal(fullArticle.title);
    });

    it('calls onFolioLoad with the normalized article, in any format', async () => {
      const loaded: string[] = [];
      const post = await loadFixture('wordpress', 'post-embedded.json');
      await renderReact(
        React.createElement(FolioArticle, {
          article: post,
          onFolioLoad: (event) => loaded.push(event.detail.article.title),
        }),
      );
      await until(() => loaded.length);
      expect(loaded).to.deep.equal(['The “early boat” returns: what changes on Monday']);
    });

    it('calls onFolioError with the field path of bad input', async () => {
      const paths: (string | undefined)[] = [];
      await renderReact(
        React.createElement(FolioArticle, {
          article: { title: 'x', body: 9 },
          onFolioError: (event) => paths.push(event.detail.path),
        }),
      );
      await until(() => paths.length);
      expect(paths).to.deep.equal(['body']);
    });

    it('calls onFolioWarning with what was repaired or left out', async () => {
      const paths: string[] = [];
      await renderReact(
        React.createElement(FolioArticle, {
          article: { title: 'x', body: '<p>y</p>', tags: 'a, b' },
          onFolioWarning: (event) => paths.push(...event.detail.warnings.map(({ path }) => path)),
        }),
      );
      await until(() => paths.length);
      expect(paths).to.deep.equal(['tags']);
    });

    it('sets boolean and kebab-case attributes from camelCase props', async () => {
      const { container } = await renderReact(
        React.createElement(FolioArticle, { article: fullArticle, emitJsonLd: true, hide: 'related' }),
      );
      const el = container.querySelector('folio-article')!;
      await el.updateComplete;
      expect(el.emitJsonLd).to.equal(true);
      expect(el.querySelector('script[type="application/ld+json"]')).not.to.equal(null);
    });

    it('re-renders when React gives it a new article', async () => {
      const { container, rerender } = await renderReact(
        React.createElement(FolioArticle, { article: fullArticle }),
      );
      await rerender(React.createElement(FolioArticle, { article: { ...fullArticle, title: 'Second' } }));
      const el = container.querySelector('folio-article')!;
      await el.updateComplete;
      expect(shadow(el).querySelector('h1')!.textContent).to.equal('Second');
    });
  });

  describe('<FolioShareBar>', () => {
    it('calls onFolioShare before a share, and the callback can cancel it', async () => {
      const shared: string[] = [];
      const { container } = await renderReact(
        React.createElement(FolioShareBar, {
          url: 'https://news.example/a/1',
          headline: 'A headline',
          networks: 'email',
          onFolioShare: (event) => {
            shared.push(event.detail.network);
            event.preventDefault();
          },
        }),
      );
      const bar = container.querySelector('folio-share-bar')!;
      await bar.updateComplete;
      const link = await until(() => shadow(bar).querySelector<HTMLAnchorElement>('a[href^="mailto:"]'));
      link.click();
      expect(shared).to.deep.equal(['email']);
    });
  });

  describe('<FolioRelated>', () => {
    it('renders the related items it is given and calls onFolioNavigate when one is chosen', async () => {
      const chosen: string[] = [];
      const items = [
        { url: 'https://news.example/a/2', title: 'Second story' },
        { url: 'https://news.example/a/3', title: 'Third story' },
      ];
      const { container } = await renderReact(
        React.createElement(FolioRelated, {
          items,
          onFolioNavigate: (event) => {
            chosen.push(event.detail.url);
            event.preventDefault();
          },
        }),
      );
      const carousel = container.querySelector('folio-related')!;
      const link = await until(() =>
        [...shadow(carousel).querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) =>
          a.textContent!.includes('Third story'),
        ),
      );
      link.click();
      expect(chosen).to.deep.equal(['https://news.example/a/3']);
    });
  });
});
