// Runs before the drop-in bundle on a test page and makes it a browser without `scrollend`
// (Safari before 26), so <folio-related> picks its debounced `scroll` fallback when it loads.
// Deleting `onscrollend` changes what the element sees (`'onscrollend' in window`); the browser
// would still fire the events, so listeners for them are dropped too, and recorded for the test.
const owners = [
  window,
  document,
  document.createElement('div'),
  document.createElementNS('http://www.w3.org/2000/svg', 'svg'),
  document.createElementNS('http://www.w3.org/1998/Math/MathML', 'math'),
];
for (const owner of owners) {
  for (let object = owner; object; object = Object.getPrototypeOf(object)) {
    if (Object.hasOwn(object, 'onscrollend')) delete object.onscrollend;
  }
}

window.droppedListeners = [];
const addEventListener = EventTarget.prototype.addEventListener;
EventTarget.prototype.addEventListener = function (type, ...rest) {
  if (type === 'scrollend') return void window.droppedListeners.push(type);
  return addEventListener.call(this, type, ...rest);
};
