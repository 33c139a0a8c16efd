# Komut satırının kendi sözleri: tablo başlıkları, hücreler, onaylar, gün ve
# içgörü raporları, canlı sayımın durum satırları ve CLI'nin kendi retleri.
# Sayılar bu dilde yazılmış olarak (metin halinde) gelir; $count yalnızca
# çoğul biçimini seçer. Yeniden yazılan komutlar, seçenekler ve değerler
# (`--apply`, `liveledger restore FILE`, `--book DAY`) her dilde aynı kalır.

## Tablo başlıkları.

cli-col-id = no
cli-col-deleted = silinme
cli-col-what = ne
cli-col-start = başlangıç
cli-col-hours = saat
cli-col-title = başlık
cli-col-gifts = hediye
cli-col-diamonds = elmas
cli-col-value = değer
cli-col-viewers = izleyici
cli-col-diamonds-per-hour = elmas/saat
cli-col-per-1k-viewers = 1.000 izleyici başına
cli-col-at = zaman
cli-col-gift = hediye
cli-col-coins = jeton
cli-col-count = adet
cli-col-sender = gönderen
cli-col-note = not
cli-col-requested = talep
cli-col-gross = brüt
cli-col-fee = ücret
cli-col-net = net
cli-col-currency = para birimi
cli-col-method = yöntem
cli-col-status = durum
cli-col-reason = neden
cli-col-effective = başlangıç
cli-col-diamonds-per-coin = elmas/jeton
cli-col-money-per-diamond = para/elmas
cli-col-min-withdrawal = minimum para çekme
cli-col-max-per-day = maks./gün
cli-col-session = canlı yayın
cli-col-day = gün
cli-col-rate = kur
cli-col-imported = içe aktarma
cli-col-file = dosya
cli-col-format = biçim
cli-col-added = eklenen
cli-col-skipped = atlanan
cli-col-sessions = canlı yayın
cli-col-period = dönem
cli-col-withdrawn = çekilen
cli-col-fees = ücretler
cli-col-net-paid = net ödenen
cli-col-adjusted = düzeltilen
cli-col-balance = bakiye
cli-col-tiktok = TikTok
cli-col-ledger = kayıtlar
cli-col-difference = fark
cli-col-lives = canlı yayın

## Hücreler.

cli-cell-live = yayında
cli-cell-estimated = tahmini
cli-cell-none = yok
cli-rerate-from = { $day } itibarıyla
cli-settings-database = veritabanı

## Onaylar.

cli-restored = { $ledger }, { $backup } yedeğinden geri yüklendi: canlı yayın: { $sessions }, hediye satırı: { $gifts }, para çekme: { $withdrawals }
cli-restored-kept = kayıtların önceki hali { $copy } içinde saklanıyor
cli-cleared = temizlendi; kayıtların önceki hali { $copy } içinde saklanıyor (liveledger restore FILE geri getirir)
cli-deleted = silindi: { $label }; `liveledger trash restore { $undo }` geri getirir
cli-put-back = geri getirildi: { $label }
cli-trash-empty = son { $count ->
       *[other] { $days } günde
    } hiçbir şey silinmedi
cli-backed-up = { $file } dosyasına yedeklendi
cli-undone = içe aktarma { $id } geri alındı: { $gifts } hediye satırı ve { $sessions } canlı yayın kaldırıldı
cli-demo-loaded = demo verisi yüklendi: { $sessions } canlı yayın ve { $rows } hediye, para çekme ve düzeltme satırı
cli-in-balance = bakiye tutuyor: { $count ->
       *[other] { $balance } elmas
    }
cli-reconciled = düzeltme { $id }: { $count ->
       *[other] { $difference } elmas
    } (kayıtlar { $ledger } diyordu, TikTok { $wallet } diyor)
cli-rate-not-applied = not: { $from } itibarıyla { $count ->
       *[other] { $stay } canlı yayın
    } kaydedildiği kuru koruyor; `liveledger rerate --from { $from }` taşınırlarsa neyin değişeceğini gösterir
