/** Thai UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const th: Translation = {
  $code: 'th',
  $name: 'ไทย',
  $dir: 'ltr',
  retry: 'ลองอีกครั้ง',
  byline: 'โดย {names}',
  published: 'เผยแพร่ {date}',
  updated: 'อัปเดต {date}',
  advertisement: 'โฆษณา',
  articleLoading: 'กำลังโหลดบทความ…',
  articleError: 'ไม่สามารถแสดงบทความนี้ได้',
  locked: 'บทความนี้สำหรับสมาชิกเท่านั้น หรือต้องใช้รหัสผ่านบนเว็บไซต์ต้นทาง',
  readOnSite: 'อ่านบนเว็บไซต์ต้นทาง',
  share: 'แชร์',
  shareOn: 'แชร์ไปที่ {network}',
  email: 'อีเมล',
  shareByEmail: 'แชร์ทางอีเมล',
  copyLink: 'คัดลอกลิงก์',
  moreOptions: 'ตัวเลือกเพิ่มเติม',
  linkCopied: 'คัดลอกลิงก์แล้ว',
  linkNotCopied: 'คัดลอกลิงก์ไม่สำเร็จ',
  mastodonServer: 'เซิร์ฟเวอร์ Mastodon ของคุณ',
  mastodonServerInvalid: 'ใส่ชื่อเซิร์ฟเวอร์ เช่น mastodon.social',
  cancel: 'ยกเลิก',
  shareError: 'ไม่สามารถแสดงลิงก์สำหรับแชร์ได้',
  relatedHeading: 'บทความที่เกี่ยวข้อง',
  carousel: 'ชุดสไลด์',
  slide: 'สไลด์',
  slidePosition: '{n} จาก {total}',
  previous: 'ก่อนหน้า',
  next: 'ถัดไป',
  relatedLoading: 'กำลังโหลดบทความที่เกี่ยวข้อง…',
  relatedError: 'ไม่สามารถแสดงบทความที่เกี่ยวข้องได้',
};

export default th;
