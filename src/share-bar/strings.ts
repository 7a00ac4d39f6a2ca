import type { Messages } from '../internal/i18n.js';

type Key =
  | 'share'
  | 'on'
  | 'email'
  | 'byEmail'
  | 'copy'
  | 'native'
  | 'copied'
  | 'notCopied'
  | 'server'
  | 'invalid'
  | 'cancel'
  | 'error';

export type Strings = Record<Key, string>;

/** `<folio-share-bar>`'s UI strings. Brand names are never translated (see `BRANDS`). */
export const messages: Messages<Key> = {
  en: {
    share: 'Share',
    on: 'Share on {network}',
    email: 'Email',
    byEmail: 'Share by email',
    copy: 'Copy link',
    native: 'More options',
    copied: 'Link copied',
    notCopied: 'The link could not be copied',
    server: 'Your Mastodon server',
    invalid: 'Enter a server name, like mastodon.social',
    cancel: 'Cancel',
    error: 'The share links could not be shown.',
  },
  fr: {
    share: 'Partager',
    on: 'Partager sur {network}',
    email: 'E-mail',
    byEmail: 'Partager par e-mail',
    copy: 'Copier le lien',
    native: 'Plus d’options',
    copied: 'Lien copié',
    notCopied: 'Impossible de copier le lien',
    server: 'Votre serveur Mastodon',
    invalid: 'Saisissez un nom de serveur, comme mastodon.social',
    cancel: 'Annuler',
    error: 'Impossible d’afficher les liens de partage.',
  },
  es: {
    share: 'Compartir',
    on: 'Compartir en {network}',
    email: 'Correo',
    byEmail: 'Compartir por correo',
    copy: 'Copiar enlace',
    native: 'Más opciones',
    copied: 'Enlace copiado',
    notCopied: 'No se pudo copiar el enlace',
    server: 'Tu servidor de Mastodon',
    invalid: 'Escribe un nombre de servidor, como mastodon.social',
    cancel: 'Cancelar',
    error: 'No se pudieron mostrar los enlaces para compartir.',
  },
  de: {
    share: 'Teilen',
    on: 'Auf {network} teilen',
    email: 'E-Mail',
    byEmail: 'Per E-Mail teilen',
    copy: 'Link kopieren',
    native: 'Weitere Optionen',
    copied: 'Link kopiert',
    notCopied: 'Der Link konnte nicht kopiert werden',
    server: 'Ihr Mastodon-Server',
    invalid: 'Geben Sie einen Servernamen ein, z. B. mastodon.social',
    cancel: 'Abbrechen',
    error: 'Die Links zum Teilen können nicht angezeigt werden.',
  },
  ar: {
    share: 'مشاركة',
    on: 'مشاركة على {network}',
    email: 'البريد الإلكتروني',
    byEmail: 'مشاركة عبر البريد الإلكتروني',
    copy: 'نسخ الرابط',
    native: 'خيارات أخرى',
    copied: 'تم نسخ الرابط',
    notCopied: 'تعذّر نسخ الرابط',
    server: 'خادم ماستودون الخاص بك',
    invalid: 'أدخل اسم خادم، مثل mastodon.social',
    cancel: 'إلغاء',
    error: 'تعذّر عرض روابط المشاركة.',
  },
};
