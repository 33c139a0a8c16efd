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
core-import-unknown-format = { $file }: bu dosyanın ne içerdiği başlığından anlaşılamıyor ({ $known ->
        [none] LiveLedger'ın tanıdığı bir sütun adı yok
       *[other] tanıdığı adlar: { $header }
    }, satır { $line }); sütunları --map { $map } ile adlandırın{ $columns }
core-import-unknown-format-columns = { $file }: bu dosyanın ne içerdiği başlığından anlaşılamıyor ({ $known ->
        [none] LiveLedger'ın tanıdığı bir sütun adı yok
       *[other] tanıdığı adlar: { $header }
    }, satır { $line }); sütunları --map { $map } ile adlandırın
    sütunları:{ $columns }
core-import-rows = { $file }: { $count ->
       *[other] { $n } sorun
    }, hiçbir şey içe aktarılmadı:
core-import-column = sütun { $n } '{ $header }': { $values }
core-import-column-empty = sütun { $n } '{ $header }': (boş)
core-import-columns-more = { $count ->
       *[other] … ve { $n } sütun daha
    }
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

## Hatalı bir satırın kendi sözleri, "satır N, sütun S (ad):" sonrasında.
## $text: hücrenin içeriği, kısaltılmış.

# $problem: missing, fraction, negative, other.
core-import-what-diamonds = { $problem ->
        [missing] elmas sayısı bekleniyordu, hücre boş
        [fraction] elmas sayısı bekleniyordu, kesirli '{ $text }' bulundu
        [negative] 0 veya daha fazla elmas bekleniyordu, { $text } bulundu
       *[other] elmas sayısı bekleniyordu, '{ $text }' bulundu
    }
core-import-what-peak-viewers = { $problem ->
        [missing] en yüksek izleyici sayısı bekleniyordu, hücre boş
        [fraction] en yüksek izleyici sayısı bekleniyordu, kesirli '{ $text }' bulundu
        [negative] en yüksek izleyici sayısı (0 veya daha fazla) bekleniyordu, { $text } bulundu
       *[other] en yüksek izleyici sayısı bekleniyordu, '{ $text }' bulundu
    }
core-import-what-viewers = { $problem ->
        [missing] izleyici sayısı bekleniyordu, hücre boş
        [fraction] izleyici sayısı bekleniyordu, kesirli '{ $text }' bulundu
        [negative] izleyici sayısı (0 veya daha fazla) bekleniyordu, { $text } bulundu
       *[other] izleyici sayısı bekleniyordu, '{ $text }' bulundu
    }
core-import-what-likes = { $problem ->
        [missing] beğeni sayısı bekleniyordu, hücre boş
        [fraction] beğeni sayısı bekleniyordu, kesirli '{ $text }' bulundu
        [negative] beğeni sayısı (0 veya daha fazla) bekleniyordu, { $text } bulundu
       *[other] beğeni sayısı bekleniyordu, '{ $text }' bulundu
    }
core-import-what-followers = { $problem ->
        [missing] takipçi sayısı bekleniyordu, hücre boş
        [fraction] takipçi sayısı bekleniyordu, kesirli '{ $text }' bulundu
        [negative] takipçi sayısı (0 veya daha fazla) bekleniyordu, { $text } bulundu
       *[other] takipçi sayısı bekleniyordu, '{ $text }' bulundu
    }
core-import-what-gifters = { $problem ->
        [missing] destekçi sayısı bekleniyordu, hücre boş
        [fraction] destekçi sayısı bekleniyordu, kesirli '{ $text }' bulundu
        [negative] destekçi sayısı (0 veya daha fazla) bekleniyordu, { $text } bulundu
       *[other] destekçi sayısı bekleniyordu, '{ $text }' bulundu
    }
core-import-what-gift-price = { $problem ->
        [missing] hediyenin jeton cinsinden fiyatı bekleniyordu, hücre boş
        [fraction] hediyenin jeton cinsinden fiyatı bekleniyordu, kesirli '{ $text }' bulundu
        [negative] hediyenin jeton cinsinden fiyatı (0 veya daha fazla) bekleniyordu, { $text } bulundu
       *[other] hediyenin jeton cinsinden fiyatı bekleniyordu, '{ $text }' bulundu
    }
core-import-what-repeat-count = { $problem ->
        [missing] tekrar sayısı bekleniyordu, hücre boş
        [fraction] tekrar sayısı bekleniyordu, kesirli '{ $text }' bulundu
        [negative] tekrar sayısı (0 veya daha fazla) bekleniyordu, { $text } bulundu
       *[other] tekrar sayısı bekleniyordu, '{ $text }' bulundu
    }
