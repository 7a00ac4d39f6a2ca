// The hostile corpus through `folio-embed/ssr` on jsdom, the Node entry (see ../ssr-corpus.js).
import { corpusTests } from '../ssr-corpus.js';

await corpusTests('ssr');
