# Màn hình Nhập: chọn tệp, các cột của tệp, bản xem trước những gì sẽ được
# thêm, kết quả, hoàn tác và lịch sử nhập. Các câu của lõi (lỗi, cảnh báo,
# ghi chú) do lõi gửi; tên tệp, cột, người gửi và sự kiện là chữ của chính tệp.

## Trang

import-title = Nhập
import-card-title = Nhập một tệp
import-intro = Nhật ký quà tặng từ các công cụ LIVE (CSV, JSON, JSON Lines), dữ liệu tải xuống từ chính TikTok (.zip hoặc .json), bảng tính (.xlsx, .xls, .ods), bảng quà tặng, bản tóm tắt phân tích LIVE hoặc tệp xuất của LiveLedger. Không có gì được ghi cho đến khi bạn nhấn Nhập, và có thể hoàn tác toàn bộ một lần nhập.
import-choose-button = Chọn tệp…
import-path-empty = Chưa chọn tệp nào
import-path-label = Tệp đã chọn
import-preview-button = Xem trước
import-button = Nhập
import-options = Định dạng và cột
import-format-label = Định dạng
import-map-label = Cột dạng văn bản (trường=Cột, …): bổ sung cho những gì đã phát hiện
import-map-short = Cột dạng văn bản
import-map-example = date=Thời gian,gift=Quà,coins=Giá,count=SL,sender=Người dùng
import-saved-label = Ánh xạ đã lưu
import-saved-use = Dùng một ánh xạ đã lưu…
import-saved-none = Chưa có ánh xạ nào được lưu
import-save-as-label = Lưu ánh xạ này với tên (khi Nhập)
import-save-as-short = Lưu ánh xạ này với tên
import-save-as-example = vd: Nhật ký công cụ của tôi
import-choose-first = Hãy chọn một tệp trước
import-done-toast = { $count ->
   *[other] Đã nhập { $count } dòng
}

## Các định dạng có thể đọc

import-format-auto = Tự nhận biết theo nội dung
import-format-gift-events = Nhật ký sự kiện quà tặng, CSV (công cụ TikTok LIVE)
import-format-json-events = Sự kiện quà tặng, JSON hoặc JSON Lines (công cụ webcast, TikFinity)
import-format-tiktok-data = "Tải xuống dữ liệu của bạn" của TikTok (JSON hoặc .zip)
import-format-gift-table = Bảng quà tặng
import-format-session-summary = Tóm tắt buổi LIVE (phân tích LIVE)
import-format-tiktok-days = Ngày trong TikTok LIVE Center (Doanh thu, Hoạt động, Người xem, Tương tác)
import-format-liveledger = Tệp xuất LiveLedger

## Các trường mà một cột có thể chứa

import-field-date = Ngày và giờ
import-field-time = Giờ trong ngày
import-field-event = Loại sự kiện
import-field-gift = Quà tặng
import-field-gift-id = Mã quà tặng
import-field-coins = Xu
import-field-count = Số lượng
import-field-sender = Người gửi
import-field-nickname = Biệt danh người gửi
import-field-session = Buổi LIVE
import-field-repeat-end = Chuỗi đã kết thúc
import-field-gift-type = Loại quà (chuỗi hoặc đơn lẻ)
import-field-streakable = Có thể tặng chuỗi
import-field-streaking = Chuỗi đang diễn ra
import-field-event-id = Số tin nhắn
import-field-diamonds = Kim cương mỗi quà
import-field-total-diamonds = Kim cương (tổng dòng)
import-field-duration = Thời lượng
import-field-end = Kết thúc
import-field-viewers = Người xem
import-field-peak-viewers = Người xem cao nhất
import-field-followers = Người theo dõi mới
import-field-likes = Lượt thích
import-field-gifters = Người ủng hộ
import-field-rewards = Phần thưởng
import-field-title = Tiêu đề
import-field-lives = Buổi LIVE
import-field-views = Lượt xem
import-field-watch-time = Thời gian xem
import-field-avg-concurrent = Người xem cùng lúc trung bình
import-field-commenters = Người bình luận
import-field-shares = Lượt chia sẻ

## Cách tệp được đọc

import-read-as-line = Đọc dưới dạng { $how }.
import-read-encoding = mã hóa { $encoding }
import-read-delimiter = dấu phân cách { $delimiter }
import-delimiter-comma = dấu phẩy
import-delimiter-semicolon = dấu chấm phẩy
import-delimiter-tab = tab
import-delimiter-pipe = dấu gạch đứng
import-read-numbers = số { $numbers }
import-numbers-plain = không có dấu phân cách
import-read-dates = ngày { $dates }
import-read-header-line = tiêu đề ở dòng { $line }
import-read-header-row = tiêu đề ở hàng { $line }

## Bản xem trước và kết quả

