/**
 * What only a bar that shows a network beyond the default ones needs, in one file loaded the first
 * time a bar names one (more.ts): the other networks' marks, the Mastodon server dialog, and
 * copying the link.
 */
export { MORE_PATHS } from './more-icons.js';
export { openServerDialog, renderServerDialog, styleDialog } from './mastodon-dialog.js';
export { copyText } from './copy-text.js';
