/** Russian UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const ru: Translation = {
  $code: 'ru',
  $name: 'Русский',
  $dir: 'ltr',
  retry: 'Повторить',
  byline: 'Текст: {names}',
  published: 'Опубликовано {date}',
  updated: 'Обновлено {date}',
  advertisement: 'Реклама',
  articleLoading: 'Загрузка статьи…',
  articleError: 'Не удалось показать эту статью.',
  locked: 'Эта статья доступна только подписчикам или защищена паролем на своём сайте.',
  readOnSite: 'Читать на сайте',
  share: 'Поделиться',
  shareOn: 'Поделиться в {network}',
  email: 'Эл. почта',
  shareByEmail: 'Отправить по электронной почте',
  copyLink: 'Копировать ссылку',
  moreOptions: 'Другие варианты',
  linkCopied: 'Ссылка скопирована',
  linkNotCopied: 'Не удалось скопировать ссылку',
  mastodonServer: 'Ваш сервер Mastodon',
  mastodonServerInvalid: 'Введите имя сервера, например mastodon.social',
  cancel: 'Отмена',
  shareError: 'Не удалось показать ссылки для публикации.',
  relatedHeading: 'Читайте также',
  carousel: 'карусель',
  slide: 'слайд',
  slidePosition: '{n} из {total}',
  previous: 'Назад',
  next: 'Далее',
  relatedLoading: 'Загрузка похожих статей…',
  relatedError: 'Не удалось показать похожие статьи.',
};

export default ru;
