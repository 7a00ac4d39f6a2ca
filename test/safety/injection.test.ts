import { expect } from '@open-wc/testing';
import '../../src/drop-in.js';
import { forEachSanitizerPath } from '../sanitizer-paths.js';
import { entries } from './entries.js';
import { catchPageErrors, trapScripts } from './inspect.js';
import { inject } from './matrix.js';
import { vectors } from './vectors.js';

forEachSanitizerPath(() =>
  describe('hostile input', () => {
    let trap: ReturnType<typeof trapScripts>;
    let errors: ReturnType<typeof catchPageErrors>;
    const baseURI = document.baseURI;
    let injections = 0;
    const start = performance.now();

    // The trap stays set for the whole run, so a vector that runs late is still caught.
    before(() => {
      trap = trapScripts();
      errors = catchPageErrors();
    });
    after(() => {
      const ran = trap.ran().length;
      trap.restore();
      errors.restore();
      const seconds = ((performance.now() - start) / 1000).toFixed(1);
      const matrix = `${vectors.length} vectors × ${entries.length} fields`;
      console.log(`${injections} injections (${matrix}) in ${seconds} s; ${ran} ran a script`);
    });

    for (const entry of entries) {
      it(`in ${entry.name} never runs and leaves nothing live`, async () => {
        errors.thrown.length = 0;
        expect(await inject(entry, vectors)).to.deep.equal([]);
        injections += vectors.length;
        expect(trap.ran(), 'scripts that ran').to.deep.equal([]);
        expect(errors.thrown, 'errors thrown out of an element').to.deep.equal([]);
        expect(document.baseURI, 'the page base URL').to.equal(baseURI);
        expect(document.head.querySelector('base, meta[http-equiv]'), 'the page head').to.equal(null);
      });
    }
  }),
);
