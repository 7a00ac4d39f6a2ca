/**
 * `folio-embed/model` in Node, where there is no HTML parser: the model, reading character
 * references from HTML's whole table (`&eacute;`, `&frac13;`). Browsers get the model without it,
 * and read those names with their own parser.
 */
import { namedReference } from './named-references.js';
import { useNamedReferences } from './reading.js';

useNamedReferences(namedReference);

export * from './index.js';
