# Sao kê: sổ sách của bạn theo ngày, tuần, tháng hoặc năm, trong khoảng ngày
# bạn chọn, và tệp xuất cho người làm sổ sách.

statements-title = Sao kê
statements-by-period = Theo kỳ

## Chọn ngày và kỳ

statements-period = Kỳ
statements-range = Hiển thị
statements-all-time = Toàn bộ
statements-custom = Ngày bạn chọn…
statements-from = Từ
statements-to = Đến
statements-apply = Hiển thị các ngày này
statements-by-day = Ngày
statements-by-week = Tuần
statements-by-month = Tháng
statements-by-year = Năm
statements-explain = Mỗi ngày bắt đầu lúc nửa đêm theo múi giờ của bạn. Giá trị dùng tỷ giá lúc ghi từng buổi LIVE; mỗi dòng được làm tròn một lần; tiền được làm tròn nửa lên (ra xa số không) đến { $step }.

## Sao kê

statements-empty-title = Chưa có gì để báo cáo
statements-empty-text = Sao kê sẽ hiện khi bạn có buổi LIVE hoặc lần rút tiền.
statements-empty-range = Không có gì trong khoảng ngày này.
statements-opening = Số dư trước các ngày này: { $diamonds }.
statements-total = Tổng
statements-rounding = Làm tròn: { $amounts }. Mỗi dòng được làm tròn riêng; tổng làm tròn tổng chính xác, nên có thể lệch một xu.

## Cột

statements-col-lives = Buổi LIVE
statements-col-hours = Giờ LIVE
statements-col-gifts = Quà tặng
statements-col-coins = Xu
statements-col-diamonds = Kim cương
statements-col-value = Giá trị
statements-col-withdrawn = Đã rút
statements-col-fees = Phí
statements-col-net = Thực nhận
statements-col-corrections = Điều chỉnh
statements-col-closing = Số dư cuối kỳ

## Xuất

statements-export-title = Xuất cho người làm sổ sách
statements-export-text = Tệp xuất chứa toàn bộ sổ sách của bạn — mọi buổi LIVE, quà tặng, lần rút tiền và điều chỉnh — ở dạng mà kế toán, bảng tính hoặc phần mềm thuế của bạn đọc được. Bạn chọn nơi lưu.
statements-exported = Đã xuất ra { $path }
statements-export-csv = Bảng tính (CSV)
statements-export-json = JSON
statements-export-hledger = Sổ nhật ký hledger
statements-export-beancount = beancount
