/**
 * The share networks' vocabulary, one place for every reader of it: the names `share.networks` and
 * the share bar's `networks` take, the old names still understood, and what only a browser can decide.
 */

/** Every network Folio knows: the brands, then email, copy link and the browser's own share sheet. */
export const NETWORKS = [
  'facebook',
  'x',
  'reddit',
  'pinterest',
  'linkedin',
  'whatsapp',
  'telegram',
  'bluesky',
  'mastodon',
  'email',
  'copy',
  'native',
] as const;

export type Network = (typeof NETWORKS)[number];

export const isNetwork = (name: string): name is Network => (NETWORKS as readonly string[]).includes(name);

/** Networks that changed their name: the old one has one clear meaning. */
const RENAMED: Record<string, Network> = { twitter: 'x' };

/** The network an old name means (`twitter` → `x`, in any case), or undefined. */
export const renamedNetwork = (name: string): Network | undefined =>
  Object.hasOwn(RENAMED, name.toLowerCase()) ? RENAMED[name.toLowerCase()] : undefined;

/** What is said of an old name, wherever it is read. */
export const renamedWarning = (name: string, network: Network) =>
  `"${name}" is now "${network}": read as "${network}".`;

/** Whether a network's button depends on the reader's browser (the Web Share API), which a server cannot know. */
export const needsBrowser = (network: string) => network === 'native';