cli-reading = okunuyor… %{ $percent }
cli-rerate-none = her canlı yayın zaten kendi gününde geçerli olan kura sahip
cli-rerated = { $count ->
       *[other] { $sessions } canlı yayın
    } yeniden değerlendirildi
cli-rerate-preview = hiçbir şey değişmedi; bu { $count ->
       *[other] { $sessions } canlı yayını
    } yeniden değerlendirmek için --apply ekleyin
cli-import-warning = içe aktarma { $id }: { $warning }

## Dökümler.

cli-statement-total = toplam
cli-statement-opening = ilk günden önceki bakiye: { $balance }
cli-statement-rounding = yuvarlama: { $rounding } (her satır kendi başına yuvarlanır; toplam, kesin toplamı yuvarlar)
cli-statement-rates = Değerler her canlı yayının kaydedildiği kuru kullanır; para 0,01'e yuvarlanır, yarım sıfırdan uzağa.

## TikTok günleri ve kayıtlar yan yana.

cli-day-status-same = aynı
cli-day-status-fewer = kayıtlar daha az
cli-day-status-more = kayıtlar daha fazla
cli-day-status-bookable = canlı yayın yok: kaydedilebilir
cli-day-status-no-live = canlı yayın yok
cli-day-status-no-tiktok = TikTok elması yok
cli-day-matches = TikTok { $on } için { $count ->
       *[other] { $tiktok } elmas
    } bildiriyor; kayıtlarınızda da aynısı var
cli-day-missing = TikTok { $on } için { $count ->
       *[other] { $tiktok } elmas
    } bildiriyor; kayıtlarınızda { $ledger } var ({ $difference } eksik)
cli-day-extra = TikTok { $on } için { $count ->
       *[other] { $tiktok } elmas
    } bildiriyor; kayıtlarınızda { $ledger } var (TikTok'tan { $difference } fazla)
cli-day-no-lives-bookable = TikTok { $on } için { $count ->
       *[other] { $tiktok } elmas
    } bildiriyor; kayıtlarınızda o gün canlı yayın yok (--book { $day } ile kaydedin)
cli-day-no-lives = TikTok { $on } için { $count ->
       *[other] { $tiktok } elmas
    } bildiriyor; kayıtlarınızda o gün canlı yayın yok
cli-day-no-diamonds = TikTok'un dosyaları { $on } için elmas vermiyor; kayıtlarınızda { $count ->
       *[other] { $lives } canlı yayından
    } { $ledger } var
cli-day-not-listed = TikTok'un dosyalarında { $on } yok; kayıtlarınızda { $count ->
       *[other] { $lives } canlı yayından
    } { $ledger } var
cli-days-none = Henüz TikTok LIVE Center günü yok. LIVE analizlerinizi TikTok LIVE Center'dan indirin (Gelir, Etkinlik, İzleyiciler, Etkileşim) ve dosyaları içe aktarın: liveledger import FILE
cli-days-total = TikTok kendi günleri için { $count ->
       *[other] { $tiktok } elmas
    } bildiriyor; kayıtlarınızda bu günlerde { $ledger } var. TikTok'un rakamları bakiyeye asla eklenmez.
cli-days-bookable = Canlı yayın olmayan { $count ->
       *[other] { $days } gün
    } TikTok'un rakamlarından kaydedilebilir ({ $diamonds } elmas): liveledger days --book DAY
cli-booked-day = { $day } kaydedildi: TikTok'un { $count ->
       *[other] { $diamonds } elması
    } ile canlı yayın { $session }
cli-booked-total = bakiye { $count ->
       *[other] { $diamonds } elmas
    } arttı; geri almak için: liveledger imports undo { $import }

## İçgörüler.

cli-figure = { $value } ({ $count ->
       *[other] { $lives } canlı yayın
    })
cli-figure-none = henüz yeterli canlı yayın yok ({ $needed } yayından { $lives })
cli-weekday = { $day ->
        [mon] Pzt
        [tue] Sal
        [wed] Çar
        [thu] Per
        [fri] Cum
        [sat] Cmt
       *[sun] Paz
    }
