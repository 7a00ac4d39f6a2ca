/** The demo's own content: JSON files served beside the page. */
import type { DemoState } from './state.js';

/** The playground's sample in each format Folio accepts. */
export const SAMPLES: Record<DemoState['format'], { label: string; file: string }> = {
  folio: { label: 'Folio', file: 'articles/demo.json' },
  'json-feed': { label: 'JSON Feed', file: 'samples/json-feed.json' },
  wordpress: { label: 'WordPress', file: 'samples/wordpress.json' },
  'json-ld': { label: 'JSON-LD', file: 'samples/json-ld.json' },
};

/**
 * The demo article written in Arabic, which the gallery shows in an Arabic preview: English
 * sentences laid out right to left put their punctuation at the wrong end and look like a bug.
 */
export const ARABIC_ARTICLE = 'articles/demo-ar.json';

/**
 * Fetches one of the demo's JSON files. Their image paths (`./images/…`, `../articles/images/…`)
 * are relative to the file and are made absolute here, the way a site publishes them: Folio
 * resolves relative URLs against the article's own `url`, which is not where the demo is hosted.
 */
export async function loadJson(file: string): Promise<unknown> {
  const url = new URL(file, document.baseURI);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${file} could not be loaded: ${response.status} ${response.statusText}`);
  return JSON.parse(await response.text(), (_, value: unknown) =>
    typeof value === 'string' && /^\.\.?\//.test(value) ? new URL(value, url).href : value,
  );
}
