# Những gì phần lõi nói: điều cản trở việc rút tiền, các dòng tóm tắt và các
# lỗi. Con số được viết sẵn theo ngôn ngữ này; $count, $days và $minutes là
# số dùng để chọn dạng số nhiều.

## Điều cản trở việc rút tiền.

core-blocker-negative-balance = Số dư đang âm ({ $count ->
   *[other] { $balance } kim cương
}): số đã rút hoặc điều chỉnh nhiều hơn số kiếm được. Hãy kiểm tra các lần rút tiền, hoặc nhập số dư ví TikTok của bạn ở mục Đối chiếu.
core-blocker-below-minimum = Chưa đạt số tiền rút tối thiểu: { $balance } / { $minimum } — còn thiếu { $count ->
   *[other] { $missing } kim cương
}. Hãy tiếp tục phát LIVE.
core-blocker-age-not-confirmed = Chưa xác nhận độ tuổi: để rút tiền, bạn cần một tài khoản đã xác minh từ 18 tuổi trở lên. Hãy xác nhận trong Cài đặt → Thanh toán.
core-blocker-no-payout-method = Chưa liên kết phương thức thanh toán. Hãy liên kết một phương thức trong TikTok, rồi ghi tên nó trong Cài đặt → Thanh toán.
core-blocker-daily-maximum-used = Đã dùng hết hạn mức rút tiền hôm nay là { $maximum }. Hãy thử lại vào ngày mai.

## Tóm tắt trên dòng lệnh: một nhãn, rồi đến dòng của nó.

core-summary-balance-label = Số dư
core-summary-earned-label = đã kiếm
core-summary-withdrawn-label = đã rút
core-summary-adjusted-label = đã điều chỉnh
core-summary-threshold-label = Tối thiểu
core-summary-ready-label = Sẵn sàng
core-summary-eta-label = Dự kiến
core-summary-pending-label = Khoản chờ thanh toán
core-summary-rate-label = Tỷ giá
core-summary-balance = { $count ->
   *[other] { $diamonds } kim cương
} = { $value }
core-summary-threshold = { $minimum } = { $count ->
   *[other] { $diamonds } kim cương
}; tiến độ { $percent }%
core-summary-ready-yes = có — có thể rút ngay: { $count ->
   *[other] { $diamonds } kim cương
} = { $value }
core-summary-ready-not-yet = chưa
core-summary-eta-reached = đã đạt ({ $day })
core-summary-eta-day = { $day } với { $pace } kim cương mỗi ngày ({ $days } ngày qua)
core-summary-eta-wait = sau { $count ->
   *[other] { $count } buổi LIVE nữa
} trong { $days } ngày qua (cần { $needed } buổi để dự kiến)
core-summary-eta-none = không có — không kiếm được gì trong { $days } ngày qua
core-summary-rate = từ { $day }: { $rate } mỗi kim cương (số dư tính theo tỷ giá hôm nay; sao kê theo tỷ giá của từng buổi LIVE); tiền được làm tròn đến { $step }, nửa trở lên làm tròn lên

## Xác nhận: điều bất thường của một thao tác. Chưa ghi gì; bạn có thể xác nhận.

core-confirm-negative-balance = { $action ->
    [put-back] khôi phục { $label }
    [rerate] áp dụng lại tỷ giá cho các buổi LIVE này
    [delete-session] xóa buổi LIVE { $id }
    [correction] một lần điều chỉnh { $amount } kim cương
    [delete-gift] xóa quà tặng { $id }
   *[undo-import] hoàn tác lần nhập { $id }
} sẽ khiến số dư còn { $count ->
   *[other] { $balance } kim cương
} (đã kiếm { $earned }, đã rút { $withdrawn }, đã điều chỉnh { $corrected }): đã có khoản rút tiền được trả từ số kim cương này
core-confirm-future = ngày ghi là { $at }, ở tương lai
core-confirm-before-first-diamond = ngày ghi là { $at }, trước khi kiếm được kim cương đầu tiên ({ $first })
core-confirm-below-minimum = { $gross } thấp hơn số tiền rút tối thiểu { $minimum } áp dụng vào { $day }: TikTok không trả ít hơn, nên chỉ ghi lại nếu TikTok thật sự đã trả
core-confirm-over-daily-maximum = với { $used } đã rút trong ngày { $day }, rút thêm { $gross } sẽ vượt hạn mức tối đa của ngày đó là { $maximum }
core-error-needs-confirmation = chưa ghi gì; hãy xác nhận để vẫn ghi lại (CLI: --force)

