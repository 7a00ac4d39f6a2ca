/** Related items written for the carousel tests, in the two shapes real sites send. */

/** Like the reference page: a category, a one-sentence summary and a date; no title, no image. */
export const summaryItems = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    url: `https://news.example/a/${i + 1}`,
    summary: `Summary number ${i + 1}, one sentence about a related story.`,
    category: 'World',
    published: '2026-02-01',
  }));

/** An address on the test server: items handed in by property have no document to be relative to. */
const here = (path: string) => new URL(path, location.origin).href;

/** Titled items with images. */
export const richItems = [
  {
    url: 'https://news.example/trains',
    title: 'Night trains return',
    summary: 'Sleeper services are back on three routes.',
    category: 'Travel',
    published: '2026-03-01',
    image: { src: here('/test/related/card.svg'), alt: 'A train at dusk', width: 320, height: 180 },
  },
  {
    url: here('/ferries'),
    title: 'Ferries go electric',
    summary: 'A harbour tries batteries.',
    image: { src: here('/test/related/card.svg'), alt: '' },
  },
  { url: 'https://news.example/bridges', title: 'Old bridges, new loads' },
];