core-import-what-gift-type = { $problem ->
        [missing] hediye türü numarası bekleniyordu, hücre boş
        [fraction] hediye türü numarası bekleniyordu, kesirli '{ $text }' bulundu
        [negative] hediye türü numarası (0 veya daha fazla) bekleniyordu, { $text } bulundu
       *[other] hediye türü numarası bekleniyordu, '{ $text }' bulundu
    }
core-import-what-whole-count = { $problem ->
        [missing] tam sayı bir adet bekleniyordu, hücre boş
        [fraction] tam sayı bir adet bekleniyordu, kesirli '{ $text }' bulundu
        [negative] tam sayı bir adet (0 veya daha fazla) bekleniyordu, { $text } bulundu
       *[other] tam sayı bir adet bekleniyordu, '{ $text }' bulundu
    }
core-import-what-whole-coins = { $problem ->
        [missing] tam sayı jeton bekleniyordu, hücre boş
        [fraction] tam sayı jeton bekleniyordu, kesirli '{ $text }' bulundu
        [negative] 0 veya daha fazla jeton bekleniyordu, { $text } bulundu
       *[other] tam sayı jeton bekleniyordu, '{ $text }' bulundu
    }
core-import-what-whole-diamonds = { $problem ->
        [missing] tam sayı elmas bekleniyordu, hücre boş
        [fraction] tam sayı elmas bekleniyordu, kesirli '{ $text }' bulundu
        [negative] 0 veya daha fazla elmas bekleniyordu, { $text } bulundu
       *[other] tam sayı elmas bekleniyordu, '{ $text }' bulundu
    }
core-import-what-day-figure = { $problem ->
        [missing] bir sayı ({ $figure }) bekleniyordu, hücre boş
        [fraction] bir sayı ({ $figure }) bekleniyordu, kesirli '{ $text }' bulundu
        [negative] bir sayı ({ $figure }) (0 veya daha fazla) bekleniyordu, { $text } bulundu
       *[other] bir sayı ({ $figure }) bekleniyordu, '{ $text }' bulundu
    }

