/** Spanish UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const es: Translation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',
  retry: 'Reintentar',
  byline: 'Por {names}',
  published: 'Publicado el {date}',
  updated: 'Actualizado el {date}',
  advertisement: 'Publicidad',
  articleLoading: 'Cargando el artículo…',
  articleError: 'No se pudo mostrar este artículo.',
  locked: 'Este artículo es solo para suscriptores o requiere una contraseña en su sitio.',
  readOnSite: 'Leerlo en su sitio',
  share: 'Compartir',
  shareOn: 'Compartir en {network}',
  email: 'Correo',
  shareByEmail: 'Compartir por correo',
  copyLink: 'Copiar enlace',
  moreOptions: 'Más opciones',
  linkCopied: 'Enlace copiado',
  linkNotCopied: 'No se pudo copiar el enlace',
  mastodonServer: 'Tu servidor de Mastodon',
  mastodonServerInvalid: 'Escribe un nombre de servidor, como mastodon.social',
  cancel: 'Cancelar',
  shareError: 'No se pudieron mostrar los enlaces para compartir.',
  relatedHeading: 'Artículos relacionados',
  carousel: 'carrusel',
  slide: 'diapositiva',
  slidePosition: '{n} de {total}',
  previous: 'Anterior',
  next: 'Siguiente',
  relatedLoading: 'Cargando artículos relacionados…',
  relatedError: 'No se pudieron mostrar los artículos relacionados.',
};

export default es;
