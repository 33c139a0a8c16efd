# Bir içe aktarmanın söyledikleri: raporu (ne okundu ve eklendi, dosya nasıl
# okundu, ne atlandı), notları ve uyarıları, ve bir dosyanın neden
# reddedildiği. Sayılar raporun yazdığı gibi gelir; $count, $rows, $sessions
# ve $matched çoğul biçimini seçen sayılardır (Türkçede sayıdan sonra isim
# çoğul olmaz).

## Raporun ilk satırları: ne okundu ve ne eklendi.

core-import-totals = { $file } ({ $format }): { $rows ->
       *[other] { $rows_read } satır okundu
    }, { $added } eklendi, { $skipped } zaten içe aktarıldığı için atlandı, { $sessions ->
       *[other] { $sessions_added } canlı yayın oluşturuldu
    }, { $matched ->
       *[other] { $sessions_matched } mevcut canlı yayın genişletildi
    }
core-import-totals-dry-run = önizleme — hiçbir şey yazılmadı. { $file } ({ $format }): { $rows ->
       *[other] { $rows_read } satır okundu
    }, { $added } eklenecek, { $skipped } zaten içe aktarıldığı için atlanacak, { $sessions ->
       *[other] { $sessions_added } canlı yayın oluşturulacak
    }, { $matched ->
       *[other] { $sessions_matched } mevcut canlı yayın genişletilecek
    }
core-import-adds = { $coins } jeton, { $diamonds } elmas ekler
# $value: her para birimindeki değeri, "12.50 EUR + 3.00 USD".
core-import-adds-worth = { $coins } jeton, { $diamonds } elmas ekler; değeri { $value }

## Dosyanın nasıl okunduğu. $encoding: UTF-8, windows-1252 ya da bir sayfa
## ("xlsx sheet 'Gifts'"); $delimiter: comma, semicolon, tab ya da pipe.

core-import-read-txt = TikTok'un TXT indirmesi olarak okundu
core-import-read-txt-in = TikTok'un TXT indirmesi olarak { $encoding } ile okundu
core-import-read-json = JSON olarak okundu
core-import-read-json-in = JSON olarak { $encoding } ile okundu
core-import-read-table = { $encoding } olarak okundu, { $delimiter ->
        [comma] virgülle
        [semicolon] noktalı virgülle
        [tab] sekmeyle
        [pipe] dikey çizgiyle
       *[other] { $delimiter } ile
    } ayrılmış, başlık { $line }. satırda
core-import-read-table-skipped = { $encoding } olarak okundu, { $delimiter ->
        [comma] virgülle
        [semicolon] noktalı virgülle
        [tab] sekmeyle
        [pipe] dikey çizgiyle
       *[other] { $delimiter } ile
    } ayrılmış, başlık { $line }. satırda ({ $count ->
       *[other] üstündeki { $above } satır atlandı
    })
core-import-read-sheet = { $encoding } olarak okundu, başlık sayfanın { $line }. satırında
core-import-read-sheet-skipped = { $encoding } olarak okundu, başlık sayfanın { $line }. satırında ({ $count ->
       *[other] üstündeki { $above } satır atlandı
    })
# Önceki satırın devamı: tarihlerin nasıl yazıldığı ("YYYY-MM-DD").
core-import-read-dates = ; tarihler { $dates }
# Önceki satırın devamı: sayıların nasıl yazıldığı ("1.234,5").
core-import-read-numbers = ; sayılar { $numbers }
# $field: --map'in verdiği adla alan (date, coins…), boşlukla doldurulmuş; $samples: ilk değerler.
core-import-field = { $field } ← { $column }. sütun ({ $header }): { $samples }

## Atlananlar: "atlandı:" ve bir liste.

core-import-skipped = atlandı: { $list }
core-import-skipped-totals = { $count ->
       *[other] { $n } toplam satırı
    }
core-import-skipped-blank = { $count ->
       *[other] { $n } boş satır
    }
# $kind: dosyanın verdiği adla olay türü (like, chat, member…).
core-import-skipped-events = { $count ->
       *[other] { $n } { $kind } olayı
    }
core-import-skipped-summary = { $count ->
       *[other] { $n } özet satırı
    }

## Notlar: dosyanın nasıl okunduğu, bilmek isteyebileceğiniz yerlerde.

core-import-redelivered = { $count ->
       *[other] dosyanın iki kez verdiği { $n } mesaj (aynı mesaj kimliği) bir kez sayıldı
    }
core-import-streak-steps = { $count ->
       *[other] { $n } seri adımı serisinin son sayısına katıldı
    }
core-import-unfinished-streaks = { $count ->
       *[other] uyarı: { $n } seri dosyada hiç bitmiyor; her biri en yüksek sayısıyla sayıldı
    }
core-import-summary-block = { $count ->
       *[other] { $first }. satırdaki { $n } satırlık özet bloğu atlandı: tablonun altında, tarihin olduğu yerde tarih yok
    }
core-import-summary-block-lines = { $count ->
       *[other] { $first }–{ $last }. satırlardaki { $n } satırlık özet bloğu atlandı: tablonun altında, tarihin olduğu yerde tarih yok
    }
core-import-price-coins = her hediyenin fiyatı { $coins_column }. sütundan ({ $coins_header }), jetonlarından okunur; { $diamonds_column }. sütun ({ $diamonds_header }) yalnızca bir satır jeton vermediğinde okunur
core-import-price-total-diamonds = her hediyenin fiyatı { $diamonds_column }. sütundan ({ $diamonds_header }) okunur: satırın toplam elması adedine bölünür (bir hediyenin elması, jeton cinsinden fiyatıdır)
core-import-price-diamonds = her hediyenin fiyatı { $diamonds_column }. sütundan ({ $diamonds_header }) okunur: bir hediyenin elması, jeton cinsinden fiyatıdır; canlı yayın araçları diamondCount'u böyle yazar
# $saved: eşlemenin saklandığı gün; $name: yapıldığı dosya.
core-import-mapping-used = { $saved } / { $name } tarihli eşlemeniz kullanıldı: { $mapping }

