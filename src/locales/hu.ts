/** Hungarian UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const hu: Translation = {
  $code: 'hu',
  $name: 'Magyar',
  $dir: 'ltr',
  retry: 'Újrapróbálás',
  byline: 'Szerző: {names}',
  published: 'Közzétéve: {date}',
  updated: 'Frissítve: {date}',
  advertisement: 'Hirdetés',
  articleLoading: 'Cikk betöltése…',
  articleError: 'A cikket nem sikerült megjeleníteni.',
  locked: 'Ez a cikk csak előfizetőknek érhető el, vagy a forrásoldalon jelszó kell hozzá.',
  readOnSite: 'Elolvasom a forrásoldalon',
  share: 'Megosztás',
  shareOn: 'Megosztás itt: {network}',
  email: 'E-mail',
  shareByEmail: 'Megosztás e-mailben',
  copyLink: 'Link másolása',
  moreOptions: 'További lehetőségek',
  linkCopied: 'A link a vágólapra került',
  linkNotCopied: 'A linket nem sikerült kimásolni',
  mastodonServer: 'Az Ön Mastodon-szervere',
  mastodonServerInvalid: 'Adja meg egy szerver nevét, például: mastodon.social',
  cancel: 'Mégse',
  shareError: 'A megosztási linkeket nem sikerült megjeleníteni.',
  relatedHeading: 'Kapcsolódó cikkek',
  carousel: 'körhinta',
  slide: 'dia',
  slidePosition: '{n}/{total}',
  previous: 'Előző',
  next: 'Következő',
  relatedLoading: 'Kapcsolódó cikkek betöltése…',
  relatedError: 'A kapcsolódó cikkeket nem sikerült megjeleníteni.',
};

export default hu;
