# Ngày đầu tiên: bốn câu hỏi trước trang tổng quan đầu tiên, có thể bỏ qua
# và trả lời lại từ Cài đặt.

firstrun-title = Chào mừng bạn đến với LiveLedger
firstrun-intro = Bốn câu hỏi nhanh để số dư, ngày và các mục kiểm tra thanh toán của bạn chính xác. Bạn có thể đổi mọi câu trả lời sau trong Cài đặt.
firstrun-again-title = Thiết lập ngày đầu
firstrun-again-intro = Vẫn những câu hỏi như ngày đầu. Không có gì bạn đã ghi bị thay đổi.

## Các câu hỏi

firstrun-language-question = 1. Ngôn ngữ của bạn
firstrun-language-label = Ngôn ngữ
firstrun-language-hint = LiveLedger sẽ dùng ngôn ngữ này, và viết số, ngày tháng, tiền theo cách của nó.
firstrun-timezone-question = 2. Múi giờ của bạn
firstrun-timezone-label = Múi giờ
firstrun-timezone-hint = Ngày, tuần và tháng của bạn bắt đầu lúc nửa đêm theo múi giờ này. Chúng tôi đã điền múi giờ của máy tính.
firstrun-minimum-question = 3. Số tiền rút tối thiểu của TikTok
firstrun-minimum-label = Số tiền rút tối thiểu ({ $currency })
firstrun-minimum-hint = Mở ví TikTok và chép số tiền nhỏ nhất mà ví cho phép bạn rút, tính bằng { $currency }.
firstrun-pay-question = 4. Nhận tiền
firstrun-age = Tôi đủ 18 tuổi trở lên và tài khoản TikTok của tôi đã được xác minh
firstrun-method = Phương thức thanh toán đã liên kết trong TikTok (không bắt buộc)
firstrun-method-placeholder = PayPal, chuyển khoản ngân hàng…
firstrun-pay-hint = TikTok chỉ thanh toán cho người trưởng thành đã xác minh và có liên kết phương thức thanh toán.

## Trả lời

firstrun-save = Lưu và tiếp tục
firstrun-skip = Bỏ qua lúc này
firstrun-saved = Đã lưu thiết lập
firstrun-demo-offer = Chỉ muốn xem thử? { $demo }
firstrun-demo = Tải sáu tháng dữ liệu mẫu
firstrun-demo-loaded = Đã tải dữ liệu mẫu
firstrun-bad-timezone = "{ $zone }" không phải múi giờ mà chúng tôi biết. Hãy chọn một múi giờ trong danh sách, ví dụ Asia/Ho_Chi_Minh hoặc Asia/Bangkok.
firstrun-bad-minimum = Hãy nhập số tối thiểu dưới dạng số, ví dụ { $whole } hoặc { $exact }.
