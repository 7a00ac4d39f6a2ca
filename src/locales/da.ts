/** Danish UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const da: Translation = {
  $code: 'da',
  $name: 'Dansk',
  $dir: 'ltr',
  retry: 'Prøv igen',
  byline: 'Af {names}',
  published: 'Udgivet {date}',
  updated: 'Opdateret {date}',
  advertisement: 'Annonce',
  articleLoading: 'Indlæser artiklen…',
  articleError: 'Artiklen kunne ikke vises.',
  locked: 'Artiklen er kun for abonnenter eller kræver en adgangskode på sit eget website.',
  readOnSite: 'Læs den på sitet',
  share: 'Del',
  shareOn: 'Del på {network}',
  email: 'E-mail',
  shareByEmail: 'Del via e-mail',
  copyLink: 'Kopiér link',
  moreOptions: 'Flere muligheder',
  linkCopied: 'Linket er kopieret',
  linkNotCopied: 'Linket kunne ikke kopieres',
  mastodonServer: 'Din Mastodon-server',
  mastodonServerInvalid: 'Skriv et servernavn, f.eks. mastodon.social',
  cancel: 'Annuller',
  shareError: 'Delingslinkene kunne ikke vises.',
  relatedHeading: 'Relaterede artikler',
  carousel: 'karrusel',
  slide: 'dias',
  slidePosition: '{n} af {total}',
  previous: 'Forrige',
  next: 'Næste',
  relatedLoading: 'Indlæser relaterede artikler…',
  relatedError: 'Relaterede artikler kunne ikke vises.',
};

export default da;
