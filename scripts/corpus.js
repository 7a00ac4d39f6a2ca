// `node scripts/corpus.js <folder>`: runs every JSON document under a folder of real-world
// documents through the built drop-in (`npm run build` first), one <folio-article> each, in headless
// Chromium, and prints a table: its format, then rendered, rendered with warnings, a dead end (an
// empty article with no link to its full text) or refused, and why; then the counts per format.
// Local only (not part of `npm test`): the documents are not ours to commit.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './browsers.js';
import { formatName } from '../dist/model-node.js';

/** Where the page loads dist/ from, as from a CDN: folio.js and the files it loads on demand. */
const CDN = 'https://cdn.example/folio-embed/dist/';
/** The page that embeds each document, as a third-party site would: an http(s) page elsewhere. */
const HOST_PAGE = 'https://host.example/news/page.html';
/** A document that neither renders nor fails within this many milliseconds counts as refused. */
const TIMEOUT = 10_000;
/** What became of a document, in the order the summary counts them. */
const OUTCOMES = ['rendered', 'warnings', 'dead-end', 'refused'];

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: node scripts/corpus.js <folder of JSON documents>');
  process.exit(1);
}

const files = walk(folder)
  .filter((file) => file.endsWith('.json'))
  .sort();
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  // Nothing leaves this machine: images and links in the documents stay unloaded.
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND'],
});
const rows = [];
try {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url === HOST_PAGE) {
      request.respond({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><body></body></html>',
      });
    } else if (url.startsWith(CDN) && /^[\w.-]+\.js$/.test(url.slice(CDN.length))) {
      const body = readFileSync(`dist/${url.slice(CDN.length)}`, 'utf8');
      request.respond({
        contentType: 'text/javascript',
        headers: { 'access-control-allow-origin': '*' },
        body,
      });
    } else {
      request.abort();
    }
  });
  await page.goto(HOST_PAGE);
  await page.addScriptTag({ url: `${CDN}folio.js`, type: 'module' });
  await page.waitForFunction(() => customElements.get('folio-article'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    rows.push({ file: relative(folder, file), format: format(text), ...(await run(page, text)) });
  }
} finally {
  await browser.close();
}
print(rows);

/** The format the model tells the document is in, or `-` for one it refuses (or no JSON). */
function format(text) {
  try {
    return formatName(JSON.parse(text)) ?? '-';
  } catch {
    return '-';
  }
}

/** Renders one document: its outcome, the warnings it drew, and the reason for a refusal. */
async function run(page, text) {
  let article;
  try {
    article = JSON.parse(text);
  } catch (error) {
    return { outcome: 'refused', warnings: 0, reason: `not JSON: ${error.message}` };
  }
  return page.evaluate(
    (article, timeout) =>
      new Promise((resolve) => {
        const element = document.createElement('folio-article');
        let warnings = 0;
        let firstWarning = '';
        const done = (result) => {
          clearTimeout(timer);
          element.remove();
          resolve(result);
        };
        const timer = setTimeout(
          () =>
            done({
              outcome: 'refused',
              warnings,
              reason: `neither folio-load nor folio-error in ${timeout} ms`,
            }),
          timeout,
        );
        element.addEventListener('folio-warning', ({ detail }) => {
          warnings += detail.warnings.length;
          firstWarning ||= detail.warnings[0]?.message ?? '';
        });
        element.addEventListener('folio-load', () =>
          // Warnings come with the render: wait for the frame that shows it.
          requestAnimationFrame(() => {
            const root = element.shadowRoot;
            // A header over nothing, with no link on to the full text, leaves the reader nowhere.
            const dead = !root.querySelector('[part="body"] > *') && !root.querySelector('[part="locked"], [part="full-text"]');
            const outcome = dead ? 'dead-end' : warnings ? 'warnings' : 'rendered';
            done({ outcome, warnings, reason: firstWarning });
          }),
        );
        element.addEventListener('folio-error', ({ detail }) =>
          done({ outcome: 'refused', warnings, reason: detail.message }),
        );
        element.article = article;
        document.body.append(element);
      }),
    article,
    TIMEOUT,
  );
}

function print(rows) {
  const width = Math.max(...rows.map((row) => row.file.length));
  const formatWidth = Math.max(6, ...rows.map((row) => row.format.length));
  console.log(`${'file'.padEnd(width)}  ${'format'.padEnd(formatWidth)}  outcome   warnings / reason`);
  for (const { file, format, outcome, warnings, reason } of rows) {
    const count = outcome === 'refused' ? '' : String(warnings);
    console.log(
      `${file.padEnd(width)}  ${format.padEnd(formatWidth)}  ${outcome.padEnd(9)} ${count.padStart(3)}  ${reason.replace(/\s+/g, ' ').slice(0, 160)}`,
    );
  }
  console.log(`\n${'format'.padEnd(formatWidth)}  documents  ${OUTCOMES.join('  ')}`);
  for (const format of [...new Set(rows.map((row) => row.format))].sort()) {
    const mine = rows.filter((row) => row.format === format);
    const counts = OUTCOMES.map((outcome) => String(mine.filter((row) => row.outcome === outcome).length).padStart(outcome.length));
    console.log(`${format.padEnd(formatWidth)}  ${String(mine.length).padStart(9)}  ${counts.join('  ')}`);
  }
  const count = (outcome) => rows.filter((row) => row.outcome === outcome).length;
  console.log(
    `\n${rows.length} documents: ${count('rendered')} rendered, ${count('warnings')} rendered with warnings, ${count('dead-end')} dead ends, ${count('refused')} refused`,
  );
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
