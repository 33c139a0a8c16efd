# Khung ứng dụng: điều hướng, đang tải và lỗi ở bất kỳ màn hình nào.

nav-label = Màn hình
nav-dashboard = Tổng quan
nav-insights = Phân tích
nav-sessions = Các buổi LIVE
nav-live = Đếm trực tiếp
nav-import = Nhập
nav-withdrawals = Rút tiền
nav-statements = Sao kê
nav-days = Ngày TikTok
nav-settings = Cài đặt
nav-shortcut = { $title } ({ $key })
view-loading = Đang tải…
view-failed = Đã xảy ra lỗi

## Đơn vị. Tiếng Việt không đổi danh từ theo số nhiều.

coins-count = { $count ->
   *[other] { $count } xu
}
diamonds-count = { $count ->
   *[other] { $shown } kim cương
}
duration-minutes = { $minutes } phút
duration-hours = { $hours } giờ
duration-hours-minutes = { $hours } giờ { $minutes } phút
