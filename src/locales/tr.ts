/** Turkish UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const tr: Translation = {
  $code: 'tr',
  $name: 'Türkçe',
  $dir: 'ltr',
  retry: 'Tekrar dene',
  byline: 'Yazan: {names}',
  published: 'Yayınlanma: {date}',
  updated: 'Güncelleme: {date}',
  advertisement: 'Reklam',
  articleLoading: 'Makale yükleniyor…',
  articleError: 'Bu makale gösterilemedi.',
  locked: 'Bu makale yalnızca abonelere açık ya da kendi sitesinde şifre gerektiriyor.',
  readOnSite: 'Kendi sitesinde okuyun',
  share: 'Paylaş',
  shareOn: '{network} üzerinden paylaş',
  email: 'E-posta',
  shareByEmail: 'E-postayla paylaş',
  copyLink: 'Bağlantıyı kopyala',
  moreOptions: 'Diğer seçenekler',
  linkCopied: 'Bağlantı kopyalandı',
  linkNotCopied: 'Bağlantı kopyalanamadı',
  mastodonServer: 'Mastodon sunucunuz',
  mastodonServerInvalid: 'Bir sunucu adı girin, örneğin mastodon.social',
  cancel: 'İptal',
  shareError: 'Paylaşım bağlantıları gösterilemedi.',
  relatedHeading: 'İlgili makaleler',
  carousel: 'karusel',
  slide: 'slayt',
  slidePosition: '{total} içinden {n}',
  previous: 'Önceki',
  next: 'Sonraki',
  relatedLoading: 'İlgili makaleler yükleniyor…',
  relatedError: 'İlgili makaleler gösterilemedi.',
};

export default tr;
