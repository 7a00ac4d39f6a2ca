// React ships CommonJS only, and a browser loads ES modules. For the React wrapper tests the
// test server answers `react` and `react-dom/client` with one ES module that esbuild bundles from
// React's development build, so both share one copy of React.
import { build } from 'esbuild';

const MODULES = ['react', 'react-dom/client'];
const BUNDLE = '/__folio/react/bundle.js';
const served = (name) => `/__folio/react/${name}.js`;

let bundle;
async function bundled() {
  bundle ??= build({
    stdin: {
      contents: `export const modules = { ${MODULES.map((name) => `${JSON.stringify(name)}: require(${JSON.stringify(name)})`).join(', ')} };`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/** One bundled module, as the default export that `import React from 'react'` reads. */
const facade = (name) =>
  `import { modules } from '${BUNDLE}';\nexport default modules[${JSON.stringify(name)}];`;

export const reactEsm = {
  name: 'folio-react-esm',
  resolveImport({ source }) {
    if (MODULES.includes(source)) return served(source);
  },
  async serve({ path }) {
    if (path === BUNDLE) return { body: await bundled(), type: 'js' };
    const name = MODULES.find((module) => served(module) === path);
    if (name) return { body: facade(name), type: 'js' };
  },
};