## Lỗi.

core-error-not-found = { $what ->
    [session] không có buổi LIVE { $id }
    [gift] không có quà tặng { $id }
    [withdrawal] không có lần rút tiền { $id }
    [import] không có lần nhập { $id }
    [rate] không có tỷ giá { $id }
    [deleted] không có bản ghi đã xóa { $id }
   *[other] không có bản ghi { $id }
}
core-error-newer-schema = { $path } được ghi bởi một phiên bản LiveLedger mới hơn (lược đồ { $found }, phiên bản này chỉ biết đến { $known }); tệp không bị thay đổi — hãy cập nhật LiveLedger để mở
# $reason tạm thời vẫn bằng tiếng Anh.
core-error-not-a-ledger = { $path } không phải là cơ sở dữ liệu LiveLedger: { $reason }
core-error-busy = cơ sở dữ liệu đang bận (một LiveLedger khác đang ghi vào); hãy thử lại sau giây lát
core-error-import-still-running = { $path }: lần nhập đang chạy trong một LiveLedger khác vẫn giữ tệp sau { $minutes ->
    [0] { $seconds } giây
   *[other] { $minutes } phút
}; chưa làm gì cả — hãy thử lại khi nó xong, hoặc dừng nó
core-error-import-still-running-pid = { $path }: lần nhập đang chạy trong một LiveLedger khác (pid { $pid }) vẫn giữ tệp sau { $minutes ->
    [0] { $seconds } giây
   *[other] { $minutes } phút
}; chưa làm gì cả — hãy thử lại khi nó xong, hoặc dừng nó
core-error-not-a-file = { $path } là { $found ->
    [folder] một thư mục
    [fifo] một đường ống có tên (FIFO)
    [character-device] một thiết bị ký tự
    [block-device] một thiết bị khối
    [socket] một socket
   *[other] thứ khác
}, không phải tệp thông thường: hãy chọn một tệp thông thường hoặc một tên mới; chưa ghi gì vào đó
# $why tạm thời vẫn bằng tiếng Anh.
core-error-read-only = { $path } chỉ đọc ({ $why }): có thể đọc nhưng không thể thay đổi; chưa ghi gì
# $what tạm thời vẫn bằng tiếng Anh.
core-error-overflow = { $what }: quá lớn để cộng; hãy sửa hoặc xóa bản ghi có con số vô lý

core-trash-session = { $count ->
       *[other] buổi LIVE { $id } cùng { $n } quà tặng
    }
core-trash-gift = { $n } × { $gift }
core-trash-withdrawal = lần rút tiền { $id }

# The system's own reasons (an I/O error), as the system writes them in English;
# $code is its error number.

core-io-not-permitted = Thao tác không được phép (lỗi hệ thống { $code })
core-io-not-found = Không có tệp hoặc thư mục như vậy (lỗi hệ thống { $code })
core-io-io-error = Lỗi vào/ra (lỗi hệ thống { $code })
core-io-permission-denied = Quyền bị từ chối (lỗi hệ thống { $code })
core-io-exists = Tệp đã tồn tại (lỗi hệ thống { $code })
core-io-not-a-directory = Không phải là thư mục (lỗi hệ thống { $code })
core-io-is-a-directory = Là một thư mục (lỗi hệ thống { $code })
core-io-too-many-open = Quá nhiều tệp đang mở (lỗi hệ thống { $code })
core-io-too-large = Tệp quá lớn (lỗi hệ thống { $code })
core-io-no-space = Thiết bị đã hết dung lượng (lỗi hệ thống { $code })
core-io-read-only = Hệ thống tệp chỉ đọc (lỗi hệ thống { $code })
core-io-connection-reset = Kết nối bị phía bên kia đặt lại (lỗi hệ thống { $code })
core-io-timed-out = Kết nối quá thời gian chờ (lỗi hệ thống { $code })
core-io-connection-refused = Kết nối bị từ chối (lỗi hệ thống { $code })
# Any other reason, in the system's own (English) words.
core-io-other = { $text }

# A whole error said inside another message: a file's path and why.
core-error-io = { $path }: { $reason }
core-error-disk = { $path }: { $cause }
core-error-database = lỗi cơ sở dữ liệu: { $error }
core-error-field = { $field }: { $message }
core-error-text = { $text }