core-import-cell-no-date = tarih/saat bekleniyordu, hücre boş
core-import-cell-no-day = gün bekleniyordu, hücre boş
core-import-cell-no-gift = hediye adı bekleniyordu, hücre boş
# Hediye hücresinde yalnızca boşluk veya kontrol karakterleri vardı.
core-import-cell-gift-blank = hediye adı bekleniyordu
core-import-cell-date = 2026-03-01 20:00, 01/03/2026 20:00, 01.03.2026 veya 1772395200000 gibi bir tarih/saat bekleniyordu, '{ $text }' bulundu
core-import-cell-epoch = '{ $text }', LiveLedger'ın okuyabildiği bir epoch zamanı değil
core-import-cell-not-a-calendar-date = '{ $text }' takvimde olan bir tarih değil
# $time: saat sütununun yazdığı.
core-import-cell-time-twice = '{ $text }' tarihinin kendi saati var ve saat sütunu '{ $time }' diyor
core-import-cell-time-column = saat sütununda 20:05 veya 8:05 PM gibi bir saat bekleniyordu, '{ $text }' bulundu
core-import-cell-day-with-time = 2026-11-12 gibi bir gün bekleniyordu, saatli '{ $text }' bulundu: TikTok LIVE Center dosyaları günde bir satır verir
core-import-cell-iso-day = YYYY-AA-GG bekleniyordu, '{ $text }' bulundu
core-import-cell-end-time = 2026-03-01 21:30 veya 21:30 gibi bir bitiş saati bekleniyordu, '{ $text }' bulundu
core-import-cell-end-needs-start = saat olarak verilen bir bitiş, YYYY-AA-GG biçiminde yazılmış bir başlangıç gerektirir
core-import-cell-duration = 90, 1:30:00 veya 1h 30m gibi en fazla bir haftalık bir süre bekleniyordu, '{ $text }' bulundu
core-import-cell-seconds = 5400, 1:30:00 veya 1h 30m gibi bir süre bekleniyordu, '{ $text }' bulundu
core-import-cell-not-a-number = bir sayı bekleniyordu, '{ $text }' bulundu
core-import-cell-whole-number = bir tam sayı bekleniyordu, '{ $text }' bulundu
core-import-cell-money = bir para tutarı bekleniyordu, '{ $text }' bulundu
core-import-cell-negative = 0 veya daha fazlası bekleniyordu, '{ $text }' bulundu
core-import-cell-too-large = '{ $text }', bir defterin sayabileceğinden fazla
# $n × $coins: bir satırın adedi ve hediyesinin fiyatı.
core-import-cell-total-too-large = { $n } × { $coins } jeton, bir defterin sayabileceğinden fazla
# $thousands ve $decimal: ayracı binlik ve ondalık olarak okuyunca çıkan sayılar.
core-import-cell-ambiguous-number = '{ $text }', { $thousands } veya { $decimal } olabilir; iki ondalık basamakla ya da binlik ayracı olmadan yazın
core-import-cell-true-false = true veya false bekleniyordu, '{ $text }' bulundu
# $field: kayıttaki fiyat alanının adı (diamondCount).
core-import-cell-no-price = olay '{ $gift }' için fiyat vermiyor ({ $field } veya başka bir fiyat alanı) ve hediye kataloğu onu tanımıyor; kataloğa ekleyin ya da fiyat alanını belirtin
core-import-cell-price-negative = 0 veya daha fazla jetonluk bir fiyat bekleniyordu, { $text } bulundu
core-import-cell-repeat-count-below-one = 1 veya daha fazla bir tekrar sayısı bekleniyordu, { $text } bulundu
core-import-cell-count-below-one = 1 veya daha fazla bir adet bekleniyordu, { $text } bulundu
# $cell: hediye hücresinde yazan adet (Rose x5); $column: adet sütunundaki.
core-import-cell-count-conflict = '{ $text }' hediye hücresi { $cell } diyor ama adet sütunu { $column } diyor: hangisi doğru?
# $n: satırın adedi; $each: katalogda bir hediyenin fiyatı; $column: sütunun başlığı.
core-import-cell-diamonds-look-total = { $diamonds } elmas, { $n } × { $gift } ediyor (katalogda tanesi { $each }): bu sütun bir hediyenin fiyatı değil, satırın toplamı gibi görünüyor; satırın toplam elması olarak okuyun (CLI: --map total_diamonds={ $column })
core-import-cell-total-looks-each = { $n } × { $gift } için { $diamonds } elmas, katalogdaki tek bir hediyenin fiyatı ({ $each }): bu sütun satırın toplamı değil, bir hediyenin fiyatı gibi görünüyor; hediye başına elmas olarak okuyun (CLI: --map diamonds={ $column })
core-import-cell-total-not-divisible = toplam { $diamonds } elmas, { $n } adede tam bölünmüyor: bu tek bir hediyenin fiyatı mı?
core-import-cell-gift-unknown = '{ $gift }' hediyesi hediye kataloğunda yok ve satır jeton ya da elmas vermiyor; kataloğa ekleyin veya bir jeton sütunu ekleyin
core-import-cell-too-long = { $count ->
       *[other] { $n } karakter uzunluğunda; defter en fazla { $max } karakter tutar
    }
core-import-cell-too-many-days = bir TikTok LIVE Center dosyası günde bir satır verir; { $max } satırdan fazlası böyle bir dosya değildir
# LiveLedger'ın kendi dışa aktarımı. $name: sütunu (session_ref, gift_name…).
core-import-cell-value-missing = { $name } için bir değer bekleniyordu, hücre boş
core-import-cell-coins-missing = jeton bekleniyordu, hücre boş
core-import-cell-coins-count = jeton ≥ 0 ve adet ≥ 1 bekleniyordu, { $coins } ve { $n } bulundu
core-import-cell-record-kind = session, gift, withdrawal, adjustment veya rate bekleniyordu, '{ $text }' bulundu
core-import-cell-no-format = format seçilmedi
# Defterin bir denetimi bir değeri reddediyor. $field: değerin defterdeki adı.
core-import-cell-field-end-before-start = { $field }: başlangıçtan önce
core-import-cell-field-year = { $field }: { $from } ile { $to } arasında bir tarih bekleniyordu, { $year } yılından bir tarih bulundu (yazım hatası mı?)
core-import-cell-field-negative-got = { $field }: negatif olamaz (gelen: { $text })
core-import-cell-field-not-negative = { $field }: negatif olamaz
core-import-cell-field-count-too-large = { $field }: { $text }, bir kaydın kabul ettiğinden büyük
core-import-cell-field-too-large = { $field }: { $text }, bir kaydın kabul ettiğinden büyük (en fazla { $max })
core-import-cell-field-decimal-places = { $field }: { $text } içinde { $count } basamaktan fazla ondalık var
# İçe aktarmanın kendi sözleri olmayan bir denetim: İngilizce metni.
core-import-cell-other = { $text }

