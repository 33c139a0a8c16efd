# Dökümler: kayıtlarınızın gün, hafta, ay veya yıl bazında dökümü, seçtiğiniz
# tarihler için, ve muhasebeciniz için dışa aktarma.

statements-title = Dökümler
statements-by-period = Döneme göre

## Tarihleri ve dönemi seçme

statements-period = Dönem
statements-range = Göster
statements-all-time = Tüm zamanlar
statements-custom = Seçtiğiniz tarihler…
statements-from = Başlangıç
statements-to = Bitiş
statements-apply = Bu tarihleri göster
statements-by-day = Gün
statements-by-week = Hafta
statements-by-month = Ay
statements-by-year = Yıl
statements-explain = Günler, saat diliminizde gece yarısı başlar. Değerler, her canlı yayının kaydedildiği kuru kullanır; her satır bir kez yuvarlanır; para { $step } hassasiyetine yarım yukarı (sıfırdan uzağa) yuvarlanır.

## Döküm

statements-empty-title = Henüz gösterilecek bir şey yok
statements-empty-text = Canlı yayınlarınız veya para çekmeleriniz olunca dökümler burada görünür.
statements-empty-range = Bu tarihlerde hiçbir şey olmadı.
statements-opening = Bu tarihlerden önceki bakiye: { $diamonds }.
statements-total = Toplam
statements-rounding = Yuvarlama: { $amounts }. Her satır ayrı yuvarlanır; toplam ise tam toplamı yuvarlar, bu yüzden bir kuruş farklı olabilir.

## Sütunlar

statements-col-lives = Canlı yayın
statements-col-hours = Yayın saati
statements-col-gifts = Hediye
statements-col-coins = Jeton
statements-col-diamonds = Elmas
statements-col-value = Değer
statements-col-withdrawn = Çekilen
statements-col-fees = Ücretler
statements-col-net = Net ödenen
statements-col-corrections = Düzeltmeler
statements-col-closing = Kapanış bakiyesi

## Dışa aktarma

statements-export-title = Muhasebeciniz için dışa aktarın
statements-export-text = Dışa aktarılan dosya tüm kayıtlarınızı içerir — her canlı yayın, hediye, para çekme ve düzeltme — ve muhasebecinizin, tablonuzun veya vergi programınızın okuyabileceği biçimdedir. Nereye kaydedileceğini siz seçersiniz.
statements-exported = Şuraya aktarıldı: { $path }
statements-export-csv = Tablo (CSV)
statements-export-json = JSON
statements-export-hledger = hledger yevmiyesi
statements-export-beancount = beancount
