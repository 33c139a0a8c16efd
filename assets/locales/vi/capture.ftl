# Bảng thu nhận của Đếm trực tiếp: quà tặng được ghi tự động từ một công cụ
# LIVE trên máy tính này (WebSocket của TikFinity, hoặc tệp nhật ký do công
# cụ khác ghi).

capture-title = Thu nhận từ…
capture-intro = Quà tặng được ghi tự động từ một công cụ LIVE trên máy tính này, mỗi quà được lưu ngay khi đến. Chuỗi quà chỉ tính một lần, khi kết thúc. Các nút đếm vẫn ở đây cho những quà công cụ bỏ sót.
capture-source-label = Nguồn
capture-source-ws = WebSocket (TikFinity)
capture-source-file = Tệp nhật ký
capture-address-label = Địa chỉ
capture-file-placeholder = Đường dẫn tệp nhật ký mà công cụ ghi
capture-choose-file = Chọn tệp…
capture-connect = Kết nối
capture-stop = Dừng

## Trạng thái kết nối.

capture-state-connecting = Đang kết nối
capture-state-connected = Đã kết nối
capture-state-reconnecting = Đang kết nối lại
capture-state-stopped = Đã dừng
capture-status-running = { $state } — { $detail } · { $count ->
   *[other] đã ghi { $count } quà tặng
}
capture-status-stopped = Đã dừng — { $count ->
   *[other] đã ghi { $count } quà tặng
}
capture-not-capturing = Không thu nhận.
capture-last-problem = Sự cố gần nhất: { $problem }

## Chuỗi quà đang chạy và quà đã ghi.

capture-pending-title = Chuỗi quà đang chạy (tính khi kết thúc)
capture-no-streak = Không có chuỗi quà nào đang chạy.
capture-gifts-title = Quà đã ghi, mới nhất trước
capture-gifts-empty = Quà tặng hiện ở đây, mới nhất trước, khi công cụ gửi đến.
capture-gift-count = { $count } × { $gift }
capture-gift-from = { $gift } từ { $sender }
capture-unfinished = chuỗi chưa kết thúc
capture-unfinished-hint = Chuỗi quà không bao giờ kết thúc: được tính theo số lượng cao nhất
capture-dropped = nguồn bị ngắt
capture-dropped-hint = Nguồn bị ngắt khi chuỗi này đang chạy; có thể nó sẽ không bao giờ kết thúc
capture-announce = Quà mới: { $count } × { $gift }.
capture-announce-from = Quà mới: { $count } × { $gift } từ { $sender }.