## Bütünüyle hatalı bir sütun ya da gün.

core-import-problem-numbers-both = sütun '{ $sep }' işaretini hem binlikleri ayırmak için (satır { $group_line }: '{ $group }') hem de ondalık ayraç olarak (satır { $decimal_line }: '{ $decimal }') kullanıyor; sayılarını tek bir biçimde yazın
core-import-problem-numbers-points = sütun ondalık ayraçları karıştırıyor: '.' (satır { $dot_line }: '{ $dot }') ve ',' (satır { $comma_line }: '{ $comma }'); sayılarını tek bir biçimde yazın
core-import-problem-numbers-thousands = sütun binlikleri hem '{ $dot }' (satır { $dot_line }) hem de '{ $comma }' (satır { $comma_line }) olarak yazıyor: biri kesir olurdu; sayılarını tek bir biçimde yazın
core-import-problem-rewards-ambiguous = '{ $text }', { $thousands } veya { $decimal } olabilir ve sütundaki başka hiçbir değer bunu belirlemiyor; tutarları iki ondalık basamakla (1234.00 veya 1234,00) ya da binlik ayracı olmadan yazın
core-import-problem-day-twice = { $day } farklı { $figure } değerleriyle iki kez verilmiş (satır { $line }: { $was }, burada { $now })
core-import-problem-mixed-encoding = geçerli bir UTF-8 metni değil, oysa önceki satırlar öyle: dosya kodlamaları karıştırıyor (UTF-8 olarak kaydedin)
core-import-problem-sheet-wide = { $max }. sütundan sonra bir değeri var; LiveLedger'ın okuduğu bir tabloda en fazla { $max } sütun olur

core-import-json-not-event = bir olay (bir JSON nesnesi) bekleniyordu, bulunan: { $kind ->
        [null] null
        [bool] true veya false
        [number] bir sayı
        [text] metin
        [array] bir dizi
       *[object] bir nesne
    }
core-import-json-not-scalar = bir sayı veya metin bekleniyordu, bulunan: { $kind ->
        [null] null
        [bool] true veya false
        [number] bir sayı
        [text] metin
        [array] bir dizi
       *[object] bir nesne
    }
core-import-json-value-too-long = { $field } için bir değer bekleniyordu, '{ $text }' bulundu
core-import-json-event-too-large = { $n } × { $coins } jeton, bir hediye olayının değerinden fazla (en fazla { $max } jeton)

## LiveLedger'ın kullanamadığı bir dosya, başlık satırı veya seçenekler:
## hiçbir şey içe aktarılmadı. Her ileti dosyanın adıyla, $file, başlar.

core-import-file-empty = { $file }: dosya boş
core-import-file-no-header = { $file }: dosyada başlık satırı yok
core-import-file-skip-rows-all = { $file }: --skip-rows { $n }, dosyanın başındaki tüm satırları atlıyor
core-import-file-columns = { $file }: satır { $line }: başlıkta { $n } sütun var; LiveLedger'ın okuduğu bir tabloda en fazla { $max } olur
core-import-file-sheet-columns = { $file }: satır { $line }: başlıkta { $max } sütundan fazlası var; LiveLedger'ın okuduğu bir tabloda en fazla { $max } olur
core-import-file-not-utf8 = { $file }: satır { $line }: geçerli bir UTF-8 metni değil (dosyayı UTF-8 olarak kaydedin)
core-import-file-utf32 = { $file }: LiveLedger'ın okumadığı { $encoding } metni: UTF-8 (veya UTF-16) olarak kaydedin
core-import-file-no-rows = { $file }: içe aktarılacak satır yok: dosyanın bir başlığı var (satır { $line }) ve altında hiçbir şey yok
core-import-file-skip-lines = { $file }: { $count ->
       *[other] dışarıda bırakılacak { $n } satır; en fazla { $max }
    }
