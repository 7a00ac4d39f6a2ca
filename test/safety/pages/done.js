// The last script of a test page: everything before it has run.
window.folio.done = true;
