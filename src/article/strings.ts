import type { Messages } from '../internal/i18n.js';

/** `<folio-article>`'s UI strings. */
export const messages: Messages<
  'by' | 'published' | 'updated' | 'advertisement' | 'loading' | 'error' | 'retry'
> = {
  en: {
    by: 'By {names}',
    published: 'Published',
    updated: 'Updated',
    advertisement: 'Advertisement',
    loading: 'Loading article…',
    error: 'This article could not be shown.',
    retry: 'Try again',
  },
  fr: {
    by: 'Par {names}',
    published: 'Publié le',
    updated: 'Mis à jour le',
    advertisement: 'Publicité',
    loading: 'Chargement de l’article…',
    error: 'Impossible d’afficher cet article.',
    retry: 'Réessayer',
  },
  es: {
    by: 'Por {names}',
    published: 'Publicado',
    updated: 'Actualizado',
    advertisement: 'Publicidad',
    loading: 'Cargando el artículo…',
    error: 'No se pudo mostrar este artículo.',
    retry: 'Reintentar',
  },
  de: {
    by: 'Von {names}',
    published: 'Veröffentlicht',
    updated: 'Aktualisiert',
    advertisement: 'Anzeige',
    loading: 'Artikel wird geladen…',
    error: 'Dieser Artikel kann nicht angezeigt werden.',
    retry: 'Erneut versuchen',
  },
  ar: {
    by: 'بقلم {names}',
    published: 'نُشر في',
    updated: 'حُدّث في',
    advertisement: 'إعلان',
    loading: 'جارٍ تحميل المقال…',
    error: 'تعذّر عرض هذا المقال.',
    retry: 'إعادة المحاولة',
  },
};
