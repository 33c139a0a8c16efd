core-capture-starting = đang bắt đầu
core-capture-stopped = đã dừng thu nhận
core-capture-stopped-by = đã dừng thu nhận: { $error }
core-capture-connecting = đang kết nối tới { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }; thử lại sau { $seconds } giây
core-capture-following = đang theo dõi { $name }
core-capture-waiting = đang chờ: { $name } { $why }

## Sự cố và lý do của việc ghi nhận. $where là một vị trí; $error và $reason được nói bên trong;
## $text là nội dung nguồn gửi; $error của trình đọc JSON, CSV hoặc WebSocket giữ nguyên lời của nó (tiếng Anh).

core-capture-at-message = tin nhắn { $n }
core-capture-at-line = { $name }, dòng { $n }
core-capture-column = cột { $n } ({ $header })
core-capture-at = { $where }: { $problem }
core-capture-expected = { $where }: cần { $what ->
    [gift-id] một mã quà tặng
    [gift-name] một tên quà tặng
    [price-zero-or-more] giá quà tặng tính bằng xu (0 trở lên)
    [price-diamondcount] giá quà tặng tính bằng xu (diamondCount)
    [repeat-count-one-or-more] số lần lặp từ 1 trở lên
    [repeat-count] số lần lặp
    [true-false] true hoặc false
    [gift-type] một số loại quà tặng
    [time] một thời điểm
    [count-range] một số từ 0 đến { $max }
   *[other] một giá trị
}, nhưng thấy { $text }
core-capture-event-too-large = cần một sự kiện tối đa { $max } KiB, nhưng thấy { $size } KiB
core-capture-not-json = cần một đối tượng JSON ({ $error }), nhưng thấy { $text }
core-capture-not-object = cần một đối tượng JSON, nhưng thấy { $text }
core-capture-binary = cần văn bản UTF-8, nhưng thấy dữ liệu nhị phân
core-capture-no-gift = một sự kiện quà tặng cần { $name } hoặc { $id }, nhưng không có cái nào
core-capture-no-price = { $where }: cần giá quà tặng tính bằng xu, nhưng không thấy gì
core-capture-price-negative = { $where }: cần giá từ 0 xu trở lên, nhưng thấy { $n }
core-capture-count-below-one = { $where }: cần số lần lặp từ 1 trở lên, nhưng thấy { $n }
core-capture-too-many-coins = { $where }: { $n } × { $coins } xu vượt quá mức sổ có thể đếm
core-capture-no-gift-name = { $where }: cần tên hoặc mã quà tặng, nhưng không thấy gì
core-capture-no-date = { $where }: cần ngày/giờ, nhưng không thấy gì
core-capture-day-or-month = { $where }: { $text } có thể là ngày/tháng hoặc tháng/ngày; nhật ký được theo dõi cần ngày dạng 2026-03-01
core-capture-not-a-date = { $where }: { $text } không phải là ngày
core-capture-no-header = cần một dòng tiêu đề
core-capture-log-header = cần tiêu đề của nhật ký sự kiện quà tặng ({ $columns }), nhưng thấy { $text }
core-capture-line-too-long = cần một dòng tối đa { $max } KiB
core-capture-no-row = cần một hàng, nhưng không thấy gì

core-capture-problem-unflushed = không thể ghi các chuỗi quà còn đang chạy: { $error }
core-capture-problem-no-live = không có buổi LIVE nào đang chạy để kết thúc
core-capture-problem-end = không thể kết thúc buổi LIVE: { $error }
core-capture-problem-close = không thể đóng buổi LIVE sau khoảng im lặng: { $error }
core-capture-problem-position = { $where }: không thể lưu vị trí trong tệp: { $error }
core-capture-problem-position-unread = { $name }: không đọc được nơi việc ghi nhận đã dừng: { $error }
core-capture-problem-gift = { $where }: không thể ghi quà tặng: { $error }
core-capture-problem-engagement = { $where }: không thể đếm tương tác: { $error }
core-capture-problem-flag = không thể đánh dấu các chuỗi quà đang chạy: { $error }
core-capture-problem-unread = { $name }: không đọc được: { $reason }
core-capture-problem-replaced = { $name } không còn là tệp đang được theo dõi (ngắn hơn, hoặc phần đầu đã thay đổi): đọc lại từ đầu

core-capture-why-not-there = chưa có
core-capture-why-not-regular = là { $found ->
    [folder] một thư mục
    [fifo] một ống có tên (FIFO)
    [character-device] một thiết bị ký tự
    [block-device] một thiết bị khối
    [socket] một socket
   *[other] thứ khác
}, không phải tệp thông thường
core-capture-why-unopened = không mở được: { $reason }
core-capture-why-unread = không đọc được: { $reason }
core-capture-why-cannot-read = không đọc được: { $reason }
core-capture-why-unresolved = không phân giải được { $host }: { $reason }
core-capture-why-no-address = { $host } không ứng với địa chỉ nào trên máy tính này
core-capture-why-handshake = { $url } đã từ chối bắt tay WebSocket: { $error }
core-capture-why-nothing-answers = không có gì trả lời tại { $url } ({ $last })
core-capture-why-silent = không có khung dữ liệu và không có phản hồi ping trong { $seconds } giây
core-capture-why-dropped = kết nối bị ngắt: { $error }
core-capture-why-source-closed = nguồn đã đóng kết nối
core-capture-why-closed = kết nối đã đóng
core-capture-utf16 = nhật ký là UTF-16; nhật ký được theo dõi phải là UTF-8 (hãy nhập tệp UTF-16 thay vào đó)
