# Ayarlar: dil, ödeme, saat dilimi, kurlar, hediye kataloğu, dışa aktarma,
# demo veriler ve uygulamanın sürümü.

settings-title = Ayarlar
settings-saved = Kaydedildi

## Dil

settings-language-title = Dil
settings-language-intro = LiveLedger'ın konuştuğu dil. Sayılar, tarihler ve tutarlar bu dildeki gibi yazılır.
settings-language-label = Dil
settings-language-saved = Dil kaydedildi

## Ödeme ve saat dilimi

settings-payout-title = Ödeme
settings-payout-intro = TikTok yalnızca ödeme yöntemi bağlı, doğrulanmış ve reşit (18+) bir hesaba ödeme yapar. İkisini de burada onaylayın; bunlar panodaki hazırlık kontrolleridir.
settings-age = 18 yaşında veya daha büyüğüm ve hesabım doğrulandı
settings-payout-method = TikTok'ta bağlı ödeme yöntemi
settings-payout-method-placeholder = PayPal, banka havalesi…
settings-setup-again = İlk gün sorularını yeniden yanıtla
settings-timezone-title = Saat dilimi
settings-timezone-intro = Dökümlerinizin günleri, haftaları ve ayları bu dilimde gece yarısı başlar.
settings-timezone-label = Saat dilimi
settings-timezone-saved = Saat dilimi kaydedildi
settings-timezone-invalid = "{ $zone }" bildiğimiz bir saat dilimi değil, bu yüzden kaydedilmedi (sizinki hâlâ { $saved }). Listeden birini seçin, örneğin Europe/Istanbul.

## Kurlar

settings-rates-title = Kurlar
settings-rates-intro = TikTok bir jetonun ve bir elmasın değerini değiştirir. Yeni bir kur, kendi gününden itibaren kaydedilen canlı yayınlara uygulanır. Her canlı yayın kaydedildiği kuru korur; yeni bir kur ya da saat dilimi onu asla yeniden fiyatlamaz; isterseniz aşağıdan yeniden hesaplayın.
settings-rates-from = Başlangıç
settings-rates-diamonds-per-coin = Elmas / jeton
settings-rates-money-per-diamond = Tutar / elmas
settings-rates-minimum = Minimum
settings-rates-daily-maximum = Günlük üst sınır
settings-rates-no-maximum = yok
settings-rate-delete = Sil
settings-rate-delete-title = Bu kur silinsin mi?
settings-rate-delete-line = { $day } tarihinden itibaren geçerli kur: jeton başına { $diamonds } elmas, elmas başına { $money }. Canlı yayınlar kaydedildikleri kuru korur.
settings-rate-delete-confirm = Kuru sil
settings-rate-deleted = Kur silindi
settings-rate-from-day = Başlangıç günü
settings-rate-diamonds-per-coin = Jeton başına elmas
settings-rate-money-per-diamond = Elmas başına tutar
settings-rate-currency = Para birimi
settings-rate-minimum = Minimum para çekme tutarı
settings-rate-minimum-hint = TikTok cüzdanınızda görünen değeri girin.
settings-rate-daily-maximum = Günlük üst sınır
settings-rate-add = Kur ekle
settings-rate-saved = Kur kaydedildi. Kaydedilmiş canlı yayınlar kaydedildikleri kuru korur.

## Eski kurdaki canlı yayınlar

settings-rerate-title = { $count ->
   *[other] Eski kurda { $count } canlı yayın
}
settings-rerate-intro = Bu canlı yayınlar, günlerinde şu an geçerli olan kur girilmeden önce kaydedildi (ya da saat diliminiz hangi güne düştüklerini değiştirdi). Yeniden hesaplama onları bu kura taşır; siz yapana kadar hiçbir şey değişmez.
settings-rerate-day = Gün
settings-rerate-session = Canlı yayın
settings-rerate-diamonds = Elmas
settings-rerate-value = Değer
settings-rerate-apply = Bu canlı yayınları yeniden hesapla
settings-rerate-done = Canlı yayınlar yeniden hesaplandı

## Hediye kataloğu

settings-catalog-title = Hediye kataloğu
settings-catalog-intro = Adıyla yazabileceğiniz hediyelerin jeton cinsinden fiyatları. Bir hediye satırı kendi günündeki jeton değerini korur; burada düzenlemek geçmişi asla değiştirmez.
settings-catalog-gift = Hediye
settings-catalog-coins = Jeton
settings-gift-name = Hediye adı
settings-gift-coins = Jeton
settings-gift-save = Ekle veya değiştir
settings-catalog-saved = Katalog kaydedildi
settings-gift-remove = Kaldır
settings-gift-remove-title = Bu hediye katalogdan kaldırılsın mı?
settings-gift-remove-line = { $gift } ({ $coins }). Kaydedilmiş hediyeler jetonlarını korur.
settings-gift-removed = Kaldırıldı

## Dışa aktarma ve yedekleme

settings-export-title = Dışa aktarma ve yedekleme
settings-export-intro = Muhasebeciniz veya vergi programınız için, ve dizüstü bilgisayarınız bozulursa diye. Uygulama açıkken yedek almak güvenlidir.
settings-export-csv = CSV olarak dışa aktar
settings-export-json = JSON olarak dışa aktar
settings-export-hledger = hledger için dışa aktar
settings-export-beancount = beancount için dışa aktar
settings-backup-now = Şimdi yedekle
settings-backup-kind = LiveLedger yedeği
settings-exported = Şuraya aktarıldı: { $path }
settings-backed-up = Şuraya yedeklendi: { $path }
settings-ledger-file = Defter dosyası: { $path }

## Demo veriler ve temizleme

settings-demo-title = Demo veriler
settings-demo-empty = Defteriniz boş. Grafikleri görmek için altı aylık uydurma canlı yayın yükleyin.
settings-demo-clear-intro = Temizleme tüm canlı yayınları, hediyeleri, para çekmeleri ve düzeltmeleri kaldırır. Kurlar, katalog ve ayarlar kalır. Önce defterin bir kopyası yanına kaydedilir ve hemen ardından geri alabilirsiniz.
settings-demo-load = Demo verileri yükle
settings-demo-loaded = Demo veriler yüklendi
settings-clear = Tüm kayıtları temizle
settings-clear-title = Tüm kayıtlar temizlensin mi?
settings-clear-sessions = { $count ->
   *[other] { $count } canlı yayın
}
settings-clear-gifts = { $count ->
   *[other] { $count } hediye
}
settings-clear-withdrawals = { $count ->
   *[other] { $count } para çekme
}
settings-clear-what = Bu işlem { $sessions }, { $gifts }, { $withdrawals } ve tüm düzeltmeleri ve içe aktarmaları kaldırır. Kurlar, katalog ve ayarlar kalır.
settings-clear-copy = Önce defterin şu anki hâlinin bir kopyası yanına kaydedilir ve bunu hemen ardından geri alabilirsiniz.
settings-clear-word = temizle
settings-cleared = Defter temizlendi. Önceki hâlinin bir kopyası yanında duruyor.
settings-records-back = Tüm kayıtlar geri geldi

## Hakkında

settings-about-title = Hakkında
settings-about-version = LiveLedger { $version }
settings-about-offline = { $command } ile aynı sürüm. Çevrimdışı: ağ yok, hesap yok, telemetri yok.
