/** Czech UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const cs: Translation = {
  $code: 'cs',
  $name: 'Čeština',
  $dir: 'ltr',
  retry: 'Zkusit znovu',
  byline: 'Text: {names}',
  published: 'Publikováno {date}',
  updated: 'Aktualizováno {date}',
  advertisement: 'Reklama',
  articleLoading: 'Načítání článku…',
  articleError: 'Tento článek nelze zobrazit.',
  locked: 'Tento článek je jen pro předplatitele nebo na svém webu vyžaduje heslo.',
  readOnSite: 'Přečíst na původním webu',
  share: 'Sdílet',
  shareOn: 'Sdílet přes {network}',
  email: 'E-mail',
  shareByEmail: 'Sdílet e-mailem',
  copyLink: 'Kopírovat odkaz',
  moreOptions: 'Další možnosti',
  linkCopied: 'Odkaz byl zkopírován',
  linkNotCopied: 'Odkaz se nepodařilo zkopírovat',
  mastodonServer: 'Váš server Mastodon',
  mastodonServerInvalid: 'Zadejte název serveru, např. mastodon.social',
  cancel: 'Zrušit',
  shareError: 'Odkazy ke sdílení nelze zobrazit.',
  relatedHeading: 'Související články',
  carousel: 'karusel',
  slide: 'snímek',
  slidePosition: '{n} z {total}',
  previous: 'Předchozí',
  next: 'Další',
  relatedLoading: 'Načítání souvisejících článků…',
  relatedError: 'Související články nelze zobrazit.',
};

export default cs;
