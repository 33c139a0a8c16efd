core-capture-starting = başlatılıyor
core-capture-stopped = yakalama durduruldu
core-capture-stopped-by = yakalama durduruldu: { $error }
core-capture-connecting = { $url } adresine bağlanılıyor
core-capture-connected = { $url }
core-capture-retrying = { $reason }; { $seconds } sn sonra yeniden denenecek
core-capture-following = { $name } izleniyor
core-capture-waiting = bekleniyor: { $name } { $why }

## Yakalamanın sorunları ve nedenleri. $where bir yerdir; $error ve $reason içinde söylenir;
## $text kaynağın gönderdiğidir; bir JSON, CSV ya da WebSocket okuyucusunun $error'ı kendi (İngilizce) sözleriyle kalır.

core-capture-at-message = mesaj { $n }
core-capture-at-line = { $name }, satır { $n }
core-capture-column = sütun { $n } ({ $header })
core-capture-at = { $where }: { $problem }
core-capture-expected = { $where }: { $what ->
    [gift-id] bir hediye kimliği
    [gift-name] bir hediye adı
    [price-zero-or-more] hediyenin jeton cinsinden fiyatı (0 veya daha fazla)
    [price-diamondcount] hediyenin jeton cinsinden fiyatı (diamondCount)
    [repeat-count-one-or-more] 1 veya daha fazla bir tekrar sayısı
    [repeat-count] bir tekrar sayısı
    [true-false] true veya false
    [gift-type] bir hediye türü numarası
    [time] bir zaman
    [count-range] 0 ile { $max } arasında bir sayı
   *[other] bir değer
} bekleniyordu, { $text } bulundu
core-capture-event-too-large = en fazla { $max } KiB'lik bir olay bekleniyordu, { $size } KiB bulundu
core-capture-not-json = bir JSON nesnesi bekleniyordu ({ $error }), { $text } bulundu
core-capture-not-object = bir JSON nesnesi bekleniyordu, { $text } bulundu
core-capture-binary = UTF-8 metin bekleniyordu, ikili veri bulundu
core-capture-no-gift = bir hediye olayı { $name } veya { $id } gerektirir, ikisi de yok
core-capture-no-price = { $where }: hediyenin jeton cinsinden fiyatı bekleniyordu, hiçbir şey bulunamadı
core-capture-price-negative = { $where }: 0 veya daha fazla jetonluk bir fiyat bekleniyordu, { $n } bulundu
core-capture-count-below-one = { $where }: 1 veya daha fazla bir tekrar sayısı bekleniyordu, { $n } bulundu
core-capture-too-many-coins = { $where }: { $n } × { $coins } jeton, bir defterin sayabileceğinden fazla
core-capture-no-gift-name = { $where }: bir hediye adı veya kimliği bekleniyordu, hiçbir şey bulunamadı
core-capture-no-date = { $where }: bir tarih/saat bekleniyordu, hiçbir şey bulunamadı
core-capture-day-or-month = { $where }: { $text } gün/ay ya da ay/gün olabilir; izlenen bir kayıt 2026-03-01 gibi tarihler gerektirir
core-capture-not-a-date = { $where }: { $text } bir tarih değil
core-capture-no-header = bir başlık satırı bekleniyordu
core-capture-log-header = bir hediye olayı kaydı başlığı bekleniyordu ({ $columns }), { $text } bulundu
core-capture-line-too-long = en fazla { $max } KiB'lik bir satır bekleniyordu
core-capture-no-row = bir satır bekleniyordu, hiçbir şey bulunamadı

core-capture-problem-unflushed = hâlâ süren seriler yazılamadı: { $error }
core-capture-problem-no-live = bitirilecek süren bir canlı yayın yok
core-capture-problem-end = canlı yayın bitirilemedi: { $error }
core-capture-problem-close = canlı yayın sessizliğinden sonra kapatılamadı: { $error }
core-capture-problem-position = { $where }: dosyadaki konum kaydedilemedi: { $error }
core-capture-problem-position-unread = { $name }: yakalamanın nerede durduğu okunamıyor: { $error }
core-capture-problem-gift = { $where }: hediye yazılamadı: { $error }
core-capture-problem-engagement = { $where }: etkileşim sayılamadı: { $error }
core-capture-problem-flag = süren seriler işaretlenemedi: { $error }
core-capture-problem-unread = { $name }: okunamıyor: { $reason }
core-capture-problem-replaced = { $name } artık yakalamanın izlediği dosya değil (daha kısa ya da başı değişmiş): baştan okunuyor

core-capture-why-not-there = henüz yok
core-capture-why-not-regular = { $found ->
    [folder] bir klasör
    [fifo] adlandırılmış bir kanal (FIFO)
    [character-device] bir karakter aygıtı
    [block-device] bir blok aygıtı
    [socket] bir soket
   *[other] başka bir şey
}, normal bir dosya değil
core-capture-why-unopened = açılamıyor: { $reason }
core-capture-why-unread = okunamıyor: { $reason }
core-capture-why-cannot-read = okunamıyor: { $reason }
core-capture-why-unresolved = { $host } çözümlenemiyor: { $reason }
core-capture-why-no-address = { $host } bu bilgisayarda hiçbir adrese karşılık gelmiyor
core-capture-why-handshake = { $url } WebSocket el sıkışmasını reddetti: { $error }
core-capture-why-nothing-answers = { $url } adresinde hiçbir şey yanıt vermiyor ({ $last })
core-capture-why-silent = { $seconds } sn boyunca hiç çerçeve ve ping'e yanıt yok
core-capture-why-dropped = bağlantı koptu: { $error }
core-capture-why-source-closed = kaynak bağlantıyı kapattı
core-capture-why-closed = bağlantı kapandı
core-capture-utf16 = kayıt UTF-16; izlenen bir kayıt UTF-8 olmalıdır (bunun yerine UTF-16 dosyayı içe aktarın)
