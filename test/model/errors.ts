/** What the model makes of an input: the `FolioInputError` a call throws, or the warnings it reports. */
import { expect } from '@open-wc/testing';
import { FolioInputError } from '../../src/model/errors.js';
import { normalizeArticle } from '../../src/model/normalize.js';
import type { FolioWarning, NormalizeOptions } from '../../src/model/reading.js';

/** The `FolioInputError` a call throws, for checking its message and path. */
export function errorFrom(run: () => unknown): FolioInputError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FolioInputError);
    return error as FolioInputError;
  }
  throw new Error('expected an input error');
}

/** What `normalizeArticle` makes of `input`, and the warnings it reported on the way. */
export function readWithWarnings(input: unknown, options: NormalizeOptions = {}) {
  const warnings: FolioWarning[] = [];
  const article = normalizeArticle(input, { ...options, onWarning: (warning) => warnings.push(warning) });
  return { article, warnings };
}
