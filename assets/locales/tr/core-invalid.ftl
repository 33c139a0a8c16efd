# Bir içerik üreticisinin uygulamada veya komut satırında yazarken
# karşılaştığı denetimler: bir alanın beklediği. Her biri alanın adından
# sonra gelir ("diamonds: …"). $text yazılan metindir, olduğu gibi alıntılanır.

## Metin ve sayılar

core-invalid-too-long = { $count ->
   *[other] { $count } karakterden uzun
}
core-invalid-control-characters = kontrol karakterleri içeriyor
core-invalid-negative-got = negatif olamaz (girilen: { $text })
core-invalid-count-too-large = { $text }, bir kaydın kabul ettiğinden büyük
core-invalid-too-large = { $text }, bir kaydın kabul ettiğinden büyük (en fazla { $max })
core-invalid-decimal-places = { $text } değerinde { $count ->
   *[other] { $count } ondalık basamaktan fazlası var
}
core-invalid-whole-number = 0 veya daha büyük bir tam sayı bekleniyordu, '{ $text }' bulundu
core-invalid-number = 12,5 gibi bir sayı bekleniyordu, '{ $text }' bulundu
core-invalid-whole-coins = tam jeton bekleniyordu, '{ $text }' bulundu
core-invalid-whole-count = tam bir adet bekleniyordu, '{ $text }' bulundu
core-invalid-at-least-one = en az 1 olmalı (girilen: { $text })
core-invalid-required = zorunlu
core-invalid-positive = 0'dan büyük olmalı
core-invalid-not-negative = negatif olamaz

## Tarih ve saat

core-invalid-day = 2026-03-01 gibi bir gün bekleniyordu
core-invalid-date = '{ $text }' bir tarih/saat değil (2026-03-01T20:00:00+01:00 gibi ISO 8601, '2026-03-01 20:00', bir tarih ya da epoch saniye/milisaniye bekleniyordu)
core-invalid-date-skipped = '{ $text }', { $zone } saat diliminde yok (saatler bu anı atlıyor)
core-invalid-date-out-of-range = '{ $text }' aralığın dışında
core-invalid-date-offset = '{ $text }' değerinin UTC farkı ±18:00'ı aşıyor
core-invalid-year = { $from } ile { $to } arasında bir tarih bekleniyordu, { $year } yılından bir tarih bulundu (yazım hatası mı?)
core-invalid-end-before-start = başlangıçtan önce
core-invalid-start-after-first-gift = bu canlı yayının ilk hediyesinden bir günden fazla sonra

## Canlı yayınlar ve hediyeler

core-invalid-gift-name = hediye adı zorunlu
core-invalid-gift-row-too-large = { $gifts } × { $coins } jeton, tek bir hediye satırının alabileceğinden fazla
core-invalid-not-in-catalog = '{ $text }' hediye kataloğunda yok; fiyatını girin{ $cli }
core-invalid-name-required = ad zorunlu
core-invalid-catalog-missing = '{ $text }' katalogda yok
core-invalid-end-before-session-start = canlı yayının başlangıcından önce

## Para çekme ve bakiye

core-invalid-status = '{ $text }' bir durum değil (pending, paid, failed veya cancelled bekleniyordu)
core-invalid-whole-diamonds = { $text } kesirli; TikTok tam elmas çeker
core-invalid-fee-over-value = { $fee }, para çekme tutarı olan { $gross } değerinden fazla
core-invalid-negative-balance = TikTok cüzdanı hiçbir zaman eksi bakiye göstermez
core-invalid-over-balance = { $diamonds } elmas, { $balance } elmaslık bakiyeden fazla. TikTok cüzdanınız daha fazlasını gösteriyorsa önce o bakiyeyi Eşleştir bölümüne girin{ $cli }
core-invalid-adjustment-zero = 0 tutarında bir düzeltme hiçbir şeyi değiştirmez
core-invalid-reason-required = bakiyenin neden düzeltildiğini yazın