core-import-file-no-mapping = { $file }: '{ $name }' adında kayıtlı bir eşleme yok
core-import-file-not-a-sheet = { $file }: bir elektronik tablo (.xlsx, .xls veya .ods) değil: --sheet bir tablonun sayfasını belirtir
core-import-file-export-not-sheet = { $file }: TikTok'un veri indirmesi, elektronik tablo değil: --sheet bir tablonun sayfasını belirtir
core-import-file-export-not-table = { $file }: TikTok'un veri indirmesi, bir { $format } tablosu değil (içeriğinden algılandığı gibi içe aktarın; CLI: --format auto veya tiktok-data)
core-import-file-sheet-not-export = { $file }: bir elektronik tablo, TikTok'un veri indirmesi değil (içeriğinden algılandığı gibi içe aktarın; CLI: --format auto)
core-import-file-sheet-not-liveledger = { $file }: bir elektronik tablo; LiveLedger'ın kendi dışa aktarımı, yazdığı CSV olarak okunur
core-import-file-sheet-empty = { $file }: '{ $sheet }' sayfası boş
core-import-file-no-record = { $file }: bir LiveLedger dışa aktarımının 'record' sütunu olmalı
core-import-file-events-need = { $file }: bir hediye olayı kaydının { $missing } için bir sütunu olmalı (sütunları: { $known ->
        [none] LiveLedger'ın tanıdığı bir sütun adı yok
       *[other] tanıdığı adlar: { $columns }
    }); hangi sütunun neyi tuttuğunu seçin (CLI: --map)
core-import-file-table-need = { $file }: bir hediye tablosunun { $missing } için bir sütunu olmalı (sütunları: { $known ->
        [none] LiveLedger'ın tanıdığı bir sütun adı yok
       *[other] tanıdığı adlar: { $columns }
    }); hangi sütunun neyi tuttuğunu seçin (CLI: --map)
core-import-file-sessions-need = { $file }: bir canlı yayın özetinin { $missing } için bir sütunu olmalı (sütunları: { $known ->
        [none] LiveLedger'ın tanıdığı bir sütun adı yok
       *[other] tanıdığı adlar: { $columns }
    }); hangi sütunun neyi tuttuğunu seçin (CLI: --map)
core-import-file-days-need = { $file }: bir TikTok LIVE Center dosyasının { $missing } için bir sütunu olmalı (sütunları: { $known ->
        [none] LiveLedger'ın tanıdığı bir sütun adı yok
       *[other] tanıdığı adlar: { $columns }
    }); hangi sütunun neyi tuttuğunu seçin (CLI: --map)
core-import-file-days-no-figures = { $file }: bir TikTok LIVE Center dosyasının tarihinin yanında bir rakam sütunu (elmas, LIVE süresi, görüntülenme, beğeni…) olmalı (sütunları: { $known ->
        [none] LiveLedger'ın tanıdığı bir sütun adı yok
       *[other] tanıdığı adlar: { $columns }
    })
core-import-file-events-no-gift = { $file }: bir hediye olayı kaydının { $name } veya { $id } sütunu olmalı
core-import-file-map-pair = { $file }: '{ $text }', alan=Sütun biçiminde değil
core-import-file-map-field = { $file }: '{ $text }' bir alan değil (alanlar: { $fields })
core-import-file-map-no-column = { $file }: dosyada '{ $text }' sütunu yok (sütunları: { $known ->
        [none] LiveLedger'ın tanıdığı bir sütun adı yok
       *[other] tanıdığı adlar: { $columns }
    })
core-import-file-map-long = { $file }: eşleme { $n } bayt; en fazla { $max } (CLI: --map)
core-import-file-map-event-field = { $file }: { $text } bir hediye olayının alanı değil (alanlar: { $fields })
core-import-file-map-path = { $file }: '{ $text }' bir JSON yolu değil (user.uniqueId gibi noktayla birleştirilmiş anahtarlar)
core-import-file-map-json = { $file }: eşleme yalnızca CSV dosyaları için kaydedilir; bir JSON dosyasının alanları yolla adlandırılır, ör. coins=giftValue,sender=user.uniqueId (CLI: --mapping-name CSV dosyaları içindir)
core-import-file-json-none = { $file }: { $n } JSON değeri arasında içe aktarılacak hediye olayı yok
core-import-file-json-none-skipped = { $file }: { $n } JSON değeri arasında içe aktarılacak hediye olayı yok (atlanan: { $skipped })
core-import-file-json-array = { $file }: hediye olayı içermiyor ve TikTok'un veri dışa aktarımı değil: içeriği anahtarları { $keys } olan { $count ->
       *[other] { $n } nesnelik
    } bir dizi. LiveLedger hediye olaylarını ({ $id }, { $coins }, { $repeat }…) ve TikTok'un "Verilerini indir" dosyasını okur; kendi kaydedicinizin olayları için her alanın yolunu belirtin (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-object = { $file }: hediye olayı içermiyor ve TikTok'un veri dışa aktarımı değil: içeriği anahtarları { $keys } olan bir JSON nesnesi. LiveLedger hediye olaylarını ({ $id }, { $coins }, { $repeat }…) ve TikTok'un "Verilerini indir" dosyasını okur; kendi kaydedicinizin olayları için her alanın yolunu belirtin (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-lines = { $file }: hediye olayı içermiyor ve TikTok'un veri dışa aktarımı değil: içeriği { $count ->
       *[other] { $n } değer
    } (JSON Lines), anahtarları { $keys } olan nesneler. LiveLedger hediye olaylarını ({ $id }, { $coins }, { $repeat }…) ve TikTok'un "Verilerini indir" dosyasını okur; kendi kaydedicinizin olayları için her alanın yolunu belirtin (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)