import-notice-preview = Xem trước — chưa ghi gì cả.
import-notice-imported = Đã nhập.
import-rows-read = { $count ->
   *[other] { $file }: đã đọc { $count } dòng.
}
import-rows-read-explained = { $count ->
   *[other] { $file }: đã đọc { $count } dòng:
}
import-explain-to-add = { $count ->
   *[other] { $count } dòng sẽ được thêm
}
import-explain-added = { $count ->
   *[other] { $count } dòng đã được thêm
}
import-explain-streak-steps = { $count ->
   *[other] { $count } bước chuỗi được gộp vào số cuối của chuỗi (chuỗi 5 Hoa hồng được ghi 1, 2, 3, 4, 5 và chỉ tính một lần, là 5)
}
import-explain-already = { $count ->
   *[other] { $count } dòng đã có trong sổ, không thêm lần nữa
}
import-explain-redelivered = { $count ->
   *[other] { $count } tin nhắn tệp gửi hai lần (tính một lần)
}
import-explain-totals = { $count ->
   *[other] { $count } dòng tổng, không phải quà tặng
}
import-explain-summary = { $count ->
   *[other] { $count } dòng tóm tắt bên dưới bảng
}
import-explain-blank = { $count ->
   *[other] { $count } dòng trống
}
import-explain-events = { $count ->
   *[other] { $count } sự kiện không phải quà tặng ({ $kinds })
}
import-event-kind = { $count } { $kind }
import-explain-left-out = { $count ->
   *[other] { $count } dòng có lỗi bạn đã chọn bỏ qua
}
import-left-out-note = { $count ->
   *[other] Đã bỏ ra { $count } dòng có lỗi ({ $lines }).
}
import-lines = { $count ->
   *[other] dòng { $lines }
}
import-lines-more = { $count } dòng khác
import-include-again-button = Thêm lại các dòng này
import-would-add = Sẽ thêm
import-added = Đã thêm
import-added-lives = { $count ->
   *[other] { $count } buổi LIVE mới ({ $extended } được nối thêm)
}
import-added-rows = { $count ->
   *[other] { $count } dòng
}
import-amount-coins = Xu
import-amount-diamonds = Kim cương
import-amount-value = Giá trị
import-lives-to-create = Buổi LIVE sẽ tạo ({ $count })
import-lives-created = Buổi LIVE đã tạo ({ $count })
import-lives-live = Buổi LIVE
import-lives-diamonds = Kim cương
import-lives-more = và { $count } buổi khác
import-gap-sentence = Một buổi LIVE mới bắt đầu sau khoảng nghỉ không có quà { $minutes } phút
import-gap-aria = Số phút không có quà để bắt đầu một buổi LIVE mới
import-gap-apply-button = Xem trước lại
import-gap-invalid = Nhập số phút nguyên từ 1 đến 1440
import-fields-field = Trường
import-fields-column = Cột
import-fields-first = Giá trị đầu tiên
import-column-for = Cột cho { $field }
import-add-field-label = Trường khác
import-add-field-prompt = Đọc thêm một trường…
import-unfinished-streaks = { $count ->
   *[other] { $count } chuỗi không kết thúc trong tệp; mỗi chuỗi được tính theo số cao nhất cho đến khi nhập một bản nhật ký dài hơn.
}
import-streaks-updated = { $count ->
   *[other] { $count } chuỗi bị một lần nhập trước cắt ngắn được cập nhật theo số của tệp này.
}
import-sections-ignored = Các phần không đọc: { $sections }.
import-nothing-new = Không có gì mới để nhập.

## Tệp ngày của TikTok LIVE Center

import-days-figures = { $count ->
   *[other] Số liệu TikTok LIVE Center cho { $count } ngày ({ $span }): { $figures }.
}
import-days-figures-no-span = { $count ->
   *[other] Số liệu TikTok LIVE Center cho { $count } ngày: { $figures }.
}
import-days-span = { $from } đến { $to }
import-days-diamonds-note = TikTok báo cáo { $diamonds } trong những ngày này. Chúng được giữ bên cạnh sổ của bạn và không bao giờ cộng vào số dư; hãy so sánh trong Ngày TikTok.
import-days-counts = { $count ->
   *[other] { $count } số liệu mới, { $unchanged } đã có trong sổ.
}
import-days-replaced-intro = { $count ->
   *[other] { $count } số liệu thay cho giá trị sổ đã có:
}
import-days-replaced-item = { $day }, { $figure }: { $was } → { $now }
import-figure-diamonds = kim cương
import-figure-live-seconds = thời gian LIVE
import-figure-lives = buổi LIVE
import-figure-views = lượt xem
import-figure-unique-viewers = người xem duy nhất
import-figure-avg-watch-seconds = thời gian xem trung bình
import-figure-peak-concurrent = người xem cùng lúc cao nhất
import-figure-avg-concurrent = người xem cùng lúc trung bình
import-figure-gifters = người ủng hộ
import-figure-new-followers = người theo dõi mới
import-figure-commenters = người bình luận
import-figure-likes = lượt thích
import-figure-shares = lượt chia sẻ

## Tệp không được nhập

import-not-imported = Chưa nhập.
import-problems-line = Dòng
import-problems-column = Cột
import-problems-problem = Vấn đề
import-skip-rows-button = { $count ->
   *[other] Bỏ qua { $count } dòng này, nhập phần còn lại
}
import-skip-note = Phần còn lại vẫn được nhập cùng lúc hoặc không nhập gì, đúng như bản xem trước.
import-too-many = { $count ->
   *[other] { $count } dòng có lỗi: quá nhiều để bỏ qua từng dòng. Hãy sửa tệp hoặc kiểm tra xem đã chọn đúng cột chưa.
}
import-no-column = — không có trong tệp này —
import-apply-columns-button = Xem trước với các cột này

## Lịch sử nhập và hoàn tác

import-history-title = Lịch sử nhập
import-history-empty = Chưa có lần nhập nào.
import-history-when = Thời điểm
import-history-file = Tệp
import-history-format = Định dạng
import-history-rows = Dòng đã thêm
import-history-sessions = Buổi LIVE
import-history-notes = Ghi chú
import-history-undo = Hoàn tác
import-history-warnings = { $count ->
   *[other] { $count } cảnh báo
}
import-undo-button = Hoàn tác
import-undo-label = Hoàn tác lần nhập { $file }
import-undone = Đã hoàn tác lần nhập: đã xóa { $gifts } và { $sessions }.
import-undone-gifts = { $count ->
   *[other] { $count } dòng quà tặng
}
import-undone-sessions = { $count ->
   *[other] { $count } buổi LIVE
}
import-undo-again = Hoàn tác
import-back = Lần nhập đã được khôi phục
