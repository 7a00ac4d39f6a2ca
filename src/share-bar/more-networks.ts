/**
 * What only a bar that shows a network beyond the default ones needs, in one file loaded the first
 * time a bar names one (more.ts): the other networks' marks, and the Mastodon server dialog.
 */
export { MORE_PATHS } from './more-icons.js';
export { openServerDialog, renderServerDialog } from './mastodon-dialog.js';
