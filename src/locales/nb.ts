/** Norwegian Bokmål UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const nb: Translation = {
  $code: 'nb',
  $name: 'Norsk bokmål',
  $dir: 'ltr',
  retry: 'Prøv igjen',
  byline: 'Av {names}',
  published: 'Publisert {date}',
  updated: 'Oppdatert {date}',
  advertisement: 'Annonse',
  articleLoading: 'Laster inn artikkelen…',
  articleError: 'Artikkelen kunne ikke vises.',
  locked: 'Artikkelen er bare for abonnenter eller krever passord på nettstedet sitt.',
  readOnSite: 'Les den på nettstedet',
  share: 'Del',
  shareOn: 'Del på {network}',
  email: 'E-post',
  shareByEmail: 'Del via e-post',
  copyLink: 'Kopier lenke',
  moreOptions: 'Flere valg',
  linkCopied: 'Lenken er kopiert',
  linkNotCopied: 'Lenken kunne ikke kopieres',
  mastodonServer: 'Din Mastodon-server',
  mastodonServerInvalid: 'Skriv inn et servernavn, for eksempel mastodon.social',
  cancel: 'Avbryt',
  shareError: 'Delingslenkene kunne ikke vises.',
  relatedHeading: 'Relaterte artikler',
  carousel: 'karusell',
  slide: 'lysbilde',
  slidePosition: '{n} av {total}',
  previous: 'Forrige',
  next: 'Neste',
  relatedLoading: 'Laster inn relaterte artikler…',
  relatedError: 'Relaterte artikler kunne ikke vises.',
};

export default nb;
