/** Bengali UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const bn: Translation = {
  $code: 'bn',
  $name: 'বাংলা',
  $dir: 'ltr',
  retry: 'আবার চেষ্টা করুন',
  byline: 'লিখেছেন {names}',
  published: 'প্রকাশ: {date}',
  updated: 'আপডেট: {date}',
  advertisement: 'বিজ্ঞাপন',
  articleLoading: 'লেখাটি লোড হচ্ছে…',
  articleError: 'লেখাটি দেখানো যায়নি।',
  locked: 'এই লেখাটি শুধু গ্রাহকদের জন্য, অথবা মূল সাইটে পাসওয়ার্ড লাগে।',
  readOnSite: 'মূল সাইটে পড়ুন',
  share: 'শেয়ার করুন',
  shareOn: '{network}-এ শেয়ার করুন',
  email: 'ইমেইল',
  shareByEmail: 'ইমেইলে শেয়ার করুন',
  copyLink: 'লিংক কপি করুন',
  moreOptions: 'আরও বিকল্প',
  linkCopied: 'লিংক কপি হয়েছে',
  linkNotCopied: 'লিংক কপি করা যায়নি',
  mastodonServer: 'আপনার Mastodon সার্ভার',
  mastodonServerInvalid: 'একটি সার্ভারের নাম লিখুন, যেমন mastodon.social',
  cancel: 'বাতিল',
  shareError: 'শেয়ার করার লিংকগুলো দেখানো যায়নি।',
  relatedHeading: 'সম্পর্কিত লেখা',
  carousel: 'ক্যারোসেল',
  slide: 'স্লাইড',
  slidePosition: '{total}টির মধ্যে {n}',
  previous: 'আগের',
  next: 'পরের',
  relatedLoading: 'সম্পর্কিত লেখা লোড হচ্ছে…',
  relatedError: 'সম্পর্কিত লেখা দেখানো যায়নি।',
};

export default bn;
