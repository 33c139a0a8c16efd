# İçe aktar görünümü: dosya seçme, sütunları, ekleyeceklerinin önizlemesi,
# sonuç, geri alma ve içe aktarma geçmişi. Çekirdeğin cümleleri (hatalar,
# uyarılar, notlar) çekirdekten gelir; dosya, sütun, gönderen ve etkinlik
# adları dosyanın kendi sözcükleridir.

## Sayfa

import-title = İçe aktar
import-card-title = Dosya içe aktar
import-intro = Canlı yayın araçlarının hediye kayıtları (CSV, JSON, JSON Lines), TikTok'un kendi veri indirmesi (.zip veya .json), elektronik tablolar (.xlsx, .xls, .ods), hediye tabloları, LIVE analiz özetleri veya bir LiveLedger dışa aktarımı. İçe Aktar'a basana kadar hiçbir şey yazılmaz ve bir içe aktarma bütünüyle geri alınabilir.
import-choose-button = Dosya seç…
import-path-empty = Henüz dosya seçilmedi
import-path-label = Seçilen dosya
import-preview-button = Önizle
import-button = İçe aktar
import-options = Biçim ve sütunlar
import-format-label = Biçim
import-map-label = Metin olarak sütunlar (alan=Sütun, …): algılananlara eklenir
import-map-short = Metin olarak sütunlar
import-map-example = date=Zaman,gift=Hediye,coins=Fiyat,count=Adet,sender=Kullanıcı
import-saved-label = Kayıtlı eşlemeler
import-saved-use = Kayıtlı bir eşleme kullan…
import-saved-none = Henüz kayıtlı eşleme yok
import-save-as-label = Bu eşlemeyi şu adla kaydet (İçe aktarırken)
import-save-as-short = Bu eşlemeyi şu adla kaydet
import-save-as-example = ör. Aracımın kaydı
import-choose-first = Önce bir dosya seçin
import-done-toast = { $count ->
   *[other] { $count } satır içe aktarıldı
}

## Bir dosyanın okunabileceği biçimler

import-format-auto = İçerikten algıla
import-format-gift-events = Hediye etkinliği kaydı, CSV (TikTok LIVE araçları)
import-format-json-events = Hediye etkinlikleri, JSON veya JSON Lines (webcast araçları, TikFinity)
import-format-tiktok-data = TikTok'un "Verilerini indir" dosyası (JSON veya .zip)
import-format-gift-table = Hediye tablosu
import-format-session-summary = Canlı yayın özetleri (LIVE analizleri)
import-format-tiktok-days = TikTok LIVE Center günleri (Gelir, Etkinlik, İzleyiciler, Etkileşim)
import-format-liveledger = LiveLedger dışa aktarımı

## Bir sütunun tutabileceği alanlar

import-field-date = Tarih ve saat
import-field-time = Saat
import-field-event = Etkinlik türü
import-field-gift = Hediye
import-field-gift-id = Hediye numarası
import-field-coins = Jeton
import-field-count = Adet
import-field-sender = Gönderen
import-field-nickname = Gönderenin takma adı
import-field-session = Canlı yayın
import-field-repeat-end = Seri bitti
import-field-gift-type = Hediye türü (seri veya tekli)
import-field-streakable = Seri olabilir
import-field-streaking = Seri sürüyor
import-field-event-id = Mesaj numarası
import-field-diamonds = Hediye başına elmas
import-field-total-diamonds = Elmas (satır toplamı)
import-field-duration = Süre
import-field-end = Bitiş
import-field-viewers = İzleyiciler
import-field-peak-viewers = En yüksek izleyici
import-field-followers = Yeni takipçiler
import-field-likes = Beğeniler
import-field-gifters = Destekçiler
import-field-rewards = Ödüller
import-field-title = Başlık
import-field-lives = Canlı yayınlar
import-field-views = Görüntülenmeler
import-field-watch-time = İzlenme süresi
import-field-avg-concurrent = Ortalama eş zamanlı izleyici
import-field-commenters = Yorum yapanlar
import-field-shares = Paylaşımlar

## Dosyanın nasıl okunduğu

import-read-as-line = Okunma biçimi: { $how }.
import-read-encoding = kodlama { $encoding }
import-read-delimiter = ayırıcı { $delimiter }
import-delimiter-comma = virgül
import-delimiter-semicolon = noktalı virgül
import-delimiter-tab = sekme
import-delimiter-pipe = dikey çizgi
import-read-numbers = sayılar { $numbers }
import-numbers-plain = ayırıcısız
import-read-dates = tarihler { $dates }
import-read-header-line = başlık { $line }. satırda
import-read-header-row = başlık tablonun { $line }. satırında

## Önizleme ve sonuç

