/** Persian UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const fa: Translation = {
  $code: 'fa',
  $name: 'فارسی',
  $dir: 'rtl',
  retry: 'تلاش دوباره',
  byline: 'به قلم {names}',
  published: 'تاریخ انتشار: {date}',
  updated: 'به‌روزرسانی: {date}',
  advertisement: 'آگهی',
  articleLoading: 'در حال بارگذاری مطلب…',
  articleError: 'نمایش این مطلب ممکن نشد.',
  locked: 'این مطلب ویژهٔ مشترکان است یا در سایت خود با گذرواژه محافظت می‌شود.',
  readOnSite: 'خواندن در سایت اصلی',
  share: 'هم‌رسانی',
  shareOn: 'هم‌رسانی در {network}',
  email: 'ایمیل',
  shareByEmail: 'هم‌رسانی با ایمیل',
  copyLink: 'کپی پیوند',
  moreOptions: 'گزینه‌های بیشتر',
  linkCopied: 'پیوند کپی شد',
  linkNotCopied: 'کپی پیوند ممکن نشد',
  mastodonServer: 'سرور Mastodon شما',
  mastodonServerInvalid: 'نام یک سرور را وارد کنید، مانند mastodon.social',
  cancel: 'لغو',
  shareError: 'نمایش پیوندهای هم‌رسانی ممکن نشد.',
  relatedHeading: 'مطالب مرتبط',
  carousel: 'نمایش چرخشی',
  slide: 'اسلاید',
  slidePosition: '{n} از {total}',
  previous: 'قبلی',
  next: 'بعدی',
  relatedLoading: 'در حال بارگذاری مطالب مرتبط…',
  relatedError: 'نمایش مطالب مرتبط ممکن نشد.',
};

export default fa;
