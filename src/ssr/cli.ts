/// <reference types="node" />
/**
 * `npx folio-embed render <file|url|-> [options]`: prints the server-rendered `<folio-article>`
 * HTML, for static-site generators. Warnings and errors go to stderr; on an error the exit code is
 * 1 and nothing is printed on stdout.
 */
import { parseArgs } from 'node:util';
import { parseJson } from '../internal/json-errors.js';
import { renderArticle } from './index.js';
import { readSource, SOURCE_LIMITS } from './read-source.js';

const USAGE = `Usage: folio-embed render <file|url|-> [options]

Prints the article as <folio-article> HTML with declarative shadow DOM.
  <file|url|->        a JSON file, an http(s) URL, or - for standard input

Options:
  --lang <lang>       language of the labels and dates when the article declares none
  --hide <parts>      parts to leave out, space-separated: share related image byline
  --url <url>         the address the article is read at: relative URLs resolve
                      against it (default: the URL it was loaded from)
  --emit-jsonld       also write the article as schema.org JSON-LD
  --stylesheets <url> link each shadow root's styles from this folder (serving
                      folio-embed's dist/*.css) instead of writing them inline
  --timeout <s>       seconds allowed for a URL's whole answer (default: 15)
  --max-bytes <n>     the most bytes read, after decompression (default: 5 MB)
  --help              show this help`;

/** Runs the command with `args` (without `node` and the script); returns the exit code. */
export async function main(
  args: string[],
  io: { stdout: (text: string) => void; stderr: (text: string) => void } = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        hide: { type: 'string' },
        url: { type: 'string' },
        'emit-jsonld': { type: 'boolean' },
        stylesheets: { type: 'string' },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean' },
      },
    });
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const [command, source, ...rest] = positionals;
    if (command !== 'render' || !source || rest.length) throw new UsageError();
    const limits = {
      timeout: positive(values.timeout, SOURCE_LIMITS.timeout / 1000) * 1000,
      maxBytes: positive(values['max-bytes'], SOURCE_LIMITS.maxBytes),
    };
    const { json, url } = await read(source, limits);
    const html = await renderArticle(json, {
      lang: values.lang,
      hide: values.hide,
      url: values.url ?? url,
      emitJsonLd: values['emit-jsonld'],
      stylesheets: values.stylesheets,
      onWarning: ({ message }) => io.stderr(`folio-embed: warning: ${printable(message)}\n`),
      limits: { maxBytes: limits.maxBytes },
    });
    io.stdout(`${html}\n`);
    return 0;
  } catch (error) {
    io.stderr(
      error instanceof UsageError ? `${USAGE}\n` : `folio-embed: ${printable((error as Error).message)}\n`,
    );
    return error instanceof UsageError ? 2 : 1;
  }
}

class UsageError extends Error {}

/** A number above zero given for an option, or `fallback` when none was given. */
function positive(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!(number > 0)) throw new UsageError();
  return number;
}

/**
 * `text` with its control characters written as escapes (`\\u001b`): input printed to a terminal
 * must not drive it (clear the screen, set the clipboard).
 */
export const printable = (text: string) =>
  text.replace(/[\0-\x1f\x7f-\x9f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The JSON at `source`, with the line and column of a syntax error, and the URL it came from when
 * it came from one (its relative URLs resolve against it, as against an element's `src`).
 */
async function read(source: string, limits: typeof SOURCE_LIMITS): Promise<{ json: unknown; url?: string }> {
  const { text, url } = await readSource(source, limits);
  try {
    return { json: parseJson(text), url };
  } catch (error) {
    throw new Error(
      `${source === '-' ? 'Standard input' : source} is not valid JSON: ${(error as Error).message}.`,
    );
  }
}