import-notice-preview = Önizleme — henüz hiçbir şey yazılmadı.
import-notice-imported = İçe aktarıldı.
import-rows-read = { $count ->
   *[other] { $file }: { $count } satır okundu.
}
import-rows-read-explained = { $count ->
   *[other] { $file }: { $count } satır okundu:
}
import-explain-to-add = { $count ->
   *[other] eklenecek { $count } satır
}
import-explain-added = { $count ->
   *[other] { $count } satır eklendi
}
import-explain-streak-steps = { $count ->
   *[other] serisinin son sayısına katılan { $count } seri adımı (5 Gül'lük bir seri 1, 2, 3, 4, 5 diye kaydedilir ve bir kez, 5 olarak sayılır)
}
import-explain-already = { $count ->
   *[other] defterde zaten olan { $count } satır, iki kez eklenmedi
}
import-explain-redelivered = { $count ->
   *[other] dosyanın iki kez verdiği { $count } mesaj (bir kez sayıldı)
}
import-explain-totals = { $count ->
   *[other] { $count } toplam satırı, hediye değil
}
import-explain-summary = { $count ->
   *[other] tablonun altında { $count } özet satırı
}
import-explain-blank = { $count ->
   *[other] { $count } boş satır
}
import-explain-events = { $count ->
   *[other] hediye olmayan { $count } etkinlik ({ $kinds })
}
import-event-kind = { $count } { $kind }
import-explain-left-out = { $count ->
   *[other] atlamayı seçtiğiniz { $count } sorunlu satır
}
import-left-out-note = { $count ->
   *[other] { $count } sorunlu satır dışarıda bırakıldı ({ $lines }).
}
import-lines = { $count ->
   *[other] satır { $lines }
}
import-lines-more = { $count } tane daha
import-include-again-button = Yeniden dahil et
import-would-add = Eklenecek
import-added = Eklendi
import-added-lives = { $count ->
   *[other] { $count } yeni canlı yayın ({ $extended } uzatıldı)
}
import-added-rows = { $count ->
   *[other] { $count } satır
}
import-amount-coins = Jeton
import-amount-diamonds = Elmas
import-amount-value = Değer
import-lives-to-create = Oluşturulacak canlı yayınlar ({ $count })
import-lives-created = Oluşturulan canlı yayınlar ({ $count })
import-lives-live = Canlı yayın
import-lives-diamonds = Elmas
import-lives-more = ve { $count } tane daha
import-gap-sentence = Hediyesiz { $minutes } dakikalık bir aradan sonra yeni bir canlı yayın başlar
import-gap-aria = Yeni bir canlı yayın başlatan hediyesiz dakikalar
import-gap-apply-button = Yeniden önizle
import-gap-invalid = 1 ile 1440 arasında tam dakika girin
import-fields-field = Alan
import-fields-column = Sütun
import-fields-first = İlk değerler
import-column-for = { $field } için sütun
import-add-field-label = Başka bir alan
import-add-field-prompt = Başka bir alan oku…
import-unfinished-streaks = { $count ->
   *[other] { $count } seri dosyada hiç bitmedi; her biri, kaydın daha uzun bir kopyası içe aktarılana kadar en yüksek sayısıyla sayılır.
}
import-streaks-updated = { $count ->
   *[other] Önceki bir içe aktarmanın yarıda kestiği { $count } seri bu dosyadaki sayıya getirildi.
}
import-sections-ignored = Okunmayan bölümler: { $sections }.
import-nothing-new = İçe aktarılacak yeni bir şey yok.

## TikTok LIVE Center günlerinden oluşan bir dosya

import-days-figures = { $count ->
   *[other] { $count } gün için TikTok LIVE Center rakamları ({ $span }): { $figures }.
}
import-days-figures-no-span = { $count ->
   *[other] { $count } gün için TikTok LIVE Center rakamları: { $figures }.
}
import-days-span = { $from } – { $to }
import-days-diamonds-note = TikTok bu günler için { $diamonds } bildiriyor. Bunlar defterinizin yanında saklanır ve bakiyenize asla eklenmez; TikTok günleri bölümünde karşılaştırın.
import-days-counts = { $count ->
   *[other] { $count } rakam yeni, { $unchanged } rakam defterde zaten var.
}
import-days-replaced-intro = { $count ->
   *[other] { $count } rakam defterdeki değerin yerini alıyor:
}
import-days-replaced-item = { $day }, { $figure }: { $was } → { $now }
import-figure-diamonds = elmas
import-figure-live-seconds = canlı yayın süresi
import-figure-lives = canlı yayınlar
import-figure-views = görüntülenmeler
import-figure-unique-viewers = tekil izleyiciler
import-figure-avg-watch-seconds = ortalama izlenme süresi
import-figure-peak-concurrent = en yüksek eş zamanlı izleyici
import-figure-avg-concurrent = ortalama eş zamanlı izleyici
import-figure-gifters = destekçiler
import-figure-new-followers = yeni takipçiler
import-figure-commenters = yorum yapanlar
import-figure-likes = beğeniler
import-figure-shares = paylaşımlar

## İçe aktarılmayan bir dosya

import-not-imported = İçe aktarılmadı.
import-problems-line = Satır
import-problems-column = Sütun
import-problems-problem = Sorun
import-skip-rows-button = { $count ->
   *[other] Bu { $count } satırı atla, gerisini içe aktar
}
import-skip-note = Geri kalanı yine ya hep birlikte ya da hiç içe aktarılır, tam önizlemede gösterildiği gibi.
import-too-many = { $count ->
   *[other] { $count } satırda sorun var: tek tek atlamak için çok fazla. Dosyayı düzeltin veya doğru sütunların seçildiğini kontrol edin.
}
import-no-column = — bu dosyada yok —
import-apply-columns-button = Bu sütunlarla önizle

## İçe aktarma geçmişi ve geri alma

import-history-title = İçe aktarma geçmişi
import-history-empty = Henüz içe aktarma yok.
import-history-when = Ne zaman
import-history-file = Dosya
import-history-format = Biçim
import-history-rows = Eklenen satırlar
import-history-sessions = Canlı yayınlar
import-history-notes = Notlar
import-history-undo = Geri al
import-history-warnings = { $count ->
   *[other] { $count } uyarı
}
import-undo-button = Geri al
import-undo-label = { $file } dosyasının içe aktarmasını geri al
import-undone = İçe aktarma geri alındı: { $gifts } ve { $sessions } kaldırıldı.
import-undone-gifts = { $count ->
   *[other] { $count } hediye satırı
}
import-undone-sessions = { $count ->
   *[other] { $count } canlı yayın
}
import-undo-again = Geri al
import-back = İçe aktarma geri geldi