cli-insights-none = Henüz canlı yayın yok: birkaç tane kaydedin veya içe aktarın; her rakamın arkasında 5 canlı yayın olmalı.
cli-insights-looked = { $count ->
       *[other] { $lives } canlı yayın
    } incelendi. Medyanlar; bir rakam { $needed } canlı yayın gerektirir.
cli-insights-best = En iyi başlangıç saatleri (canlı yayın saati başına elmas):
cli-insights-best-none = aynı gün ve saatte henüz yeterli canlı yayın yok
cli-insights-lengths = Süreye göre (canlı yayın saati başına elmas | yayın başına):
cli-insights-band = { $from }–{ $to } dk
cli-insights-band-open = { $from }+ dk
cli-insights-per-viewer = İzleyici başına: { $viewer } elmas; 1.000 izleyici başına: { $thousand } elmas (aynı yayınların saat başına: { $hour }). TikTok izlenme başına değil, hediye başına öder.
cli-insights-value-per-1000 = 1.000 izleyici başına { $currency }: { $figure }
cli-insights-views-by-day = TikTok LIVE Center günlerinden: 1.000 izlenme başına { $diamonds } elmas ({ $count ->
       *[other] { $days } gün
    }).
cli-insights-reached = Minimuma ulaşıldı.
cli-insights-hours-to-go = Minimuma ulaşmak için yaklaşık { $count ->
       *[other] { $hours } saat
    } daha canlı yayın ({ $diamonds } elmas kaldı, canlı yayın saati başına { $pace } ile).
cli-insights-hours-unknown = { $diamonds } elmas kaldı; gereken saatler 5 canlı yayından sonra görünür.
cli-insights-by = { $day } tarihine kadar ulaşmak için: haftada yaklaşık { $count ->
       *[other] { $hours } saat
    } canlı yayın.
cli-insights-gifters = Yayın başına destekçi: { $gifters }; geri gelen: { $returning }.
cli-insights-top = ilk { $top }: hediye elmaslarının { $share } kadarı
cli-insights-supporter = { $count ->
       *[other] { $lives } canlı yayında
    } { $diamonds } elmas
cli-insights-this-week = Bu hafta: { $diamonds } elmas; haftalık ortalamanız: { $average }.
cli-insights-average = { $average } ({ $count ->
       *[other] { $weeks } hafta
    })
cli-insights-average-none = { $weeks } haftadan sonra görünür
cli-insights-room = Ortam (canlı sayımla { $count ->
       *[other] { $lives } canlı yayında
    } sayıldı): dakikada { $comments } yorum, { $likes } beğeni.
cli-insights-split = { $what ->
        [comments] Dakikada yorum sayısı
        [likes] Dakikada beğeni sayısı
        [followers] Saatte yeni takipçi sayısı
       *[days] TikTok LIVE Center günlerinde dakikada beğeni sayısı
    } { $line } üzerinde olan yayınlar: canlı yayın saati başına { $above } elmas ({ $above_lives } yayın); diğerleri: { $below } ({ $below_lives } yayın).
cli-insights-split-none = { $what ->
        [comments] Dakikada yorum sayısına
        [likes] Dakikada beğeni sayısına
        [followers] Saatte yeni takipçi sayısına
       *[days] TikTok LIVE Center günlerinde dakikada beğeni sayısına
    } göre: her iki tarafta henüz yeterli canlı yayın yok (her tarafta { $needed } yayından { $lives }).
cli-insights-together = Bunlar neyin birlikte gittiğini gösterir, neyin neye yol açtığını değil.

## Canlı sayım satırları (motorun kendi ayrıntıları İngilizce kalır).

