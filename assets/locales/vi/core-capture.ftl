core-capture-starting = đang bắt đầu
core-capture-stopped = đã dừng thu nhận
core-capture-stopped-by = đã dừng thu nhận: { $error }
core-capture-connecting = đang kết nối tới { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }; thử lại sau { $seconds } giây
core-capture-following = đang theo dõi { $name }
core-capture-waiting = đang chờ: { $name } { $why }
