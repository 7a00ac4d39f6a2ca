// A plain node:http server that sends articles rendered on the server: the page shows the whole
// article before any script runs, then folio-hydrate.js takes it over in place.
//
//   npm install folio-embed @lit-labs/ssr domino
//   node ssr-server.js article.json        (PORT=8080 by default; it prints its address)
import { readFile } from 'node:fs/promises';
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

const server = createServer(async (request, response) => {
  try {
    if (request.url === '/folio-hydrate.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(await readFile(hydrateFile));
    } else if (request.url === '/') {
      // Read on each request, so an edited article shows on reload.
      const article = JSON.parse(await readFile(articleFile, 'utf8'));
      const html = await renderArticle(article, { lang: 'en' });
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page(html));
    } else {
      response.writeHead(404).end();
    }
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`Could not render the article: ${error.message}\n`);
  }
});

server.listen(Number(process.env.PORT ?? 8080), () => {
  console.log(`http://localhost:${server.address().port}/`);
});
