/** Finnish UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const fi: Translation = {
  $code: 'fi',
  $name: 'Suomi',
  $dir: 'ltr',
  retry: 'Yritä uudelleen',
  byline: 'Teksti: {names}',
  published: 'Julkaistu {date}',
  updated: 'Päivitetty {date}',
  advertisement: 'Mainos',
  articleLoading: 'Ladataan artikkelia…',
  articleError: 'Artikkelia ei voitu näyttää.',
  locked: 'Artikkeli on vain tilaajille tai vaatii salasanan julkaisijan sivustolla.',
  readOnSite: 'Lue se julkaisijan sivustolla',
  share: 'Jaa',
  shareOn: 'Jaa palvelussa {network}',
  email: 'Sähköposti',
  shareByEmail: 'Jaa sähköpostilla',
  copyLink: 'Kopioi linkki',
  moreOptions: 'Lisää vaihtoehtoja',
  linkCopied: 'Linkki kopioitu',
  linkNotCopied: 'Linkkiä ei voitu kopioida',
  mastodonServer: 'Mastodon-palvelimesi',
  mastodonServerInvalid: 'Kirjoita palvelimen nimi, esimerkiksi mastodon.social',
  cancel: 'Peruuta',
  shareError: 'Jakolinkkejä ei voitu näyttää.',
  relatedHeading: 'Aiheeseen liittyvät artikkelit',
  carousel: 'karuselli',
  slide: 'dia',
  slidePosition: '{n}/{total}',
  previous: 'Edellinen',
  next: 'Seuraava',
  relatedLoading: 'Ladataan aiheeseen liittyviä artikkeleita…',
  relatedError: 'Aiheeseen liittyviä artikkeleita ei voitu näyttää.',
};

export default fi;
