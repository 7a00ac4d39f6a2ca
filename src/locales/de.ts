/** German UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const de: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',
  retry: 'Erneut versuchen',
  byline: 'Von {names}',
  published: 'Veröffentlicht am {date}',
  updated: 'Aktualisiert am {date}',
  advertisement: 'Anzeige',
  articleLoading: 'Artikel wird geladen…',
  articleError: 'Dieser Artikel kann nicht angezeigt werden.',
  locked: 'Dieser Artikel ist Abonnenten vorbehalten oder auf seiner Website passwortgeschützt.',
  readOnSite: 'Auf der Website lesen',
  share: 'Teilen',
  shareOn: 'Auf {network} teilen',
  email: 'E-Mail',
  shareByEmail: 'Per E-Mail teilen',
  copyLink: 'Link kopieren',
  moreOptions: 'Weitere Optionen',
  linkCopied: 'Link kopiert',
  linkNotCopied: 'Der Link konnte nicht kopiert werden',
  mastodonServer: 'Ihr Mastodon-Server',
  mastodonServerInvalid: 'Geben Sie einen Servernamen ein, z. B. mastodon.social',
  cancel: 'Abbrechen',
  shareError: 'Die Links zum Teilen können nicht angezeigt werden.',
  relatedHeading: 'Ähnliche Artikel',
  carousel: 'Karussell',
  slide: 'Folie',
  slidePosition: '{n} von {total}',
  previous: 'Zurück',
  next: 'Weiter',
  relatedLoading: 'Ähnliche Artikel werden geladen…',
  relatedError: 'Ähnliche Artikel können nicht angezeigt werden.',
};

export default de;
