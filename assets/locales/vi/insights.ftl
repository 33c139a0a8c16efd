# Phân tích ("Điều gì mang lại thu nhập"): điều gì mang lại thu nhập qua mọi
# buổi LIVE. Mỗi con số dựa trên một số buổi LIVE (hoặc ngày TikTok); nếu quá
# ít, sẽ nói rõ thay vì đưa ra con số.

insights-title = Điều gì mang lại thu nhập

## Một con số và mẫu của nó.

insights-not-enough = chưa đủ buổi LIVE ({ $n } / { $min })
insights-sample-lives = ({ $count ->
   *[other] { $count } buổi LIVE
})
insights-sample-days = ({ $count ->
   *[other] { $count } ngày
})
insights-sample-weeks = ({ $count ->
   *[other] { $count } tuần
})
insights-percent = { $value }%

## Khoảng thời gian.

insights-range-from = Từ { $date }
insights-range-to = đến { $date }
insights-from-label = Từ
insights-to-label = Đến
insights-show = Hiển thị
insights-all-lives = Mọi buổi LIVE
insights-looked-at = Đã xem { $count ->
   *[other] { $count } buổi LIVE
} · trung vị · mỗi con số cần { $min } buổi LIVE

## Chưa có buổi LIVE.

insights-empty-title = Chưa có buổi LIVE nào để phân tích
insights-empty-text = Phân tích so sánh các buổi LIVE của bạn với nhau: giờ LIVE tốt nhất, thời lượng nào hiệu quả, một người xem đáng giá bao nhiêu và ai tặng quà. Mỗi con số cần { $min } buổi LIVE dài từ 15 phút trở lên.
insights-add-live = Thêm buổi LIVE
insights-import-lives = Nhập các buổi LIVE của bạn

## Tôi có được trả tiền theo lượt xem không?

insights-per-view-title = Tôi có được trả tiền theo lượt xem không?
insights-per-view-answer = Không. TikTok trả tiền cho quà tặng, không phải cho lượt xem. Giá trị của một người xem trong chính các buổi LIVE của bạn:
insights-per-viewer = Kim cương mỗi người xem
insights-per-1000-viewers = Kim cương mỗi 1.000 người xem
insights-money-per-1000-viewers = { $currency } mỗi 1.000 người xem
insights-per-hour-same-lives = Kim cương mỗi giờ LIVE, cùng các buổi LIVE đó
insights-per-1000-views-days = Mỗi 1.000 lượt xem, từ các ngày trong LIVE Center của TikTok
insights-per-view-note = Chỉ tính các buổi LIVE có số người xem được nhập tay, nhập từ tệp hoặc thu thập tự động.

## Khi nào bạn LIVE.

insights-when-title = Khi nào bạn LIVE
insights-when-note = Mỗi ô: trung vị kim cương mỗi giờ LIVE của các buổi LIVE bắt đầu vào lúc đó, và (chữ nhỏ) số buổi LIVE. Ô có ít hơn { $min } buổi LIVE chỉ hiện số buổi.
insights-no-lives-in-range = Không có buổi LIVE nào trong khoảng này.
insights-week-caption = Trung vị kim cương mỗi giờ LIVE theo thứ trong tuần và giờ bắt đầu (múi giờ của bạn), kèm số buổi LIVE trong mỗi ô
insights-week-day = Thứ
insights-cell-few = { $day } { $hour }: chưa đủ buổi LIVE ({ $n } / { $min })
insights-cell = { $day } { $hour }: { $diamonds } mỗi giờ, { $count ->
   *[other] { $count } buổi LIVE
}

## Bao lâu.

insights-how-long = Bao lâu
insights-lengths-caption = Trung vị kim cương theo thời lượng buổi LIVE: thời gian thêm ngừng mang lại hiệu quả ở đâu
insights-col-length = Thời lượng LIVE
insights-col-per-hour = Kim cương mỗi giờ LIVE
insights-col-per-live = Kim cương mỗi buổi LIVE
insights-band-under = dưới { $to }
insights-band-between = { $from } đến { $to }
insights-band-longer = { $from } trở lên

## Không khí phòng LIVE và quà tặng.

