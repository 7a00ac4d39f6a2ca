/** Simplified Chinese UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const zhHans: Translation = {
  $code: 'zh-Hans',
  $name: '简体中文',
  $dir: 'ltr',
  retry: '重试',
  byline: '作者：{names}',
  published: '发布时间：{date}',
  updated: '更新时间：{date}',
  advertisement: '广告',
  articleLoading: '正在加载文章…',
  articleError: '无法显示这篇文章。',
  locked: '本文仅限订阅用户阅读，或需在原网站输入密码。',
  readOnSite: '前往原网站阅读',
  share: '分享',
  shareOn: '分享到 {network}',
  email: '电子邮件',
  shareByEmail: '通过电子邮件分享',
  copyLink: '复制链接',
  moreOptions: '更多选项',
  linkCopied: '链接已复制',
  linkNotCopied: '无法复制链接',
  mastodonServer: '您的 Mastodon 服务器',
  mastodonServerInvalid: '请输入服务器名称，例如 mastodon.social',
  cancel: '取消',
  shareError: '无法显示分享链接。',
  relatedHeading: '相关文章',
  carousel: '轮播',
  slide: '幻灯片',
  slidePosition: '第 {n} 篇，共 {total} 篇',
  previous: '上一页',
  next: '下一页',
  relatedLoading: '正在加载相关文章…',
  relatedError: '无法显示相关文章。',
};

export default zhHans;
