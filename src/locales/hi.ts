/** Hindi UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const hi: Translation = {
  $code: 'hi',
  $name: 'हिन्दी',
  $dir: 'ltr',
  retry: 'फिर से कोशिश करें',
  byline: 'लेखक: {names}',
  published: 'प्रकाशित: {date}',
  updated: 'अपडेट: {date}',
  advertisement: 'विज्ञापन',
  articleLoading: 'लेख लोड हो रहा है…',
  articleError: 'यह लेख दिखाया नहीं जा सका।',
  locked: 'यह लेख केवल सब्सक्राइबरों के लिए है या इसकी साइट पर पासवर्ड चाहिए।',
  readOnSite: 'इसे मूल साइट पर पढ़ें',
  share: 'शेयर करें',
  shareOn: '{network} पर शेयर करें',
  email: 'ईमेल',
  shareByEmail: 'ईमेल से शेयर करें',
  copyLink: 'लिंक कॉपी करें',
  moreOptions: 'और विकल्प',
  linkCopied: 'लिंक कॉपी हो गया',
  linkNotCopied: 'लिंक कॉपी नहीं हो सका',
  mastodonServer: 'आपका Mastodon सर्वर',
  mastodonServerInvalid: 'सर्वर का नाम लिखें, जैसे mastodon.social',
  cancel: 'रद्द करें',
  shareError: 'शेयर करने के लिंक दिखाए नहीं जा सके।',
  relatedHeading: 'संबंधित लेख',
  carousel: 'कैरोसेल',
  slide: 'स्लाइड',
  slidePosition: '{total} में से {n}',
  previous: 'पिछला',
  next: 'अगला',
  relatedLoading: 'संबंधित लेख लोड हो रहे हैं…',
  relatedError: 'संबंधित लेख दिखाए नहीं जा सके।',
};

export default hi;
