// Custom Elements Manifest analyzer plugins that write the typings of every element for Svelte 5
// (dist/svelte.d.ts) and Vue (dist/vue.d.ts) templates: attributes, properties and events with
// their detail types. The same author's custom-element-svelte-integration and
// custom-element-vuejs-integration were tried first: the Svelte one targets Svelte 4 (it names
// `JSX.Element`, which a Svelte app lacks, and offers no `article={…}` nor `onfolio-load`), and the
// Vue one keys props and events as written in HTML (`emit-jsonld`, `onfolio-load`) where vue-tsc
// looks them up camelized (`emitJsonld`, `onFolioLoad`), so no handler got its type.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} Options
 * @property {string} outdir
 * @property {string} fileName
 * @property {(name: string, tag: string) => string} componentTypePath the module, relative to
 *   `outdir`, that declares an element's class and the detail types its events name
 */

/** @param {Options} options */
export const svelteTypingsPlugin = (options) =>
  typingsPlugin('folio-svelte-typings', options, (elements) =>
    typingsFile(
      `import type { HTMLAttributes } from 'svelte/elements';`,
      elements,
      svelteProps,
      // Svelte's own attributes (class, style, aria-*, onclick…) typed for the element's class.
      ({ name }) => `Omit<HTMLAttributes<${name}>, keyof ${name}Props> & ${name}Props`,
      'for `svelteHTML.IntrinsicElements`',
      '',
    ),
  );

/** @param {Options} options */
export const vueTypingsPlugin = (options) =>
  typingsPlugin('folio-vue-typings', options, (elements) =>
    typingsFile(
      `import type { DefineComponent, HTMLAttributes } from 'vue';`,
      elements,
      vueProps,
      // Vue's own attributes (id, lang, dir, aria-*…), which a strict template check would reject.
      ({ name }) => `DefineComponent<Omit<HTMLAttributes, keyof ${name}Props> & ${name}Props>`,
      "known to Vue's templates once this file is imported",
      `
declare module 'vue' {
  interface GlobalComponents extends CustomElements {}
}
`,
    ),
  );

function typingsPlugin(name, { outdir, fileName, componentTypePath }, write) {
  return {
    name,
    packageLinkPhase({ customElementsManifest: manifest }) {
      const elements = manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName)
        .map((element) => ({ ...element, from: componentTypePath(element.name, element.tagName) }));
      writeFileSync(join(outdir, fileName), write(elements));
    },
  };
}

function typingsFile(header, elements, props, elementType, what, footer) {
  return `// Generated from the Custom Elements Manifest by scripts/cem-template-typings.mjs.
${header}
${imports(elements).join('\n')}
${elements.map((element) => propsType(element, props(element))).join('')}
/** Every Folio element, ${what}. */
export interface CustomElements {
${elements.map((element) => `  '${element.tagName}': ${elementType(element)};\n`).join('')}}
${footer}`;
}

/** Each element's class and its events' detail types, each name imported once. */
function imports(elements) {
  const imported = new Set();
  return elements.map((element) => {
    const names = [element.name, ...(element.events ?? []).map((event) => event.type?.text)]
      .filter((name) => name && /^\w+$/.test(name) && !imported.has(name))
      .map((name) => (imported.add(name), name));
    return `import type { ${names.join(', ')} } from '${element.from}';`;
  });
}

/** Attributes by their names, properties without one by theirs, events as `on…` and `on:…`. */
const svelteProps = (element) => [
  ...members(element),
  ...(element.events ?? []).flatMap((event) =>
    [`on${event.name}`, `on:${event.name}`].map((key) => ({ ...handler(event), key })),
  ),
];

/** Vue looks a template's `emit-jsonld` and `@folio-load` up as `emitJsonld` and `onFolioLoad`. */
const vueProps = (element) => [
  ...members(element).map((member) => ({ ...member, key: camelize(member.key) })),
  ...(element.events ?? []).map((event) => ({
    ...handler(event),
    key: camelize(`on-${event.name}`),
  })),
];

function members({ name, attributes = [], members = [] }) {
  return [
    ...attributes.map((attribute) => ({
      key: attribute.name,
      type: `${name}['${attribute.fieldName ?? attribute.name}']`,
      description: attribute.description,
    })),
    ...members
      .filter((member) => member.kind === 'field' && !member.attribute && !member.static && !member.readonly)
      .map((member) => ({
        key: member.name,
        type: `${name}['${member.name}']`,
        description: member.description,
      })),
  ];
}

const handler = (event) => ({
  type: `(event: CustomEvent<${event.type?.text ?? 'unknown'}>) => void`,
  description: event.description,
});

const camelize = (name) => name.replace(/-(\w)/g, (_match, letter) => letter.toUpperCase());

function propsType({ name }, props) {
  const lines = props.map(
    ({ key, type, description }) =>
      `${description ? `  /** ${description.replace(/\s+/g, ' ').replaceAll('*/', '*\\/')} */\n` : ''}  '${key}'?: ${type};\n`,
  );
  return `\ntype ${name}Props = {\n${lines.join('')}};\n`;
}
