# Tổng quan: số dư, chặng đường đến số tiền rút tối thiểu của TikTok, đã rút
# được chưa, tuần này và tháng này, biểu đồ và danh sách dẫn đầu.
# Tiếng Việt không chia số nhiều cho danh từ sau số.

dashboard-title = Tổng quan

## Chưa có gì.

dashboard-empty-title = Chưa có buổi LIVE nào được ghi lại
dashboard-empty-text = Thêm buổi LIVE đầu tiên của bạn: nhập tay, đếm quà tặng khi đang LIVE, hoặc nhập các tệp mà công cụ LIVE hay TikTok đã cung cấp cho bạn.
dashboard-add-live = Thêm buổi LIVE
dashboard-import-file = Nhập tệp
dashboard-tally = Bắt đầu đếm trực tiếp
dashboard-demo-offer = Chỉ xem thử thôi? { $load } — bạn có thể xóa chúng trong Cài đặt.
dashboard-demo-load = Tải dữ liệu mẫu sáu tháng
dashboard-demo-loaded = Đã tải dữ liệu mẫu

## Số dư.

dashboard-balance = Số dư
dashboard-diamonds-unit = { $count ->
   *[other] kim cương
}
dashboard-earned = Đã kiếm
dashboard-withdrawn = Đã rút
dashboard-corrections = Điều chỉnh
dashboard-pending = Khoản thanh toán đang về
dashboard-rounded-down = Đã làm tròn xuống: số dư thấp hơn một chút so với mức tối thiểu { $min }, nên không hiển thị là đã đạt.
dashboard-valued-today = Giá trị theo tỷ giá hôm nay ({ $rate } mỗi kim cương). Sao kê dùng tỷ giá của ngày diễn ra từng buổi LIVE.

## Chặng đường đến số tiền rút tối thiểu.

dashboard-threshold-title = Số tiền rút tối thiểu
dashboard-progress-label = Tiến độ đến số tiền rút tối thiểu của TikTok
dashboard-threshold-reached = { $balance } / { $min } — đã đạt · { $percent }
dashboard-threshold-to-go = { $balance } / { $min } — còn { $diamonds } ({ $value }) · { $percent }
dashboard-can-cash-out = Bạn có thể rút tiền khi các điều kiện khác được đáp ứng.
dashboard-eta = Với tốc độ { $days } ngày qua ({ $pace } mỗi ngày), bạn sẽ đạt mức này vào khoảng { $day }.
dashboard-eta-wait = Dự báo xuất hiện sau { $min } buổi LIVE trong { $days } ngày — { $count ->
   *[other] còn thiếu { $count } buổi LIVE.
}
dashboard-eta-none = Không có buổi LIVE nào trong { $days } ngày qua, nên chưa có dự báo.

## Tôi rút tiền được chưa?

dashboard-ready-title = Tôi rút tiền được chưa?
dashboard-ready = Sẵn sàng rút tiền
dashboard-not-yet = Chưa
dashboard-withdrawable = Bây giờ bạn có thể rút { $diamonds } ({ $value }).
dashboard-rate-since = Tỷ giá từ { $day }: { $rate } mỗi kim cương.
dashboard-payout-link = Cài đặt → Thanh toán
dashboard-blocker-negative-balance = Số dư của bạn đang âm ({ $diamonds }): số đã rút hoặc điều chỉnh nhiều hơn số kiếm được. Hãy kiểm tra các lần rút tiền, hoặc nhập số mà ví TikTok của bạn hiển thị tại Rút tiền → Đối chiếu.
dashboard-blocker-below-minimum = { $balance } trên mức tối thiểu { $min } — còn { $diamonds }. Tiếp tục LIVE nhé!
dashboard-blocker-age = Xác nhận bạn từ 18 tuổi trở lên và có tài khoản đã xác minh trong { $link }.
dashboard-blocker-payout = Liên kết một phương thức thanh toán trong TikTok, rồi ghi tên phương thức đó trong { $link }.
dashboard-blocker-daily-maximum = Bạn đã dùng hết mức rút tối đa của hôm nay. Hãy thử lại vào ngày mai.

## Tuần này và tháng này đến nay.

dashboard-compare-title = Tuần này và tháng này đến nay
dashboard-compare-note = So với cùng các ngày của tuần trước và tháng trước, như cách LIVE Center của TikTok so sánh.
dashboard-week = Tuần này
dashboard-month = Tháng này
dashboard-compare-lives = { $count ->
   *[other] { $count } buổi LIVE
} · { $from } – { $to }
dashboard-change-week = { $change } so với cùng các ngày tuần trước ({ $before })
dashboard-change-month = { $change } so với cùng các ngày tháng trước ({ $before })
dashboard-nothing-week = Không kiếm được gì vào cùng các ngày tuần trước.
dashboard-nothing-month = Không kiếm được gì vào cùng các ngày tháng trước.

## Biểu đồ và danh sách.

dashboard-earned-title = Kim cương đã kiếm
dashboard-group-by = Nhóm theo
dashboard-by-day = Ngày
dashboard-by-week = Tuần
dashboard-by-month = Tháng
dashboard-balance-chart-title = Số dư theo thời gian, có đánh dấu các lần rút
dashboard-chart-wait = Xuất hiện sau { $min } buổi LIVE (hiện bạn có { $count ->
   *[other] { $count } buổi LIVE
}).
dashboard-top-gifts = Quà tặng hàng đầu (theo số xu đã tiêu)
dashboard-top-gifts-empty = Quà tặng sẽ hiện ở đây khi bạn ghi lại hoặc nhập quà tặng.
dashboard-top-supporters = Người ủng hộ hàng đầu (theo số xu đã tiêu)
dashboard-top-supporters-empty = Người gửi sẽ hiện ở đây khi quà tặng có tên người gửi.
dashboard-top-row = { $coins } · { $share }
dashboard-worth-title = Một giờ LIVE và một người xem đáng giá bao nhiêu?
dashboard-worth-note = TikTok không trả tiền theo lượt xem; đây là quà tặng của bạn chia cho số giờ và số người xem, theo từng buổi LIVE.
