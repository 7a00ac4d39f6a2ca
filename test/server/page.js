// A bare test page: no inline script or style, so it can be served under a strict
// Content-Security-Policy. The probe is a classic script, so it runs before anything else and sees
// everything; the page's own modules (`script=`) run after the body is parsed, in order.
const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function testPage(query) {
  const modules = [query.script ?? []].flat();
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Folio test page</title>
    <script src="/test/safety/pages/probe.js"></script>
    ${modules.map((src) => `<script type="module" src="${escape(src)}"></script>`).join('\n    ')}
  </head>
  <body>
    ${query.body ?? ''}
  </body>
</html>
`;
}
