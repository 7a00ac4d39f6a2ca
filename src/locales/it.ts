/** Italian UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const it: Translation = {
  $code: 'it',
  $name: 'Italiano',
  $dir: 'ltr',
  retry: 'Riprova',
  byline: 'di {names}',
  published: 'Pubblicato il {date}',
  updated: 'Aggiornato il {date}',
  advertisement: 'Pubblicità',
  articleLoading: 'Caricamento dell’articolo…',
  articleError: 'Impossibile visualizzare questo articolo.',
  locked: 'Questo articolo è riservato agli abbonati o richiede una password sul sito di origine.',
  readOnSite: 'Leggilo sul sito di origine',
  share: 'Condividi',
  shareOn: 'Condividi su {network}',
  email: 'Email',
  shareByEmail: 'Condividi via email',
  copyLink: 'Copia link',
  moreOptions: 'Altre opzioni',
  linkCopied: 'Link copiato',
  linkNotCopied: 'Impossibile copiare il link',
  mastodonServer: 'Il tuo server Mastodon',
  mastodonServerInvalid: 'Inserisci il nome di un server, ad esempio mastodon.social',
  cancel: 'Annulla',
  shareError: 'Impossibile visualizzare i link di condivisione.',
  relatedHeading: 'Articoli correlati',
  carousel: 'carosello',
  slide: 'diapositiva',
  slidePosition: '{n} di {total}',
  previous: 'Precedente',
  next: 'Successivo',
  relatedLoading: 'Caricamento degli articoli correlati…',
  relatedError: 'Impossibile visualizzare gli articoli correlati.',
};

export default it;
