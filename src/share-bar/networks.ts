/**
 * The networks `<folio-share-bar>` knows and the share link of each, built the way the network
 * documents it today. Every value is encoded with `encodeURIComponent`, so spaces are `%20`, never `+`.
 */

import type { Network } from '../model/networks.js';

export type { Network };

/** Networks named by their brand, which is never translated (email, copy and native have names in each language). */
export const BRANDS: Partial<Record<Network, string>> = {
  facebook: 'Facebook',
  x: 'X',
  reddit: 'Reddit',
  pinterest: 'Pinterest',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};

/** What is shared. `text` is the message posted with the link; `summary` goes in an email body. */
export interface ShareContent {
  url: string;
  title?: string;
  text?: string;
  summary?: string;
  image?: string;
  hashtags: string[];
  via?: string;
}

/** `?a=1&b=2`, leaving out empty values. */
const query = (params: Record<string, string | undefined>) =>
  '?' +
  Object.entries(params)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encode(value!)}`)
    .join('&');

/** `encodeURIComponent`, which throws on a lone surrogate (broken UTF-16): that becomes U+FFFD, as in UTF-8. */
const encode = (value: string) => encodeURIComponent(value.replace(/\p{Cs}/gu, '\uFFFD'));

/** "text url", or the URL alone when there is no text. */
const withUrl = (text: string | undefined, url: string) => (text ? `${text} ${url}` : url);

/** The share link of each network that has one; `copy`, `native` and `mastodon` are buttons. */
export const LINKS: Partial<Record<Network, (content: ShareContent) => string>> = {
  // Only the URL is honoured: the preview comes from the page's Open Graph tags.
  facebook: ({ url }) => `https://www.facebook.com/sharer/sharer.php${query({ u: url })}`,
  x: ({ url, text, hashtags, via }) => {
    // X appends the hashtags and "via @account" to the text, and counts NFC-normalized text.
    const extra = hashtags.map((tag) => ` #${tag}`).join('') + (via ? ` via @${via}` : '');
    const budget = 280 - X_LINK - 1 - measure(extra, xWeight, 280);
    const cut = text && clip(text.normalize('NFC'), budget, xWeight);
    return `https://x.com/intent/tweet${query({ text: cut, url, hashtags: hashtags.join(','), via })}`;
  },
  reddit: ({ url, title }) => `https://www.reddit.com/submit${query({ url, title })}`,
  pinterest: ({ url, image, text }) =>
    `https://www.pinterest.com/pin/create/button/${query({ url, media: image, description: text })}`,
  linkedin: ({ url }) => `https://www.linkedin.com/sharing/share-offsite/${query({ url })}`,
  whatsapp: ({ url, text }) => `https://wa.me/${query({ text: withUrl(text, url) })}`,
  telegram: ({ url, text }) => `https://t.me/share/url${query({ url, text })}`,
  // Only `text` is honoured; a post holds 300 graphemes, the link included.
  bluesky: ({ url, text }) =>
    `https://bsky.app/intent/compose${query({ text: withUrl(text && clip(text, 300 - 1 - measure(url)), url) })}`,
  email: ({ url, title, summary }) =>
    `mailto:${query({ subject: title, body: summary ? `${summary}\r\n\r\n${url}` : url })}`,
};

/** Mastodon has no global endpoint: the link goes to the reader's own server. */
export const mastodonLink = (server: string, { url, text }: ShareContent) =>
  `https://${server}/share${query({ text: withUrl(text, url) })}`;

/** Adds `utm_source={network}&utm_medium=social&utm_campaign={campaign}`, keeping the query and hash. */
export function withCampaign(url: string, network: Network, campaign?: string): string {
  if (!campaign) return url;
  const tagged = new URL(url);
  const utm = query({ utm_source: network, utm_medium: 'social', utm_campaign: campaign }).slice(1);
  tagged.search = tagged.search ? `${tagged.search}&${utm}` : utm;
  return tagged.href;
}

/** X counts every link as 23 characters. */
const X_LINK = 23;

/** Made on first use, not as the script loads: creating one costs tens of milliseconds. */
let segmenter: Intl.Segmenter | null | undefined;

/** The user-perceived characters of `text`: an emoji with modifiers or a letter with its accents is one. */
export function graphemes(text: string): string[] {
  segmenter ??= globalThis.Intl?.Segmenter ? new Intl.Segmenter() : null;
  return segmenter ? Array.from(segmenter.segment(text), ({ segment }) => segment) : Array.from(text);
}

/** How X counts a grapheme (twitter-text v3): an emoji 2; otherwise 1 per code point of Latin, Arabic, Cyrillic…, 2 of CJK. */
export const xWeight = (grapheme: string): number =>
  /\p{Extended_Pictographic}/u.test(grapheme)
    ? 2
    : Array.from(grapheme).reduce((sum, char) => sum + (LIGHT.test(char) ? 1 : 2), 0);

const LIGHT = /[\0-\u10FF\u2000-\u200D\u2010-\u201F\u2032-\u2037]/u;

/**
 * The first graphemes of `text`, enough to weigh more than `max` (none weighs less than 1), and
 * whether they are all of it. Only a head of a long text is segmented, twice as long each time it
 * holds too few: some engines (Node 20) segment in quadratic time.
 */
function head(text: string, max: number): { graphemes: string[]; whole: boolean } {
  // A grapheme may be many units long (a family emoji is 11): widen the slice until it holds enough.
  for (let units = Math.max(max + 1, 1) * 4; ; units *= 2) {
    if (text.length <= units) return { graphemes: graphemes(text), whole: true };
    // The last grapheme of a slice may be cut short: it is left out.
    const found = graphemes(text.slice(0, units)).slice(0, -1);
    if (found.length > max) return { graphemes: found, whole: false };
  }
}

/**
 * The length of `text`, adding up the weight of each grapheme (1 unless told otherwise), or a
 * length over `max` when it weighs more. Printable ASCII, such as a URL, is one grapheme of weight
 * 1 per character: no need to segment it.
 */
export function measure(text: string, weigh = (_grapheme: string) => 1, max = Infinity): number {
  if (/^[ -~]*$/.test(text)) return text.length;
  const { graphemes, whole } = head(text, max);
  const weight = graphemes.reduce((sum, grapheme) => sum + weigh(grapheme), 0);
  return whole ? weight : Math.max(weight, max + 1);
}

/** Cuts `text` on a grapheme boundary so that it and an ellipsis weigh at most `max`. */
export function clip(text: string, max: number, weigh = (_grapheme: string) => 1): string {
  // No grapheme weighs more than 2 per UTF-16 unit: most texts fit without being measured.
  if (text.length * 2 <= max || measure(text, weigh, max) <= max) return text;
  let room = max - weigh('…');
  if (room < 0) return '';
  let kept = '';
  for (const grapheme of head(text, max).graphemes) {
    room -= weigh(grapheme);
    if (room < 0) break;
    kept += grapheme;
  }
  return `${kept.trimEnd()}…`;
}
