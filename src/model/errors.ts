/** A problem with an input: what is wrong, and the path of the field at fault (`body[3].level`). */
export interface FolioProblem {
  message: string;
  path?: string;
}

/** The most problems an error lists: past a few, the first ones are what to fix. */
const MAX_PROBLEMS = 10;

/**
 * An input that is not a valid article. `message` names every problem found (up to ten), `path`
 * the field of the first, and `problems` lists each with its own path.
 */
export class FolioInputError extends Error {
  override name = 'FolioInputError';

  constructor(
    message: string,
    readonly path?: string,
    readonly problems: readonly FolioProblem[] = [{ message, path }],
  ) {
    super(message);
  }

  /** One error for all of `problems` (at least one). */
  static of(problems: readonly FolioProblem[]): FolioInputError {
    const shown = problems.slice(0, MAX_PROBLEMS);
    const more = problems.length - shown.length;
    const message =
      shown.length === 1
        ? shown[0].message
        : `${problems.length} problems: ${shown.map((problem) => problem.message).join('; ')}${more ? `; and ${more} more` : ''}`;
    return new FolioInputError(message, shown[0].path, shown);
  }
}