insights-room-title = Không khí phòng LIVE và quà tặng
insights-room-empty = Tính năng thu thập LIVE đếm lượt thích, bình luận, lượt vào phòng và người theo dõi mới mỗi phút khi đang chạy (không bao giờ lưu nội dung trò chuyện). Hãy thu thập vài buổi LIVE, hoặc nhập các tệp theo ngày từ LIVE Center của TikTok, rồi mục này sẽ cho thấy kim cương của bạn thay đổi theo không khí phòng LIVE ra sao.
insights-room-counted = Tính năng thu thập LIVE đã đếm không khí phòng trong { $count ->
   *[other] { $count } buổi LIVE
}: { $comments } bình luận và { $likes } lượt thích mỗi phút (trung vị).
insights-split-comments = Khi bình luận mỗi phút trên { $cut }: { $above } kim cương mỗi giờ LIVE; khi bằng hoặc dưới mức đó: { $below }.
insights-split-likes = Khi lượt thích mỗi phút trên { $cut }: { $above } kim cương mỗi giờ LIVE; khi bằng hoặc dưới mức đó: { $below }.
insights-split-followers = Khi người theo dõi mới mỗi giờ trên { $cut }: { $above } kim cương mỗi giờ LIVE; khi bằng hoặc dưới mức đó: { $below }.
insights-split-days-likes = Khi lượt thích mỗi phút LIVE trong các ngày của LIVE Center TikTok trên { $cut }: { $above } kim cương mỗi giờ LIVE; khi bằng hoặc dưới mức đó: { $below }.
insights-split-comments-few = Theo bình luận mỗi phút: chưa đủ buổi LIVE ở mỗi bên (hiện có { $count ->
   *[other] { $count } buổi LIVE
}; cần ít nhất { $min } ở mỗi bên).
insights-split-likes-few = Theo lượt thích mỗi phút: chưa đủ buổi LIVE ở mỗi bên (hiện có { $count ->
   *[other] { $count } buổi LIVE
}; cần ít nhất { $min } ở mỗi bên).
insights-split-followers-few = Theo người theo dõi mới mỗi giờ: chưa đủ buổi LIVE ở mỗi bên (hiện có { $count ->
   *[other] { $count } buổi LIVE
}; cần ít nhất { $min } ở mỗi bên).
insights-split-days-likes-few = Theo lượt thích mỗi phút LIVE trong các ngày của LIVE Center TikTok: chưa đủ ngày ở mỗi bên (hiện có { $count ->
   *[other] { $count } ngày
}; cần ít nhất { $min } ở mỗi bên).
insights-cause = Đây là những gì đi cùng nhau, không phải nguyên nhân: trò chuyện sôi nổi có thể kéo theo quà tặng, hoặc quà tặng có thể làm trò chuyện sôi nổi hơn.

## Một buổi LIVE theo từng phút.

insights-timeline-title = Một buổi LIVE theo từng phút
insights-timeline-pick = Buổi LIVE cần xem
insights-timeline-live = Buổi LIVE { $pick }
insights-timeline-minutes = { $count ->
   *[other] { $count } phút có quà tặng hoặc số đếm.
}
insights-timeline-uncounted = Tính năng thu thập LIVE không đếm không khí phòng trong buổi này: chỉ hiển thị quà tặng.
insights-timeline-every-minute = Từng phút, kèm lượt thích, người theo dõi mới và người xem
insights-col-minute = Phút
insights-col-diamonds = Kim cương
insights-col-comments = Bình luận
insights-col-likes = Lượt thích
insights-col-new-followers = Người theo dõi mới
insights-col-viewers = Người xem
insights-timeline-note = Cột: kim cương. Đường: bình luận, ở những chỗ tính năng thu thập LIVE đã đếm. Buổi LIVE dài được vẽ theo từng quãng vài phút.

## Kế hoạch.

insights-plan-title = Kế hoạch
insights-plan-reached = Bạn đã đạt số tiền rút tối thiểu.
insights-plan-wait = Còn { $diamonds }. Số giờ bạn cần sẽ hiện sau { $min } buổi LIVE.
insights-plan-hours = Còn { $diamonds }: với trung vị { $perHour } mỗi giờ LIVE của bạn ({ $lives ->
   *[other] { $lives } buổi LIVE gần nhất
}), cần LIVE thêm khoảng { $hours } { $count ->
   *[other] giờ
}.
insights-plan-week = Tuần này: { $thisWeek } { $count ->
   *[other] kim cương
}; trung bình mỗi tuần của bạn trong các tuần trước: { $average }.
insights-plan-by = Đạt trước { $date }
insights-plan-by-label = Ngày muốn đạt mức tối thiểu
insights-plan-button = Lập kế hoạch
insights-plan-per-week = Khoảng { $hours } { $count ->
   *[other] giờ
} LIVE mỗi tuần cho đến { $day }.
insights-plan-passed = Ngày đó đã qua.

## Ai tặng quà.

insights-who-title = Ai tặng quà
insights-gifters-per-live = Người tặng quà mỗi buổi LIVE
insights-returning-gifters = Người tặng quà quay lại
insights-top-share = { $count ->
    [1] Người ủng hộ hàng đầu của bạn mang lại
   *[other] { $count } người ủng hộ hàng đầu của bạn mang lại
}
insights-top-share-value = { $percent } kim cương từ quà tặng
insights-no-senders = Không có quà tặng nào có tên người gửi trong các buổi LIVE này.
insights-supporters-caption = Người ủng hộ hàng đầu trong các buổi LIVE này (chỉ trong chế độ xem của riêng bạn; tệp xuất không kèm tên trừ khi bạn yêu cầu)
insights-col-supporter = Người ủng hộ
insights-col-lives = Buổi LIVE
insights-col-first-gift = Quà đầu tiên
insights-col-last-gift = Quà gần nhất
