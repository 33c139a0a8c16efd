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

## `liveledger --help` (cli/help.rs): her komutun ve seçeneğin yardım satırı.
## Seçenekler, komutlar, değer adları, ayar anahtarları ve YYYY-MM-DD yazıldığı gibi kalır.

cli-help-usage = Kullanım:
cli-help-commands = Komutlar:
cli-help-arguments = Bağımsız değişkenler:
cli-help-options = Seçenekler:
cli-help-default = varsayılan:
cli-help-about = LiveLedger'ın çekirdeği: TikTok LIVE hediyeleri, elmaslar, bakiyeler ve SQLite üzerinde muhasebe.
cli-help-db = Kayıt dosyası (varsayılan: LIVELEDGER_DB, yoksa uygulamanın veri klasörü)
cli-help-lang = Kullanılacak dil (en, es, pt-BR, id, tr, ar, vi, ja, de, fr); varsayılan: LC_ALL, LC_MESSAGES veya LANG, yoksa kayıtların ayarı
cli-help-print-help = Yardımı göster
cli-help-print-version = Sürümü göster
cli-help-session = Canlı yayın ekle, düzenle, bitir veya sil
cli-help-session-add = Canlı yayın ekle; kimliğini yazdırır
cli-help-session-add-start = Başlangıç (ISO 8601, saat diliminizde 'YYYY-MM-DD HH:MM' veya epoch)
cli-help-session-add-end = Bitiş; hâlâ süren bir canlı yayın için boş bırakın
cli-help-session-add-title = Başlık
cli-help-session-add-peak-viewers = Aynı anda en çok izleyici
cli-help-session-add-viewers = Farklı izleyici sayısı
cli-help-session-add-likes = Beğeniler
cli-help-session-add-followers = Yeni takipçiler
cli-help-session-add-diamonds = Tek tek hediyeler olmadan canlı yayın için bildirilen elmaslar
cli-help-session-add-notes = Notlar
cli-help-session-edit = Bir canlı yayının bilgilerini değiştir
cli-help-session-edit-id = Canlı yayın kimliği
cli-help-session-end = Süren bir canlı yayını bitmiş olarak işaretle
cli-help-session-end-at = Ne zaman (varsayılan: şimdi)
cli-help-session-delete = Bir canlı yayını ve hediyelerini sil
cli-help-session-delete-force = Elmaslarından ödeme yapılmış para çekme işlemleri olsa bile sil
cli-help-help = Bu mesajı veya verilen alt komutların yardımını göster
cli-help-help-subcommand = Alt komutların yardımını göster
cli-help-sessions = Canlı yayınları kazançları ve saat başına, izleyici başına rakamlarıyla listele
cli-help-sessions-json = Tablo yerine JSON yazdır (ondalıklar metin olarak)
cli-help-gift = Hediye ekle, sil veya listele
cli-help-gift-add = Hediye ekle; --coins verilmedikçe jetonlar katalogdan gelir. Kimliğini yazdırır
cli-help-gift-add-gift = Hediye adı, ör. Rose
cli-help-gift-add-coins = Böyle bir hediyenin jeton fiyatı (kataloğun yerine geçer)
cli-help-gift-add-count = Kaç tane
cli-help-gift-add-from = Gönderen
cli-help-gift-delete = Bir hediyeyi sil
cli-help-gift-delete-id = Hediye kimliği
cli-help-gift-list = Bir canlı yayının hediyelerini listele
cli-help-withdraw = Elmas para çekme işlemini kaydet
cli-help-withdraw-diamonds = Çekilen elmaslar
cli-help-withdraw-at = Ne zaman talep edildi (varsayılan: şimdi)
cli-help-withdraw-fee = Para cinsinden ücret
cli-help-withdraw-method = Ödeme yöntemi
cli-help-withdraw-status = pending, paid, failed veya cancelled
cli-help-withdraw-reference = Ödeme referansı
cli-help-withdraw-force = Olağan dışı olsa bile kaydet (günün minimumunun altında, günün maksimumunun üstünde, ileri tarihli veya ilk elmastan önce)
cli-help-withdrawals = Para çekme işlemlerini listele, durumlarını değiştir veya birini sil
cli-help-withdrawals-list = Para çekme işlemlerini listele
cli-help-withdrawals-status = Bir para çekme işleminin durumunu değiştir
cli-help-withdrawals-status-id = Para çekme işlemi kimliği
cli-help-withdrawals-delete = Yanlışlıkla kaydedilen bir para çekme işlemini sil
cli-help-adjust = Bakiyeyi bir gerekçeyle belirli sayıda elmas kadar düzelt
cli-help-adjust-diamonds = Eklenecek elmaslar (çıkarmak için negatif)
cli-help-adjust-reason = Neden
cli-help-adjust-force = Bakiye sıfırın altına düşse bile kaydet
cli-help-reconcile = TikTok'un gösterdiği elmas bakiyesini girin; fark bir düzeltme olarak kaydedilir
cli-help-reconcile-balance = TikTok cüzdanınızdaki bakiye, elmas cinsinden
cli-help-reconcile-reason = Biliniyorsa neden farklı oldukları
cli-help-adjustments = Bakiye düzeltmelerini listele
cli-help-days = TikTok LIVE Center'ın kendi günlük rakamları (indirmesinden içe aktarılmış), kayıtlardaki günlerin yanında, farkla birlikte; --book, TikTok'un bildirdiği ama kayıtlarda canlı yayın olmayan bir günü kaydeder
cli-help-days-book = Bu gün (YYYY-MM-DD) için TikTok'un elmaslarını bir canlı yayın olarak kaydet; yalnızca kayıtlarda canlı yayın olmayan bir gün. Daha fazla gün için tekrarlayın
cli-help-insights = Canlı yayınlarınız boyunca ne kazandırıyor: haftanın gününe, başlangıç saatine ve süreye göre canlı yayın saati başına elmas, bir izleyicinin değeri ve minimuma ulaşmak için hâlâ gereken saatler. Bir rakamın arkasında 5 canlı yayın olmalı
cli-help-insights-from = İncelenen canlı yayınların ilk yerel günü (YYYY-MM-DD)
cli-help-insights-to = Son yerel gün
cli-help-insights-by = Minimuma ulaşmak istediğiniz gün: bunun için haftada kaç saat canlı yayın gerektiğini söyler (YYYY-MM-DD)
cli-help-rate = Kurları ayarla veya listele (jeton başına elmas, elmas başına para, sınırlar)
cli-help-rate-set = Bir günden itibaren geçerli kur ekle (aynı günün kurunun yerini alır)
cli-help-rate-set-from = Geçerli olduğu ilk gün (YYYY-MM-DD, saat diliminiz)
cli-help-rate-set-diamonds-per-coin = Hediye değerinin jeton başına elmas karşılığı
cli-help-rate-set-money-per-diamond = Elmas başına para
cli-help-rate-set-currency = Para birimi kodu, ör. USD
cli-help-rate-set-min-withdrawal = Minimum para çekme tutarı, para cinsinden
cli-help-rate-set-max-per-day = Günlük maksimum para çekme tutarı, para cinsinden
cli-help-rate-list = Kurları listele
cli-help-rate-delete = Bir kuru sil
cli-help-rate-delete-id = Kur kimliği
cli-help-rerate = Daha yeni bir kurun hangi canlı yayınları değiştireceğini göster veya (--apply) onları o kura taşı
cli-help-rerate-from = Yeniden kurlanacak canlı yayınların ilk yerel günü
cli-help-rerate-apply = Onları değiştir (bu olmadan yalnızca neyin değişeceğini gösterir)
cli-help-rerate-force = Bakiye sıfırın altına düşse bile uygula
cli-help-catalog = Hediye kataloğunu listele veya düzenle
cli-help-catalog-list = Hediye kataloğunu listele
cli-help-catalog-set = Hediye ekle veya fiyatını değiştir
cli-help-catalog-set-name = Hediye adı
cli-help-catalog-set-coins = Jetonlar
cli-help-catalog-remove = Bir hediyeyi kaldır
cli-help-settings = Ayarları göster veya değiştir (timezone, age_confirmed, payout_method, session_gap_minutes, setup_done: uygulamanın ilk gün soruları yanıtlandı ya da atlandı)
cli-help-settings-show = Ayarları göster
cli-help-settings-set = Bir ayarı değiştir
cli-help-settings-set-key = timezone, age_confirmed, payout_method, session_gap_minutes, setup_done veya language
cli-help-settings-set-value = Yeni değer
cli-help-summary = Bakiye, değeri, minimum para çekme tutarına ilerleme, hazır olma durumu ve tahmini tarih
cli-help-report = Güne, haftaya, aya veya yıla göre döküm
cli-help-report-by = Gruplama dönemi
cli-help-report-from = Sayılan ilk yerel gün (YYYY-MM-DD); öncesi açılış bakiyesidir
cli-help-report-to = Sayılan son yerel gün (YYYY-MM-DD)
cli-help-import = Bir CSV dosyasını içe aktar: hediye günlüğü, hediye tablosu, canlı yayın özeti veya LiveLedger dışa aktarımı
cli-help-import-file = Dosya: CSV, bir elektronik tablo (.xlsx, .xls, .ods), JSON veya JSON Lines hediye olayları ya da TikTok'un veri dışa aktarımı (.json veya .zip)
cli-help-import-format = auto, liveledger, gift-events, gift-table, session-summary, json-events veya tiktok-data
cli-help-import-dry-run = Hiçbir şey yazmadan nelerin ekleneceğini, atlanacağını ve reddedileceğini bildir
cli-help-import-map = Başlığın söylediğine ek olarak sütun eşlemesi: alan=Sütun,… (alanlar: date, time, event, gift, gift_id, coins, count, sender, nickname, session, repeat_end, gift_type, event_id, diamonds, duration, end, viewers, peak_viewers, followers, likes, gifters, rewards, title)
cli-help-import-skip-rows = Başlığın üstünde atlanacak satırlar (varsayılan: başlık ilk 20 satır içinde aranır)
cli-help-import-sheet = Okunacak elektronik tablo sayfası (varsayılan: veri içeren ilk sayfa)
cli-help-import-skip-lines = Bu satırlardaki veri satırlarını dışarıda bırak (ör. bir reddin belirttiği hatalı satırlar: 4,9,12); geri kalanı ya hep birlikte içe aktarılır ya da hiç aktarılmaz
cli-help-import-mapping-name = --map'i bu adla kaydet veya kayıtlı birini kullan
cli-help-import-gap-minutes = Yeni bir canlı yayın başlatan hediyesiz dakikalar (varsayılan: ayar)
cli-help-imports = Geçmiş içe aktarmaları listele veya birini geri al
cli-help-imports-list = Geçmiş içe aktarmaları listele
cli-help-imports-undo = Bir içe aktarmayı bütünüyle geri al
cli-help-imports-undo-id = İçe aktarma kimliği
cli-help-imports-undo-force = Elmaslarından ödeme yapılmış para çekme işlemleri olsa bile geri al
cli-help-export = Kayıtları CSV, JSON, hledger günlüğü veya beancount dosyası olarak dışa aktar
cli-help-export-format = csv, json, hledger veya beancount
cli-help-export-out = Standart çıktı yerine bu dosyaya yaz
cli-help-backup = Kayıtların tutarlı bir kopyasını yaz (uygulama açıkken de güvenli)
cli-help-backup-file = Nereye yazılacağı
cli-help-restore = Yedeği kontrol ettikten sonra kayıtları bir yedekle değiştir
cli-help-restore-file = Yedek dosyası
cli-help-demo = Demo verilerini yükle veya temizle
cli-help-demo-load = Demo kayıtlarını yükle (yalnızca boş kayıtlara)
cli-help-demo-load-if-empty = Kayıtlarda zaten veri varsa hiçbir şey yapmadan başarıyla bitir
cli-help-demo-clear = Tüm canlı yayınları, hediyeleri, para çekme işlemlerini ve düzeltmeleri kaldır (kurlar, katalog ve ayarlar kalır)
cli-help-demo-clear-yes = Onayla
cli-help-trash = Silinen canlı yayınlar, hediyeler ve para çekme işlemleri, 30 gün saklanır: listele veya birini geri koy
cli-help-trash-list = Silinen ve hâlâ geri konabilecekleri, en yenisi önce olmak üzere listele
cli-help-trash-restore = Bir silmenin kaldırdığını geri koy
cli-help-trash-restore-id = Çöp kutusu kaydının kimliği (`trash list` çıktısından veya silme işleminin yazdırdığı)
cli-help-trash-restore-force = Bakiye sıfırın altına düşecek olsa bile geri koy
cli-help-capture = Bu bilgisayardaki bir araçtan hediyeleri canlı olarak kaydet: bir WebSocket (varsayılan olarak TikFinity'ninki) veya aracın eklediği bir günlük dosyası. Kaydedilen her hediye için bir satır yazdırır. Ctrl-C durdurur: hâlâ süren seriler en yüksek sayılarıyla yazılır ve işaretlenir; canlı yayın açık kalır (sessizlikten sonra veya `session end` ile biter) ve yeniden başlatma ona katılır
cli-help-capture-ws = Okunacak WebSocket (varsayılan: TikFinity'ninki, ws://localhost:21213/)
cli-help-capture-follow = Başka bir aracın eklediği CSV hediye olayı günlüğü veya JSON Lines dosyası
cli-help-capture-allow-remote-host = Bu bilgisayar olmayan bir --ws ana bilgisayarını onaylar
cli-help-capture-silence-minutes = Canlı yayını bitiren ve bir seriyi kesen hediyesiz dakikalar (varsayılan: kayıtların session_gap_minutes değeri, bir içe aktarmanın canlı yayınları grupladığı aralık)
cli-help-capture-dead-after = Kayıt yeniden bağlanmadan önce bir WebSocket kaynağının hiçbir şey göndermeyebileceği saniye (çerçeve yok, ping'e yanıt yok)
cli-help-capture-json = Kaydedilen her hediyeyi tek satır JSON olarak yazdır
