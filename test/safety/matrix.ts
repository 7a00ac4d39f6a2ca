/** The injection matrix: renders values in a field through its element and reports what went wrong. */
import type { Entry } from './entries.js';
import { allElements, hazards, settle } from './inspect.js';
import { decodeText, withReading } from '../../src/model/reading.js';
import { htmlToText } from '../../src/internal/sanitize.js';

/** Every text and attribute value in the tree, shadow trees included: what a text field may show as. */
function shownTexts(root: ShadowRoot): Set<string> {
  const shown = new Set<string>();
  const elements = allElements(root);
  for (const tree of [root, ...elements.flatMap((element) => element.shadowRoot ?? [])]) {
    const walker = document.createTreeWalker(tree, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) shown.add((walker.currentNode as Text).data);
  }
  for (const element of elements) {
    for (const name of element.getAttributeNames()) shown.add(element.getAttribute(name)!);
  }
  return shown;
}

/** How many elements render side by side; each then takes the next values in turn. */
const WIDTH = 32;

/** Values one element takes at a time in a list field: the rendering cost is shared, and a failure is still easy to find. */
const PER_ELEMENT = 64;

/** Renders every value in `entry`'s field and lists what went wrong, naming the values at fault. */
export async function inject(entry: Entry, values: readonly string[]): Promise<string[]> {
  const size = entry.many ? PER_ELEMENT : 1;
  const groups = Array.from({ length: Math.ceil(values.length / size) }, (_, i) =>
    values.slice(i * size, (i + 1) * size),
  );
  const box = document.createElement('div');
  box.hidden = true; // nothing to lay out: the checks read the trees, not the screen
  const elements = groups.slice(0, WIDTH).map(() => document.createElement(entry.tag));
  box.append(...elements);
  document.body.append(box);
  const problems: string[] = [];
  const refused: string[] = [];
  try {
    for (let first = 0; first < groups.length; first += WIDTH) {
      const round = groups.slice(first, first + WIDTH);
      round.forEach((group, i) => Object.assign(elements[i], entry.props(group)));
      await settle(box);
      round.forEach((group, i) => {
        const root = elements[i].shadowRoot!;
        const rendered = !root.querySelector('[role="alert"]');
        // A list with one value the element refuses shows an alert: its values go one by one.
        if (!rendered && group.length > 1) return refused.push(...group);
        const found = hazards(root);
        if (entry.text && rendered) {
          const shown = shownTexts(root);
          // The model decodes character references in plain text once; the share bar's attributes are the page's own text.
          // Names beyond the common few are read by the browser's parser, through the sanitizer, as in the elements.
          const decode = (value: string) => withReading({ htmlToText }, (reading) => decodeText(reading, value));
          const read = entry.tag === 'folio-share-bar' ? (value: string) => value : decode;
          for (const value of group)
            if (read(value).trim() && !shown.has(read(value)) && !shown.has(read(value).trim()))
              found.push(`${JSON.stringify(value)} did not show as its text`);
        }
        const label = group.length === 1 ? JSON.stringify(group[0]) : `one of ${JSON.stringify(group)}`;
        problems.push(...found.map((problem) => `${label}: ${problem}`));
      });
    }
  } finally {
    box.remove();
  }
  return refused.length ? [...problems, ...(await inject({ ...entry, many: false }, refused))] : problems;
}
