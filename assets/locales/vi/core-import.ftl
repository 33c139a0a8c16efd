# Những gì một lần nhập nói: báo cáo (đã đọc và thêm gì, tệp được đọc thế
# nào, bỏ qua gì), ghi chú và cảnh báo, và lý do một tệp bị từ chối. Các số
# được viết như báo cáo viết; $count, $rows, $sessions và $matched là các
# số chọn dạng số nhiều (tiếng Việt không đổi danh từ sau số).

## Những dòng đầu của báo cáo: đã đọc và thêm gì.

core-import-totals = { $file } ({ $format }): đã đọc { $rows ->
       *[other] { $rows_read } hàng
    }, đã thêm { $added }, bỏ qua { $skipped } vì đã nhập trước đó, đã tạo { $sessions ->
       *[other] { $sessions_added } buổi LIVE
    }, đã mở rộng { $matched ->
       *[other] { $sessions_matched } buổi LIVE có sẵn
    }
core-import-totals-dry-run = xem trước — chưa ghi gì. { $file } ({ $format }): đã đọc { $rows ->
       *[other] { $rows_read } hàng
    }, sẽ thêm { $added }, bỏ qua { $skipped } vì đã nhập trước đó, sẽ tạo { $sessions ->
       *[other] { $sessions_added } buổi LIVE
    }, sẽ mở rộng { $matched ->
       *[other] { $sessions_matched } buổi LIVE có sẵn
    }
core-import-adds = thêm { $coins } xu, { $diamonds } kim cương
# $value: giá trị theo từng loại tiền, "12.50 EUR + 3.00 USD".
core-import-adds-worth = thêm { $coins } xu, { $diamonds } kim cương, trị giá { $value }

## Tệp được đọc thế nào. $encoding: UTF-8, windows-1252 hoặc một trang tính
## ("xlsx sheet 'Gifts'"); $delimiter: comma, semicolon, tab hoặc pipe.

core-import-read-txt = đọc như bản tải TXT của TikTok
core-import-read-txt-in = đọc như bản tải TXT của TikTok theo { $encoding }
core-import-read-json = đọc như JSON
core-import-read-json-in = đọc như JSON theo { $encoding }
core-import-read-table = đọc theo { $encoding }, phân tách bằng { $delimiter ->
        [comma] dấu phẩy
        [semicolon] dấu chấm phẩy
        [tab] tab
        [pipe] dấu gạch đứng
       *[other] { $delimiter }
    }, tiêu đề ở dòng { $line }
core-import-read-table-skipped = đọc theo { $encoding }, phân tách bằng { $delimiter ->
        [comma] dấu phẩy
        [semicolon] dấu chấm phẩy
        [tab] tab
        [pipe] dấu gạch đứng
       *[other] { $delimiter }
    }, tiêu đề ở dòng { $line } ({ $count ->
       *[other] đã bỏ qua { $above } dòng phía trên
    })
core-import-read-sheet = đọc theo { $encoding }, tiêu đề ở hàng { $line }
core-import-read-sheet-skipped = đọc theo { $encoding }, tiêu đề ở hàng { $line } ({ $count ->
       *[other] đã bỏ qua { $above } hàng phía trên
    })
# Nối tiếp dòng trước: cách viết ngày ("YYYY-MM-DD").
core-import-read-dates = ; ngày { $dates }
# Nối tiếp dòng trước: cách viết số ("1.234,5").
core-import-read-numbers = ; số { $numbers }
# $field: trường theo tên --map dùng (date, coins…), có đệm khoảng trắng; $samples: các giá trị đầu.
core-import-field = { $field } ← cột { $column } ({ $header }): { $samples }

## Những gì bị bỏ qua: "đã bỏ qua:" và một danh sách.

core-import-skipped = đã bỏ qua: { $list }
core-import-skipped-totals = { $count ->
       *[other] { $n } hàng tổng
    }
core-import-skipped-blank = { $count ->
       *[other] { $n } dòng trống
    }
# $kind: loại sự kiện theo tên trong tệp (like, chat, member…).
core-import-skipped-events = { $count ->
       *[other] { $n } sự kiện { $kind }
    }
core-import-skipped-summary = { $count ->
       *[other] { $n } hàng tóm tắt
    }

## Ghi chú: tệp được đọc thế nào, ở chỗ bạn có thể muốn biết.

core-import-redelivered = { $count ->
       *[other] { $n } tin nhắn mà tệp đưa hai lần (cùng mã tin nhắn) chỉ được tính một lần
    }
core-import-streak-steps = { $count ->
       *[other] { $n } bước chuỗi đã được gộp vào số đếm cuối của chuỗi
    }
core-import-unfinished-streaks = { $count ->
       *[other] cảnh báo: { $n } chuỗi không bao giờ kết thúc trong tệp; mỗi chuỗi được tính theo số đếm cao nhất
    }
core-import-summary-block = { $count ->
       *[other] đã bỏ qua một khối tóm tắt { $n } hàng ở dòng { $first }: nằm dưới bảng, không có ngày ở chỗ của ngày
    }
core-import-summary-block-lines = { $count ->
       *[other] đã bỏ qua một khối tóm tắt { $n } hàng ở các dòng { $first }–{ $last }: nằm dưới bảng, không có ngày ở chỗ của ngày
    }
