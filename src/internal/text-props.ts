/**
 * Text properties as elements read them. A page or framework can set any value at all (`null`,
 * a number, an object, a symbol, a proxy whose getters throw); the element keeps a string, so
 * nothing downstream (string methods, attribute reflection, text bindings) can throw.
 */
import type { PropertyValues } from 'lit';

/** `value` as text: strings as they are, numbers and booleans written out, anything else `undefined`. */
export function textOf(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
    default:
      return undefined; // `typeof` is the one test a proxy cannot make throw
  }
}

/**
 * Turns each changed text property of `element` into `textOf` its value, or the given fallback
 * when it is not text. Call it first in `willUpdate`: the update then sees (and reflects) text.
 */
export function readTextProps<T extends object>(
  element: T,
  changed: PropertyValues,
  fallbacks: { [K in keyof T]?: string },
): void {
  for (const name of Object.keys(fallbacks) as (keyof T & string)[]) {
    if (changed.has(name)) {
      (element as Record<string, unknown>)[name] = textOf(element[name]) ?? fallbacks[name];
    }
  }
}
