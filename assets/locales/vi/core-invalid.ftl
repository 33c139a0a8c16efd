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

## Bản ghi, bản sao lưu và đếm trực tiếp.

core-invalid-not-written = chưa được ghi
core-invalid-file-session-not-written = một buổi LIVE của tệp chưa được ghi
core-invalid-booked-not-written = một buổi LIVE đã ghi sổ chưa được ghi
core-invalid-capture-live-not-written = một buổi LIVE đang diễn ra chưa được ghi
core-invalid-capture-old-not-written = một buổi LIVE cho sự kiện cũ chưa được ghi
core-invalid-coins-times-count = xu × số lượng quá lớn
core-invalid-stored-gift-coins = số xu của một quà tặng đã lưu quá lớn
core-invalid-not-a-gift = { $count } × { $coins } xu không phải là quà tặng
core-invalid-worth-nothing = { $count ->
   *[other] { $diamonds } kim cương
} trị giá { $worth } với { $rate } mỗi kim cương; không thể rút gì
core-invalid-days-none = hãy nêu ít nhất một ngày để ghi sổ
core-invalid-silence-minutes = cần số phút nguyên từ 1 đến 1440, nhận được { $found }
core-invalid-not-a-date = { $ms } ms không phải là ngày
core-invalid-follow-name = hãy nêu tệp cần theo dõi
core-invalid-follow-too-large = lớn hơn mức sổ có thể theo dõi
core-invalid-demo-not-empty = sổ đã có dữ liệu; dữ liệu mẫu chỉ được tải vào sổ trống
core-invalid-undo-session-gone = không thể đưa { $label } trở lại: buổi LIVE của nó không còn trong sổ (đã bị xóa?); hãy đưa buổi LIVE trở lại trước. Không có gì thay đổi.
core-invalid-undo-clash = không thể đưa { $label } trở lại: sổ đã có một bản ghi giống vậy được thêm sau đó (nhập lại?). Không có gì thay đổi.
core-invalid-undo-damaged = bản sao được giữ của { $label } bị hỏng ({ $why }); không có gì thay đổi
core-invalid-no-rate = chưa đặt tỷ giá nào
core-invalid-no-rate-add-one = chưa đặt tỷ giá nào; hãy thêm bằng `liveledger rate set`
core-invalid-import-wait = cần số giây chờ một lần nhập, ví dụ 600 hoặc 0.5
core-invalid-kept-live-or-name = số xu của một buổi LIVE hoặc một tên quá lớn
core-invalid-kept-session = số xu của một buổi LIVE quá lớn
core-invalid-kept-senders = nhiều người gửi hơn mức một báo cáo có thể chứa
core-invalid-stored-time-zone = cài đặt múi giờ '{ $text }' của sổ không phải là múi giờ; hãy đặt bằng `liveledger settings set timezone Asia/Ho_Chi_Minh`
core-invalid-backup-kinds = { $column } có { $count ->
   *[other] { $values } giá trị
} không phải là { $kind ->
    [integer] số nguyên
   *[text] văn bản
}
core-invalid-backup-setting = cài đặt { $key } không như LiveLedger ghi
core-invalid-backup-out-of-range = { $count ->
   *[other] { $records } bản ghi
} chứa số tiền hoặc ngày mà không biểu mẫu hay lần nhập nào chấp nhận
core-invalid-backup-balance = giá trị số dư quá lớn để cộng
core-invalid-backup-trash = một bản ghi đã xóa được giữ để hoàn tác bị hỏng ({ $why })

## Địa chỉ WebSocket của đếm trực tiếp.

core-invalid-ws-remote = { $host } không phải máy tính này: đếm trực tiếp chỉ nghe các công cụ chạy tại đây (127.0.0.1, ::1, localhost). Để dùng máy chủ khác, hãy nhập nó và xác nhận{ $cli }
core-invalid-ws-too-long = cần tối đa { $max } ký tự
core-invalid-ws-secure = { $url } là địa chỉ bảo mật (wss://); các công cụ LIVE trên máy tính này phục vụ ws://, ví dụ { $example }
core-invalid-ws-scheme = cần một địa chỉ ws:// như { $example }, nhận được { $url }
core-invalid-ws-user = không cần tên người dùng trong địa chỉ, nhận được { $url }
core-invalid-ws-bracket = địa chỉ IPv6 cần dấu ] đóng, nhận được { $url }
core-invalid-ws-port-after = cần :PORT sau địa chỉ, nhận được { $url }
core-invalid-ws-no-host = cần một máy chủ, nhận được { $url }
core-invalid-ws-host = cần tên máy chủ hoặc địa chỉ, nhận được { $host }
core-invalid-ws-port = cần cổng từ 1 đến 65535, nhận được { $port }

# Booking TikTok's reported days: each problem (a day as the language writes it);
# several are joined by core-invalid-joined.
core-invalid-days-twice = { $day } được nêu hai lần
core-invalid-days-no-diamonds = các tệp của TikTok không có kim cương nào cho { $day }
core-invalid-days-zero = TikTok báo 0 kim cương vào { $day }: không có gì để ghi sổ
core-invalid-days-lives = sổ đã có { $count ->
   *[other] { $n } buổi LIVE
} vào { $day }: chỉ ngày không có buổi LIVE nào mới ghi sổ được từ số liệu của TikTok
core-invalid-days-no-start = { $day } không có thời điểm bắt đầu trong { $zone }
core-invalid-joined = { $first }; { $then }

# The window's own checks of what it sends.
core-invalid-not-a-day = '{ $text }' không phải là một ngày
core-invalid-not-a-day-iso = '{ $text }' không phải là một ngày (YYYY-MM-DD)
core-invalid-last-before-first = ngày cuối trước ngày đầu
core-invalid-diamonds-number = cần một số kim cương
core-invalid-capture-source = cần ws hoặc file, nhưng thấy '{ $text }'
core-invalid-capture-running = việc ghi nhận đang chạy; hãy dừng nó trước
