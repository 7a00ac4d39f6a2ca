/** An input that is not a valid article; `path` names the field at fault (`body[3].level`). */
export class FolioInputError extends Error {
  override name = 'FolioInputError';

  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}
