/** Japanese UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const ja: Translation = {
  $code: 'ja',
  $name: '日本語',
  $dir: 'ltr',
  retry: '再試行',
  byline: '文：{names}',
  published: '{date} 公開',
  updated: '{date} 更新',
  advertisement: '広告',
  articleLoading: '記事を読み込んでいます…',
  articleError: 'この記事を表示できませんでした。',
  locked: 'この記事は購読者限定か、掲載元のサイトでパスワードが必要です。',
  readOnSite: '掲載元のサイトで読む',
  share: 'シェア',
  shareOn: '{network}でシェア',
  email: 'メール',
  shareByEmail: 'メールでシェア',
  copyLink: 'リンクをコピー',
  moreOptions: 'その他のオプション',
  linkCopied: 'リンクをコピーしました',
  linkNotCopied: 'リンクをコピーできませんでした',
  mastodonServer: 'ご利用のMastodonサーバー',
  mastodonServerInvalid: 'サーバー名を入力してください（例：mastodon.social）',
  cancel: 'キャンセル',
  shareError: 'シェア用のリンクを表示できませんでした。',
  relatedHeading: '関連記事',
  carousel: 'カルーセル',
  slide: 'スライド',
  slidePosition: '{total}件中{n}件目',
  previous: '前へ',
  next: '次へ',
  relatedLoading: '関連記事を読み込んでいます…',
  relatedError: '関連記事を表示できませんでした。',
};

export default ja;