## Uyarılar: toplamlara güvenmeden önce bakılacaklar.

core-import-warning = uyarı: { $warning }
core-import-left-out = { $count ->
       *[other] sorunlu { $n } satır seçiminiz üzerine dışarıda bırakıldı; geri kalanı içe aktarıldı
    }
core-import-windows-1252 = dosya UTF-8 değil; Windows-1252 (Latin-1) olarak okundu: aksanlı adların doğru göründüğünü kontrol edin
# $max × $coins: serinin en yüksek sayısı ve hediyesinin fiyatı.
core-import-streak-unended = satır { $line }: { $gift } serisi dosyada hiç bitmiyor; { $max } × { $coins } jeton (şimdiye kadarki en yüksek sayısı) olarak sayıldı ve tahmini olarak işaretlendi
core-import-streak-unended-from = satır { $line }: { $sender } kullanıcısının { $gift } serisi dosyada hiç bitmiyor; { $max } × { $coins } jeton (şimdiye kadarki en yüksek sayısı) olarak sayıldı ve tahmini olarak işaretlendi
core-import-streaks-more = başka seriler de hiç bitmiyor; tahmini olarak işaretlenen satırlara bakın
# $column: bir serinin nerede bittiğini söyleyecek sütun (repeatEnd).
core-import-streak-steps-uncounted = { $count ->
       *[other] { $n } satır bir serinin adımlarına benziyor (aynı gönderen ve hediye, adet bir önceki satırdan bir fazla) ama hiçbir { $column } sütunu okunmuyor, bu yüzden her adım sayılıyor; dosyada seri sütunları varsa serinin sonu ve hediye türü için sütunları seçin (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
    }

## Raporun son satırları.

core-import-sections-ignored = yok sayılan bölümler: { $sections }
core-import-streaks-updated = { $count ->
       *[other] önceki bir içe aktarmanın yarıda kestiği { $n } seri bu dosyanın sayısına getirildi
    }
core-import-undo = içe aktarma { $id } — geri almak için `liveledger imports undo { $id }`

## TikTok LIVE Center'ın günlerini içeren bir dosya. $figures: adları (diamonds, likes…).

core-import-days = { $count ->
       *[other] { $n } gün için TikTok rakamları: { $figures }
    }
core-import-days-on = { $count ->
       *[other] { $first } tarihinde { $n } gün için TikTok rakamları: { $figures }
    }
core-import-days-range = { $count ->
       *[other] { $first } ile { $last } arasında { $n } gün için TikTok rakamları: { $figures }
    }
core-import-days-diamonds = TikTok bu günler için { $diamonds } elmas bildiriyor: kaydın yanında tutulur, bakiyeye asla eklenmez (`liveledger days` ile karşılaştırın)
core-import-days-figures = { $count ->
       *[other] { $added } rakam yeni, { $unchanged } zaten vardı
    }
core-import-days-replaces = TikTok'un { $day } tarihli { $figure } rakamını değiştirir: { $was } → { $now }
core-import-days-more = { $count ->
       *[other] … ve { $n } rakam daha değiştirildi
    }

## Reddedilen bir dosya: hiçbir şey içe aktarılmadı.

# $map: verilecek eşleme; $columns: her sütun ilk değerleriyle, satır başına bir tane.
core-import-unknown-format = { $file }: bu dosyanın ne içerdiği başlığından anlaşılamıyor ({ $header }, satır { $line }); sütunları --map { $map } ile adlandırın{ $columns }
core-import-unknown-format-columns = { $file }: bu dosyanın ne içerdiği başlığından anlaşılamıyor ({ $header }, satır { $line }); sütunları --map { $map } ile adlandırın
    sütunları:{ $columns }
core-import-rows = { $file }: { $count ->
       *[other] { $n } sorun
    }, hiçbir şey içe aktarılmadı:
core-import-problem = satır { $line }: { $problem }
core-import-problem-column = satır { $line }, sütun { $column } ({ $header }): { $problem }
core-import-problems-more = { $count ->
       *[other] … ve { $n } tane daha
    }
core-import-problem-open-quote = bir alan birden çok satıra yayılıyor: bir tırnak işareti (") muhtemelen kapatılmamış
core-import-problem-dates-mixed = tarihler gün-önce (satır { $day_first }) ve ay-önce (satır { $month_first }) sıralarını karıştırıyor; YYYY-AA-GG olarak yazın
core-import-problem-dates-ambiguous = 01/02/2026 gibi tarihler gün-önce ya da ay-önce olabilir ve dosyadaki hiçbir tarih bunu netleştirmiyor; YYYY-AA-GG olarak yazın

## Pencerenin söylediği biçimde reddedilen bir dosya: pencere satırları
## listeler ve sütunları kendisi sunar.

core-import-page-choose-columns = { $file }: LiveLedger hangi sütunun neyi tuttuğunu anlayamıyor. Aşağıda her alan için bir sütun seçin.
core-import-page-one-column = { $file }: LiveLedger bu dosyanın ne içerdiğini anlayamıyor: tek sütunu var, bir hediye tablosu değil.
core-import-page-rows = { $file }: { $count ->
       *[other] { $n } satırda sorun var;
    } hiçbir şey içe aktarılmadı
