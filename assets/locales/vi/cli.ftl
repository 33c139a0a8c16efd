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

## `liveledger --help` (cli/help.rs): dòng trợ giúp của mỗi lệnh và tùy chọn.
## Tùy chọn, lệnh, tên giá trị, khóa cài đặt và YYYY-MM-DD giữ nguyên như khi gõ.

cli-help-usage = Cách dùng:
cli-help-commands = Lệnh:
cli-help-arguments = Đối số:
cli-help-options = Tùy chọn:
cli-help-default = mặc định:
cli-help-about = Lõi của LiveLedger: quà tặng TikTok LIVE, kim cương, số dư và sổ sách trên SQLite.
cli-help-db = Tệp sổ sách (mặc định: LIVELEDGER_DB, nếu không thì thư mục dữ liệu của ứng dụng)
cli-help-lang = Ngôn ngữ hiển thị (en, es, pt-BR, id, tr, ar, vi, ja, de, fr); mặc định: LC_ALL, LC_MESSAGES hoặc LANG, nếu không thì cài đặt của sổ sách
cli-help-print-help = In trợ giúp
cli-help-print-version = In phiên bản
cli-help-session = Thêm, sửa, kết thúc hoặc xóa một buổi LIVE
cli-help-session-add = Thêm một buổi LIVE; in ra id của nó
cli-help-session-add-start = Bắt đầu (ISO 8601, 'YYYY-MM-DD HH:MM' theo múi giờ của bạn, hoặc epoch)
cli-help-session-add-end = Kết thúc; bỏ trống nếu buổi LIVE vẫn đang diễn ra
cli-help-session-add-title = Tiêu đề
cli-help-session-add-peak-viewers = Số người xem cùng lúc cao nhất
cli-help-session-add-viewers = Số người xem khác nhau
cli-help-session-add-likes = Lượt thích
cli-help-session-add-followers = Người theo dõi mới
cli-help-session-add-diamonds = Kim cương được báo cáo cho buổi LIVE mà không có từng quà tặng riêng
cli-help-session-add-notes = Ghi chú
cli-help-session-edit = Thay thế thông tin của một buổi LIVE
cli-help-session-edit-id = Id buổi LIVE
cli-help-session-end = Đánh dấu một buổi LIVE đang diễn ra là đã kết thúc
cli-help-session-end-at = Khi nào (mặc định: bây giờ)
cli-help-session-delete = Xóa một buổi LIVE và các quà tặng của nó
cli-help-session-delete-force = Vẫn xóa dù đã có khoản rút tiền được trả từ kim cương của nó
cli-help-help = In thông báo này hoặc trợ giúp của các lệnh con đã cho
cli-help-help-subcommand = In trợ giúp cho các lệnh con
cli-help-sessions = Liệt kê các buổi LIVE cùng thu nhập và các số liệu theo giờ, theo người xem
cli-help-sessions-json = In JSON (số thập phân dạng chuỗi) thay vì bảng
cli-help-gift = Thêm, xóa hoặc liệt kê quà tặng
cli-help-gift-add = Thêm một quà tặng; xu lấy từ danh mục trừ khi có --coins. In ra id của nó
cli-help-gift-add-gift = Tên quà tặng, ví dụ Rose
cli-help-gift-add-coins = Số xu một quà tặng như vậy có giá (thay cho danh mục)
cli-help-gift-add-count = Bao nhiêu
cli-help-gift-add-from = Người gửi
cli-help-gift-delete = Xóa một quà tặng
cli-help-gift-delete-id = Id quà tặng
cli-help-gift-list = Liệt kê quà tặng của một buổi LIVE
cli-help-withdraw = Ghi một lần rút tiền kim cương
cli-help-withdraw-diamonds = Kim cương đã rút
cli-help-withdraw-at = Thời điểm yêu cầu (mặc định: bây giờ)
cli-help-withdraw-fee = Phí, bằng tiền
cli-help-withdraw-method = Phương thức thanh toán
cli-help-withdraw-status = pending, paid, failed hoặc cancelled
cli-help-withdraw-reference = Mã tham chiếu thanh toán
cli-help-withdraw-force = Vẫn ghi dù bất thường (dưới mức tối thiểu của ngày, vượt mức tối đa của ngày, ghi ngày trong tương lai hoặc trước kim cương đầu tiên)
cli-help-withdrawals = Liệt kê các lần rút tiền, đổi trạng thái hoặc xóa một lần
cli-help-withdrawals-list = Liệt kê các lần rút tiền
cli-help-withdrawals-status = Đổi trạng thái của một lần rút tiền
cli-help-withdrawals-status-id = Id lần rút tiền
cli-help-withdrawals-delete = Xóa một lần rút tiền ghi nhầm
cli-help-adjust = Điều chỉnh số dư theo một số kim cương, kèm lý do
cli-help-adjust-diamonds = Kim cương cần thêm (số âm để bớt)
cli-help-adjust-reason = Lý do
cli-help-adjust-force = Vẫn ghi dù số dư xuống dưới 0
cli-help-reconcile = Nhập số dư kim cương TikTok hiển thị; phần chênh lệch được ghi thành một điều chỉnh
cli-help-reconcile-balance = Số dư trong ví TikTok của bạn, tính bằng kim cương
cli-help-reconcile-reason = Lý do chênh lệch, nếu biết
cli-help-adjustments = Liệt kê các điều chỉnh số dư
cli-help-days = Số liệu theo ngày của chính TikTok LIVE Center (nhập từ bản tải xuống của nó) bên cạnh các ngày trong sổ sách, kèm chênh lệch; --book ghi sổ một ngày TikTok báo cáo nhưng sổ sách không có buổi LIVE nào
cli-help-days-book = Ghi sổ kim cương của TikTok cho ngày này (YYYY-MM-DD) thành một buổi LIVE; chỉ ngày không có buổi LIVE trong sổ sách. Lặp lại cho các ngày khác
cli-help-insights = Điều gì mang lại thu nhập qua các buổi LIVE của bạn: kim cương mỗi giờ LIVE theo thứ trong tuần, giờ bắt đầu và độ dài, giá trị của một người xem, và số giờ còn cần để đạt mức tối thiểu. Một số liệu cần 5 buổi LIVE làm cơ sở
cli-help-insights-from = Ngày địa phương đầu tiên của các buổi LIVE được xem xét (YYYY-MM-DD)
cli-help-insights-to = Ngày địa phương cuối cùng
cli-help-insights-by = Ngày bạn muốn đạt mức tối thiểu: cho biết cần bao nhiêu giờ LIVE mỗi tuần (YYYY-MM-DD)
cli-help-rate = Đặt hoặc liệt kê tỷ giá (kim cương mỗi xu, tiền mỗi kim cương, giới hạn)
cli-help-rate-set = Thêm tỷ giá từ một ngày trở đi (thay tỷ giá cùng ngày)
cli-help-rate-set-from = Ngày đầu tiên áp dụng (YYYY-MM-DD, múi giờ của bạn)
cli-help-rate-set-diamonds-per-coin = Kim cương mỗi xu giá trị quà tặng
cli-help-rate-set-money-per-diamond = Tiền mỗi kim cương
cli-help-rate-set-currency = Mã tiền tệ, ví dụ USD
cli-help-rate-set-min-withdrawal = Số tiền rút tối thiểu, bằng tiền
cli-help-rate-set-max-per-day = Số tiền rút tối đa mỗi ngày, bằng tiền
cli-help-rate-list = Liệt kê tỷ giá
cli-help-rate-delete = Xóa một tỷ giá
cli-help-rate-delete-id = Id tỷ giá
cli-help-rerate = Cho biết những buổi LIVE nào sẽ thay đổi theo tỷ giá mới hơn, hoặc (--apply) chuyển chúng sang tỷ giá đó
cli-help-rerate-from = Ngày địa phương đầu tiên của các buổi LIVE cần tính lại tỷ giá
cli-help-rerate-apply = Thay đổi chúng (không có nó, chỉ cho biết điều gì sẽ thay đổi)
cli-help-rerate-force = Vẫn áp dụng dù số dư xuống dưới 0
cli-help-catalog = Liệt kê hoặc sửa danh mục quà tặng
cli-help-catalog-list = Liệt kê danh mục quà tặng
cli-help-catalog-set = Thêm một quà tặng hoặc đổi giá của nó
cli-help-catalog-set-name = Tên quà tặng
cli-help-catalog-set-coins = Xu
cli-help-catalog-remove = Gỡ một quà tặng
cli-help-settings = Hiển thị hoặc thay đổi cài đặt (timezone, age_confirmed, payout_method, session_gap_minutes, setup_done: các câu hỏi ngày đầu của ứng dụng đã trả lời hoặc bỏ qua)
cli-help-settings-show = Hiển thị cài đặt
cli-help-settings-set = Thay đổi một cài đặt
cli-help-settings-set-key = timezone, age_confirmed, payout_method, session_gap_minutes, setup_done hoặc language
cli-help-settings-set-value = Giá trị mới
cli-help-summary = Số dư, giá trị của nó, tiến độ đến số tiền rút tối thiểu, mức sẵn sàng và ngày dự kiến
cli-help-report = Sao kê theo ngày, tuần, tháng hoặc năm
cli-help-report-by = Khoảng thời gian để nhóm
cli-help-report-from = Ngày địa phương đầu tiên được tính (YYYY-MM-DD); phần trước đó là số dư đầu kỳ
cli-help-report-to = Ngày địa phương cuối cùng được tính (YYYY-MM-DD)
cli-help-import = Nhập một tệp CSV: nhật ký quà tặng, bảng quà tặng, bản tóm tắt buổi LIVE hoặc bản xuất của LiveLedger
cli-help-import-file = Tệp: CSV, bảng tính (.xlsx, .xls, .ods), sự kiện quà tặng JSON hoặc JSON Lines, hoặc bản xuất dữ liệu của TikTok (.json hoặc .zip)
cli-help-import-format = auto, liveledger, gift-events, gift-table, session-summary, json-events hoặc tiktok-data
cli-help-import-dry-run = Báo cáo những gì sẽ được thêm, bỏ qua và từ chối, mà không ghi gì
cli-help-import-map = Ánh xạ cột, thêm vào những gì tiêu đề cho biết: trường=Cột,… (trường: date, time, event, gift, gift_id, coins, count, sender, nickname, session, repeat_end, gift_type, event_id, diamonds, duration, end, viewers, peak_viewers, followers, likes, gifters, rewards, title)
cli-help-import-skip-rows = Số dòng phía trên tiêu đề cần bỏ qua (mặc định: tìm tiêu đề trong 20 dòng đầu)
cli-help-import-sheet = Trang tính cần đọc của bảng tính (mặc định: trang đầu tiên có dữ liệu)
cli-help-import-skip-lines = Bỏ qua các hàng dữ liệu ở những dòng này (ví dụ các hàng lỗi mà một lần từ chối đã nêu: 4,9,12); phần còn lại được nhập tất cả cùng lúc hoặc không nhập gì
cli-help-import-mapping-name = Lưu --map dưới tên này, hoặc dùng một ánh xạ đã lưu
cli-help-import-gap-minutes = Số phút không có quà tặng để bắt đầu một buổi LIVE mới (mặc định: theo cài đặt)
cli-help-imports = Liệt kê các lần nhập trước, hoặc hoàn tác một lần
cli-help-imports-list = Liệt kê các lần nhập trước
cli-help-imports-undo = Hoàn tác toàn bộ một lần nhập
cli-help-imports-undo-id = Id lần nhập
cli-help-imports-undo-force = Vẫn hoàn tác dù đã có khoản rút tiền được trả từ kim cương của nó
cli-help-export = Xuất sổ sách dưới dạng CSV, JSON, nhật ký hledger hoặc tệp beancount
cli-help-export-format = csv, json, hledger hoặc beancount
cli-help-export-out = Ghi vào tệp này thay vì đầu ra chuẩn
cli-help-backup = Ghi một bản sao nhất quán của sổ sách (an toàn khi ứng dụng đang mở)
cli-help-backup-file = Nơi ghi
cli-help-restore = Thay sổ sách bằng một bản sao lưu, sau khi kiểm tra bản sao lưu
cli-help-restore-file = Tệp sao lưu
cli-help-demo = Tải hoặc xóa dữ liệu mẫu
cli-help-demo-load = Tải sổ sách mẫu (chỉ vào sổ sách trống)
cli-help-demo-load-if-empty = Không làm gì, và thành công, khi sổ sách đã có dữ liệu
cli-help-demo-clear = Gỡ mọi buổi LIVE, quà tặng, lần rút tiền và điều chỉnh (tỷ giá, danh mục và cài đặt được giữ lại)
cli-help-demo-clear-yes = Xác nhận
cli-help-trash = Các buổi LIVE, quà tặng và lần rút tiền đã xóa, giữ 30 ngày: liệt kê, hoặc khôi phục một mục
cli-help-trash-list = Liệt kê những gì đã xóa và vẫn có thể khôi phục, mới nhất trước
cli-help-trash-restore = Khôi phục những gì một lần xóa đã lấy đi
cli-help-trash-restore-id = Id của mục trong thùng rác (từ `trash list`, hoặc do lệnh xóa in ra)
cli-help-trash-restore-force = Vẫn khôi phục dù số dư sẽ xuống dưới 0
cli-help-capture = Ghi quà tặng trực tiếp từ một công cụ trên máy tính này: một WebSocket (mặc định là của TikFinity) hoặc một tệp nhật ký mà công cụ ghi nối vào. In một dòng cho mỗi quà tặng đã lưu. Ctrl-C để dừng: các chuỗi quà còn đang chạy được ghi ở số lượng cao nhất và được đánh dấu; buổi LIVE vẫn mở (kết thúc sau khoảng im lặng, hoặc bằng `session end`), và khi chạy lại sẽ nối vào buổi đó
cli-help-capture-ws = WebSocket cần đọc (mặc định: của TikFinity, ws://localhost:21213/)
cli-help-capture-follow = Nhật ký sự kiện quà tặng CSV hoặc tệp JSON Lines mà một công cụ khác ghi nối vào
cli-help-capture-allow-remote-host = Xác nhận một máy chủ --ws không phải máy tính này
cli-help-capture-silence-minutes = Số phút không có quà tặng để kết thúc buổi LIVE và cắt một chuỗi quà (mặc định: session_gap_minutes của sổ sách, khoảng cách mà lần nhập dùng để nhóm các buổi LIVE)
cli-help-capture-dead-after = Số giây một nguồn WebSocket được phép không gửi gì (không frame, không trả lời ping) trước khi việc ghi kết nối lại
cli-help-capture-json = In mỗi quà tặng đã lưu thành một dòng JSON