core-import-tiktok-not-text = metin bekleniyordu, bir liste veya nesne bulundu
core-import-tiktok-text-long = en fazla { $max } karakter bekleniyordu, '{ $text }' bulundu
core-import-tiktok-count = 0 ile { $max } arasında bir tam sayı bekleniyordu, '{ $text }' bulundu
core-import-tiktok-diamonds-money = elmas bekleniyordu; bu bir para tutarı ve LiveLedger onu elmasa geri çevirmez, '{ $text }' bulundu
core-import-tiktok-diamonds = elmas sayısı bekleniyordu, '{ $text }' bulundu
core-import-tiktok-diamonds-range = 0 ile { $max } arasında elmas bekleniyordu, '{ $text }' bulundu
core-import-tiktok-money-currency = { $currency } cinsinden bir tutar (kurun para birimi) bekleniyordu, '{ $text }' bulundu
core-import-tiktok-money = 10.50 gibi bir para tutarı bekleniyordu, '{ $text }' bulundu
core-import-tiktok-money-range = 0 ile { $max } arasında bir tutar bekleniyordu, '{ $text }' bulundu
core-import-tiktok-duration = 1:30:00, 1h 30m veya saniye sayısı gibi en fazla 7 günlük bir süre bekleniyordu, '{ $text }' bulundu
core-import-tiktok-not-live = bir canlı yayın (bir JSON nesnesi) bekleniyordu
core-import-tiktok-no-start = LiveStartTime (canlı yayının başladığı an) bekleniyordu, hücre boş
core-import-tiktok-ends-before = canlı yayın başlamadan bitiyor
core-import-tiktok-status = completed, pending, failed veya cancelled gibi bir durum bekleniyordu, '{ $text }' bulundu
core-import-tiktok-no-date = para çekme işleminin tarihi (Date) bekleniyordu, hücre boş
core-import-tiktok-no-rate = bu gün için bir kur yok; `liveledger rates add` ile ekleyin
core-import-tiktok-money-to-diamonds = bu tutar, kurun elmas başına para değeriyle elmasa çevrilemiyor
core-import-tiktok-no-amount = para çekme işleminin elması (Diamonds) veya tutarı (Amount) bekleniyordu, ikisi de yok
core-import-tiktok-withdrawal-range = 0'dan fazla ve en fazla { $max } elmaslık bir para çekme işlemi bekleniyordu, { $text } bulundu
core-import-tiktok-too-many-to-value = { $text } elmas, değerlendirilemeyecek kadar çok
core-import-tiktok-fee-above = { $fee } ücreti, para çekme işleminin değerinden ({ $gross }) fazla
core-import-tiktok-not-wallet = bir cüzdan kaydı (bir JSON nesnesi) bekleniyordu

## A container (a zip, an OLE file), a spreadsheet or TikTok's data download
## LiveLedger does not read. $error stays in English (the system's, the zip
## reader's or the spreadsheet reader's words).

