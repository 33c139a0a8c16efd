# Rút tiền: ghi lại một lần rút tiền từ TikTok, đối chiếu sổ sách của bạn
# với ví TikTok, và lịch sử của cả hai.

withdrawals-title = Rút tiền

## Ghi lại một lần rút tiền

withdrawals-record-title = Ghi lại lần rút tiền
withdrawals-diamonds = Kim cương
withdrawals-requested = Ngày yêu cầu
withdrawals-fee = Phí
withdrawals-method = Phương thức
withdrawals-status = Trạng thái
withdrawals-reference = Mã tham chiếu
withdrawals-withdrawable = Có thể rút ngay: { $diamonds } ({ $money })
withdrawals-not-ready = Chưa sẵn sàng — xem trang Tổng quan để biết còn thiếu gì.
withdrawals-quote = { $diamonds } ≈ { $money }
withdrawals-quote-below = — thấp hơn số tiền rút tối thiểu của TikTok là { $minimum }
withdrawals-record-button = Ghi lại lần rút
withdrawals-recorded = Đã ghi lại lần rút tiền

## Câu hỏi trước khi ghi một lần rút mà TikTok sẽ không trả

withdrawals-below-title = TikTok không trả dưới { $minimum }
withdrawals-below-line = Lần rút này là { $money }. Chỉ ghi lại nếu TikTok thật sự đã trả.
withdrawals-ask-title = Ghi lại lần rút tiền này?
withdrawals-record-anyway = Vẫn ghi lại

## Trạng thái của lần rút tiền

withdrawals-status-pending = Đang chờ
withdrawals-status-paid = Đã trả
withdrawals-status-failed = Thất bại
withdrawals-status-cancelled = Đã hủy
withdrawals-status-changed = Đã đổi trạng thái

## Đối chiếu với ví TikTok

withdrawals-reconcile-title = Đối chiếu với TikTok
withdrawals-reconcile-text = Sổ sách của bạn ghi { $diamonds }. Nếu TikTok hiển thị số khác, hãy nhập số đó: phần chênh lệch được ghi thành một khoản điều chỉnh kèm lý do.
withdrawals-wallet-balance = Số kim cương ví TikTok của bạn hiển thị
withdrawals-wallet-reason = Lý do chênh lệch (nếu bạn biết)
withdrawals-reconcile-button = Đối chiếu
withdrawals-reconciled = Sổ sách của bạn khớp với TikTok
withdrawals-correction-recorded = { $count ->
   *[other] Đã ghi khoản điều chỉnh { $shown } kim cương
}

## Lịch sử

withdrawals-history-title = Lịch sử
withdrawals-newest-first = Mới nhất ở trên.
withdrawals-empty = Chưa có lần rút tiền nào. Khi bạn rút tiền trên TikTok, hãy ghi lại ở đây để số dư luôn đúng.
withdrawals-amount = Số tiền
withdrawals-net = Bạn nhận
withdrawals-actions = Thao tác
withdrawals-below-badge = dưới mức tối thiểu
withdrawals-below-badge-title = Thấp hơn số tiền rút tối thiểu của TikTok là { $minimum } vào ngày đó: được ghi vì bạn xác nhận TikTok đã trả.

## Xóa một lần rút tiền

withdrawals-delete = Xóa
withdrawals-delete-label = Xóa lần rút { $diamonds }
withdrawals-delete-title = Xóa bản ghi rút tiền này?
withdrawals-delete-line = { $diamonds } ({ $money }), yêu cầu lúc { $when }.
withdrawals-delete-effect = Số dư của bạn tăng thêm số kim cương đó. Bạn có thể hoàn tác ngay sau đó.
withdrawals-delete-confirm = Xóa lần rút tiền
withdrawals-deleted = Đã xóa lần rút tiền
withdrawals-restore-anyway = Vẫn khôi phục

## Các khoản điều chỉnh khi đối chiếu

withdrawals-corrections-title = Điều chỉnh
withdrawals-when = Thời điểm
withdrawals-reason = Lý do
