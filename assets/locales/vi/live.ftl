# Màn hình Đếm trực tiếp: bắt đầu buổi LIVE, ghi quà tặng bằng một cú nhấp
# hoặc một phím, kết thúc và phần tóm tắt khi buổi LIVE kết thúc.

live-heading = Đếm trực tiếp
live-badge = LIVE

## Trước buổi LIVE.

live-start-card = Bắt đầu buổi LIVE
live-start-intro = Ghi quà tặng trong khi bạn đang LIVE: một cú nhấp hoặc một phím cho mỗi quà. Mỗi lần nhấn được lưu ngay, nên đóng ứng dụng cũng không mất gì — buổi LIVE vẫn tiếp tục khi bạn quay lại.
live-title-label = Tiêu đề
live-title-placeholder = Buổi LIVE này về gì? (không bắt buộc)
live-go = Lên LIVE — bắt đầu đếm

## Trong buổi LIVE.

live-started = Bắt đầu lúc { $when }. Phím 1–9 thêm quà, Ctrl+Z hoàn tác quà cuối.
live-sender-label = Người gửi
live-sender-placeholder = Người gửi quà tiếp theo (không bắt buộc)
live-senders-label = Người gửi gần đây
live-senders-hint = Xóa sau mỗi quà. Gần đây:
live-other-label = Quà khác
live-other-gift = Quà khác…
live-other-option = { $gift } ({ $coins })
live-streak-label = Số lượng của quà tiếp theo
live-armed-note = Quà tiếp theo tính ×{ $times }
live-armed-hint = Trở về ×1 sau khi ghi (Esc để hủy).
live-key = Phím { $key }
live-this-live = Buổi LIVE này
live-value-gifts = { $value } · { $count ->
   *[other] { $count } quà tặng
}
live-threshold-title = Ngưỡng rút tiền
live-balance-line = Số dư { $diamonds } = { $value } / { $minimum } · { $percent }
live-last-gifts = Quà gần nhất
live-gift-line = { $count } × { $gift }
live-gift-line-from = { $count } × { $gift } từ { $sender }
live-undo-last = Hoàn tác quà cuối (Ctrl+Z)
live-nothing-to-undo = Không có gì để hoàn tác
live-remove-anyway = Vẫn gỡ

## Lời đọc cho trình đọc màn hình, và thông báo sau khi hoàn tác.

live-logged = Đã ghi { $count } × { $gift }. Buổi LIVE này: { $total }.
live-logged-from = Đã ghi { $count } × { $gift } từ { $sender }. Buổi LIVE này: { $total }.
live-removed-toast = Đã gỡ { $count } × { $gift }
live-removed = Đã gỡ { $count } × { $gift }. Buổi LIVE này: { $total }.

## Kết thúc buổi LIVE.

live-end = Kết thúc LIVE
live-end-title = Kết thúc buổi LIVE này?
live-end-so-far = { $count ->
   *[other] Đến giờ có { $count } quà tặng, trị giá { $diamonds }.
}
live-end-after = Quà ghi sau lúc này sẽ bắt đầu một buổi LIVE mới.
live-ended = Đã kết thúc và lưu buổi LIVE

## Tóm tắt buổi LIVE vừa kết thúc.

live-recap-title = Buổi LIVE đã kết thúc
live-recap-title-named = Buổi LIVE đã kết thúc: { $title }
live-recap-card = Tóm tắt
live-earned = Đã kiếm
live-earned-value = { $diamonds } · { $value }
live-duration = Thời lượng
live-gifts = Quà tặng
live-top-gifters = Người ủng hộ hàng đầu
live-gifter-line = { $count ->
   *[other] { $count } quà tặng
} · { $coins }
live-no-gifters = Không quà nào có người gửi.
live-from-tiktok = Từ tóm tắt LIVE của TikTok
live-from-tiktok-hint = Chép từ phần tóm tắt TikTok hiển thị sau buổi LIVE (không bắt buộc).
live-viewers = Người xem
live-followers = Người theo dõi mới
live-save = Lưu
live-saved = Đã lưu vào buổi LIVE này
live-another = Bắt đầu buổi LIVE khác
live-all-lives = Tất cả buổi LIVE
