// The runner's default report, less what passing tests cause on purpose: 404s, and the console
// reports the elements write of the errors and warnings they show. A test file that fails is
// reported in full, those included.
import { existsSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';

/** The elements' own console reports (`Folio: <folio-article> title is required`). */
const isFolioReport = ([first]) => typeof first === 'string' && first.startsWith('Folio: ');

/**
 * The status route's own 404s (`/__folio/status/404`), and the relative links and images of
 * hostile or generated input, which resolve against the test page to paths that name nothing in
 * the project (`/%3Cscript%3Ealert(1)…`, `/en`).
 */
export function isExpected404(url) {
  if (url.startsWith('__folio/status/')) return true;
  try {
    return !existsSync(decodeURIComponent(url.split(/[/?#]/)[0]));
  } catch {
    return true; // not even a decodable path
  }
}

export function quietReporter() {
  const reporter = defaultReporter();
  return {
    ...reporter,
    reportTestFileResults: ({ sessionsForTestFile, ...rest }) =>
      reporter.reportTestFileResults({
        ...rest,
        sessionsForTestFile: sessionsForTestFile.map((session) =>
          session.passed
            ? {
                ...session,
                request404s: session.request404s.filter((url) => !isExpected404(url)),
                logs: session.logs.filter((args) => !isFolioReport(args)),
              }
            : session,
        ),
      }),
  };
}
