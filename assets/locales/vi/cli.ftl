# Lời riêng của dòng lệnh: tiêu đề bảng, ô, xác nhận, báo cáo ngày và phân
# tích, các dòng trạng thái của đếm trực tiếp và các lời từ chối của CLI.
# Số đã được viết theo ngôn ngữ này (dạng văn bản); $count chỉ chọn dạng số
# nhiều. Lệnh, tùy chọn và giá trị gõ lại (`--apply`,
# `liveledger restore FILE`, `--book DAY`) giữ nguyên ở mọi ngôn ngữ.

## Tiêu đề bảng.

cli-col-id = id
cli-col-deleted = đã xóa lúc
cli-col-what = nội dung
cli-col-start = bắt đầu
cli-col-hours = giờ
cli-col-title = tiêu đề
cli-col-gifts = quà tặng
cli-col-diamonds = kim cương
cli-col-value = giá trị
cli-col-viewers = người xem
cli-col-diamonds-per-hour = kim cương/giờ
cli-col-per-1k-viewers = mỗi 1.000 người xem
cli-col-at = lúc
cli-col-gift = quà tặng
cli-col-coins = xu
cli-col-count = số lượng
cli-col-sender = từ
cli-col-note = ghi chú
cli-col-requested = yêu cầu lúc
cli-col-gross = tổng
cli-col-fee = phí
cli-col-net = thực nhận
cli-col-currency = tiền tệ
cli-col-method = phương thức
cli-col-status = trạng thái
cli-col-reason = lý do
cli-col-effective = từ ngày
cli-col-diamonds-per-coin = kim cương/xu
cli-col-money-per-diamond = tiền/kim cương
cli-col-min-withdrawal = rút tối thiểu
cli-col-max-per-day = tối đa/ngày
cli-col-session = buổi LIVE
cli-col-day = ngày
cli-col-rate = tỷ giá
cli-col-imported = nhập lúc
cli-col-file = tệp
cli-col-format = định dạng
cli-col-added = đã thêm
cli-col-skipped = bỏ qua
cli-col-sessions = buổi LIVE
cli-col-period = kỳ
cli-col-withdrawn = đã rút
cli-col-fees = phí
cli-col-net-paid = thực nhận
cli-col-adjusted = điều chỉnh
cli-col-balance = số dư
cli-col-tiktok = TikTok
cli-col-ledger = sổ sách
cli-col-difference = chênh lệch
cli-col-lives = buổi LIVE

## Ô.

cli-cell-live = đang LIVE
cli-cell-estimated = ước tính
cli-cell-none = không có
cli-rerate-from = từ { $day }
cli-settings-database = cơ sở dữ liệu

## Xác nhận.

cli-restored = đã khôi phục { $ledger } từ { $backup }: { $sessions } buổi LIVE, { $gifts } dòng quà tặng, { $withdrawals } lần rút tiền
cli-restored-kept = sổ như trước đây được giữ trong { $copy }
cli-cleared = đã xóa sạch; sổ như trước đây được giữ trong { $copy } (liveledger restore FILE sẽ đưa nó trở lại)
cli-deleted = đã xóa { $label }; `liveledger trash restore { $undo }` sẽ đưa nó trở lại
cli-put-back = đã đưa trở lại { $label }
cli-trash-empty = không có gì bị xóa trong { $count ->
       *[other] { $days } ngày
    } qua
cli-backed-up = đã sao lưu vào { $file }
cli-undone = đã hoàn tác lần nhập { $id }: đã gỡ { $gifts } dòng quà tặng và { $sessions } buổi LIVE
cli-demo-loaded = đã tải dữ liệu mẫu: { $sessions } buổi LIVE và { $rows } dòng quà tặng, rút tiền và điều chỉnh
cli-in-balance = khớp: { $count ->
       *[other] { $balance } kim cương
    }
cli-reconciled = điều chỉnh { $id }: { $count ->
       *[other] { $difference } kim cương
    } (sổ ghi { $ledger }, TikTok ghi { $wallet })
cli-rate-not-applied = lưu ý: { $count ->
       *[other] { $stay } buổi LIVE
    } từ { $from } trở đi giữ tỷ giá lúc được ghi; `liveledger rerate --from { $from }` cho thấy điều gì sẽ thay đổi nếu chuyển chúng
