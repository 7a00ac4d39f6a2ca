/** The `FolioInputError` a call throws, for checking its message and path. */
import { expect } from '@open-wc/testing';
import { FolioInputError } from '../../src/model/errors.js';

export function errorFrom(run: () => unknown): FolioInputError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FolioInputError);
    return error as FolioInputError;
  }
  throw new Error('expected an input error');
}
