# Các kiểm tra mà nhà sáng tạo gặp khi nhập trong ứng dụng hoặc dòng lệnh:
# điều một trường cần. Mỗi câu đứng sau tên trường ("diamonds: …").
# $text là nội dung đã nhập, trích nguyên văn.

## Văn bản và số lượng

core-invalid-too-long = dài hơn { $count ->
   *[other] { $count } ký tự
}
core-invalid-control-characters = chứa ký tự điều khiển
core-invalid-negative-got = không được âm (nhận được { $text })
core-invalid-count-too-large = { $text } lớn hơn mức sổ ghi chấp nhận
core-invalid-too-large = { $text } lớn hơn mức sổ ghi chấp nhận (tối đa { $max })
core-invalid-decimal-places = { $text } có nhiều hơn { $count ->
   *[other] { $count } chữ số thập phân
}
core-invalid-whole-number = cần một số nguyên từ 0 trở lên, nhận được '{ $text }'
core-invalid-number = cần một số như 12,5, nhận được '{ $text }'
core-invalid-whole-coins = cần số xu nguyên, nhận được '{ $text }'
core-invalid-whole-count = cần số lượng nguyên, nhận được '{ $text }'
core-invalid-at-least-one = phải ít nhất là 1 (nhận được { $text })
core-invalid-required = là bắt buộc
core-invalid-positive = phải lớn hơn 0
core-invalid-not-negative = không được âm

## Ngày và giờ

core-invalid-day = cần một ngày như 2026-03-01
core-invalid-date = '{ $text }' không phải ngày/giờ (cần ISO 8601 như 2026-03-01T20:00:00+01:00, '2026-03-01 20:00', một ngày, hoặc giây/mili giây epoch)
core-invalid-date-skipped = '{ $text }' không tồn tại ở múi giờ { $zone } (đồng hồ nhảy qua giờ này)
core-invalid-date-out-of-range = '{ $text }' nằm ngoài phạm vi
core-invalid-date-offset = '{ $text }' lệch so với UTC quá ±18:00
core-invalid-year = cần một ngày từ { $from } đến { $to }, nhưng ngày này thuộc năm { $year } (gõ nhầm?)
core-invalid-end-before-start = sớm hơn lúc bắt đầu
core-invalid-start-after-first-gift = muộn hơn quà tặng đầu tiên của buổi LIVE này quá một ngày

## Buổi LIVE và quà tặng

core-invalid-gift-name = cần tên quà tặng
core-invalid-gift-row-too-large = { $gifts } × { $coins } xu vượt quá mức một dòng quà tặng chứa được
core-invalid-not-in-catalog = '{ $text }' không có trong danh mục quà tặng; hãy nhập giá của nó{ $cli }
core-invalid-name-required = cần có tên
core-invalid-catalog-missing = '{ $text }' không có trong danh mục
core-invalid-end-before-session-start = sớm hơn lúc bắt đầu buổi LIVE

## Rút tiền và số dư

core-invalid-status = '{ $text }' không phải trạng thái (cần pending, paid, failed hoặc cancelled)
core-invalid-whole-diamonds = { $text } có phần lẻ; TikTok chỉ rút kim cương nguyên
core-invalid-fee-over-value = { $fee } lớn hơn giá trị lần rút tiền { $gross }
core-invalid-negative-balance = ví TikTok không bao giờ hiển thị số dư âm
core-invalid-over-balance = { $diamonds } kim cương nhiều hơn số dư { $balance } kim cương. Nếu ví TikTok của bạn hiển thị nhiều hơn, hãy nhập số dư đó tại Đối chiếu trước{ $cli }
core-invalid-adjustment-zero = điều chỉnh bằng 0 không thay đổi gì
core-invalid-reason-required = hãy cho biết lý do điều chỉnh số dư

## Tỷ giá

core-invalid-rate-per-coin = kim cương mỗi xu phải lớn hơn 0
core-invalid-rate-per-diamond = tiền mỗi kim cương phải lớn hơn 0
core-invalid-rate-minimum = số tiền rút tối thiểu không được âm
core-invalid-rate-maximum = mức tối đa mỗi ngày phải lớn hơn 0
core-invalid-rate-too-large = { $what ->
    [per-coin] kim cương mỗi xu
    [per-diamond] tiền mỗi kim cương
    [minimum] số tiền rút tối thiểu
   *[maximum] mức tối đa mỗi ngày
} { $text } lớn hơn mức tỷ giá cho phép ({ $max })
core-invalid-rate-decimal-places = { $what ->
    [per-coin] kim cương mỗi xu
    [per-diamond] tiền mỗi kim cương
    [minimum] số tiền rút tối thiểu
   *[maximum] mức tối đa mỗi ngày
} { $text } có nhiều hơn { $count ->
   *[other] { $count } chữ số thập phân
}
core-invalid-currency = loại tiền '{ $text }' không phải mã ba chữ cái như USD
core-invalid-only-rate = không thể xóa tỷ giá duy nhất; hãy sửa nó

## Cài đặt

core-invalid-time-zone = '{ $text }' không phải múi giờ (ví dụ Europe/Berlin, America/New_York, UTC)
core-invalid-true-false = cần true hoặc false
core-invalid-gap-minutes = cần số phút nguyên từ 1 đến 1440
core-invalid-language = LiveLedger không nói '{ $text }' (ngôn ngữ: { $known })
core-invalid-setting = khóa không xác định '{ $text }' (khóa: { $known })
