/**
 * domino, the server DOM in a Worker: a DOM written in plain JavaScript that needs none of Node's
 * modules (jsdom does not run there).
 *
 * Why domino: DOMPurify needs a DOM that parses HTML as a browser does and keeps a live
 * `NodeIterator` (it inserts the content of an element it removes, and must visit it next).
 * domino's parser implements the HTML standard's tree construction and its `NodeIterator` follows
 * removals, as the standard says. linkedom's does neither (its iterator is a snapshot, so the
 * content DOMPurify keeps is never visited); happy-dom is named unsafe with DOMPurify by
 * DOMPurify's authors.
 *
 * domino differs from a browser in where it keeps a few properties, which `browserShaped` fixes
 * (below). The hostile corpus runs through this DOM in the tests (test/ssr-corpus/).
 */
import type { ServerDom } from './server-dom.js';

export const domino: ServerDom = {
  name: 'domino',
  async window() {
    return serverWindow((await import('domino')).default);
  },
};

/** A window made once per process: rendering only ever creates detached nodes in it. */
function serverWindow(domino: typeof import('domino')): Window & typeof globalThis {
  const window = domino.createWindow('') as Window & typeof globalThis;
  browserShaped(window);
  // What a browser's `about:blank` says, where domino has not implemented it.
  Object.defineProperty(window.document, 'baseURI', { value: 'about:blank' });
  // DOMPurify parses each string into a document of its own, as a browser's DOMParser does.
  window.DOMParser = class {
    parseFromString(html: string) {
      return domino.createDocument(html, true);
    }
  } as typeof DOMParser;
  return window;
}

const HTML = 'http://www.w3.org/1999/xhtml';
/** Names `createElement` accepts: no space, `<`, `>`, quote or other mark a tag name can hold. */
const XML_NAME = /^[A-Za-z_:][\w.:-]*$/;

/** domino's document, with the internal method its parser makes elements with. */
interface DominoDocument extends Document {
  _createElementNS(localName: string, namespace: string, prefix: null): Element;
}

/**
 * Properties DOMPurify reads, on any node, through the getters it takes from `Node.prototype` and
 * `Element.prototype` (so that a clobbered property cannot lie). A browser defines each once, for
 * every node; domino keeps some on each node and some on the prototypes of some kinds of node.
 */
const GETTERS = {
  Node: ['parentNode', 'nodeType', 'nodeName', 'ownerDocument'],
  Element: ['parentNode', 'namespaceURI', 'childNodes'],
} as const;

/** The getters added below, which `read` skips. */
const added = new Set<unknown>();

/** What `node` holds as `name`, wherever domino keeps it: on the node, or on its kind's prototype. */
function read(node: object, name: string): unknown {
  for (let holder: object | null = node; holder; holder = Object.getPrototypeOf(holder)) {
    const own = Object.getOwnPropertyDescriptor(holder, name);
    if (own && !added.has(own.get)) return own.get ? own.get.call(node) : own.value;
  }
  return null;
}

/**
 * Gives domino's prototypes the shape a browser's have, for the parts DOMPurify relies on: a
 * getter for each of `GETTERS` that any node answers (domino's own reads and writes go on as
 * before). Without them DOMPurify would read `null` for every node's type and parent, or fail on
 * a comment. Also `append` and `replaceChildren`, newer than domino, which Folio's body uses.
 */
function browserShaped({ Node, Element, DocumentFragment, Document }: typeof globalThis): void {
  for (const [kind, names] of [[Node, GETTERS.Node], [Element, GETTERS.Element]] as const) {
    for (const name of names) {
      const get = function (this: object) {
        return read(this, name);
      };
      added.add(get);
      Object.defineProperty(kind.prototype, name, {
        configurable: true,
        get,
        // domino sets some of these on each node as it makes it: they stay plain properties of the node.
        set(this: object, value: unknown) {
          Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
        },
      });
    }
  }
  // A parser makes elements of any name (`<scr<script>` is one named `scr<script`), and a browser
  // clones them; domino clones through `createElement`, which refuses such names.
  const create = Document.prototype.createElement as (this: Document, name: string) => Element;
  Document.prototype.createElement = function (this: DominoDocument, name: string) {
    return XML_NAME.test(name) ? create.call(this, name) : this._createElementNS(name, HTML, null);
  } as typeof Document.prototype.createElement;
  for (const { prototype } of [Element, DocumentFragment] as { prototype: ParentNode & Node }[]) {
    prototype.append ??= function (this: ParentNode & Node, ...nodes: (Node | string)[]) {
      for (const node of nodes) {
        this.appendChild(typeof node === 'string' ? this.ownerDocument!.createTextNode(node) : node);
      }
    };
    prototype.replaceChildren ??= function (this: ParentNode & Node, ...nodes: (Node | string)[]) {
      while (this.firstChild) this.removeChild(this.firstChild);
      this.append(...nodes);
    };
  }
}
