/** Traditional Chinese UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const zhHant: Translation = {
  $code: 'zh-Hant',
  $name: '繁體中文',
  $dir: 'ltr',
  retry: '重試',
  byline: '作者：{names}',
  published: '發布時間：{date}',
  updated: '更新時間：{date}',
  advertisement: '廣告',
  articleLoading: '正在載入文章…',
  articleError: '無法顯示這篇文章。',
  locked: '本文僅供訂閱者閱讀，或需在原網站輸入密碼。',
  readOnSite: '前往原網站閱讀',
  share: '分享',
  shareOn: '分享到 {network}',
  email: '電子郵件',
  shareByEmail: '透過電子郵件分享',
  copyLink: '複製連結',
  moreOptions: '更多選項',
  linkCopied: '已複製連結',
  linkNotCopied: '無法複製連結',
  mastodonServer: '您的 Mastodon 伺服器',
  mastodonServerInvalid: '請輸入伺服器名稱，例如 mastodon.social',
  cancel: '取消',
  shareError: '無法顯示分享連結。',
  relatedHeading: '相關文章',
  carousel: '輪播',
  slide: '投影片',
  slidePosition: '第 {n} 篇，共 {total} 篇',
  previous: '上一頁',
  next: '下一頁',
  relatedLoading: '正在載入相關文章…',
  relatedError: '無法顯示相關文章。',
};

export default zhHant;
