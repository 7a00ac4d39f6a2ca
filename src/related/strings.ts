import type { Messages } from '../internal/i18n.js';

/** `<folio-related>`'s UI strings; `carousel` and `slide` are the localized role descriptions. */
export const messages: Messages<
  'heading' | 'carousel' | 'slide' | 'position' | 'previous' | 'next' | 'loading' | 'error' | 'retry'
> = {
  en: {
    heading: 'Related Articles',
    carousel: 'carousel',
    slide: 'slide',
    position: '{n} of {total}',
    previous: 'Previous',
    next: 'Next',
    loading: 'Loading related articles…',
    error: 'Related articles could not be shown.',
    retry: 'Try again',
  },
  fr: {
    heading: 'Articles liés',
    carousel: 'carrousel',
    slide: 'diapositive',
    position: '{n} sur {total}',
    previous: 'Précédent',
    next: 'Suivant',
    loading: 'Chargement des articles liés…',
    error: 'Impossible d’afficher les articles liés.',
    retry: 'Réessayer',
  },
  es: {
    heading: 'Artículos relacionados',
    carousel: 'carrusel',
    slide: 'diapositiva',
    position: '{n} de {total}',
    previous: 'Anterior',
    next: 'Siguiente',
    loading: 'Cargando artículos relacionados…',
    error: 'No se pudieron mostrar los artículos relacionados.',
    retry: 'Reintentar',
  },
  de: {
    heading: 'Ähnliche Artikel',
    carousel: 'Karussell',
    slide: 'Folie',
    position: '{n} von {total}',
    previous: 'Zurück',
    next: 'Weiter',
    loading: 'Ähnliche Artikel werden geladen…',
    error: 'Ähnliche Artikel können nicht angezeigt werden.',
    retry: 'Erneut versuchen',
  },
  ar: {
    heading: 'مقالات ذات صلة',
    carousel: 'عرض دوّار',
    slide: 'شريحة',
    position: '{n} من {total}',
    previous: 'السابق',
    next: 'التالي',
    loading: 'جارٍ تحميل المقالات ذات الصلة…',
    error: 'تعذّر عرض المقالات ذات الصلة.',
    retry: 'إعادة المحاولة',
  },
};
