// Every language file against the English one: the same keys (the compiler checks those too), the
// same placeholders in each string, and the typography a translation is easy to get wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { transform } from 'esbuild';

const folder = new URL('../../src/locales/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));

/** A language file's default export (its only import is a type). */
async function load(file) {
  const { code } = await transform(readFileSync(new URL(file, folder), 'utf8'), { loader: 'ts' });
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;
}

const en = await load('en.ts');
const translations = await Promise.all(files.map(load));
const placeholders = (text) => (text.match(/\{\w+\}/g) ?? []).sort();
const registry = readFileSync(new URL('../../src/internal/shipped-languages.ts', import.meta.url), 'utf8');

test('Folio speaks at least thirty languages besides English, right to left among them', () => {
  assert.ok(files.length >= 31, `${files.length - 1} languages`);
  const rtl = translations.filter(({ $dir }) => $dir === 'rtl').map(({ $code }) => $code);
  assert.deepEqual(rtl.sort(), ['ar', 'fa', 'he']);
});

for (const [i, translation] of translations.entries()) {
  const file = files[i];
  test(`${file}: named after its code, loaded on demand, with every key of English and no other`, () => {
    assert.equal(`${translation.$code}.ts`, file);
    assert.deepEqual(Object.keys(translation).sort(), Object.keys(en).sort());
    if (file !== 'en.ts') assert.ok(registry.includes(`import('../locales/${translation.$code}.js')`));
  });

  test(`${file}: each string keeps the placeholders of the English one`, () => {
    for (const [key, text] of Object.entries(translation)) {
      assert.deepEqual(placeholders(text), placeholders(en[key]), `${file} ${key}: ${text}`);
    }
  });

  test(`${file}: typography — no typewriter quotes or dots, no stray spaces`, () => {
    for (const [key, text] of Object.entries(translation)) {
      assert.ok(text.trim() === text && text !== '', `${key} is empty or has spaces around it`);
      assert.doesNotMatch(
        text,
        /\.\.\.|['"`]/,
        `${file} ${key}: use the language's own "…", quotes and apostrophe`,
      );
    }
  });
}
