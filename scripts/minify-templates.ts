/**
 * A build step that strips the indentation and comments out of Lit's `html`, `svg` and `css`
 * template literals: minifiers leave template text alone, and in Folio that text is a tenth of
 * the code. Only changes that cannot alter what the browser builds are made:
 * - CSS: comments dropped, whitespace collapsed, spaces beside `{ } ; : , > /` and a `*` between
 *   numbers removed (never beside `+` or `-`, which calc() needs), `0.5` written `.5`, strings untouched;
 * - HTML: a run of whitespace that holds a line break becomes one space (the same rendering
 *   under `white-space: normal`); templates with `<pre>` or `<textarea>` are left as written.
 */
import type { Plugin } from 'vite';

const STRING = String.raw`'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"`;
// Comments and strings are matched in one left-to-right pass, so that a quote in a comment or
// `/*` in a string cannot start the other.
const COMMENT_OR_STRING = new RegExp(String.raw`/\*[\s\S]*?\*/|${STRING}`, 'g');

export function minifyCss(text: string): string {
  return text
    .replace(COMMENT_OR_STRING, (match) => (match.startsWith('/*') ? '' : match))
    .split(new RegExp(`(${STRING})`))
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>/]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}')
            .replace(/([\d)]) \* (?=[\d(]|\.\d|var\()/g, '$1*')
            .replace(/(^|[^\w.-]-?)0\.(\d)/g, '$1.$2'),
    )
    .join('');
}

export function minifyHtml(text: string): string {
  return /<(pre|textarea)\b/i.test(text) ? text : text.replace(/\s*\n\s*/g, ' ');
}

const MINIFIERS: Record<string, (text: string) => string> = {
  css: minifyCss,
  html: minifyHtml,
  svg: minifyHtml,
};

interface Node {
  type?: string;
  start: number;
  [key: string]: unknown;
}

/** The Vite plugin: rewrites the template text of `html`, `svg` and `css` tagged literals in our sources. */
export function minifyTemplates(): Plugin {
  return {
    name: 'folio:minify-templates',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return;
      const edits: [start: number, end: number, text: string][] = [];
      walk(this.parse(code) as unknown as Node, (node) => {
        const tag = node.type === 'TaggedTemplateExpression' && (node.tag as Node & { name?: string }).name;
        const minify = tag ? MINIFIERS[tag] : undefined;
        if (!minify) return;
        for (const quasi of (node.quasi as { quasis: (Node & { value: { raw: string } })[] }).quasis) {
          const { raw } = quasi.value;
          const { start } = quasi;
          // A parser that placed quasis differently would make the edit land elsewhere: stop the build.
          if (code.slice(start, start + raw.length) !== raw) this.error(`template text not found in ${id}`);
          edits.push([start, start + raw.length, minify(raw)]);
        }
      });
      if (!edits.length) return;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) for (const child of node) walk(child, visit);
  else if (node && typeof node === 'object') {
    if ('type' in node) visit(node as Node);
    for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value, visit);
  }
}
