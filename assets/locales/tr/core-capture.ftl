core-capture-starting = başlatılıyor
core-capture-stopped = yakalama durduruldu
core-capture-stopped-by = yakalama durduruldu: { $error }
core-capture-connecting = { $url } adresine bağlanılıyor
core-capture-connected = { $url }
core-capture-retrying = { $reason }; { $seconds } sn sonra yeniden denenecek
core-capture-following = { $name } izleniyor
core-capture-waiting = bekleniyor: { $name } { $why }
