core-capture-starting = جارٍ البدء
core-capture-stopped = توقّف الالتقاط
core-capture-stopped-by = توقّف الالتقاط: { $error }
core-capture-connecting = جارٍ الاتصال بـ { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }؛ إعادة المحاولة بعد { $seconds } ث
core-capture-following = جارٍ تتبّع { $name }
core-capture-waiting = في الانتظار: { $name } { $why }
