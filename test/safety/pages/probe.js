// Runs first on Folio's test pages (a classic script, before any module) and records what the
// test outside the frame needs to see: CSP violations, uncaught errors, trapped calls, and folio-error.
window.folio = { violations: [], errors: [], ran: [], events: [] };
document.addEventListener('folio-error', (e) => folio.events.push({ type: e.type, target: e.target.id }));

document.addEventListener(
  'securitypolicyviolation',
  (e) => folio.violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`),
  true,
);
window.addEventListener('error', (e) => folio.errors.push(String(e.error ?? e.message)));
window.addEventListener('unhandledrejection', (e) => folio.errors.push(String(e.reason)));
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (...args) => folio.ran.push(`${name}(${args.join()})`);
}
