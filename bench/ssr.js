// Server rendering in the bench: renderArticle's time in Node for the demo article and for one ten
// times longer, then in Chromium the first contentful paint of its page against the floor (the
// same markup as plain static HTML, no shadow roots and no script), and the time folio-hydrate.js
// takes, from the start of its script, to take every element of the page over.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bundle } from '../test/server/bundle.js';
import { buildForNode } from '../test/server/ssr.js';

const DIR = 'bench/results/ssr';

/** The demo article with its body repeated `repeat` times, its images on the bench server (as bench.js makes it). */
function demoArticle(origin, repeat) {
  const article = JSON.parse(readFileSync('demo/articles/demo.json', 'utf8'));
  article.url = `${origin}/demo/articles/demo.json`;
  article.body = Array.from({ length: repeat }, (_, copy) =>
    article.body.map((block) =>
      block.type === 'ad' && copy ? { ...block, id: `${block.id}-${copy}` } : block,
    ),
  ).flat();
  return article;
}

const page = (body, head = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Folio bench: server rendering</title>
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`;

// Times the drop-in from its first statement until every element, nested ones included, has updated.
const HYDRATE = `<script type="module">
  const start = performance.now();
  await import('./folio-hydrate.js');
  const hosts = [...document.querySelectorAll('folio-article')];
  for (const host of hosts) {
    await host.updateComplete;
    hosts.push(...host.shadowRoot.querySelectorAll('folio-share-bar, folio-related'));
  }
  window.hydrated = performance.now() - start;
</script>`;

export async function benchServerRendering({ browser, origin, samples, median }) {
  const { renderArticle } = await import(new URL('ssr.js', await buildForNode({}, 'folio-bench-ssr')));
  const quiet = { onWarning: () => {} };
  const node = {};
  for (const repeat of [1, 10]) {
    const article = demoArticle(origin, repeat);
    for (let i = 0; i < 3; i++) await renderArticle(article, quiet); // warm up: code, jsdom, caches
    const times = [];
    for (let i = 0; i < samples; i++) {
      const start = performance.now();
      await renderArticle(article, quiet);
      times.push(performance.now() - start);
    }
    node[repeat] = median(times);
  }

  mkdirSync(DIR, { recursive: true });
  const html = await renderArticle(demoArticle(origin, 1), quiet);
  writeFileSync(`${DIR}/folio-hydrate.js`, await bundle('hydrate'));
  writeFileSync(`${DIR}/ssr.html`, page(html, HYDRATE));
  // The floor: the same markup read as plain HTML, its shadow roots' content in place.
  const plain = html.replace(/<template shadowroot="open" shadowrootmode="open">|<\/template>/g, '');
  writeFileSync(`${DIR}/floor.html`, page(plain));

  const paint = { folio: [], floor: [] };
  const hydration = [];
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1200, height: 900 });
  for (let i = 0; i < samples; i++) {
    for (const side of i % 2 ? ['floor', 'folio'] : ['folio', 'floor']) {
      await tab.goto(`${origin}/${DIR}/${side === 'folio' ? 'ssr' : 'floor'}.html?n=${i}`);
      if (side === 'folio')
        hydration.push(await tab.waitForFunction(() => window.hydrated).then((h) => h.jsonValue()));
      paint[side].push(
        await tab.evaluate(
          () =>
            new Promise((resolve) =>
              new PerformanceObserver((list, observer) => {
                observer.disconnect();
                resolve(list.getEntriesByName('first-contentful-paint')[0].startTime);
              }).observe({ type: 'paint', buffered: true }),
            ),
        ),
      );
    }
  }
  await tab.close();
  return {
    renderArticle: { demo: node[1], tenTimes: node[10] },
    firstPaint: { folio: median(paint.folio), floor: median(paint.floor), target: 1.1 },
    hydration: median(hydration),
  };
}
