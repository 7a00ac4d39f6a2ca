/// <reference types="node" />
/**
 * `npx folio-embed render <file|url|-> [options]`: prints the server-rendered `<folio-article>`
 * HTML, for static-site generators. Warnings and errors go to stderr; on an error the exit code is
 * 1 and nothing is printed on stdout.
 */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { parseJson } from '../internal/json-errors.js';
import { renderArticle } from './index.js';

const USAGE = `Usage: folio-embed render <file|url|-> [options]

Prints the article as <folio-article> HTML with declarative shadow DOM.
  <file|url|->        a JSON file, an http(s) URL, or - for standard input

Options:
  --lang <lang>       language of the labels and dates when the article declares none
  --hide <parts>      parts to leave out, space-separated: share related image byline
  --url <url>         the address the article is read at: relative URLs resolve
                      against it (default: the URL it was loaded from)
  --emit-jsonld       also write the article as schema.org JSON-LD
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
        help: { type: 'boolean' },
      },
    });
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const [command, source, ...rest] = positionals;
    if (command !== 'render' || !source || rest.length) throw new UsageError();
    const { json, url } = await read(source);
    const html = await renderArticle(json, {
      lang: values.lang,
      hide: values.hide,
      url: values.url ?? url,
      emitJsonLd: values['emit-jsonld'],
      onWarning: ({ message }) => io.stderr(`folio-embed: warning: ${message}\n`),
    });
    io.stdout(`${html}\n`);
    return 0;
  } catch (error) {
    io.stderr(error instanceof UsageError ? `${USAGE}\n` : `folio-embed: ${(error as Error).message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

class UsageError extends Error {}

/**
 * The JSON at `source`, with the line and column of a syntax error, and the URL it came from when
 * it came from one (its relative URLs resolve against it, as against an element's `src`).
 */
async function read(source: string): Promise<{ json: unknown; url?: string }> {
  let body: string;
  let url: string | undefined;
  if (source === '-') body = await text(process.stdin);
  else if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`Could not load ${source}: the server answered ${response.status}.`);
    body = await response.text();
    url = response.url || source;
  } else body = await readFile(source, 'utf8');
  try {
    return { json: parseJson(body), url };
  } catch (error) {
    throw new Error(
      `${source === '-' ? 'Standard input' : source} is not valid JSON: ${(error as Error).message}.`,
    );
  }
}
