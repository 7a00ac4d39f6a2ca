/** Swedish UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const sv: Translation = {
  $code: 'sv',
  $name: 'Svenska',
  $dir: 'ltr',
  retry: 'Försök igen',
  byline: 'Av {names}',
  published: 'Publicerad {date}',
  updated: 'Uppdaterad {date}',
  advertisement: 'Annons',
  articleLoading: 'Läser in artikeln…',
  articleError: 'Artikeln kunde inte visas.',
  locked: 'Artikeln är bara för prenumeranter eller kräver ett lösenord på sin webbplats.',
  readOnSite: 'Läs den på webbplatsen',
  share: 'Dela',
  shareOn: 'Dela på {network}',
  email: 'E-post',
  shareByEmail: 'Dela via e-post',
  copyLink: 'Kopiera länk',
  moreOptions: 'Fler alternativ',
  linkCopied: 'Länken har kopierats',
  linkNotCopied: 'Länken kunde inte kopieras',
  mastodonServer: 'Din Mastodon-server',
  mastodonServerInvalid: 'Ange ett servernamn, till exempel mastodon.social',
  cancel: 'Avbryt',
  shareError: 'Delningslänkarna kunde inte visas.',
  relatedHeading: 'Relaterade artiklar',
  carousel: 'karusell',
  slide: 'bild',
  slidePosition: '{n} av {total}',
  previous: 'Föregående',
  next: 'Nästa',
  relatedLoading: 'Läser in relaterade artiklar…',
  relatedError: 'Relaterade artiklar kunde inte visas.',
};

export default sv;
