// A plain node:http server that sends articles rendered on the server: the page shows the whole
// article before any script runs, then folio-hydrate.js takes it over in place.
//
// The article is rendered when its file changes, not on every request: a render costs tens of
// milliseconds, which a busy page should not pay per visit. renderArticle refuses a document past
// its limits (5 MB of JSON, 2,000 blocks, 200 related articles) with a FolioInputError.
//
//   npm install folio-embed @lit-labs/ssr jsdom
//   node ssr-server.js article.json        (PORT=8080 by default; it prints its address)
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { renderArticle } from 'folio-embed/ssr';

const articleFile = process.argv[2] ?? 'article.json';
const hydrateFile = fileURLToPath(import.meta.resolve('folio-embed/folio-hydrate.js'));

const page = (article) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>An article</title>
    <script type="module" src="/folio-hydrate.js"></script>
  </head>
  <body>
    ${article}
  </body>
</html>
`;

/** The page of the article as its file is now, rendered once per change of the file. */
let rendered;
async function articlePage() {
  const { mtimeMs } = await stat(articleFile);
  if (rendered?.mtimeMs !== mtimeMs) {
    const html = readFile(articleFile, 'utf8').then((json) =>
      renderArticle(JSON.parse(json), { lang: 'en' }),
    );
    const entry = (rendered = { mtimeMs, page: html.then(page) });
    // A failed render is tried again on the next request.
    entry.page.catch(() => rendered === entry && (rendered = undefined));
  }
  return rendered.page;
}

const server = createServer(async (request, response) => {
  try {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (request.url === '/folio-hydrate.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(await readFile(hydrateFile));
    } else if (request.url === '/') {
      const html = await articlePage();
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'x-content-type-options': 'nosniff',
      });
      response.end(html);
    } else {
      response.writeHead(404).end();
    }
  } catch (error) {
    // The details are for the operator's log, not for every visitor.
    console.error(error);
    response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Could not render the article.\n');
  }
});

server.listen(Number(process.env.PORT ?? 8080), () => {
  console.log(`http://localhost:${server.address().port}/`);
});
