import { expect } from '@open-wc/testing';
import { tokens } from '../../src/internal/tokens.js';
import { DEFAULT_THEME, FONTS, RADIUS, SPACE } from '../../demo/theme.js';

// The demo shows Folio's defaults in its pickers and leaves them out of "Copy CSS": its copy of
// them must be the one src/internal/tokens.ts applies, or a designer would get overrides for
// colours they never changed.
describe('the demo theme', () => {
  const defaults = tokens.cssText;

  it('starts from the colours Folio uses', () => {
    for (const [name, { light, dark }] of Object.entries(DEFAULT_THEME.colors)) {
      expect(defaults, name).to.include(`--folio-color-${name}, light-dark(${light}, ${dark})`);
    }
  });

  it('starts from Folio’s corner radius, spacing and interface font', () => {
    expect(defaults).to.include(`--folio-radius, ${RADIUS.default}px)`);
    expect(defaults).to.include(`--folio-space, max(1rem, ${SPACE.default}px))`);
    expect(defaults).to.include(`--folio-font-ui, ${FONTS.system.stack})`);
  });
});
