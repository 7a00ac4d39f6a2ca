// The bundlers an app may build Folio with, each set up as its own docs show for a production
// build. `build(dir)` builds the app in `dir` (index.html + main.js) into `dir/out` and leaves an
// index.html there.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build as esbuild } from 'esbuild';
import { rollup } from 'rollup';
import { build as vite } from 'vite';
import webpack from 'webpack';

export const OUT = 'out';

/** Copies the app's page beside a bundle that was built from main.js alone. */
const withPage = (dir) => copyFileSync(join(dir, 'index.html'), join(dir, OUT, 'index.html'));

export const BUNDLERS = [
  {
    name: 'vite',
    async build(dir) {
      await vite({
        root: dir,
        base: './',
        configFile: false,
        logLevel: 'silent',
        build: { outDir: OUT },
      });
    },
  },
  {
    name: 'esbuild',
    async build(dir) {
      await esbuild({
        absWorkingDir: dir,
        entryPoints: ['main.js'],
        bundle: true,
        minify: true,
        format: 'esm',
        outdir: OUT,
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
      withPage(dir);
    },
  },
  {
    name: 'webpack',
    async build(dir) {
      const compiler = webpack({
        mode: 'production',
        context: dir,
        entry: './main.js',
        output: { path: join(dir, OUT), filename: 'main.js' },
        performance: { hints: false },
      });
      const stats = await new Promise((resolve, reject) =>
        compiler.run((error, result) => compiler.close(() => (error ? reject(error) : resolve(result)))),
      );
      if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
      withPage(dir);
    },
  },
  {
    name: 'rollup',
    // React ships CommonJS, which Rollup bundles only with more plugins: the React app is left to the others.
    react: false,
    async build(dir) {
      const bundle = await rollup({
        input: join(dir, 'main.js'),
        plugins: [nodeResolve({ browser: true }), terser()],
        onwarn: () => {},
      });
      try {
        await bundle.write({ dir: join(dir, OUT), format: 'es' });
      } finally {
        await bundle.close();
      }
      withPage(dir);
    },
  },
];
