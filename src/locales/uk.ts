/** Ukrainian UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const uk: Translation = {
  $code: 'uk',
  $name: 'Українська',
  $dir: 'ltr',
  retry: 'Спробувати ще раз',
  byline: 'Текст: {names}',
  published: 'Опубліковано {date}',
  updated: 'Оновлено {date}',
  advertisement: 'Реклама',
  articleLoading: 'Завантаження статті…',
  articleError: 'Не вдалося показати цю статтю.',
  locked: 'Ця стаття лише для передплатників або потребує пароля на своєму сайті.',
  readOnSite: 'Читати на сайті',
  share: 'Поділитися',
  shareOn: 'Поділитися в {network}',
  email: 'Ел. пошта',
  shareByEmail: 'Надіслати електронною поштою',
  copyLink: 'Копіювати посилання',
  moreOptions: 'Інші варіанти',
  linkCopied: 'Посилання скопійовано',
  linkNotCopied: 'Не вдалося скопіювати посилання',
  mastodonServer: 'Ваш сервер Mastodon',
  mastodonServerInvalid: 'Введіть назву сервера, наприклад mastodon.social',
  cancel: 'Скасувати',
  shareError: 'Не вдалося показати посилання для поширення.',
  relatedHeading: 'Читайте також',
  carousel: 'карусель',
  slide: 'слайд',
  slidePosition: '{n} з {total}',
  previous: 'Назад',
  next: 'Далі',
  relatedLoading: 'Завантаження схожих статей…',
  relatedError: 'Не вдалося показати схожі статті.',
};

export default uk;