# Why a file is not a ledger, or is read-only (inside core-error-not-a-ledger's
# $reason and core-error-read-only's $why); $error is said inside, $found and
# $sqlite are SQLite's own words; $kind is a schema object's type.
core-ledger-why-uncountable = không thể đếm các tổng của nó: { $error }
core-ledger-why-unreadable = không đọc được một bản ghi trong đó: { $error }
core-ledger-why-unfit = các bản ghi của nó không khớp với nhau ({ $error })
core-ledger-why-not-regular = không phải là tệp thông thường
core-ledger-why-not-a-backup = không phải là bản sao lưu LiveLedger
core-ledger-why-integrity = kiểm tra toàn vẹn thất bại: { $found }
core-ledger-why-empty = không chứa sổ nào
core-ledger-why-other-tables = chứa các bảng khác (mã ứng dụng của nó không phải của LiveLedger)
core-ledger-why-not-yet = và nó chưa phải là một sổ
core-ledger-why-older = và nó được ghi bởi LiveLedger cũ hơn: cần nâng cấp, việc đó sẽ ghi vào nó
core-ledger-why-file-read-only = không được ghi vào tệp
core-ledger-why-disk-read-only = không được ghi vào tệp, thư mục hoặc ổ đĩa của nó
core-ledger-why-not-sqlite = không phải là cơ sở dữ liệu SQLite
core-ledger-why-changed = { $kind ->
    [table] bảng
    [index] chỉ mục
    [trigger] trigger
   *[view] view
} '{ $name }' của nó không phải của LiveLedger; khôi phục mang về bản ghi, không bao giờ mang lược đồ hay mã
core-ledger-why-extra = nó chứa { $kind ->
    [table] một bảng
    [index] một chỉ mục
    [trigger] một trigger
   *[view] một view
} '{ $name }' mà LiveLedger không tạo ở phiên bản của nó ({ $version }); khôi phục mang về bản ghi, không bao giờ mang lược đồ hay mã
core-ledger-why-missing = { $kind ->
    [table] bảng
    [index] chỉ mục
    [trigger] trigger
   *[view] view
} '{ $name }' của nó không phải của LiveLedger
core-ledger-disk-full = ổ đĩa đã đầy ({ $sqlite }); không ghi thêm gì nữa
core-ledger-disk-failed = không thể đọc hoặc ghi ổ đĩa (đầy, hỏng hoặc đã bị tháo) ({ $sqlite }); không ghi thêm gì nữa

# What a sum too large to add up was (inside core-error-overflow's $what).
core-overflow-session = { $part ->
    [diamonds] kim cương của buổi LIVE { $id }
   *[value] giá trị của buổi LIVE { $id }
}
core-overflow-statement = trong sao kê: { $part ->
    [opening-balance] số dư đầu kỳ
    [gifts] quà tặng
    [coins] xu
    [diamonds] kim cương
    [value] giá trị
    [withdrawals] lần rút tiền
    [fees] phí
    [payouts] khoản đã trả
    [corrections] điều chỉnh
    [balance] số dư
   *[rounding] làm tròn
}
core-overflow = { $what ->
    [balance-value] giá trị số dư
    [recent-pace] nhịp gần đây
    [pending-withdrawals] các lần rút tiền đang chờ
    [period-diamonds] kim cương của kỳ
    [day-diamonds] kim cương của một ngày
    [coins-every-session] xu của mọi buổi LIVE
    [minute-diamonds] kim cương của một phút
    [money-per-1000] tiền trên 1.000 người xem
    [diamonds-to-go] kim cương còn thiếu
    [diamonds-earned] kim cương đã kiếm
    [diamonds-withdrawn] kim cương đã rút
    [corrections] các điều chỉnh
    [day-withdrawals] các lần rút tiền trong ngày
    [balance] số dư
    [booked-diamonds] kim cương đã ghi sổ
    [wallet-difference] chênh lệch với ví
    [withdrawal-value] giá trị lần rút tiền
    [withdrawal-net] số tiền ròng của lần rút tiền
   *[tiktok-diamonds] kim cương của TikTok
}
core-overflow-engagement = tương tác của buổi LIVE { $id } trong phút { $minute }

# The titles LiveLedger gives a live it made itself (the stored title stays as written;
# these say it in the creator's language).
core-title-imported = Buổi LIVE đã nhập
core-title-captured = Buổi LIVE đã ghi nhận
core-title-booked = TikTok LIVE Center: { $day }
