/** Korean UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const ko: Translation = {
  $code: 'ko',
  $name: '한국어',
  $dir: 'ltr',
  retry: '다시 시도',
  byline: '글: {names}',
  published: '입력 {date}',
  updated: '수정 {date}',
  advertisement: '광고',
  articleLoading: '기사를 불러오는 중…',
  articleError: '이 기사를 표시할 수 없습니다.',
  locked: '이 기사는 구독자 전용이거나 원래 사이트에서 비밀번호가 필요합니다.',
  readOnSite: '원래 사이트에서 읽기',
  share: '공유',
  shareOn: '{network}에 공유',
  email: '이메일',
  shareByEmail: '이메일로 공유',
  copyLink: '링크 복사',
  moreOptions: '더보기',
  linkCopied: '링크가 복사되었습니다',
  linkNotCopied: '링크를 복사할 수 없습니다',
  mastodonServer: '사용 중인 Mastodon 서버',
  mastodonServerInvalid: '서버 이름을 입력하세요(예: mastodon.social)',
  cancel: '취소',
  shareError: '공유 링크를 표시할 수 없습니다.',
  relatedHeading: '관련 기사',
  carousel: '캐러셀',
  slide: '슬라이드',
  slidePosition: '{total}개 중 {n}번째',
  previous: '이전',
  next: '다음',
  relatedLoading: '관련 기사를 불러오는 중…',
  relatedError: '관련 기사를 표시할 수 없습니다.',
};

export default ko;
