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
core-import-unknown-format = { $file }: không thể biết tệp này chứa gì từ tiêu đề ({ $header }, dòng { $line }); hãy đặt tên các cột bằng --map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: không thể biết tệp này chứa gì từ tiêu đề ({ $header }, dòng { $line }); hãy đặt tên các cột bằng --map { $map }
    các cột của tệp:{ $columns }
core-import-rows = { $file }: { $count ->
       *[other] { $n } lỗi
    }, không có gì được nhập:
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