cli-reading = đang đọc… { $percent }%
cli-rerate-none = mọi buổi LIVE đã có tỷ giá áp dụng vào ngày của nó
cli-rerated = đã định giá lại { $count ->
       *[other] { $sessions } buổi LIVE
    }
cli-rerate-preview = chưa thay đổi gì; thêm --apply để định giá lại { $count ->
       *[other] { $sessions } buổi LIVE
    } này
cli-import-warning = lần nhập { $id }: { $warning }

## Sao kê.

cli-statement-total = tổng
cli-statement-opening = số dư trước ngày đầu tiên: { $balance }
cli-statement-rounding = làm tròn: { $rounding } (mỗi dòng được làm tròn riêng; tổng làm tròn tổng chính xác)
cli-statement-rates = Giá trị dùng tỷ giá lúc ghi từng buổi LIVE; tiền được làm tròn đến 0,01, phần nửa làm tròn ra xa số không.

## Ngày TikTok bên cạnh sổ.

cli-day-status-same = giống nhau
cli-day-status-fewer = sổ ít hơn
cli-day-status-more = sổ nhiều hơn
cli-day-status-bookable = không có LIVE: có thể ghi sổ
cli-day-status-no-live = không có LIVE
cli-day-status-no-tiktok = không có kim cương TikTok
cli-day-matches = TikTok báo { $count ->
       *[other] { $tiktok } kim cương
    } vào { $on }; sổ của bạn cũng vậy
cli-day-missing = TikTok báo { $count ->
       *[other] { $tiktok } kim cương
    } vào { $on }; sổ của bạn có { $ledger } (thiếu { $difference })
cli-day-extra = TikTok báo { $count ->
       *[other] { $tiktok } kim cương
    } vào { $on }; sổ của bạn có { $ledger } (nhiều hơn TikTok { $difference })
cli-day-no-lives-bookable = TikTok báo { $count ->
       *[other] { $tiktok } kim cương
    } vào { $on }; sổ của bạn không có buổi LIVE nào hôm đó (ghi sổ bằng --book { $day })
cli-day-no-lives = TikTok báo { $count ->
       *[other] { $tiktok } kim cương
    } vào { $on }; sổ của bạn không có buổi LIVE nào hôm đó
cli-day-no-diamonds = tệp của TikTok không có kim cương cho { $on }; sổ của bạn có { $ledger } từ { $count ->
       *[other] { $lives } buổi LIVE
    }
cli-day-not-listed = tệp của TikTok không liệt kê { $on }; sổ của bạn có { $ledger } từ { $count ->
       *[other] { $lives } buổi LIVE
    }
cli-days-none = Chưa có ngày nào từ TikTok LIVE Center. Hãy tải phân tích LIVE của bạn trong TikTok LIVE Center (Doanh thu, Hoạt động, Người xem, Tương tác) rồi nhập các tệp: liveledger import FILE
cli-days-total = TikTok báo { $count ->
       *[other] { $tiktok } kim cương
    } trong các ngày của nó; sổ của bạn có { $ledger } vào những ngày đó. Số liệu của TikTok không bao giờ được cộng vào số dư.
cli-days-bookable = { $count ->
       *[other] { $days } ngày
    } không có LIVE có thể ghi sổ từ số liệu của TikTok ({ $diamonds } kim cương): liveledger days --book DAY
cli-booked-day = đã ghi sổ { $day }: buổi LIVE { $session } với { $count ->
       *[other] { $diamonds } kim cương
    } của TikTok
cli-booked-total = số dư tăng { $count ->
       *[other] { $diamonds } kim cương
    }; hoàn tác bằng: liveledger imports undo { $import }

## Phân tích.

cli-figure = { $value } ({ $count ->
       *[other] { $lives } buổi LIVE
    })
cli-figure-none = chưa đủ buổi LIVE ({ $lives }/{ $needed })
cli-weekday = { $day ->
        [mon] T2
        [tue] T3
        [wed] T4
        [thu] T5
        [fri] T6
        [sat] T7
       *[sun] CN
    }
