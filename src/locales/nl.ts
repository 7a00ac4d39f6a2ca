/** Dutch UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const nl: Translation = {
  $code: 'nl',
  $name: 'Nederlands',
  $dir: 'ltr',
  retry: 'Opnieuw proberen',
  byline: 'Door {names}',
  published: 'Gepubliceerd op {date}',
  updated: 'Bijgewerkt op {date}',
  advertisement: 'Advertentie',
  articleLoading: 'Artikel laden…',
  articleError: 'Dit artikel kan niet worden weergegeven.',
  locked:
    'Dit artikel is alleen voor abonnees of is op de oorspronkelijke site met een wachtwoord beveiligd.',
  readOnSite: 'Lees het op de oorspronkelijke site',
  share: 'Delen',
  shareOn: 'Delen op {network}',
  email: 'E-mail',
  shareByEmail: 'Delen via e-mail',
  copyLink: 'Link kopiëren',
  moreOptions: 'Meer opties',
  linkCopied: 'Link gekopieerd',
  linkNotCopied: 'De link kon niet worden gekopieerd',
  mastodonServer: 'Je Mastodon-server',
  mastodonServerInvalid: 'Voer een servernaam in, bijvoorbeeld mastodon.social',
  cancel: 'Annuleren',
  shareError: 'De deellinks kunnen niet worden weergegeven.',
  relatedHeading: 'Gerelateerde artikelen',
  carousel: 'carrousel',
  slide: 'dia',
  slidePosition: '{n} van {total}',
  previous: 'Vorige',
  next: 'Volgende',
  relatedLoading: 'Gerelateerde artikelen laden…',
  relatedError: 'Gerelateerde artikelen kunnen niet worden weergegeven.',
};

export default nl;
