/**
 * English: every UI string of Folio's three elements, and the file every other language is typed
 * against (a key missing or added there does not compile). English is in every bundle; the other
 * languages load when an element first needs them. `{name}` placeholders are filled in by the
 * elements and must stay as they are (a test checks them); brand names are never translated.
 */
const en = {
  /** BCP 47 code of the language. */
  $code: 'en',
  /** The language's name in itself. */
  $name: 'English',
  /** Its direction. */
  $dir: 'ltr',

  // Shared by every element.
  /** The button that loads again after a load error. */
  retry: 'Try again',

  // <folio-article>
  /** Before the list of authors, which `{names}` stands for (the list is written by `Intl.ListFormat`). */
  byline: 'By {names}',
  /** `{date}`: the publication date, formatted for the language. */
  published: 'Published {date}',
  /** `{date}`: the date of the last update. */
  updated: 'Updated {date}',
  /** The label of an ad slot. */
  advertisement: 'Advertisement',
  articleLoading: 'Loading article…',
  articleError: 'This article could not be shown.',
  /** Shown instead of the body when the article's site keeps it from readers here. */
  locked: 'This article is for subscribers or needs a password on its site.',
  /** The link that follows `locked`. */
  readOnSite: 'Read it on its site',

  // <folio-share-bar>
  /** The name of the list of share buttons, and the dialog's submit button. */
  share: 'Share',
  /** A network's button: `{network}` is its brand name. */
  shareOn: 'Share on {network}',
  /** The email button's visible name. */
  email: 'Email',
  /** The email button's full name (tooltip and screen readers). */
  shareByEmail: 'Share by email',
  copyLink: 'Copy link',
  /** The button that opens the device's own share sheet. */
  moreOptions: 'More options',
  linkCopied: 'Link copied',
  linkNotCopied: 'The link could not be copied',
  /** The field that asks for the reader's Mastodon server. */
  mastodonServer: 'Your Mastodon server',
  mastodonServerInvalid: 'Enter a server name, like mastodon.social',
  cancel: 'Cancel',
  shareError: 'The share links could not be shown.',

  // <folio-related>
  /** The carousel's heading, unless the page gives a `label`. */
  relatedHeading: 'Related Articles',
  /** What screen readers call the carousel and each card (the ARIA role descriptions). */
  carousel: 'carousel',
  slide: 'slide',
  /** Each card's position: `{n}` and `{total}` are numbers, formatted for the language. */
  slidePosition: '{n} of {total}',
  previous: 'Previous',
  next: 'Next',
  relatedLoading: 'Loading related articles…',
  relatedError: 'Related articles could not be shown.',
};

/** A language's UI strings: every key of the English file, and its direction. */
export type Translation = Record<Exclude<keyof typeof en, '$dir'>, string> & { $dir: 'ltr' | 'rtl' };

export default en as Translation;
