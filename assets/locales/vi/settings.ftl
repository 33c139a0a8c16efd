# Cài đặt: ngôn ngữ, thanh toán, múi giờ, tỷ giá, danh mục quà tặng, xuất
# dữ liệu, dữ liệu mẫu và phiên bản ứng dụng.

settings-title = Cài đặt
settings-saved = Đã lưu

## Ngôn ngữ

settings-language-title = Ngôn ngữ
settings-language-intro = Ngôn ngữ LiveLedger dùng với bạn. Số, ngày tháng và tiền được viết theo cách của ngôn ngữ đó.
settings-language-label = Ngôn ngữ
settings-language-saved = Đã lưu ngôn ngữ

## Thanh toán và múi giờ

settings-payout-title = Thanh toán
settings-payout-intro = TikTok chỉ thanh toán cho tài khoản đã xác minh của người trưởng thành (18+) có liên kết phương thức thanh toán. Hãy xác nhận cả hai ở đây; đó là các mục kiểm tra sẵn sàng trên trang tổng quan.
settings-age = Tôi đủ 18 tuổi trở lên và tài khoản của tôi đã được xác minh
settings-payout-method = Phương thức thanh toán đã liên kết trong TikTok
settings-payout-method-placeholder = PayPal, chuyển khoản ngân hàng…
settings-setup-again = Trả lời lại các câu hỏi ngày đầu
settings-timezone-title = Múi giờ
settings-timezone-intro = Ngày, tuần và tháng trong sao kê của bạn bắt đầu lúc nửa đêm theo múi giờ này.
settings-timezone-label = Múi giờ
settings-timezone-saved = Đã lưu múi giờ
settings-timezone-invalid = "{ $zone }" không phải múi giờ mà chúng tôi biết nên chưa được lưu (múi giờ của bạn vẫn là { $saved }). Hãy chọn một múi giờ trong danh sách, ví dụ Asia/Ho_Chi_Minh.

## Tỷ giá

settings-rates-title = Tỷ giá
settings-rates-intro = TikTok thay đổi giá trị của một xu và một kim cương. Tỷ giá mới áp dụng cho các buổi LIVE được ghi từ ngày của nó trở đi. Mỗi buổi LIVE giữ tỷ giá lúc được ghi — tỷ giá hay múi giờ mới không bao giờ định giá lại nó; hãy tính lại bên dưới nếu bạn muốn.
settings-rates-from = Từ
settings-rates-diamonds-per-coin = Kim cương / xu
settings-rates-money-per-diamond = Tiền / kim cương
settings-rates-minimum = Tối thiểu
settings-rates-daily-maximum = Tối đa mỗi ngày
settings-rates-no-maximum = không có
settings-rate-delete = Xóa
settings-rate-delete-title = Xóa tỷ giá này?
settings-rate-delete-line = Tỷ giá từ { $day }: { $diamonds } kim cương mỗi xu, { $money } mỗi kim cương. Các buổi LIVE giữ tỷ giá lúc được ghi.
settings-rate-delete-confirm = Xóa tỷ giá
settings-rate-deleted = Đã xóa tỷ giá
settings-rate-from-day = Từ ngày
settings-rate-diamonds-per-coin = Kim cương mỗi xu
settings-rate-money-per-diamond = Tiền mỗi kim cương
settings-rate-currency = Loại tiền
settings-rate-minimum = Số tiền rút tối thiểu
settings-rate-minimum-hint = Nhập đúng số mà ví TikTok của bạn hiển thị.
settings-rate-daily-maximum = Tối đa mỗi ngày
settings-rate-add = Thêm tỷ giá
settings-rate-saved = Đã lưu tỷ giá. Các buổi LIVE đã ghi vẫn giữ tỷ giá lúc được ghi.

## Buổi LIVE theo tỷ giá cũ