cli-insights-none = Chưa có buổi LIVE nào: hãy ghi hoặc nhập vài buổi; mỗi số liệu cần 5 buổi LIVE làm cơ sở.
cli-insights-looked = Đã xem { $count ->
       *[other] { $lives } buổi LIVE
    }. Số trung vị; mỗi số liệu cần { $needed } buổi LIVE.
cli-insights-best = Giờ bắt đầu tốt nhất (kim cương mỗi giờ LIVE):
cli-insights-best-none = chưa đủ buổi LIVE vào cùng một ngày và giờ trong tuần
cli-insights-lengths = Theo độ dài (kim cương mỗi giờ LIVE | mỗi buổi LIVE):
cli-insights-band = { $from }–{ $to } phút
cli-insights-band-open = { $from }+ phút
cli-insights-per-viewer = Mỗi người xem: { $viewer } kim cương; mỗi 1.000 người xem: { $thousand } kim cương (mỗi giờ của cùng các buổi LIVE: { $hour }). TikTok trả theo quà tặng, không theo lượt xem.
cli-insights-value-per-1000 = { $currency } mỗi 1.000 người xem: { $figure }
cli-insights-views-by-day = Từ các ngày TikTok LIVE Center: { $diamonds } kim cương mỗi 1.000 lượt xem ({ $count ->
       *[other] { $days } ngày
    }).
cli-insights-reached = Đã đạt mức tối thiểu.
cli-insights-hours-to-go = Còn khoảng { $count ->
       *[other] { $hours } giờ
    } LIVE nữa để đạt mức tối thiểu (còn { $diamonds } kim cương, với { $pace } mỗi giờ LIVE).
cli-insights-hours-unknown = Còn { $diamonds } kim cương; số giờ cần thiết sẽ hiện sau 5 buổi LIVE.
cli-insights-by = Để đạt được trước { $day }: khoảng { $count ->
       *[other] { $hours } giờ
    } LIVE mỗi tuần.
cli-insights-gifters = Người ủng hộ mỗi buổi LIVE: { $gifters }; quay lại: { $returning }.
cli-insights-top = top { $top }: { $share } kim cương từ quà tặng
cli-insights-supporter = { $diamonds } kim cương trong { $count ->
       *[other] { $lives } buổi LIVE
    }
cli-insights-this-week = Tuần này: { $diamonds } kim cương; trung bình hằng tuần của bạn: { $average }.
cli-insights-average = { $average } ({ $count ->
       *[other] { $weeks } tuần
    })
cli-insights-average-none = hiện sau { $weeks } tuần
cli-insights-room = Không khí (đếm trực tiếp trong { $count ->
       *[other] { $lives } buổi LIVE
    }): { $comments } bình luận, { $likes } lượt thích mỗi phút.
cli-insights-split = Buổi LIVE có hơn { $line } { $what ->
        [comments] bình luận mỗi phút
        [likes] lượt thích mỗi phút
        [followers] người theo dõi mới mỗi giờ
       *[days] lượt thích mỗi phút vào các ngày TikTok LIVE Center
    }: { $above } kim cương mỗi giờ LIVE ({ $above_lives } buổi); các buổi khác: { $below } ({ $below_lives } buổi).
cli-insights-split-none = Theo { $what ->
        [comments] bình luận mỗi phút
        [likes] lượt thích mỗi phút
        [followers] người theo dõi mới mỗi giờ
       *[days] lượt thích mỗi phút vào các ngày TikTok LIVE Center
    }: chưa đủ buổi LIVE ở mỗi bên ({ $lives }/{ $needed } mỗi bên).
cli-insights-together = Những số liệu này cho thấy điều gì đi cùng nhau, không phải điều gì gây ra điều gì.

## Các dòng của đếm trực tiếp (chi tiết của bộ máy vẫn bằng tiếng Anh).

