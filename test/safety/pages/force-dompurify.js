// A test page's first script, before the drop-in: the sanitizer takes its DOMPurify path even in
// a browser that has a sanitizer of its own (the switch of src/internal/sanitize.ts).
globalThis.folioForceDOMPurify = true;
