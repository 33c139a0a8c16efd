# Các phần dùng chung cho mọi màn hình: bảng, hộp thoại, thông báo và bộ
# chọn ngôn ngữ.

## Bảng

widgets-actions = Thao tác
widgets-show-more = Hiện thêm { $shown } trong { $left }

## Biểu mẫu

widgets-field-error = { $field }: { $error }

## Câu hỏi và trả lời

widgets-cancel = Hủy
widgets-type-to-confirm = Gõ "{ $word }" để xác nhận
widgets-are-you-sure = Bạn có chắc không?
widgets-record-anyway = Vẫn ghi lại
widgets-nothing-changed = Không có gì thay đổi.
widgets-undo = Hoàn tác
widgets-put-back = Đã khôi phục
widgets-put-back-what = Đã khôi phục { $what }

## Bộ chọn ngôn ngữ

widgets-language-system = Ngôn ngữ hệ thống ({ $name })
