// Test-only routes the runner's server answers, for what static files cannot do:
//   /__folio/json?delay=MS&body=URI-ENCODED-JSON   answers the body after a delay
//   /__folio/status/CODE                           answers with that HTTP status
import { setTimeout as sleep } from 'node:timers/promises';

export async function folioRoutes(ctx, next) {
  const { path, query } = ctx;
  if (!path.startsWith('/__folio/')) return next();
  if (path === '/__folio/json') {
    await sleep(Number(query.delay ?? 0));
    ctx.type = 'application/json';
    ctx.body = query.body ?? '{}';
    return;
  }
  const status = /^\/__folio\/status\/(\d{3})$/.exec(path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'text/plain';
    ctx.body = `status ${status[1]}`;
    return;
  }
  return next();
}
