// Test-only routes the runner's server answers, for what static files cannot do:
//   /__folio/json?delay=MS&body=URI-ENCODED-JSON   answers the body after a delay
//   /__folio/status/CODE                           answers with that HTTP status
//   /__folio/text?type=MIME&body=TEXT              answers any body with any content type
//   /__folio/large?bytes=N&declared=1              answers a JSON body of N bytes, with or without Content-Length
//   /__folio/hang                                  never answers
//   /__folio/hang-body                             sends headers and the start of a body, then nothing more
//   /__folio/void/ANY/PATH                         204 No Content: a fast, quiet target for images and links
//   /__folio/page.html?csp=…&script=URL&body=HTML  a test page, served with a Content-Security-Policy
//   /__folio/bundle/folio.js                       the drop-in bundle, built in memory from src/
//   /__folio/bundle/folio.js.sri                   its Subresource Integrity value, as the build writes it
//   /__folio/bundle/folio-hydrate.js               the same with Lit's hydration support
//   /__folio/bundle/FILE                           any other file of those builds: what folio.js loads
//                                                  on demand, `.sri` files, folio.importmap.json
//   /__folio/copy/FILE                             the same files at a second address: a second copy of Folio
//   /__folio/tampered/FILE                         the same files, each on-demand one changed by a comment
//   /__folio/ssr.html?file=PATH&lang=…&hide=…&url=…&jsonld=1&stylesheets=URL&csp=…&script=URL
//                                                  a test page holding folio-embed/ssr's HTML for the
//                                                  article JSON at PATH (or, with `hostile=1`, for an
//                                                  article made of the safety tests' vectors)
//   /__folio/ssr/FILE.css                          the elements' CSS files its build wrote, to link
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { bundle, bundleFile, bundleIntegrity } from './bundle.js';
import { testPage } from './page.js';
import { buildForNode, loadSsr } from './ssr.js';
import { readFile } from 'node:fs/promises';

export async function folioRoutes(ctx, next) {
  const { path, query } = ctx;
  // Hostile URLs the safety tests render become image requests for paths like `/%E0%A4%A` or
  // `/%00x`: answered here, they would otherwise make the static file server log a stack trace.
  if (!servable(path)) return void (ctx.status = 400);
  if (!path.startsWith('/__folio/')) return next();
  const route = path.slice('/__folio/'.length);
  if (route === 'json') {
    await sleep(Number(query.delay ?? 0));
    ctx.type = 'application/json';
    ctx.body = query.body ?? '{}';
  } else if (/^status\/\d{3}$/.test(route)) {
    ctx.status = Number(route.slice(-3));
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
  } else if (route === 'text') {
    ctx.type = query.type ?? 'text/plain';
    ctx.body = query.body ?? '';
    ctx.status = 200; // an empty body would otherwise become 204
  } else if (route === 'large') {
    const bytes = Number(query.bytes);
    const json = `{"title":"Large","dek":"${'a'.repeat(Math.max(0, bytes - 30))}"}`.padEnd(bytes);
    ctx.type = 'application/json';
    // A stream has no known length, so the client cannot refuse it before reading.
    ctx.body = query.declared ? json : Readable.from(chunks(json, 64 * 1024));
  } else if (route === 'hang') {
    await closed(ctx);
    ctx.status = 204; // nobody is listening any more; this only keeps the runner's 404 list clean
  } else if (route === 'hang-body') {
    ctx.type = 'application/json';
    ctx.body = new Readable({ read() {} });
    ctx.body.push('{"title": "never ends", "dek": "');
    closed(ctx).then(() => ctx.body.destroy());
  } else if (route.startsWith('void/')) {
    ctx.status = 204;
  } else if (route === 'page.html') {
    ctx.type = 'text/html';
    ctx.body = testPage(query);
    if (query.csp) ctx.set('Content-Security-Policy', query.csp);
  } else if (route === 'bundle/folio.js' || route === 'bundle/folio-hydrate.js') {
    ctx.type = 'text/javascript';
    ctx.body = await bundle(route.endsWith('hydrate.js') ? 'hydrate' : 'drop-in');
  } else if (route === 'bundle/folio.js.sri') {
    ctx.type = 'text/plain';
    ctx.body = await bundleIntegrity();
  } else if (/^(bundle|copy|tampered)\/folio[\w.-]*$/.test(route)) {
    const [folder, name] = route.split('/');
    const mode = name.startsWith('folio-hydrate') ? 'hydrate' : 'drop-in';
    let body = await bundleFile(mode, name);
    if (body === undefined) return next();
    const onDemand = /^folio(-hydrate)?-.+\.js$/.test(name) && !name.startsWith('folio-hydrate.');
    if (folder === 'tampered' && onDemand) body += '\n// changed on its way\n';
    ctx.type = name.endsWith('.js')
      ? 'text/javascript'
      : name.endsWith('.json')
        ? 'application/json'
        : 'text/plain';
    ctx.body = body;
  } else if (route === 'ssr.html') {
    const { renderArticle } = await loadSsr();
    const article = query.hostile ? await hostileArticle() : JSON.parse(await readFile(query.file, 'utf8'));
    const html = await renderArticle(article, {
      lang: query.lang,
      hide: query.hide,
      url: query.url,
      stylesheets: query.stylesheets,
      emitJsonLd: Boolean(query.jsonld),
      onWarning: () => {},
    });
    ctx.type = 'text/html';
    ctx.body = testPage({ ...query, body: html });
    if (query.csp) ctx.set('Content-Security-Policy', query.csp);
  } else if (/^ssr\/folio-[a-z-]+\.css$/.test(route)) {
    ctx.type = 'text/css';
    ctx.body = await readFile(new URL(route.slice('ssr/'.length), (await loadSsr()).out));
  } else {
    return next();
  }
}

let hostile;

/** An article with every hostile vector of test/safety/vectors.ts in its dek and as a block of HTML. */
function hostileArticle() {
  hostile ??= buildForNode({ vectors: 'test/safety/vectors.ts' }, 'folio-vectors')
    .then((out) => import(new URL('vectors.js', out)))
    .then(({ vectors }) => ({
      url: 'https://news.example/a/1',
      title: 'Hostile',
      dek: vectors.join(' '),
      body: vectors.map((html) => ({ type: 'html', html })),
    }));
  return hostile;
}

function servable(path) {
  try {
    const file = decodeURIComponent(path);
    return !file.includes('\0') && !/(^|[\\/])\.\.([\\/]|$)/.test(file);
  } catch {
    return false;
  }
}

/** Resolves when the client goes away (it aborted, or the page closed). */
const closed = (ctx) => new Promise((resolve) => ctx.req.socket.once('close', resolve));

function* chunks(text, size) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
