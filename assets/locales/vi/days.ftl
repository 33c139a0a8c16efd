# Ngày TikTok: số liệu theo ngày của TikTok LIVE Center bên cạnh các ngày
# trong sổ sách của bạn, và ghi một ngày TikTok báo cáo nhưng sổ sách của bạn
# không có buổi LIVE nào.

days-title = Ngày TikTok

## Chưa có tệp TikTok LIVE Center

days-empty-title = Chưa có ngày nào từ TikTok LIVE Center
days-empty-text = Trong TikTok LIVE Center, mở phân tích LIVE và tải xuống: bốn tệp CSV (Revenue, Activity, Viewers, Engagement), mỗi ngày một dòng. Nhập bất kỳ tệp nào ở đây; LiveLedger giữ chúng làm số liệu của TikTok bên cạnh sổ sách của bạn và không bao giờ cộng vào số dư.
days-empty-import = Nhập tệp của TikTok

## Số liệu TikTok bên cạnh sổ sách của bạn

days-beside-title = Số liệu TikTok bên cạnh sổ sách của bạn
days-beside-text = Số liệu theo ngày của chính TikTok LIVE Center, từ các tệp bạn đã nhập. Đó là số liệu của TikTok, được giữ bên cạnh sổ sách và không bao giờ cộng vào số dư. Ngày trong sổ sách là ngày mỗi buổi LIVE bắt đầu, theo múi giờ của bạn.
days-total = { $count ->
   *[other] TikTok báo cáo { $tiktok } trong các ngày này; sổ sách của bạn có { $ledger }. { $count } ngày chênh lệch.
}
days-book-all = { $count ->
   *[other] Ghi cả { $count } ngày không có buổi LIVE ({ $diamonds })
}
days-book-one = Ghi ngày này
days-what-differs = Những gì chênh lệch

## Cột và trạng thái

days-col-day = Ngày
days-col-tiktok = TikTok
days-col-ledger = Sổ sách
days-col-difference = Chênh lệch
days-col-lives = Buổi LIVE
days-col-live-time = Thời lượng LIVE
days-col-viewers = Người xem duy nhất
days-col-likes = Lượt thích
days-col-status = Trạng thái
days-col-actions = Thao tác
days-status-matches = Khớp
days-status-missing = Sổ sách ít hơn
days-status-extra = Sổ sách nhiều hơn
days-status-no-lives = Không có LIVE
days-status-no-tiktok-diamonds = Không có kim cương TikTok

## Nội dung so sánh một ngày

days-sentence-no-diamonds = { $count ->
   *[other] Tệp của TikTok không có kim cương cho { $day }; sổ sách của bạn có { $ledger } từ { $count } buổi LIVE.
}
days-sentence-not-listed = { $count ->
   *[other] Tệp của TikTok không có ngày { $day }; sổ sách của bạn có { $ledger } từ { $count } buổi LIVE.
}
days-sentence-same = TikTok báo cáo { $tiktok } vào { $day }; sổ sách của bạn cũng vậy.
days-sentence-missing = TikTok báo cáo { $tiktok } vào { $day }; sổ sách của bạn có { $ledger } (thiếu { $difference }).
days-sentence-extra = TikTok báo cáo { $tiktok } vào { $day }; sổ sách của bạn có { $ledger } (nhiều hơn TikTok { $difference }).
days-sentence-no-lives = TikTok báo cáo { $tiktok } vào { $day }; sổ sách của bạn không có buổi LIVE nào ngày đó.

## Ghi ngày theo số liệu TikTok

days-book-title = { $count ->
    [one] Ghi ngày này theo số liệu của TikTok?
   *[other] Ghi { $count } ngày theo số liệu của TikTok?
}
days-book-line = { $day }: một buổi LIVE với { $diamonds } theo TikTok
days-book-effect = Số dư của bạn tăng { $diamonds }. Chỉ những ngày sổ sách không có buổi LIVE nào mới được ghi.
days-book-confirm = { $count ->
    [one] Ghi ngày này
   *[other] Ghi các ngày này
}
days-booked = { $count ->
   *[other] Đã ghi { $count } ngày: { $diamonds }
}
days-undo = Hoàn tác
days-unbooked = Đã bỏ các ngày vừa ghi
