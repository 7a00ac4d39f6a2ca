import type { Messages } from '../internal/i18n.js';

/** `<folio-article>`'s UI strings. */
export const messages: Messages<
  'by' | 'published' | 'updated' | 'advertisement' | 'loading' | 'error' | 'retry' | 'locked' | 'readOnSite'
> = {
  en: {
    by: 'By {names}',
    published: 'Published',
    updated: 'Updated',
    advertisement: 'Advertisement',
    loading: 'Loading article…',
    error: 'This article could not be shown.',
    retry: 'Try again',
    locked: 'This article is for subscribers or needs a password on its site.',
    readOnSite: 'Read it on its site',
  },
  fr: {
    by: 'Par {names}',
    published: 'Publié le',
    updated: 'Mis à jour le',
    advertisement: 'Publicité',
    loading: 'Chargement de l’article…',
    error: 'Impossible d’afficher cet article.',
    retry: 'Réessayer',
    locked: 'Cet article est réservé aux abonnés ou protégé par un mot de passe sur son site.',
    readOnSite: 'Le lire sur son site',
  },
  es: {
    by: 'Por {names}',
    published: 'Publicado',
    updated: 'Actualizado',
    advertisement: 'Publicidad',
    loading: 'Cargando el artículo…',
    error: 'No se pudo mostrar este artículo.',
    retry: 'Reintentar',
    locked: 'Este artículo es solo para suscriptores o requiere una contraseña en su sitio.',
    readOnSite: 'Leerlo en su sitio',
  },
  de: {
    by: 'Von {names}',
    published: 'Veröffentlicht',
    updated: 'Aktualisiert',
    advertisement: 'Anzeige',
    loading: 'Artikel wird geladen…',
    error: 'Dieser Artikel kann nicht angezeigt werden.',
    retry: 'Erneut versuchen',
    locked: 'Dieser Artikel ist Abonnenten vorbehalten oder auf seiner Website passwortgeschützt.',
    readOnSite: 'Auf der Website lesen',
  },
  ar: {
    by: 'بقلم {names}',
    published: 'نُشر في',
    updated: 'حُدّث في',
    advertisement: 'إعلان',
    loading: 'جارٍ تحميل المقال…',
    error: 'تعذّر عرض هذا المقال.',
    retry: 'إعادة المحاولة',
    locked: 'هذا المقال للمشتركين فقط أو محميّ بكلمة مرور على موقعه.',
    readOnSite: 'اقرأه على موقعه',
  },
};
