// `cem analyze` reads this beside its command-line flags: it also writes dist/jsx.d.ts, the JSX
// typings of every element (props, attributes, events) generated from the same manifest.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';

export default {
  plugins: [
    customElementJsxPlugin({
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      // The element classes' own declarations, so JSX props carry their real types.
      componentTypePath: (_name, tag) => `./types/${tag.replace('folio-', '')}/${tag}.js`,
      hideLogs: true,
    }),
  ],
};
