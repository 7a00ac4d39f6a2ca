/** Hebrew UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const he: Translation = {
  $code: 'he',
  $name: 'עברית',
  $dir: 'rtl',
  retry: 'לנסות שוב',
  byline: 'מאת {names}',
  published: 'פורסם: {date}',
  updated: 'עודכן: {date}',
  advertisement: 'פרסומת',
  articleLoading: 'הכתבה נטענת…',
  articleError: 'לא ניתן להציג את הכתבה.',
  locked: 'הכתבה מיועדת למנויים בלבד או מוגנת בסיסמה באתר המקור.',
  readOnSite: 'לקריאה באתר המקור',
  share: 'שיתוף',
  shareOn: 'שיתוף ב־{network}',
  email: 'דוא״ל',
  shareByEmail: 'שיתוף בדוא״ל',
  copyLink: 'העתקת הקישור',
  moreOptions: 'אפשרויות נוספות',
  linkCopied: 'הקישור הועתק',
  linkNotCopied: 'לא ניתן היה להעתיק את הקישור',
  mastodonServer: 'שרת ה־Mastodon שלך',
  mastodonServerInvalid: 'יש להזין שם שרת, למשל mastodon.social',
  cancel: 'ביטול',
  shareError: 'לא ניתן להציג את קישורי השיתוף.',
  relatedHeading: 'כתבות קשורות',
  carousel: 'קרוסלה',
  slide: 'שקופית',
  slidePosition: '{n} מתוך {total}',
  previous: 'הקודם',
  next: 'הבא',
  relatedLoading: 'כתבות קשורות נטענות…',
  relatedError: 'לא ניתן להציג כתבות קשורות.',
};

export default he;
