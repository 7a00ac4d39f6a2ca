// Type-checks every js, jsx, ts and tsx code block of README.md and docs/*.md as an app would
// compile it, pasted in (`npm run test:snippets`, after `npm run build`): strict, with unused names
// as errors, and `folio-embed` resolved through package.json#exports to the built typings. The
// blocks are written as modules of one program into a temporary folder inside the project (so that
// `folio-embed` names this package), removed afterwards. Errors point at the Markdown lines.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSIONS = { js: 'js', javascript: 'js', jsx: 'jsx', ts: 'ts', typescript: 'ts', tsx: 'tsx' };
const FENCE = /^```(\w+)[^\n]*\n([\s\S]*?)^```/gm;

const COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  moduleDetection: 'force',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  jsx: 'react-jsx',
  strict: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  allowJs: true,
  checkJs: true,
  skipLibCheck: true,
  types: [],
  noEmit: true,
};

if (!existsSync(join(ROOT, 'dist/types'))) {
  console.error('snippets: no built typings in dist/types: run `npm run build` first');
  process.exit(1);
}

const documents = [
  'README.md',
  ...(existsSync(join(ROOT, 'docs')) ? readdirSync(join(ROOT, 'docs')) : [])
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Each checked block: its file name in the program, and where it starts in which document. */
const snippets = documents.flatMap((document) => {
  const text = readFileSync(join(ROOT, document), 'utf8');
  return [...text.matchAll(FENCE)]
    .filter(([, language]) => language in EXTENSIONS)
    .map(({ 1: language, 2: code, index }) => {
      const line = text.slice(0, index).split('\n').length + 1; // the line after the fence
      const file = `${document.replaceAll('/', '--')}-${line}.${EXTENSIONS[language]}`;
      return { file, document, line, code };
    });
});

const dir = mkdtempSync(join(ROOT, '.snippets-'));
let failed = false;
try {
  for (const { file, code } of snippets) writeFileSync(join(dir, file), code);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: snippets.map(({ file }) => file) }),
  );
  execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', '.', '--pretty', 'false'], {
    cwd: dir,
    encoding: 'utf8',
  });
} catch (error) {
  failed = true;
  console.error(inDocuments(`${error.stdout ?? ''}${error.stderr ?? ''}` || String(error)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const where = [...new Set(snippets.map(({ document }) => document))].join(', ');
console.log(`snippets: ${snippets.length} code blocks of ${where} ${failed ? 'do not compile' : 'compile'}`);
process.exitCode = failed ? 1 : 0;

/** Rewrites `README.md-106.tsx(3,5): error …` as `README.md:108:5: error …`. */
function inDocuments(output) {
  return output.replace(/^(\S+?)\((\d+),(\d+)\)/gm, (match, file, line, column) => {
    const snippet = snippets.find((s) => s.file === file);
    return snippet ? `${snippet.document}:${snippet.line + Number(line) - 1}:${column}` : match;
  });
}