core-import-price-coins = giá của mỗi quà tặng được đọc từ cột { $coins_column } ({ $coins_header }), số xu của nó; cột { $diamonds_column } ({ $diamonds_header }) chỉ được đọc ở hàng không có xu
core-import-price-total-diamonds = giá của mỗi quà tặng được đọc từ cột { $diamonds_column } ({ $diamonds_header }): tổng kim cương của hàng chia cho số lượng (kim cương của một quà tặng là giá của nó tính bằng xu)
core-import-price-diamonds = giá của mỗi quà tặng được đọc từ cột { $diamonds_column } ({ $diamonds_header }): kim cương của một quà tặng là giá của nó tính bằng xu, như các công cụ LIVE ghi diamondCount
# $saved: ngày lưu cách ghép cột; $name: tệp mà nó được tạo cho.
core-import-mapping-used = đã dùng cách ghép cột của bạn từ { $saved } / { $name }: { $mapping }

## Cảnh báo: những điều cần kiểm tra trước khi tin vào các tổng.

core-import-warning = cảnh báo: { $warning }
core-import-left-out = { $count ->
       *[other] đã bỏ ra { $n } hàng có lỗi, theo lựa chọn của bạn; phần còn lại đã được nhập
    }
core-import-windows-1252 = tệp không phải UTF-8; đã được đọc theo Windows-1252 (Latin-1): hãy kiểm tra tên có dấu hiển thị đúng
# $max × $coins: số đếm cao nhất của chuỗi và giá của quà tặng.
core-import-streak-unended = dòng { $line }: chuỗi { $gift } không bao giờ kết thúc trong tệp; được tính là { $max } × { $coins } xu (số đếm cao nhất đến lúc đó) và đánh dấu là ước tính
core-import-streak-unended-from = dòng { $line }: chuỗi { $gift } từ { $sender } không bao giờ kết thúc trong tệp; được tính là { $max } × { $coins } xu (số đếm cao nhất đến lúc đó) và đánh dấu là ước tính
core-import-streaks-more = còn những chuỗi khác không kết thúc; xem các hàng được đánh dấu ước tính
# $column: cột cho biết chuỗi kết thúc ở đâu (repeatEnd).
core-import-streak-steps-uncounted = { $count ->
       *[other] { $n } hàng trông như các bước của một chuỗi (cùng người gửi và quà tặng, số lượng hơn hàng trước một) nhưng không đọc cột { $column } nào, nên mỗi bước đều được tính; nếu tệp có cột chuỗi, hãy chọn cột cho điểm kết thúc chuỗi và loại quà tặng (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
    }

## Những dòng cuối của báo cáo.

core-import-sections-ignored = các phần bị bỏ qua: { $sections }
core-import-streaks-updated = { $count ->
       *[other] { $n } chuỗi mà lần nhập trước cắt ngắn đã được cập nhật theo số đếm của tệp này
    }
core-import-undo = lần nhập { $id } — hoàn tác bằng `liveledger imports undo { $id }`

## Tệp các ngày của TikTok LIVE Center. $figures: tên các số liệu (diamonds, likes…).

core-import-days = { $count ->
       *[other] số liệu TikTok cho { $n } ngày: { $figures }
    }
core-import-days-on = { $count ->
       *[other] số liệu TikTok cho { $n } ngày, vào { $first }: { $figures }
    }
core-import-days-range = { $count ->
       *[other] số liệu TikTok cho { $n } ngày, từ { $first } đến { $last }: { $figures }
    }
core-import-days-diamonds = TikTok báo { $diamonds } kim cương trong những ngày đó: được giữ bên cạnh sổ, không bao giờ cộng vào số dư (so sánh bằng `liveledger days`)
core-import-days-figures = { $count ->
       *[other] { $added } số liệu mới, { $unchanged } đã có
    }
core-import-days-replaces = thay { $figure } của TikTok ngày { $day }: { $was } → { $now }
core-import-days-more = { $count ->
       *[other] … và thêm { $n } số liệu được thay
    }

## Một tệp bị từ chối: không có gì được nhập.

# $map: cách ghép cột cần đưa; $columns: mỗi cột với các giá trị đầu, mỗi cột một dòng.
core-import-unknown-format = { $file }: không thể biết tệp này chứa gì từ tiêu đề ({ $known ->
        [none] không có tên cột nào LiveLedger biết
       *[other] các tên nó biết: { $header }
    }, dòng { $line }); hãy đặt tên các cột bằng --map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: không thể biết tệp này chứa gì từ tiêu đề ({ $known ->
        [none] không có tên cột nào LiveLedger biết
       *[other] các tên nó biết: { $header }
    }, dòng { $line }); hãy đặt tên các cột bằng --map { $map }
    các cột của tệp:{ $columns }
core-import-rows = { $file }: { $count ->
       *[other] { $n } lỗi
    }, không có gì được nhập:
core-import-column = cột { $n } '{ $header }': { $values }
core-import-column-empty = cột { $n } '{ $header }': (trống)
core-import-columns-more = { $count ->
       *[other] … và { $n } cột nữa
    }
core-import-problem = dòng { $line }: { $problem }
core-import-problem-column = dòng { $line }, cột { $column } ({ $header }): { $problem }
core-import-problems-more = { $count ->
       *[other] … và { $n } lỗi khác
    }
core-import-problem-open-quote = một trường kéo dài qua nhiều dòng: có lẽ một dấu ngoặc kép (") chưa được đóng
core-import-problem-dates-mixed = các ngày trộn thứ tự ngày trước (dòng { $day_first }) và tháng trước (dòng { $month_first }); hãy viết theo dạng YYYY-MM-DD
core-import-problem-dates-ambiguous = các ngày như 01/02/2026 có thể là ngày trước hoặc tháng trước và không ngày nào trong tệp cho biết; hãy viết theo dạng YYYY-MM-DD

## Một tệp bị từ chối như cửa sổ nói: cửa sổ liệt kê các hàng và tự đưa ra
## các cột.

core-import-page-choose-columns = { $file }: LiveLedger không biết cột nào chứa gì. Hãy chọn một cột cho mỗi trường bên dưới.
core-import-page-one-column = { $file }: LiveLedger không biết tệp này chứa gì: tệp chỉ có một cột, không phải bảng quà tặng.
core-import-page-rows = { $file }: { $count ->
       *[other] { $n } hàng có lỗi;
    } không có gì được nhập

## Lời riêng của một dòng có lỗi, sau "dòng N, cột C (tên):".
## $text: nội dung ô, đã rút gọn.

# $problem: missing, fraction, negative, other.
core-import-what-diamonds = { $problem ->
        [missing] cần số kim cương, nhưng ô trống
        [fraction] cần số kim cương, nhưng thấy '{ $text }' có phần thập phân
        [negative] cần từ 0 kim cương trở lên, nhưng thấy { $text }
       *[other] cần số kim cương, nhưng thấy '{ $text }'
    }
core-import-what-peak-viewers = { $problem ->
        [missing] cần số người xem cao nhất, nhưng ô trống
        [fraction] cần số người xem cao nhất, nhưng thấy '{ $text }' có phần thập phân
        [negative] cần số người xem cao nhất (từ 0 trở lên), nhưng thấy { $text }
       *[other] cần số người xem cao nhất, nhưng thấy '{ $text }'
    }
core-import-what-viewers = { $problem ->
        [missing] cần số người xem, nhưng ô trống
        [fraction] cần số người xem, nhưng thấy '{ $text }' có phần thập phân
        [negative] cần số người xem (từ 0 trở lên), nhưng thấy { $text }
       *[other] cần số người xem, nhưng thấy '{ $text }'
    }
core-import-what-likes = { $problem ->
        [missing] cần số lượt thích, nhưng ô trống
        [fraction] cần số lượt thích, nhưng thấy '{ $text }' có phần thập phân
        [negative] cần số lượt thích (từ 0 trở lên), nhưng thấy { $text }
       *[other] cần số lượt thích, nhưng thấy '{ $text }'
    }
core-import-what-followers = { $problem ->
        [missing] cần số người theo dõi, nhưng ô trống
        [fraction] cần số người theo dõi, nhưng thấy '{ $text }' có phần thập phân
        [negative] cần số người theo dõi (từ 0 trở lên), nhưng thấy { $text }
       *[other] cần số người theo dõi, nhưng thấy '{ $text }'
    }
core-import-what-gifters = { $problem ->
        [missing] cần số người ủng hộ, nhưng ô trống
        [fraction] cần số người ủng hộ, nhưng thấy '{ $text }' có phần thập phân
        [negative] cần số người ủng hộ (từ 0 trở lên), nhưng thấy { $text }
       *[other] cần số người ủng hộ, nhưng thấy '{ $text }'
    }
core-import-what-gift-price = { $problem ->
        [missing] cần giá quà tặng tính bằng xu, nhưng ô trống
        [fraction] cần giá quà tặng tính bằng xu, nhưng thấy '{ $text }' có phần thập phân
        [negative] cần giá quà tặng tính bằng xu (từ 0 trở lên), nhưng thấy { $text }
       *[other] cần giá quà tặng tính bằng xu, nhưng thấy '{ $text }'
    }
core-import-what-repeat-count = { $problem ->
        [missing] cần số lần lặp, nhưng ô trống
        [fraction] cần số lần lặp, nhưng thấy '{ $text }' có phần thập phân
        [negative] cần số lần lặp (từ 0 trở lên), nhưng thấy { $text }
       *[other] cần số lần lặp, nhưng thấy '{ $text }'
    }
core-import-what-gift-type = { $problem ->
        [missing] cần mã loại quà tặng, nhưng ô trống
        [fraction] cần mã loại quà tặng, nhưng thấy '{ $text }' có phần thập phân
        [negative] cần mã loại quà tặng (từ 0 trở lên), nhưng thấy { $text }
       *[other] cần mã loại quà tặng, nhưng thấy '{ $text }'
    }
core-import-what-whole-count = { $problem ->
        [missing] cần một số lượng nguyên, nhưng ô trống
        [fraction] cần một số lượng nguyên, nhưng thấy '{ $text }' có phần thập phân
        [negative] cần một số lượng nguyên (từ 0 trở lên), nhưng thấy { $text }
       *[other] cần một số lượng nguyên, nhưng thấy '{ $text }'
    }
core-import-what-whole-coins = { $problem ->
        [missing] cần số xu nguyên, nhưng ô trống
        [fraction] cần số xu nguyên, nhưng thấy '{ $text }' có phần thập phân
        [negative] cần từ 0 xu trở lên, nhưng thấy { $text }
       *[other] cần số xu nguyên, nhưng thấy '{ $text }'
    }
core-import-what-whole-diamonds = { $problem ->
        [missing] cần số kim cương nguyên, nhưng ô trống
        [fraction] cần số kim cương nguyên, nhưng thấy '{ $text }' có phần thập phân
        [negative] cần từ 0 kim cương trở lên, nhưng thấy { $text }
       *[other] cần số kim cương nguyên, nhưng thấy '{ $text }'
    }
core-import-what-day-figure = { $problem ->
        [missing] cần một số ({ $figure }), nhưng ô trống
        [fraction] cần một số ({ $figure }), nhưng thấy '{ $text }' có phần thập phân
        [negative] cần một số ({ $figure }) (từ 0 trở lên), nhưng thấy { $text }
       *[other] cần một số ({ $figure }), nhưng thấy '{ $text }'
    }

core-import-cell-no-date = cần ngày/giờ, nhưng ô trống
core-import-cell-no-day = cần một ngày, nhưng ô trống
core-import-cell-no-gift = cần tên quà tặng, nhưng ô trống
# Ô quà tặng chỉ có khoảng trắng hoặc ký tự điều khiển.
core-import-cell-gift-blank = cần tên quà tặng
core-import-cell-date = cần ngày/giờ như 2026-03-01 20:00, 01/03/2026 20:00, 01.03.2026 hoặc 1772395200000, nhưng thấy '{ $text }'
core-import-cell-epoch = '{ $text }' không phải thời gian epoch mà LiveLedger đọc được
core-import-cell-not-a-calendar-date = '{ $text }' không phải ngày có trên lịch
# $time: nội dung cột giờ.
core-import-cell-time-twice = ngày '{ $text }' đã có giờ riêng và cột giờ ghi '{ $time }'
core-import-cell-time-column = cần giờ trong ngày như 20:05 hoặc 8:05 PM ở cột giờ, nhưng thấy '{ $text }'
core-import-cell-day-with-time = cần một ngày như 2026-11-12, nhưng thấy '{ $text }' có kèm giờ: tệp của TikTok LIVE Center có một dòng mỗi ngày
core-import-cell-iso-day = cần YYYY-MM-DD, nhưng thấy '{ $text }'
core-import-cell-end-time = cần giờ kết thúc như 2026-03-01 21:30 hoặc 21:30, nhưng thấy '{ $text }'
core-import-cell-end-needs-start = giờ kết thúc ghi dạng giờ trong ngày cần giờ bắt đầu ghi dạng YYYY-MM-DD
core-import-cell-duration = cần thời lượng tối đa một tuần như 90, 1:30:00 hoặc 1h 30m, nhưng thấy '{ $text }'
core-import-cell-seconds = cần thời gian như 5400, 1:30:00 hoặc 1h 30m, nhưng thấy '{ $text }'
core-import-cell-not-a-number = cần một số, nhưng thấy '{ $text }'
core-import-cell-whole-number = cần một số nguyên, nhưng thấy '{ $text }'
core-import-cell-money = cần một số tiền, nhưng thấy '{ $text }'
core-import-cell-negative = cần từ 0 trở lên, nhưng thấy '{ $text }'
core-import-cell-too-large = '{ $text }' vượt quá mức sổ ghi có thể đếm
# $n × $coins: số lượng của một dòng và giá quà tặng của dòng đó.
core-import-cell-total-too-large = { $n } × { $coins } xu vượt quá mức sổ ghi có thể đếm
# $thousands và $decimal: con số khi đọc dấu phân cách là hàng nghìn, và là dấu thập phân.
core-import-cell-ambiguous-number = '{ $text }' có thể là { $thousands } hoặc { $decimal }; hãy ghi với hai chữ số thập phân hoặc không dùng dấu phân cách hàng nghìn
core-import-cell-true-false = cần true hoặc false, nhưng thấy '{ $text }'
# $field: tên trường giá trong nhật ký (diamondCount).
core-import-cell-no-price = sự kiện không cho giá của '{ $gift }' ({ $field } hoặc trường giá khác) và danh mục quà tặng không biết quà này; hãy thêm vào danh mục hoặc chỉ định trường giá
core-import-cell-price-negative = cần giá từ 0 xu trở lên, nhưng thấy { $text }
core-import-cell-repeat-count-below-one = cần số lần lặp từ 1 trở lên, nhưng thấy { $text }
core-import-cell-count-below-one = cần số lượng từ 1 trở lên, nhưng thấy { $text }
# $cell: số lượng ghi trong ô quà tặng (Rose x5); $column: số lượng ở cột số lượng.
core-import-cell-count-conflict = ô quà tặng '{ $text }' ghi { $cell } nhưng cột số lượng ghi { $column }: số nào đúng?
# $n: số lượng của dòng; $each: giá một quà trong danh mục; $column: tiêu đề cột.
core-import-cell-diamonds-look-total = { $diamonds } kim cương là { $n } × { $gift } (mỗi quà { $each } theo danh mục): cột này giống tổng của dòng, không phải giá một quà; hãy đọc nó là tổng kim cương của dòng (CLI: --map total_diamonds={ $column })
core-import-cell-total-looks-each = { $diamonds } kim cương cho { $n } × { $gift } là giá một quà theo danh mục ({ $each }): cột này giống giá một quà, không phải tổng của dòng; hãy đọc nó là kim cương mỗi quà (CLI: --map diamonds={ $column })
core-import-cell-total-not-divisible = tổng { $diamonds } kim cương không chia hết cho số lượng { $n }: đó có phải giá của một quà không?
core-import-cell-gift-unknown = quà '{ $gift }' không có trong danh mục quà tặng và dòng này không cho xu hay kim cương; hãy thêm vào danh mục hoặc thêm cột xu
core-import-cell-too-long = { $count ->
       *[other] dài { $n } ký tự; sổ ghi chỉ giữ tối đa { $max }
    }
core-import-cell-too-many-days = tệp TikTok LIVE Center có một dòng mỗi ngày; hơn { $max } dòng thì không phải tệp như vậy
# Tệp xuất của chính LiveLedger. $name: cột của nó (session_ref, gift_name…).
core-import-cell-value-missing = cần giá trị cho { $name }, nhưng ô trống
core-import-cell-coins-missing = cần số xu, nhưng ô trống
core-import-cell-coins-count = cần xu ≥ 0 và số lượng ≥ 1, nhưng thấy { $coins } và { $n }
core-import-cell-record-kind = cần session, gift, withdrawal, adjustment hoặc rate, nhưng thấy '{ $text }'
core-import-cell-no-format = chưa chọn định dạng
# Một bước kiểm tra của sổ ghi từ chối một giá trị. $field: tên giá trị theo sổ ghi.
core-import-cell-field-end-before-start = { $field }: trước thời điểm bắt đầu
core-import-cell-field-year = { $field }: cần ngày từ { $from } đến { $to }, nhưng thấy ngày trong năm { $year } (gõ nhầm?)
core-import-cell-field-negative-got = { $field }: không được âm (nhận { $text })
core-import-cell-field-not-negative = { $field }: không được âm
core-import-cell-field-count-too-large = { $field }: { $text } lớn hơn mức sổ ghi chấp nhận
core-import-cell-field-too-large = { $field }: { $text } lớn hơn mức sổ ghi chấp nhận (tối đa { $max })
core-import-cell-field-decimal-places = { $field }: { $text } có hơn { $count } chữ số thập phân
# Bước kiểm tra mà phần nhập chưa có lời riêng: văn bản tiếng Anh của nó.
core-import-cell-other = { $text }

## Cả một cột hoặc một ngày có lỗi.

core-import-problem-numbers-both = cột dùng '{ $sep }' vừa để nhóm hàng nghìn (dòng { $group_line }: '{ $group }') vừa làm dấu thập phân (dòng { $decimal_line }: '{ $decimal }'); hãy ghi số theo một cách
core-import-problem-numbers-points = cột trộn lẫn dấu thập phân: '.' (dòng { $dot_line }: '{ $dot }') và ',' (dòng { $comma_line }: '{ $comma }'); hãy ghi số theo một cách
core-import-problem-numbers-thousands = cột ghi hàng nghìn cả bằng '{ $dot }' (dòng { $dot_line }) lẫn '{ $comma }' (dòng { $comma_line }): một trong hai sẽ là phân số; hãy ghi số theo một cách
core-import-problem-rewards-ambiguous = '{ $text }' có thể là { $thousands } hoặc { $decimal } và không giá trị nào khác trong cột xác định được; hãy ghi số tiền với hai chữ số thập phân (1234.00 hoặc 1234,00) hoặc không dùng dấu phân cách hàng nghìn
core-import-problem-day-twice = { $day } được ghi hai lần với { $figure } khác nhau ({ $was } ở dòng { $line }, { $now } ở đây)
core-import-problem-mixed-encoding = không phải văn bản UTF-8 hợp lệ, dù các dòng trước đó thì hợp lệ: tệp trộn lẫn nhiều bảng mã (hãy lưu dạng UTF-8)
core-import-problem-sheet-wide = có giá trị sau cột { $max }; bảng LiveLedger đọc có tối đa { $max } cột

core-import-json-not-event = cần một sự kiện (một đối tượng JSON), nhưng thấy { $kind ->
        [null] null
        [bool] true hoặc false
        [number] một số
        [text] văn bản
        [array] một mảng
       *[object] một đối tượng
    }
core-import-json-not-scalar = cần một số hoặc văn bản, nhưng thấy { $kind ->
        [null] null
        [bool] true hoặc false
        [number] một số
        [text] văn bản
        [array] một mảng
       *[object] một đối tượng
    }
core-import-json-value-too-long = cần giá trị cho { $field }, nhưng thấy '{ $text }'
core-import-json-event-too-large = { $n } × { $coins } xu vượt quá giá trị một sự kiện quà tặng có thể có (tối đa { $max } xu)

## Tệp, dòng tiêu đề hoặc tùy chọn mà LiveLedger không dùng được: không có
## gì được nhập. Mỗi thông báo bắt đầu bằng tên tệp, $file.

core-import-file-empty = { $file }: tệp trống
core-import-file-no-header = { $file }: tệp không có dòng tiêu đề
core-import-file-skip-rows-all = { $file }: --skip-rows { $n } bỏ qua mọi dòng ở đầu tệp
core-import-file-columns = { $file }: dòng { $line }: tiêu đề có { $n } cột; bảng LiveLedger đọc có tối đa { $max }
core-import-file-sheet-columns = { $file }: dòng { $line }: tiêu đề có hơn { $max } cột; bảng LiveLedger đọc có tối đa { $max }
core-import-file-not-utf8 = { $file }: dòng { $line }: không phải văn bản UTF-8 hợp lệ (hãy lưu tệp dạng UTF-8)
core-import-file-utf32 = { $file }: là văn bản { $encoding }, LiveLedger không đọc được: hãy lưu dạng UTF-8 (hoặc UTF-16)
core-import-file-no-rows = { $file }: không có dòng nào để nhập: tệp có tiêu đề (dòng { $line }) và không có gì bên dưới
core-import-file-skip-lines = { $file }: { $count ->
       *[other] { $n } dòng cần bỏ ra; tối đa { $max }
    }
core-import-file-no-mapping = { $file }: không có cách ghép cột đã lưu nào tên '{ $name }'
core-import-file-not-a-sheet = { $file }: không phải bảng tính (.xlsx, .xls hoặc .ods): --sheet chỉ một trang của bảng tính
core-import-file-export-not-sheet = { $file }: là bản tải dữ liệu của TikTok, không phải bảng tính: --sheet chỉ một trang của bảng tính
core-import-file-export-not-table = { $file }: là bản tải dữ liệu của TikTok, không phải bảng { $format } (hãy nhập theo nội dung được nhận diện; CLI: --format auto hoặc tiktok-data)
core-import-file-sheet-not-export = { $file }: là bảng tính, không phải bản tải dữ liệu của TikTok (hãy nhập theo nội dung được nhận diện; CLI: --format auto)
core-import-file-sheet-not-liveledger = { $file }: là bảng tính; tệp xuất của chính LiveLedger được đọc dưới dạng CSV mà nó đã ghi
core-import-file-sheet-empty = { $file }: trang '{ $sheet }' trống
core-import-file-no-record = { $file }: tệp xuất LiveLedger cần cột 'record'
core-import-file-events-need = { $file }: nhật ký sự kiện quà tặng cần một cột cho { $missing } (các cột của nó: { $known ->
        [none] không có tên cột nào LiveLedger biết
       *[other] các tên nó biết: { $columns }
    }); hãy chọn cột nào chứa gì (CLI: --map)
core-import-file-table-need = { $file }: bảng quà tặng cần một cột cho { $missing } (các cột của nó: { $known ->
        [none] không có tên cột nào LiveLedger biết
       *[other] các tên nó biết: { $columns }
    }); hãy chọn cột nào chứa gì (CLI: --map)
core-import-file-sessions-need = { $file }: bảng tóm tắt buổi LIVE cần một cột cho { $missing } (các cột của nó: { $known ->
        [none] không có tên cột nào LiveLedger biết
       *[other] các tên nó biết: { $columns }
    }); hãy chọn cột nào chứa gì (CLI: --map)
core-import-file-days-need = { $file }: tệp TikTok LIVE Center cần một cột cho { $missing } (các cột của nó: { $known ->
        [none] không có tên cột nào LiveLedger biết
       *[other] các tên nó biết: { $columns }
    }); hãy chọn cột nào chứa gì (CLI: --map)
core-import-file-days-no-figures = { $file }: tệp TikTok LIVE Center cần một cột số liệu (kim cương, thời lượng LIVE, lượt xem, lượt thích…) bên cạnh ngày (các cột của nó: { $known ->
        [none] không có tên cột nào LiveLedger biết
       *[other] các tên nó biết: { $columns }
    })
core-import-file-events-no-gift = { $file }: nhật ký sự kiện quà tặng cần cột { $name } hoặc { $id }
core-import-file-map-pair = { $file }: '{ $text }' không có dạng trường=Cột
core-import-file-map-field = { $file }: '{ $text }' không phải là trường (các trường: { $fields })
core-import-file-map-no-column = { $file }: tệp không có cột '{ $text }' (các cột của nó: { $known ->
        [none] không có tên cột nào LiveLedger biết
       *[other] các tên nó biết: { $columns }
    })
core-import-file-map-long = { $file }: cách ghép cột dài { $n } byte; tối đa { $max } (CLI: --map)
core-import-file-map-event-field = { $file }: { $text } không phải là trường của sự kiện quà tặng (các trường: { $fields })
core-import-file-map-path = { $file }: '{ $text }' không phải đường dẫn JSON (các khóa nối bằng dấu chấm, như user.uniqueId)
core-import-file-map-json = { $file }: cách ghép cột chỉ được lưu cho tệp CSV; các trường của tệp JSON được đặt tên theo đường dẫn, ví dụ coins=giftValue,sender=user.uniqueId (CLI: --mapping-name dành cho tệp CSV)
core-import-file-json-none = { $file }: không có sự kiện quà tặng nào để nhập trong { $n } giá trị JSON
core-import-file-json-none-skipped = { $file }: không có sự kiện quà tặng nào để nhập trong { $n } giá trị JSON (đã bỏ qua: { $skipped })
core-import-file-json-array = { $file }: không chứa sự kiện quà tặng nào và không phải bản xuất dữ liệu TikTok: đây là một mảng gồm { $count ->
       *[other] { $n } đối tượng
    } có các khóa { $keys }. LiveLedger đọc sự kiện quà tặng ({ $id }, { $coins }, { $repeat }…) và bản "Tải xuống dữ liệu của bạn" của TikTok; với sự kiện từ công cụ ghi của riêng bạn, hãy chỉ đường dẫn của từng trường (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-object = { $file }: không chứa sự kiện quà tặng nào và không phải bản xuất dữ liệu TikTok: đây là một đối tượng JSON có các khóa { $keys }. LiveLedger đọc sự kiện quà tặng ({ $id }, { $coins }, { $repeat }…) và bản "Tải xuống dữ liệu của bạn" của TikTok; với sự kiện từ công cụ ghi của riêng bạn, hãy chỉ đường dẫn của từng trường (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-lines = { $file }: không chứa sự kiện quà tặng nào và không phải bản xuất dữ liệu TikTok: đây là { $count ->
       *[other] { $n } giá trị
    } (JSON Lines), các đối tượng có các khóa { $keys }. LiveLedger đọc sự kiện quà tặng ({ $id }, { $coins }, { $repeat }…) và bản "Tải xuống dữ liệu của bạn" của TikTok; với sự kiện từ công cụ ghi của riêng bạn, hãy chỉ đường dẫn của từng trường (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)

core-import-tiktok-not-text = cần văn bản, nhưng thấy một danh sách hoặc đối tượng
core-import-tiktok-text-long = cần tối đa { $max } ký tự, nhưng thấy '{ $text }'
core-import-tiktok-count = cần một số nguyên từ 0 đến { $max }, nhưng thấy '{ $text }'
core-import-tiktok-diamonds-money = cần kim cương; đây là một số tiền, LiveLedger không đổi ngược lại thành kim cương, nhưng thấy '{ $text }'
core-import-tiktok-diamonds = cần số kim cương, nhưng thấy '{ $text }'
core-import-tiktok-diamonds-range = cần từ 0 đến { $max } kim cương, nhưng thấy '{ $text }'
core-import-tiktok-money-currency = cần số tiền bằng { $currency } (đơn vị tiền của tỷ giá), nhưng thấy '{ $text }'
core-import-tiktok-money = cần một số tiền như 10.50, nhưng thấy '{ $text }'
core-import-tiktok-money-range = cần số tiền từ 0 đến { $max }, nhưng thấy '{ $text }'
core-import-tiktok-duration = cần thời lượng tối đa 7 ngày như 1:30:00, 1h 30m hoặc số giây, nhưng thấy '{ $text }'
core-import-tiktok-not-live = cần một buổi LIVE (một đối tượng JSON)
core-import-tiktok-no-start = cần LiveStartTime (lúc buổi LIVE bắt đầu), nhưng ô trống
core-import-tiktok-ends-before = buổi LIVE kết thúc trước khi bắt đầu
core-import-tiktok-status = cần trạng thái như completed, pending, failed hoặc cancelled, nhưng thấy '{ $text }'
core-import-tiktok-no-date = cần ngày (Date) của lần rút tiền, nhưng ô trống
core-import-tiktok-no-rate = chưa có tỷ giá cho ngày này; hãy thêm bằng `liveledger rates add`
core-import-tiktok-money-to-diamonds = không thể đổi số tiền này thành kim cương theo số tiền mỗi kim cương của tỷ giá
core-import-tiktok-no-amount = cần số kim cương (Diamonds) hoặc số tiền (Amount) của lần rút tiền, nhưng không có cả hai
core-import-tiktok-withdrawal-range = cần lần rút tiền lớn hơn 0 và tối đa { $max } kim cương, nhưng thấy { $text }
core-import-tiktok-too-many-to-value = { $text } kim cương là quá nhiều để định giá
core-import-tiktok-fee-above = phí { $fee } lớn hơn giá trị của lần rút tiền { $gross }
core-import-tiktok-not-wallet = cần một mục ví (một đối tượng JSON)

## A container (a zip, an OLE file), a spreadsheet or TikTok's data download
## LiveLedger does not read. $error stays in English (the system's, the zip
## reader's or the spreadsheet reader's words).

core-import-file-cannot-read = { $file }: không đọc được: { $error }
core-import-file-error = { $file }: { $error }
core-import-file-too-large = { $file }: lớn hơn { $max } MiB; không đọc
core-import-file-zip-unreadable = { $file }: không phải tệp zip đọc được ({ $error })
core-import-file-zip-many = { $file }: liệt kê nhiều tệp hơn bản xuất của TikTok hoặc một sổ bảng tính có (tối đa { $max }); không đọc
core-import-file-ole-unreadable = { $file }: là tệp ghép OLE không đọc được; LiveLedger đọc CSV, JSON, bản tải dữ liệu của TikTok (.zip) và bảng tính (.xlsx, .xls, .ods)
core-import-file-word = { $file }: là tài liệu Word; LiveLedger đọc CSV, JSON, bản tải dữ liệu của TikTok (.zip) và bảng tính (.xlsx, .xls, .ods)
core-import-file-ole-no-workbook = { $file }: là tệp ghép OLE không có sổ bảng tính (các luồng của nó: { $streams }); LiveLedger đọc CSV, JSON, bản tải dữ liệu của TikTok (.zip) và bảng tính (.xlsx, .xls, .ods)
core-import-file-ole-broken = { $file }: là tệp ghép OLE (như tệp .xls) không đọc được: { $error }; LiveLedger đọc CSV, JSON, bản tải dữ liệu của TikTok (.zip) và bảng tính (.xlsx, .xls, .ods)
core-import-file-odf-not-sheet = { $file }: là tệp OpenDocument nhưng không phải bảng tính ({ $mimetype }); LiveLedger đọc CSV, JSON, bản tải dữ liệu của TikTok (.zip) và bảng tính (.xlsx, .xls, .ods)
core-import-file-zip-other = { $file }: là { $count ->
        [0] một tệp zip trống
       *[other] một tệp zip gồm { $n } tệp: { $names }
    }: không phải bản tải dữ liệu của TikTok cũng không phải bảng tính; LiveLedger đọc CSV, JSON, bản tải dữ liệu của TikTok (.zip) và bảng tính (.xlsx, .xls, .ods)
core-import-file-zip-no-export = { $file }: là { $count ->
        [0] một tệp zip trống
       *[other] một tệp zip gồm { $n } tệp: { $names }
    }: không phải bản xuất JSON của TikTok (user_data.json) cũng không phải các tệp TXT của nó
core-import-file-zip-not-tiktok = { $file }: không phải tệp zip như TikTok gửi ({ $error })
core-import-file-unpack-ratio = { $file }: { $entry } giải nén ra hơn { $ratio } lần kích thước nén: không phải bản xuất của TikTok; không đọc
core-import-file-unpack-past = { $file }: { $entry } giải nén vượt quá { $max } GiB (cùng các tệp trước nó); không đọc
core-import-file-export-skip-lines = { $file }: là bản tải dữ liệu của TikTok: không thể bỏ qua từng mục của nó
core-import-file-not-read = { $file }: chưa được đọc
core-import-file-export-no-lists = { $file }: không có lịch sử LIVE và không có lần rút tiền nào từ ví (các phần của nó: { $count ->
        [0] không có
       *[other] { $sections }
    }); đây có phải bản xuất "Tải xuống dữ liệu của bạn" của TikTok không?
core-import-file-not-regular = { $file }: là { $what ->
        [folder] một thư mục
        [fifo] một đường ống có tên (FIFO)
        [device] một thiết bị
        [socket] một socket
       *[other] thứ không phải tệp thông thường
    }: chỉ có thể nhập tệp thông thường
core-import-file-sheet-memory = { $file }: { $what ->
        [strings] các chuỗi dùng chung của nó
       *[sheets] các trang của nó
    } sẽ cần hơn { $max } MiB bộ nhớ để đọc; không đọc (hãy lưu trang thành CSV để nhập)
core-import-file-sheet-part = { $file }: không đọc được '{ $part }' ({ $error })
core-import-file-sheet-ratio = { $file }: '{ $part }' giải nén ra hơn { $ratio } lần kích thước nén: không phải bảng tính; không đọc
core-import-file-sheet-unpacks = { $file }: giải nén ra hơn { $max } GiB; không đọc
core-import-file-sheet-long-run = { $file }: '{ $part }' chứa một đoạn văn bản hoặc thẻ dài hơn { $max } MiB: không phải bảng tính LiveLedger đọc; không đọc
core-import-file-sheet-strings-unreadable = { $file }: không đọc được các chuỗi dùng chung ({ $error })
core-import-file-sheet-strings-declared = { $file }: khai báo nhiều chuỗi dùng chung hơn số nó chứa: bảng tính bị hỏng; không đọc
core-import-file-sheet-not-xml = { $file }: nội dung của nó không phải XML đọc được ({ $error })
core-import-file-xls-large = { $file }: là tệp .xls lớn hơn { $max } MiB; không đọc (hãy lưu thành .xlsx hoặc CSV)
core-import-file-xls-unreadable = { $file }: không phải tệp .xls đọc được ({ $error })
core-import-file-xls-rows = { $file }: khai báo một trang có dòng cuối nằm trước dòng đầu: tệp .xls bị hỏng; không đọc
core-import-file-workbook-unreadable = { $file }: không phải sổ bảng tính .{ $kind } đọc được ({ $error })
core-import-file-sheet-unreadable = { $file }: không đọc được trang '{ $sheet }' ({ $error })
core-import-file-sheet-row-unreadable = { $file }: dòng { $row }: không đọc được trang ({ $error })
core-import-file-sheet-rows-order = { $file }: dòng { $row }: các dòng của trang không theo thứ tự; không đọc
core-import-file-no-such-sheet = { $file }: không có trang nào tên '{ $sheet }' (các trang của nó: { $count ->
        [0] không có
       *[other] { $sheets }
    })
core-import-file-no-sheet-data = { $file }: không có trang nào có dữ liệu (các trang của nó: { $count ->
        [0] không có
       *[other] { $sheets }
    })
core-import-file-nothing-skipped = { $file }: không có dòng nào để nhập; đã bỏ qua { $totals ->
        [0] {""}
       *[other] { $totals_n } dòng tổng
    }{ $blank ->
        [0] {""}
       *[other] { $first ->
            [blank] {""}
           *[other] {", "}
        }{ $blank_n } dòng trống
    }{ $summary ->
        [0] {""}
       *[other] { $first ->
            [summary] {""}
           *[other] {", "}
        }một khối tóm tắt { $summary_n } dòng
    }{ $events ->
        [0] {""}
       *[other] { $first ->
            [events] {""}
           *[other] {", "}
        }{ $events_n } sự kiện không phải quà tặng
    }

## TikTok's data download whose structure breaks: a problem at a line.

core-import-tiktok-long-text = chứa một văn bản hoặc khóa dài hơn { $max } MiB: đây không phải bản xuất của TikTok
core-import-tiktok-long-entry = chứa một mục danh sách dài hơn { $max } MiB: đây không phải buổi LIVE hay mục ví
core-import-tiktok-many-entries = chứa hơn { $max } mục LIVE và ví: nhiều hơn lịch sử của bất kỳ nhà sáng tạo nào
core-import-tiktok-cannot-read = không đọc được: { $error }
core-import-tiktok-cut-short = tệp kết thúc giữa chừng một giá trị: tệp bị cắt cụt
core-import-tiktok-not-json = không phải JSON hợp lệ ở đây ({ $error })
core-import-tiktok-txt-text = { $list }: { $error }
core-import-tiktok-txt-cannot-read = không đọc được { $list }: { $error }
core-import-tiktok-txt-long-line = { $list } chứa một dòng dài hơn { $max } MiB: đây không phải bản xuất của TikTok
core-import-tiktok-txt-not-utf8 = { $list } không phải văn bản UTF-8 hợp lệ ở đây (hãy lưu thành UTF-8)
core-import-tiktok-txt-long-entry = { $list } chứa một mục dài hơn { $max } MiB: đây không phải buổi LIVE hay mục ví

## A spreadsheet that breaks off while its rows are read: a problem at the
## last row read, in the words of the file's refusal (above) without $file.

core-import-sheet-cannot-read = không đọc được: { $error }
core-import-sheet-workbook-unreadable = không phải sổ bảng tính .{ $kind } đọc được ({ $error })
core-import-sheet-unreadable = không đọc được trang '{ $sheet }' ({ $error })
core-import-sheet-row-unreadable = dòng { $row }: không đọc được trang ({ $error })
core-import-sheet-rows-order = dòng { $row }: các dòng của trang không theo thứ tự; không đọc

# How the file wrote its dates (after "dates"): each form, joined; a form such as
# DD/MM/YYYY is written as it is.
core-import-dates-pattern = { $pattern }
core-import-dates-epoch-s = giây epoch
core-import-dates-epoch-ms = mili giây epoch
core-import-dates-and = { $first } và { $then }
core-import-dates-twelve-hour = { $dates }, đồng hồ 12 giờ
core-import-dates-time-column = { $dates }, giờ trong cột riêng

# An import's write refusing what a file holds.
core-import-undefined-session = một quà tặng nêu buổi LIVE '{ $key }', mà tệp không định nghĩa
core-import-untimed-gifts = quà tặng không có thời gian cần một buổi LIVE
core-import-row-coins-too-large = { $n } × { $coins } xu là quá lớn
