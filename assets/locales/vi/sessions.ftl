# Màn hình Các buổi LIVE: danh sách buổi LIVE, chi tiết một buổi (tóm tắt,
# quà tặng theo người ủng hộ, quà thêm thủ công) và biểu mẫu thêm hoặc sửa.

sessions-title = Các buổi LIVE
sessions-filter-placeholder = Lọc theo tiêu đề hoặc ngày…
sessions-filter-label = Lọc buổi LIVE
sessions-new = Buổi LIVE mới
sessions-no-match = Không có buổi LIVE nào khớp bộ lọc.
sessions-empty-title = Chưa có buổi LIVE nào
sessions-empty-text = Thêm các buổi LIVE bạn đã làm cùng quà tặng, hoặc nhập chúng từ tệp CSV.

## Các cột của danh sách. "live" đánh dấu buổi LIVE vẫn đang diễn ra.

sessions-col-date = Ngày
sessions-col-duration = Thời lượng
sessions-col-title = Tiêu đề
sessions-col-diamonds = Kim cương
sessions-col-value = Giá trị
sessions-col-viewers = Người xem
sessions-col-per-hour = Mỗi giờ
sessions-running-badge = live

## Biểu mẫu một buổi LIVE.

sessions-field-start = Bắt đầu
sessions-field-end = Kết thúc
sessions-field-end-hint = Để trống khi buổi LIVE vẫn đang diễn ra.
sessions-field-title = Tiêu đề
sessions-field-viewers = Người xem
sessions-field-peak-viewers = Người xem cao nhất
sessions-field-new-followers = Người theo dõi mới
sessions-field-diamonds = Kim cương TikTok báo cáo
sessions-field-diamonds-hint = Lấy từ tóm tắt LIVE của TikTok, khi bạn không ghi từng quà tặng.
sessions-field-notes = Ghi chú
sessions-edit-title = Sửa buổi LIVE
sessions-new-title = Buổi LIVE mới
sessions-save = Lưu
sessions-add = Thêm buổi LIVE
sessions-cancel = Hủy
sessions-saved = Đã lưu buổi LIVE
sessions-added = Đã thêm buổi LIVE

## Chi tiết một buổi LIVE.

sessions-untitled = Buổi LIVE
sessions-edit = Sửa
sessions-delete = Xóa
sessions-close = Đóng
sessions-close-label = Đóng chi tiết buổi LIVE
sessions-recap = Tóm tắt
sessions-earned = Đã kiếm
sessions-duration = Thời lượng
sessions-still-live = vẫn đang live
sessions-per-hour-live = Mỗi giờ LIVE
sessions-gifts = Quà tặng
sessions-top-gifters = Người ủng hộ hàng đầu
sessions-no-gifters = Không có tên người gửi
sessions-gifts-from = { $count ->
   *[other] { $count } quà tặng
} từ { $senders ->
   *[other] { $senders } người gửi
}
sessions-by-sender = Quà tặng theo người gửi
sessions-no-sender = Không có tên người gửi
sessions-sender-line = { $count ->
   *[other] { $count } quà tặng
} · { $coins }
sessions-no-gifts = Buổi LIVE này không có dòng quà tặng nào.
sessions-per-thousand-viewers = { $value } mỗi 1.000 người xem

## Bảng quà tặng của một buổi LIVE.

sessions-col-time = Giờ
sessions-col-gift = Quà tặng
sessions-col-coins = Xu
sessions-col-count = Số lượng
sessions-col-actions = Thao tác
sessions-estimated = ước tính
sessions-estimated-hint = Nhật ký đã nhập kết thúc trước chuỗi quà này: được tính theo số lượng cao nhất đến lúc đó. Nhập phần còn lại của nhật ký sẽ hoàn tất nó.
sessions-delete-gift-label = Xóa { $gift }
sessions-delete-gift-from-label = Xóa { $gift } của { $sender }

## Thêm quà tặng thủ công.

sessions-gift-field = Quà tặng
sessions-gift-placeholder = Rose
sessions-gift-hint = Quà có trong danh mục sẽ lấy số xu từ danh mục.
sessions-coins-field = Xu mỗi quà
sessions-coins-placeholder = từ danh mục
sessions-count-field = Số lượng
sessions-sender-field = Từ
sessions-sender-placeholder = không bắt buộc
sessions-add-gift = Thêm quà tặng
sessions-gift-added = Đã thêm quà tặng

## Xóa một quà tặng hoặc một buổi LIVE (có thể hoàn tác).

sessions-delete-gift-title = Xóa quà tặng này?
sessions-delete-gift-line = { $count } × { $gift } ({ $coins }).
sessions-delete-gift-from-line = { $count } × { $gift } từ { $sender } ({ $coins }).
sessions-undo-hint = Bạn có thể hoàn tác ngay sau đó.
sessions-delete-gift-confirm = Xóa quà tặng
sessions-delete-anyway = Vẫn xóa
sessions-gift-deleted = Đã xóa quà tặng
sessions-restore-anyway = Vẫn khôi phục
sessions-delete-session-title = Xóa buổi LIVE này?
sessions-delete-session-line = { $title } · { $date }: { $count ->
   *[other] { $count } quà tặng
}, { $diamonds }.
sessions-delete-session-confirm = Xóa buổi LIVE
sessions-session-deleted = Đã xóa buổi LIVE