## Kurlar

core-invalid-rate-per-coin = jeton başına elmas 0'dan büyük olmalı
core-invalid-rate-per-diamond = elmas başına para 0'dan büyük olmalı
core-invalid-rate-minimum = minimum para çekme tutarı negatif olamaz
core-invalid-rate-maximum = günlük üst sınır 0'dan büyük olmalı
core-invalid-rate-too-large = { $what ->
    [per-coin] jeton başına elmas
    [per-diamond] elmas başına para
    [minimum] minimum para çekme tutarı
   *[maximum] günlük üst sınır
} { $text }, bir kurun izin verdiğinden büyük ({ $max })
core-invalid-rate-decimal-places = { $what ->
    [per-coin] jeton başına elmas
    [per-diamond] elmas başına para
    [minimum] minimum para çekme tutarı
   *[maximum] günlük üst sınır
} { $text } değerinde { $count ->
   *[other] { $count } ondalık basamaktan fazlası var
}
core-invalid-currency = '{ $text }' para birimi USD gibi üç harfli bir kod değil
core-invalid-only-rate = tek kur silinemez; bunun yerine düzenleyin

## Ayarlar

core-invalid-time-zone = '{ $text }' bir saat dilimi değil (ör. Europe/Berlin, America/New_York, UTC)
core-invalid-true-false = true veya false bekleniyordu
core-invalid-gap-minutes = 1 ile 1440 arasında tam dakika bekleniyordu
core-invalid-language = '{ $text }', LiveLedger'ın konuştuğu bir dil değil (diller: { $known })
core-invalid-setting = bilinmeyen anahtar '{ $text }' (anahtarlar: { $known })

## Kayıtlar, yedekler ve canlı sayım.

core-invalid-not-written = yazılmadı
core-invalid-file-session-not-written = dosyadaki bir canlı yayın yazılmadı
core-invalid-booked-not-written = kaydedilen bir canlı yayın yazılmadı
core-invalid-capture-live-not-written = süren bir canlı yayın yazılmadı
core-invalid-capture-old-not-written = eski bir olay için canlı yayın yazılmadı
core-invalid-coins-times-count = jeton × adet çok büyük
core-invalid-stored-gift-coins = kayıtlı bir hediyenin jetonları çok büyük
core-invalid-not-a-gift = { $count } × { $coins } jeton bir hediye değil
core-invalid-worth-nothing = { $count ->
   *[other] { $diamonds } elmas
}, elmas başına { $rate } ile { $worth } ediyor; hiçbir şey ödenemez
core-invalid-days-none = kaydedilecek en az bir gün belirtin
core-invalid-silence-minutes = 1 ile 1440 arasında tam dakika bekleniyordu, bulunan: { $found }
core-invalid-not-a-date = { $ms } ms bir tarih değil
core-invalid-follow-name = izlenecek dosyayı belirtin
core-invalid-follow-too-large = kayıtların izleyebileceğinden daha büyük
core-invalid-demo-not-empty = kayıtlarda zaten veri var; demo verisi yalnızca boş kayıtlara yüklenir
core-invalid-undo-session-gone = { $label } geri getirilemez: canlı yayını artık kayıtlarda yok (bu arada silindi mi?); önce canlı yayını geri getirin. Hiçbir şey değiştirilmedi.
core-invalid-undo-clash = { $label } geri getirilemez: kayıtlara bu arada benzer bir kayıt eklenmiş (yeniden içe aktarıldı mı?). Hiçbir şey değiştirilmedi.
core-invalid-undo-damaged = { $label } için saklanan kopya bozuk ({ $why }); hiçbir şey değiştirilmedi
core-invalid-no-rate = hiçbir kur ayarlanmamış
core-invalid-no-rate-add-one = hiçbir kur ayarlanmamış; `liveledger rate set` ile bir tane ekleyin
core-invalid-import-wait = bir içe aktarma için kaç saniye bekleneceği bekleniyordu, örneğin 600 veya 0.5
core-invalid-kept-live-or-name = bir canlı yayının veya bir adın jetonları çok büyük
core-invalid-kept-session = bir canlı yayının jetonları çok büyük
core-invalid-kept-senders = bir raporun alabileceğinden fazla gönderen
core-invalid-stored-time-zone = kayıtlardaki '{ $text }' saat dilimi ayarı bir saat dilimi değil; `liveledger settings set timezone Europe/Istanbul` ile bir tane ayarlayın
core-invalid-backup-kinds = { $column } içinde { $kind ->
    [integer] tam sayı
   *[text] metin
} olmayan { $count ->
   *[other] { $values } değer
} var
core-invalid-backup-setting = { $key } ayarı LiveLedger'ın yazdığı gibi değil
core-invalid-backup-out-of-range = { $count ->
   *[other] { $records } kayıt
}, hiçbir formun veya içe aktarmanın kabul etmediği bir tutar ya da tarih içeriyor
core-invalid-backup-balance = bakiyenin değeri toplanamayacak kadar büyük
core-invalid-backup-trash = geri almak için saklanan silinmiş bir kayıt bozuk ({ $why })