cli-capture-connecting = bağlanıyor
cli-capture-connected = bağlandı
cli-capture-reconnecting = yeniden bağlanıyor
cli-capture-stopped-state = durdu
cli-capture-warning = uyarı: { $message }
cli-capture-stdout-lost = uyarı: standart çıktıya yazılamıyor ({ $error }); hediyeler kaydedilmeye devam ediyor
cli-capture-live-ended = canlı yayın bitti: canlı yayın { $session }
cli-capture-stopped = canlı sayım durdu: hediye olayı: { $events }, kaydedilen hediye: { $stored } (işaretli: { $flagged }), atlanan tekrar olayı: { $replayed }, seri adımı: { $steps }, diğer olay: { $other }, okunamayan: { $unreadable }
cli-capture-gift = { $gifts } × { $gift } (tanesi { $count ->
       *[other] { $coins } jeton
    })  gönderen { $sender }  canlı yayın { $session }
cli-capture-grown = ({ $added } arttı)
cli-capture-flagged = [seri hiç bitmedi: en yüksek adediyle sayıldı]
cli-capture-unknown-sender = bilinmiyor

## Komut satırının kendi retleri.

cli-invalid-db-pass = --db PATH verin
cli-invalid-no-data-directory = bu sistemde bilinen bir veri klasörü yok; --db PATH verin
cli-invalid-clear-needs-yes = temizlemek her canlı yayını, hediyeyi ve para çekmeyi kaldırır; onaylamak için --yes ekleyin
cli-invalid-format = '{ $text }' bir biçim değil (beklenen: auto, liveledger, gift-events, gift-table, session-summary, json-events, tiktok-data veya tiktok-days)

## Kullanım hataları: clap'in reddettiği, "usage: " sonrasında tek satırda (--help metni İngilizce kalır).

cli-usage-unknown-subcommand = tanınmayan alt komut '{ $text }' (bkz. --help)
cli-usage-unknown-argument = beklenmeyen argüman '{ $text }' (bkz. --help)
cli-usage-value-required = '{ $arg }' bir değer gerektiriyor ama hiçbir değer verilmedi (bkz. --help)
cli-usage-invalid-value = '{ $arg }' için geçersiz değer '{ $text }' (bkz. --help)
cli-usage-too-many-values = '{ $arg }' için beklenmeyen değer '{ $text }'; başka değer beklenmiyordu (bkz. --help)
cli-usage-repeated = '{ $arg }' argümanı birden fazla kez kullanılamaz (bkz. --help)
cli-usage-conflict = '{ $arg }' argümanı '{ $other }' ile birlikte kullanılamaz (bkz. --help)
cli-usage-invalid-utf8 = bir veya daha fazla argüman geçerli UTF-8 değil (bkz. --help)
cli-usage-missing-arguments = şu zorunlu argümanlar verilmedi: { $args } (bkz. --help)
cli-usage-missing-subcommand = '{ $command }' bir alt komut gerektiriyor ama hiçbiri verilmedi (şunlardan biri: { $subcommands }) (bkz. --help)

cli-usage-not-a-number = '{ $arg }' için geçersiz değer '{ $text }': '{ $text }' bir sayı değil (rakamları ve ondalıklar için '.' kullanın) (bkz. --help)
cli-usage-not-a-day = '{ $arg }' için geçersiz değer '{ $text }': '{ $text }' bir gün değil (YYYY-AA-GG bekleniyordu) (bkz. --help)
cli-usage-not-a-period = '{ $arg }' için geçersiz değer '{ $text }': '{ $text }' bir dönem değil (day, week, month veya year bekleniyordu) (bkz. --help)
cli-usage-not-an-export-format = '{ $arg }' için geçersiz değer '{ $text }': '{ $text }' bir dışa aktarma biçimi değil (csv, json, hledger veya beancount bekleniyordu) (bkz. --help)
cli-usage-not-a-status = '{ $arg }' için geçersiz değer '{ $text }': { core-invalid-status } (bkz. --help)
cli-usage-not-a-whole-number = '{ $arg }' için geçersiz değer '{ $text }': { $problem ->
        [empty] hiçbir sayı verilmedi
        [large] sayı çok büyük
        [small] sayı çok küçük
       *[digit] bir tam sayı değil
    } (bkz. --help)
# The word before a usage error ("usage: unknown subcommand …").
cli-usage-label = kullanım
