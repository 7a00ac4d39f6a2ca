// Svelte and Vue apps' view of the built typings (dist/svelte.d.ts, dist/vue.d.ts), run by
// `npm run test:types` after `npm run build`: each framework's checker must pass Story, the
// correct use, and report exactly the mistakes of Mistakes, each on its line: a misspelt
// attribute, a detail field the event does not have, a handler written for another event's detail.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const BIN = join(HERE, 'checkers/node_modules/.bin');

/** Where each mistake is (the line of Mistakes.* that holds `on`) and what must be said of it. */
const MISTAKES = [
  { on: 'srcc=', message: /'\W*srcc\W*' does not exist/ },
  { on: 'detail.nope', message: /Property 'nope' does not exist on type 'FolioLoadDetail'/ },
  {
    on: 'CustomEvent<FolioShareDetail>',
    message: /not assignable to type '\(event: CustomEvent<FolioNavigateDetail>\)/,
  },
];

const CHECKERS = {
  svelte: {
    mistakes: 'Mistakes.svelte',
    command: ['svelte-check', ['--workspace', join(HERE, 'svelte'), '--output', 'machine']],
    /** `1700000000000 ERROR "Mistakes.svelte" 8:16 "message"` */
    problems: (output) => {
      assert.match(output, /^\d+ COMPLETED /m, output);
      return [...output.matchAll(/^\d+ (?:ERROR|WARNING) "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map(
        ([, file, line, message]) => ({ file, line: Number(line), message }),
      );
    },
  },
  vue: {
    mistakes: 'Mistakes.vue',
    command: ['vue-tsc', ['-p', join(HERE, 'vue'), '--pretty', 'false']],
    /** `test/types/vue/Mistakes.vue(9,18): error TS2561: message` */
    problems: (output) =>
      [...output.matchAll(/^(\S+)\((\d+),\d+\): error (.*)$/gm)].map(([, path, line, message]) => ({
        file: path.split('/').at(-1),
        line: Number(line),
        message,
      })),
  },
};

const built = ['svelte', 'vue'].every((name) => existsSync(join(HERE, `../../dist/${name}.d.ts`)));

// Both checkers start at once: each takes most of its time starting TypeScript.
const runs = Object.fromEntries(
  Object.entries(CHECKERS).map(
    ([
      name,
      {
        command: [bin, args],
      },
    ]) => [
      name,
      built &&
        new Promise((resolve) =>
          execFile(join(BIN, bin), args, { cwd: HERE, timeout: 120_000 }, (error, stdout, stderr) =>
            resolve({ error, output: `${stdout}${stderr}` }),
          ),
        ),
    ],
  ),
);

for (const [name, { mistakes, problems }] of Object.entries(CHECKERS)) {
  test(`${name}: the correct use passes and each mistake is reported`, async () => {
    assert.ok(built, 'no dist/svelte.d.ts or dist/vue.d.ts: run `npm run build` first');
    const { error, output } = await runs[name];
    const found = problems(output);
    assert.ok(found.length > 0 || !error, `${name} failed without a diagnostic:\n${output}`);
    const lines = readFileSync(join(HERE, name, mistakes), 'utf8').split('\n');
    const expected = MISTAKES.map(({ on, message }) => {
      const line = lines.findIndex((text) => text.includes(on)) + 1;
      assert.ok(line > 0, `${mistakes} has no line with ${on}`);
      return { file: mistakes, line, message };
    });
    assert.deepEqual(
      found.map(({ file, line }) => `${file}:${line}`),
      expected.map(({ file, line }) => `${file}:${line}`),
      `${name} reported:\n${output}`,
    );
    found.forEach(({ message }, index) => assert.match(message, expected[index].message));
  });
}