settings-rerate-title = { $count ->
   *[other] { $count } buổi LIVE theo tỷ giá cũ
}
settings-rerate-intro = Các buổi LIVE này được ghi trước khi tỷ giá đang áp dụng cho ngày của chúng được nhập (hoặc múi giờ của bạn đã đổi ngày của chúng). Tính lại sẽ chuyển chúng sang tỷ giá đó; không có gì thay đổi cho đến khi bạn làm.
settings-rerate-day = Ngày
settings-rerate-session = Buổi LIVE
settings-rerate-diamonds = Kim cương
settings-rerate-value = Giá trị
settings-rerate-apply = Tính lại các buổi LIVE này
settings-rerate-done = Đã tính lại các buổi LIVE

## Danh mục quà tặng

settings-catalog-title = Danh mục quà tặng
settings-catalog-intro = Giá bằng xu của các quà tặng mà bạn có thể gõ theo tên. Mỗi dòng quà tặng giữ số xu của ngày hôm đó, nên sửa ở đây không bao giờ thay đổi quá khứ.
settings-catalog-gift = Quà tặng
settings-catalog-coins = Xu
settings-gift-name = Tên quà tặng
settings-gift-coins = Xu
settings-gift-save = Thêm hoặc sửa
settings-catalog-saved = Đã lưu danh mục
settings-gift-remove = Gỡ bỏ
settings-gift-remove-title = Gỡ quà tặng này khỏi danh mục?
settings-gift-remove-line = { $gift } ({ $coins }). Các quà tặng đã ghi vẫn giữ số xu của chúng.
settings-gift-removed = Đã gỡ bỏ

## Xuất và sao lưu

settings-export-title = Xuất và sao lưu
settings-export-intro = Dành cho kế toán hoặc phần mềm thuế của bạn, và phòng khi máy tính hỏng. Có thể sao lưu an toàn khi ứng dụng đang mở.
settings-export-csv = Xuất CSV
settings-export-json = Xuất JSON
settings-export-hledger = Xuất hledger
settings-export-beancount = Xuất beancount
settings-backup-now = Sao lưu ngay
settings-backup-kind = Bản sao lưu LiveLedger
settings-exported = Đã xuất ra { $path }
settings-backed-up = Đã sao lưu vào { $path }
settings-ledger-file = Tệp sổ ghi: { $path }

## Dữ liệu mẫu và xóa sạch

settings-demo-title = Dữ liệu mẫu
settings-demo-empty = Sổ ghi của bạn đang trống. Hãy tải sáu tháng buổi LIVE giả lập để xem biểu đồ.
settings-demo-clear-intro = Xóa sạch sẽ gỡ mọi buổi LIVE, quà tặng, lần rút tiền và chỉnh sửa. Tỷ giá, danh mục và cài đặt được giữ lại. Một bản sao của sổ ghi được lưu bên cạnh trước, và bạn có thể hoàn tác ngay sau đó.
settings-demo-load = Tải dữ liệu mẫu
settings-demo-loaded = Đã tải dữ liệu mẫu
settings-clear = Xóa mọi bản ghi
settings-clear-title = Xóa mọi bản ghi?
settings-clear-sessions = { $count ->
   *[other] { $count } buổi LIVE
}
settings-clear-gifts = { $count ->
   *[other] { $count } quà tặng
}
settings-clear-withdrawals = { $count ->
   *[other] { $count } lần rút tiền
}
settings-clear-what = Thao tác này gỡ { $sessions } cùng { $gifts } và { $withdrawals }, cùng mọi chỉnh sửa và lần nhập. Tỷ giá, danh mục và cài đặt được giữ lại.
settings-clear-copy = Một bản sao của sổ ghi như hiện tại được lưu bên cạnh trước, và bạn có thể hoàn tác ngay sau đó.
settings-clear-word = xóa
settings-cleared = Đã xóa sạch sổ ghi. Một bản sao trước đó được lưu bên cạnh.
settings-records-back = Mọi bản ghi đã trở lại

## Giới thiệu

settings-about-title = Giới thiệu
settings-about-version = LiveLedger { $version }
settings-about-offline = Cùng phiên bản với { $command }. Ngoại tuyến: không mạng, không tài khoản, không thu thập dữ liệu sử dụng.
