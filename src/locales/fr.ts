/** French UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  retry: 'Réessayer',
  byline: 'Par {names}',
  published: 'Publié le {date}',
  updated: 'Mis à jour le {date}',
  advertisement: 'Publicité',
  articleLoading: 'Chargement de l’article…',
  articleError: 'Impossible d’afficher cet article.',
  locked: 'Cet article est réservé aux abonnés ou protégé par un mot de passe sur son site.',
  readOnSite: 'Le lire sur son site',
  share: 'Partager',
  shareOn: 'Partager sur {network}',
  email: 'E-mail',
  shareByEmail: 'Partager par e-mail',
  copyLink: 'Copier le lien',
  moreOptions: 'Plus d’options',
  linkCopied: 'Lien copié',
  linkNotCopied: 'Impossible de copier le lien',
  mastodonServer: 'Votre serveur Mastodon',
  mastodonServerInvalid: 'Saisissez un nom de serveur, comme mastodon.social',
  cancel: 'Annuler',
  shareError: 'Impossible d’afficher les liens de partage.',
  relatedHeading: 'Articles liés',
  carousel: 'carrousel',
  slide: 'diapositive',
  slidePosition: '{n} sur {total}',
  previous: 'Précédent',
  next: 'Suivant',
  relatedLoading: 'Chargement des articles liés…',
  relatedError: 'Impossible d’afficher les articles liés.',
};

export default fr;
