/** Vietnamese UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const vi: Translation = {
  $code: 'vi',
  $name: 'Tiếng Việt',
  $dir: 'ltr',
  retry: 'Thử lại',
  byline: 'Tác giả: {names}',
  published: 'Đăng ngày {date}',
  updated: 'Cập nhật ngày {date}',
  advertisement: 'Quảng cáo',
  articleLoading: 'Đang tải bài viết…',
  articleError: 'Không thể hiển thị bài viết này.',
  locked: 'Bài viết này chỉ dành cho người đăng ký hoặc cần mật khẩu trên trang gốc.',
  readOnSite: 'Đọc trên trang gốc',
  share: 'Chia sẻ',
  shareOn: 'Chia sẻ lên {network}',
  email: 'Email',
  shareByEmail: 'Chia sẻ qua email',
  copyLink: 'Sao chép liên kết',
  moreOptions: 'Tùy chọn khác',
  linkCopied: 'Đã sao chép liên kết',
  linkNotCopied: 'Không thể sao chép liên kết',
  mastodonServer: 'Máy chủ Mastodon của bạn',
  mastodonServerInvalid: 'Nhập tên máy chủ, ví dụ mastodon.social',
  cancel: 'Hủy',
  shareError: 'Không thể hiển thị các liên kết chia sẻ.',
  relatedHeading: 'Bài viết liên quan',
  carousel: 'băng chuyền',
  slide: 'trang chiếu',
  slidePosition: '{n} trên {total}',
  previous: 'Trước',
  next: 'Tiếp',
  relatedLoading: 'Đang tải bài viết liên quan…',
  relatedError: 'Không thể hiển thị bài viết liên quan.',
};

export default vi;
