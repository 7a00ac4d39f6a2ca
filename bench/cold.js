// The reader's wait, in the bench: `<folio-article>` with the demo article rendered cold on a fresh
// page, from the moment its script starts loading (fetch from this machine, parse, compile, run,
// define, render, layout), then rendered again, then updated with a new article. Interleaved in the
// same run with two references: the Lit floor (bench/lit-floor.js, the same markup from the same
// data with nothing else) and static, the final HTML with declarative shadow roots set by
// `setHTMLUnsafe` with no script at all.
const SIDES = ['folio', 'lit', 'static'];

/** The goals of issue 19: cold and updates against the Lit floor, later renders against static. */
export const COLD_TARGETS = { cold: { lit: 1.1 }, again: { static: 1.3 }, update: { lit: 1.3 } };

/**
 * Runs `pages` fresh pages per side, each with a cold render, `renders` later ones and two
 * updates; `bundles` maps a side to the script it loads (paths on the server at `origin`).
 * Resolves to medians of main-thread CPU time and wall time per side and kind.
 */
export async function benchColdRender({ browser, origin, bundles, pages, renders, median }) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  const url = `${origin}/bench/pages/cold.html`;
  const open = async () => {
    await page.goto(url);
    await page.waitForFunction(() => window.bench);
    await page.evaluate(() => bench.prepare());
  };
  await open();
  const markup = await page.evaluate((bundle) => bench.markup(bundle), bundles.folio);

  const order = [];
  const counts = {};
  await page.tracing.start({ categories: ['blink.user_timing'] });
  for (let i = 0; i < pages; i++) {
    // Each side goes first as often as the others, so that drift hits them alike.
    for (const side of [...SIDES.slice(i % 3), ...SIDES.slice(0, i % 3)]) {
      await open();
      await page.evaluate((...args) => bench.cold(...args), side, bundles[side], markup);
      order.push([side, 'cold']);
      for (let r = 0; r < renders; r++) {
        await page.evaluate((...args) => bench.again(...args), side, markup);
        order.push([side, 'again']);
      }
      if (side === 'static') continue; // static HTML has no data to update
      for (const edition of [1, 2]) {
        await page.evaluate((...args) => bench.update(...args), side, edition);
        order.push([side, 'update']);
      }
      counts[side] = await page.evaluate(() => bench.count());
    }
  }
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  await page.close();
  const marks = trace.traceEvents.filter((event) => event.name.startsWith('folio-bench:'));
  const samples = Object.fromEntries(SIDES.map((side) => [side, { cold: [], again: [], update: [] }]));
  order.forEach(([side, kind], i) => {
    const [start, end] = marks.slice(2 * i, 2 * i + 2);
    samples[side][kind].push({ cpu: (end.tts - start.tts) / 1000, wall: (end.ts - start.ts) / 1000 });
  });
  const result = { counts, samples };
  for (const side of SIDES) {
    result[side] = Object.fromEntries(
      Object.entries(samples[side])
        .filter(([, list]) => list.length)
        .map(([kind, list]) => [
          kind,
          { cpu: median(list.map((s) => s.cpu)), wall: median(list.map((s) => s.wall)) },
        ]),
    );
  }
  return result;
}
