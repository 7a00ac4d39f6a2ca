/** Indonesian UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const id: Translation = {
  $code: 'id',
  $name: 'Bahasa Indonesia',
  $dir: 'ltr',
  retry: 'Coba lagi',
  byline: 'Oleh {names}',
  published: 'Diterbitkan {date}',
  updated: 'Diperbarui {date}',
  advertisement: 'Iklan',
  articleLoading: 'Memuat artikel…',
  articleError: 'Artikel ini tidak dapat ditampilkan.',
  locked: 'Artikel ini khusus pelanggan atau memerlukan kata sandi di situs aslinya.',
  readOnSite: 'Baca di situs aslinya',
  share: 'Bagikan',
  shareOn: 'Bagikan ke {network}',
  email: 'Email',
  shareByEmail: 'Bagikan lewat email',
  copyLink: 'Salin tautan',
  moreOptions: 'Opsi lainnya',
  linkCopied: 'Tautan disalin',
  linkNotCopied: 'Tautan tidak dapat disalin',
  mastodonServer: 'Server Mastodon Anda',
  mastodonServerInvalid: 'Masukkan nama server, misalnya mastodon.social',
  cancel: 'Batal',
  shareError: 'Tautan berbagi tidak dapat ditampilkan.',
  relatedHeading: 'Artikel terkait',
  carousel: 'karosel',
  slide: 'slide',
  slidePosition: '{n} dari {total}',
  previous: 'Sebelumnya',
  next: 'Berikutnya',
  relatedLoading: 'Memuat artikel terkait…',
  relatedError: 'Artikel terkait tidak dapat ditampilkan.',
};

export default id;