## Canlı sayımın WebSocket adresi.

core-invalid-ws-remote = { $host } bu bilgisayar değil: canlı sayım yalnızca burada çalışan araçları dinler (127.0.0.1, ::1, localhost). Başka bir ana bilgisayar kullanmak için yazın ve onaylayın{ $cli }
core-invalid-ws-too-long = en fazla { $max } karakter bekleniyordu
core-invalid-ws-secure = { $url } güvenli (wss://) bir adres; bu bilgisayardaki canlı yayın araçları ws:// sunar, örneğin { $example }
core-invalid-ws-scheme = { $example } gibi bir ws:// adresi bekleniyordu, bulunan: { $url }
core-invalid-ws-user = adreste kullanıcı adı beklenmiyordu, bulunan: { $url }
core-invalid-ws-bracket = bir IPv6 adresinin kapanış ] işareti gerekir, bulunan: { $url }
core-invalid-ws-port-after = adresten sonra :PORT bekleniyordu, bulunan: { $url }
core-invalid-ws-no-host = bir ana bilgisayar bekleniyordu, bulunan: { $url }
core-invalid-ws-host = bir ana bilgisayar adı veya adresi bekleniyordu, bulunan: { $host }
core-invalid-ws-port = 1 ile 65535 arasında bir port bekleniyordu, bulunan: { $port }

# Booking TikTok's reported days: each problem (a day as the language writes it);
# several are joined by core-invalid-joined.
core-invalid-days-twice = { $day } iki kez belirtilmiş
core-invalid-days-no-diamonds = TikTok'un dosyaları { $day } için elmas vermiyor
core-invalid-days-zero = TikTok { $day } tarihinde 0 elmas bildiriyor: kaydedilecek bir şey yok
core-invalid-days-lives = defterde { $day } tarihinde { $count ->
   *[other] { $n } canlı yayın
} var: TikTok'un rakamlarından yalnızca canlı yayın olmayan bir gün kaydedilebilir
core-invalid-days-no-start = { $day } tarihinin { $zone } içinde bir başlangıcı yok
core-invalid-joined = { $first }; { $then }

# The window's own checks of what it sends.
core-invalid-not-a-day = '{ $text }' bir gün değil
core-invalid-not-a-day-iso = '{ $text }' bir gün değil (YYYY-AA-GG)
core-invalid-last-before-first = son gün ilk günden önce
core-invalid-diamonds-number = bir elmas sayısı bekleniyordu
core-invalid-capture-source = ws veya file bekleniyordu, '{ $text }' bulundu
core-invalid-capture-running = yakalama zaten çalışıyor; önce durdurun
