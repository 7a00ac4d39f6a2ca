/** Arabic UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',
  retry: 'إعادة المحاولة',
  byline: 'بقلم {names}',
  published: 'نُشر في {date}',
  updated: 'حُدّث في {date}',
  advertisement: 'إعلان',
  articleLoading: 'جارٍ تحميل المقال…',
  articleError: 'تعذّر عرض هذا المقال.',
  locked: 'هذا المقال للمشتركين فقط أو محميّ بكلمة مرور على موقعه.',
  readOnSite: 'اقرأه على موقعه',
  share: 'مشاركة',
  shareOn: 'مشاركة على {network}',
  email: 'البريد الإلكتروني',
  shareByEmail: 'مشاركة عبر البريد الإلكتروني',
  copyLink: 'نسخ الرابط',
  moreOptions: 'خيارات أخرى',
  linkCopied: 'تم نسخ الرابط',
  linkNotCopied: 'تعذّر نسخ الرابط',
  mastodonServer: 'خادم ماستودون الخاص بك',
  mastodonServerInvalid: 'أدخل اسم خادم، مثل mastodon.social',
  cancel: 'إلغاء',
  shareError: 'تعذّر عرض روابط المشاركة.',
  relatedHeading: 'مقالات ذات صلة',
  carousel: 'عرض دوّار',
  slide: 'شريحة',
  slidePosition: '{n} من {total}',
  previous: 'السابق',
  next: 'التالي',
  relatedLoading: 'جارٍ تحميل المقالات ذات الصلة…',
  relatedError: 'تعذّر عرض المقالات ذات الصلة.',
};

export default ar;
