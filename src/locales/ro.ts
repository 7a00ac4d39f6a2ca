/** Romanian UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const ro: Translation = {
  $code: 'ro',
  $name: 'Română',
  $dir: 'ltr',
  retry: 'Încearcă din nou',
  byline: 'De {names}',
  published: 'Publicat pe {date}',
  updated: 'Actualizat pe {date}',
  advertisement: 'Publicitate',
  articleLoading: 'Se încarcă articolul…',
  articleError: 'Articolul nu a putut fi afișat.',
  locked: 'Acest articol este doar pentru abonați sau necesită o parolă pe site-ul său.',
  readOnSite: 'Citește-l pe site-ul său',
  share: 'Distribuie',
  shareOn: 'Distribuie pe {network}',
  email: 'E-mail',
  shareByEmail: 'Trimite prin e-mail',
  copyLink: 'Copiază linkul',
  moreOptions: 'Mai multe opțiuni',
  linkCopied: 'Linkul a fost copiat',
  linkNotCopied: 'Linkul nu a putut fi copiat',
  mastodonServer: 'Serverul tău Mastodon',
  mastodonServerInvalid: 'Introdu numele unui server, de exemplu mastodon.social',
  cancel: 'Anulează',
  shareError: 'Linkurile de distribuire nu au putut fi afișate.',
  relatedHeading: 'Articole similare',
  carousel: 'carusel',
  slide: 'diapozitiv',
  slidePosition: '{n} din {total}',
  previous: 'Anterior',
  next: 'Următor',
  relatedLoading: 'Se încarcă articolele similare…',
  relatedError: 'Articolele similare nu au putut fi afișate.',
};

export default ro;
