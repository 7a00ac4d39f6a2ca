/**
 * Text properties as elements read them. A page or framework can set any value at all (`null`,
 * a number, an object, a symbol, a proxy whose getters throw, a 10 MB string); the element keeps a
 * string of sane length or `undefined`, so nothing downstream (string methods, attribute
 * reflection, text bindings, the share bar's text measuring) throws or stalls.
 */
import type { PropertyValues, ReactiveElement } from 'lit';

/** Longer text properties are cut: no attribute value is this long, and measuring one would stall the page. */
const MAX_LENGTH = 100_000;

/**
 * Reads each changed text property of `element` (a `String` property with an attribute) as
 * text: a string, cut to `MAX_LENGTH`, or `undefined`. Call it first in `willUpdate`: the update
 * then sees, and reflects, text only.
 */
export function readTextProps(element: ReactiveElement, changed: PropertyValues): void {
  const declared = (element.constructor as typeof ReactiveElement).elementProperties;
  const props = element as unknown as Record<PropertyKey, unknown>;
  for (const name of changed.keys()) {
    const options = declared.get(name);
    const value = props[name];
    // `typeof` is the one test a proxy cannot make throw.
    if (options && (options.type ?? String) === String && options.attribute !== false) {
      props[name] = typeof value === 'string' ? value.slice(0, MAX_LENGTH) : undefined;
    }
  }
}