core-import-file-cannot-read = { $file }: okunamıyor: { $error }
core-import-file-error = { $file }: { $error }
core-import-file-too-large = { $file }: { $max } MiB'tan büyük; okunmadı
core-import-file-zip-unreadable = { $file }: okunabilen bir zip arşivi değil ({ $error })
core-import-file-zip-many = { $file }: TikTok'un dışa aktarımının veya bir çalışma kitabının içerdiğinden fazla dosya listeliyor (en fazla { $max }); okunmadı
core-import-file-ole-unreadable = { $file }: okunamayan bir OLE bileşik dosyası; LiveLedger CSV, JSON, TikTok'un veri indirmesini (.zip) ve elektronik tabloları (.xlsx, .xls, .ods) okur
core-import-file-word = { $file }: bir Word belgesi; LiveLedger CSV, JSON, TikTok'un veri indirmesini (.zip) ve elektronik tabloları (.xlsx, .xls, .ods) okur
core-import-file-ole-no-workbook = { $file }: çalışma kitabı olmayan bir OLE bileşik dosyası (akışları: { $streams }); LiveLedger CSV, JSON, TikTok'un veri indirmesini (.zip) ve elektronik tabloları (.xlsx, .xls, .ods) okur
core-import-file-ole-broken = { $file }: okunamayan bir OLE bileşik dosyası (.xls dosyaları gibi): { $error }; LiveLedger CSV, JSON, TikTok'un veri indirmesini (.zip) ve elektronik tabloları (.xlsx, .xls, .ods) okur
core-import-file-odf-not-sheet = { $file }: elektronik tablo olmayan bir OpenDocument dosyası ({ $mimetype }); LiveLedger CSV, JSON, TikTok'un veri indirmesini (.zip) ve elektronik tabloları (.xlsx, .xls, .ods) okur
core-import-file-zip-other = { $file }: { $count ->
        [0] boş bir zip
       *[other] { $n } dosyalık bir zip: { $names }
    }; ne TikTok'un veri indirmesi ne de bir elektronik tablo; LiveLedger CSV, JSON, TikTok'un veri indirmesini (.zip) ve elektronik tabloları (.xlsx, .xls, .ods) okur
core-import-file-zip-no-export = { $file }: { $count ->
        [0] boş bir zip
       *[other] { $n } dosyalık bir zip: { $names }
    }; ne TikTok'un JSON dışa aktarımı (user_data.json) ne de TXT dosyaları
core-import-file-zip-not-tiktok = { $file }: TikTok'un gönderdiği türden bir zip arşivi değil ({ $error })
core-import-file-unpack-ratio = { $file }: { $entry } sıkıştırılmış boyutunun { $ratio } katından fazlasına açılıyor: TikTok'un dışa aktarımı değil; okunmadı
core-import-file-unpack-past = { $file }: { $entry } (önceki dosyalarla birlikte) { $max } GiB'ı aşacak şekilde açılıyor; okunmadı
core-import-file-export-skip-lines = { $file }: TikTok'un veri indirmesi: kayıtları tek tek dışarıda bırakılamaz
core-import-file-not-read = { $file }: okunmadı
core-import-file-export-no-lists = { $file }: canlı yayın geçmişi ve cüzdan para çekme kaydı içermiyor (bölümleri: { $count ->
        [0] yok
       *[other] { $sections }
    }); bu TikTok'un "Verilerini indir" dışa aktarımı mı?
core-import-file-not-regular = { $file }: { $what ->
        [folder] bir klasör
        [fifo] adlandırılmış bir kanal (FIFO)
        [device] bir aygıt
        [socket] bir soket
       *[other] normal bir dosya değil
    }; yalnızca normal bir dosya içe aktarılabilir
core-import-file-sheet-memory = { $file }: { $what ->
        [strings] paylaşılan metinleri
       *[sheets] sayfaları
    } okunmak için { $max } MiB'tan fazla bellek gerektirir; okunmadı (içe aktarmak için sayfayı CSV olarak kaydedin)
core-import-file-sheet-part = { $file }: '{ $part }' okunamıyor ({ $error })
core-import-file-sheet-ratio = { $file }: '{ $part }' sıkıştırılmış boyutunun { $ratio } katından fazlasına açılıyor: elektronik tablo değil; okunmadı
core-import-file-sheet-unpacks = { $file }: { $max } GiB'tan fazlasına açılıyor; okunmadı
core-import-file-sheet-long-run = { $file }: '{ $part }' { $max } MiB'tan uzun bir metin veya etiket içeriyor: LiveLedger'ın okuduğu bir elektronik tablo değil; okunmadı
core-import-file-sheet-strings-unreadable = { $file }: paylaşılan metinler okunamıyor ({ $error })
core-import-file-sheet-strings-declared = { $file }: içerdiğinden fazla paylaşılan metin bildiriyor: sağlam bir elektronik tablo değil; okunmadı
core-import-file-sheet-not-xml = { $file }: içeriği okunabilen bir XML değil ({ $error })
core-import-file-xls-large = { $file }: { $max } MiB'tan büyük bir .xls dosyası; okunmadı (.xlsx veya CSV olarak kaydedin)
core-import-file-xls-unreadable = { $file }: okunabilen bir .xls dosyası değil ({ $error })
core-import-file-xls-rows = { $file }: son satırı ilk satırından önce gelen bir sayfa bildiriyor: sağlam bir .xls değil; okunmadı
core-import-file-workbook-unreadable = { $file }: okunabilen bir .{ $kind } çalışma kitabı değil ({ $error })
core-import-file-sheet-unreadable = { $file }: '{ $sheet }' sayfası okunamıyor ({ $error })
core-import-file-sheet-row-unreadable = { $file }: satır { $row }: sayfa okunamıyor ({ $error })
core-import-file-sheet-rows-order = { $file }: satır { $row }: sayfanın satırları sırasız; okunmadı
core-import-file-no-such-sheet = { $file }: '{ $sheet }' adında bir sayfa yok (sayfaları: { $count ->
        [0] yok
       *[other] { $sheets }
    })
