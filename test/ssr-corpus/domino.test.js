// The hostile corpus through `folio-embed/ssr` on domino, the Worker entry (see ../ssr-corpus.js).
import { corpusTests } from '../ssr-corpus.js';

await corpusTests('ssr-edge');
