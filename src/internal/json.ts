/** JSON as the elements read and write it. */

/**
 * `JSON.parse`, for the elements: when the text does not parse, the error gives the line and column
 * of the fault, from a scanner loaded only then (json-errors.ts). Should that file fail to load,
 * the engine's own error is thrown.
 */
export async function readJson(text: string): Promise<unknown> {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw await import('./json-errors.js').then(
      ({ jsonError }) => jsonError(text, error),
      () => error,
    );
  }
}

/** `value` as the text of a JSON `<script>`: `<` escaped, so nothing in it can close the script, wherever the page is parsed. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