core-import-file-no-sheet-data = { $file }: veri içeren bir sayfa yok (sayfaları: { $count ->
        [0] yok
       *[other] { $sheets }
    })
core-import-file-nothing-skipped = { $file }: içe aktarılacak satır yok; atlananlar: { $totals ->
        [0] {""}
       *[other] { $totals_n } toplam satırı
    }{ $blank ->
        [0] {""}
       *[other] { $first ->
            [blank] {""}
           *[other] {", "}
        }{ $blank_n } boş satır
    }{ $summary ->
        [0] {""}
       *[other] { $first ->
            [summary] {""}
           *[other] {", "}
        }{ $summary_n } satırlık bir özet bloğu
    }{ $events ->
        [0] {""}
       *[other] { $first ->
            [events] {""}
           *[other] {", "}
        }hediye olmayan { $events_n } olay
    }

## TikTok's data download whose structure breaks: a problem at a line.

core-import-tiktok-long-text = { $max } MiB'tan uzun bir metin veya anahtar içeriyor: bu, TikTok'un dışa aktarımı değil
core-import-tiktok-long-entry = { $max } MiB'tan uzun bir liste kaydı içeriyor: bu bir canlı yayın veya cüzdan kaydı değil
core-import-tiktok-many-entries = { $max } taneden fazla canlı yayın ve cüzdan kaydı içeriyor: herhangi bir yayıncının geçmişinden fazla
core-import-tiktok-cannot-read = okunamıyor: { $error }
core-import-tiktok-cut-short = dosya bir değerin ortasında bitiyor: kesilmiş
core-import-tiktok-not-json = burada geçerli bir JSON değil ({ $error })
core-import-tiktok-txt-text = { $list }: { $error }
core-import-tiktok-txt-cannot-read = { $list } okunamıyor: { $error }
core-import-tiktok-txt-long-line = { $list } { $max } MiB'tan uzun bir satır içeriyor: bu, TikTok'un dışa aktarımı değil
core-import-tiktok-txt-not-utf8 = { $list } burada geçerli bir UTF-8 metni değil (UTF-8 olarak kaydedin)
core-import-tiktok-txt-long-entry = { $list } { $max } MiB'tan uzun bir kayıt içeriyor: bu bir canlı yayın veya cüzdan kaydı değil

## A spreadsheet that breaks off while its rows are read: a problem at the
## last row read, in the words of the file's refusal (above) without $file.

core-import-sheet-cannot-read = okunamıyor: { $error }
core-import-sheet-workbook-unreadable = okunabilen bir .{ $kind } çalışma kitabı değil ({ $error })
core-import-sheet-unreadable = '{ $sheet }' sayfası okunamıyor ({ $error })
core-import-sheet-row-unreadable = satır { $row }: sayfa okunamıyor ({ $error })
core-import-sheet-rows-order = satır { $row }: sayfanın satırları sırasız; okunmadı

# How the file wrote its dates (after "dates"): each form, joined; a form such as
# DD/MM/YYYY is written as it is.
core-import-dates-pattern = { $pattern }
core-import-dates-epoch-s = epoch saniyesi
core-import-dates-epoch-ms = epoch milisaniyesi
core-import-dates-and = { $first } ve { $then }
core-import-dates-twelve-hour = { $dates }, 12 saatlik saat
core-import-dates-time-column = { $dates }, saat kendi sütununda

# An import's write refusing what a file holds.
core-import-undefined-session = bir hediye, dosyanın tanımlamadığı '{ $key }' canlı yayınını adlandırıyor
core-import-untimed-gifts = zamanı olmayan hediyeler bir canlı yayın gerektirir
core-import-row-coins-too-large = { $n } × { $coins } jeton çok fazla
