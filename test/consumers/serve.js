// A static server for built apps and sites on a free port of this machine: the files under `dir`,
// and `routes` (a path and the text it answers with) before them.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

export async function serve(dir, routes = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = path.endsWith('/') ? `${path}index.html` : path;
    const body = routes[path] ?? (path.includes('..') ? undefined : read(join(dir, file)));
    response.writeHead(body === undefined ? 404 : 200, {
      'content-type': TYPES[extname(file)] ?? 'text/plain',
    });
    response.end(body ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.origin = `http://127.0.0.1:${server.address().port}`;
  return server;
}

function read(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