cli-capture-connecting = đang kết nối
cli-capture-connected = đã kết nối
cli-capture-reconnecting = đang kết nối lại
cli-capture-stopped-state = đã dừng
cli-capture-warning = cảnh báo: { $message }
cli-capture-stdout-lost = cảnh báo: không ghi được ra đầu ra chuẩn ({ $error }); quà tặng vẫn đang được lưu
cli-capture-live-ended = buổi LIVE đã kết thúc: buổi LIVE { $session }
cli-capture-stopped = đã dừng đếm trực tiếp: { $events } sự kiện quà tặng, { $stored } quà tặng đã lưu ({ $flagged } được đánh dấu), { $replayed } sự kiện phát lại bị bỏ qua, { $steps } bước chuỗi, { $other } sự kiện khác, { $unreadable } không đọc được
cli-capture-gift = { $gifts } × { $gift } ({ $count ->
       *[other] { $coins } xu
    } mỗi món)  từ { $sender }  buổi LIVE { $session }
cli-capture-grown = (tăng thêm { $added })
cli-capture-flagged = [chuỗi chưa bao giờ kết thúc: tính theo số lượng cao nhất]
cli-capture-unknown-sender = không rõ

## Lời từ chối riêng của dòng lệnh.

cli-invalid-db-pass = hãy truyền --db PATH
cli-invalid-no-data-directory = hệ thống này không có thư mục dữ liệu nào được biết; hãy truyền --db PATH
cli-invalid-clear-needs-yes = xóa sạch sẽ gỡ mọi buổi LIVE, quà tặng và lần rút tiền; thêm --yes để xác nhận
cli-invalid-format = '{ $text }' không phải là định dạng (cần là auto, liveledger, gift-events, gift-table, session-summary, json-events, tiktok-data hoặc tiktok-days)

## Lỗi cách dùng: điều clap từ chối, trên một dòng sau "usage: " (nội dung --help vẫn bằng tiếng Anh).

cli-usage-unknown-subcommand = lệnh con không xác định '{ $text }' (xem --help)
cli-usage-unknown-argument = đối số không mong đợi '{ $text }' (xem --help)
cli-usage-value-required = '{ $arg }' cần một giá trị nhưng không có giá trị nào được đưa ra (xem --help)
cli-usage-invalid-value = giá trị '{ $text }' không hợp lệ cho '{ $arg }' (xem --help)
cli-usage-too-many-values = giá trị '{ $text }' không mong đợi cho '{ $arg }'; không cần thêm giá trị nào (xem --help)
cli-usage-repeated = không được dùng đối số '{ $arg }' nhiều lần (xem --help)
cli-usage-conflict = không thể dùng đối số '{ $arg }' cùng với '{ $other }' (xem --help)
cli-usage-invalid-utf8 = một hoặc nhiều đối số không phải UTF-8 hợp lệ (xem --help)
cli-usage-missing-arguments = thiếu các đối số bắt buộc sau: { $args } (xem --help)
cli-usage-missing-subcommand = '{ $command }' cần một lệnh con nhưng không có lệnh nào được đưa ra (một trong: { $subcommands }) (xem --help)

cli-usage-not-a-number = giá trị '{ $text }' không hợp lệ cho '{ $arg }': '{ $text }' không phải là số (hãy dùng chữ số và dấu '.' cho phần thập phân) (xem --help)
cli-usage-not-a-day = giá trị '{ $text }' không hợp lệ cho '{ $arg }': '{ $text }' không phải là ngày (cần YYYY-MM-DD) (xem --help)
cli-usage-not-a-period = giá trị '{ $text }' không hợp lệ cho '{ $arg }': '{ $text }' không phải là kỳ (cần day, week, month hoặc year) (xem --help)
cli-usage-not-an-export-format = giá trị '{ $text }' không hợp lệ cho '{ $arg }': '{ $text }' không phải là định dạng xuất (cần csv, json, hledger hoặc beancount) (xem --help)
cli-usage-not-a-status = giá trị '{ $text }' không hợp lệ cho '{ $arg }': { core-invalid-status } (xem --help)
cli-usage-not-a-whole-number = giá trị '{ $text }' không hợp lệ cho '{ $arg }': { $problem ->
        [empty] chưa nhập số nào
        [large] số quá lớn
        [small] số quá nhỏ
       *[digit] không phải là số nguyên
    } (xem --help)
# The word before a usage error ("usage: unknown subcommand …").
cli-usage-label = cách dùng
