/** Polish UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const pl: Translation = {
  $code: 'pl',
  $name: 'Polski',
  $dir: 'ltr',
  retry: 'Spróbuj ponownie',
  byline: 'Tekst: {names}',
  published: 'Opublikowano {date}',
  updated: 'Zaktualizowano {date}',
  advertisement: 'Reklama',
  articleLoading: 'Wczytywanie artykułu…',
  articleError: 'Nie udało się wyświetlić tego artykułu.',
  locked: 'Ten artykuł jest dostępny tylko dla subskrybentów lub wymaga hasła na stronie źródłowej.',
  readOnSite: 'Przeczytaj na stronie źródłowej',
  share: 'Udostępnij',
  shareOn: 'Udostępnij w serwisie {network}',
  email: 'E-mail',
  shareByEmail: 'Wyślij e-mailem',
  copyLink: 'Kopiuj link',
  moreOptions: 'Więcej opcji',
  linkCopied: 'Skopiowano link',
  linkNotCopied: 'Nie udało się skopiować linku',
  mastodonServer: 'Twój serwer Mastodon',
  mastodonServerInvalid: 'Wpisz nazwę serwera, np. mastodon.social',
  cancel: 'Anuluj',
  shareError: 'Nie udało się wyświetlić linków do udostępniania.',
  relatedHeading: 'Powiązane artykuły',
  carousel: 'karuzela',
  slide: 'slajd',
  slidePosition: '{n} z {total}',
  previous: 'Poprzednie',
  next: 'Następne',
  relatedLoading: 'Wczytywanie powiązanych artykułów…',
  relatedError: 'Nie udało się wyświetlić powiązanych artykułów.',
};

export default pl;
