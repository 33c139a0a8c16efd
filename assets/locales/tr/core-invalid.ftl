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
