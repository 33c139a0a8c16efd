# Biểu đồ: tiêu đề trục, chú giải, chú thích khi di chuột, phần tóm tắt trình
# đọc màn hình đọc, và nút xem số liệu dạng bảng. Thời gian chạy từ trái sang
# phải ở mọi ngôn ngữ.

charts-show-table = Xem số liệu dạng bảng
charts-hide-table = Ẩn bảng
charts-none-yet = Chưa có số liệu.

## Tiêu đề trục, chú giải và cột

charts-diamonds = Kim cương
charts-value = Giá trị
charts-day = Ngày
charts-week = Tuần
charts-month = Tháng
charts-balance = Số dư (kim cương)
charts-withdrawn = Đã rút (kim cương)
charts-withdrawn-money = Đã rút (tiền)
charts-live = Buổi LIVE
charts-title = Tiêu đề
charts-time = Thời gian
charts-comments = Bình luận
charts-per-hour = { $currency } mỗi giờ LIVE
charts-per-1k = { $currency } trên 1.000 người xem

## Kim cương kiếm được theo ngày, tuần hoặc tháng

charts-earned-summary-day = { $count ->
   *[other] Biểu đồ cột kim cương kiếm được theo ngày, { $count } ngày từ { $from } đến { $to }. Cao nhất: { $best } vào { $at }.
}
charts-earned-summary-week = { $count ->
   *[other] Biểu đồ cột kim cương kiếm được theo tuần, { $count } tuần từ { $from } đến { $to }. Cao nhất: { $best } vào { $at }.
}
charts-earned-summary-month = { $count ->
   *[other] Biểu đồ cột kim cương kiếm được theo tháng, { $count } tháng từ { $from } đến { $to }. Cao nhất: { $best } vào { $at }.
}
charts-earned-caption-day = Kim cương theo ngày
charts-earned-caption-week = Kim cương theo tuần
charts-earned-caption-month = Kim cương theo tháng

## Số dư cuối mỗi ngày

charts-balance-summary = { $count ->
   *[other] Biểu đồ đường số dư kim cương cuối mỗi ngày trong { $count } ngày, từ { $from } đến { $to }: cuối kỳ { $now }; cao nhất { $high } vào { $at }.
}
charts-balance-marks = { $count ->
   *[other] Đã đánh dấu { $count } ngày có rút tiền.
}
charts-tip-balance = Số dư: { $diamonds }
charts-tip-withdrawn = Đã rút: { $diamonds }
charts-tip-withdrawn-money = Đã rút: { $diamonds } ({ $money })

## Thu nhập của từng buổi LIVE

charts-per-live-summary = { $count ->
   *[other] Biểu đồ phân tán { $count } buổi LIVE từ { $from } đến { $to }: thu nhập của từng buổi tính bằng { $currency } mỗi giờ LIVE (trục trái) và trên 1.000 người xem (trục phải). Cao nhất mỗi giờ: { $best }, { $at }.
}
charts-per-live-caption = { $currency } mỗi giờ LIVE và { $currency } trên 1.000 người xem, theo buổi LIVE
charts-tip-per-hour = { $money } mỗi giờ LIVE
charts-tip-per-1k = { $money } trên 1.000 người xem

## Một buổi LIVE theo thời gian, mỗi bước $count phút

charts-timeline-summary = { $count ->
    [one] Biểu đồ cột kim cương của một buổi LIVE theo từng phút, từ { $from } đến { $to }, bình luận thể hiện bằng đường (trục phải). Nhiều kim cương nhất: { $best } lúc { $at }.
   *[other] Biểu đồ cột kim cương của một buổi LIVE mỗi { $count } phút, từ { $from } đến { $to }, bình luận thể hiện bằng đường (trục phải). Nhiều kim cương nhất: { $best } lúc { $at }.
}
charts-timeline-diamonds = { $count ->
    [one] Kim cương mỗi phút
   *[other] Kim cương mỗi { $count } phút
}
charts-timeline-comments = { $count ->
    [one] Bình luận mỗi phút
   *[other] Bình luận mỗi { $count } phút
}
charts-timeline-caption = { $count ->
    [one] Kim cương và bình luận mỗi phút
   *[other] Kim cương và bình luận mỗi { $count } phút
}
charts-comments-count = { $count ->
   *[other] { $count } bình luận
}
