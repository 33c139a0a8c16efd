# Çekirdeğin söyledikleri: para çekmeyi engelleyenler, özetin satırları ve
# hatalar. Sayılar bu dilde yazılmış olarak gelir; $count, $days ve
# $minutes çoğul biçimini seçen sayılardır.

## Para çekmeyi engelleyenler.

core-blocker-negative-balance = Bakiye eksi ({ $count ->
   *[other] { $balance } elmas
}): kazanılandan fazlası çekildi ya da düzeltildi. Para çekme işlemlerini kontrol edin veya TikTok cüzdanınızdaki bakiyeyi Mutabakat bölümüne girin.
core-blocker-below-minimum = Minimum para çekme tutarının altında: { $balance } / { $minimum } — { $count ->
   *[other] { $missing } elmas
} kaldı. Canlı yayına devam edin.
core-blocker-age-not-confirmed = Yaş onaylanmadı: para çekmek için 18 yaş üstü doğrulanmış bir hesap gerekir. Ayarlar → Ödeme bölümünden onaylayın.
core-blocker-no-payout-method = Bağlı ödeme yöntemi yok. TikTok'ta bir tane bağlayın, sonra Ayarlar → Ödeme bölümünde adını girin.
core-blocker-daily-maximum-used = Bugünkü { $maximum } para çekme üst sınırı doldu. Yarın tekrar deneyin.

## Komut satırındaki özet: bir etiket, ardından satırı.

core-summary-balance-label = Bakiye
core-summary-earned-label = kazanılan
core-summary-withdrawn-label = çekilen
core-summary-adjusted-label = düzeltilen
core-summary-threshold-label = Minimum
core-summary-ready-label = Hazır
core-summary-eta-label = Tahmin
core-summary-pending-label = Bekleyen ödemeler
core-summary-rate-label = Kur
core-summary-balance = { $count ->
   *[other] { $diamonds } elmas
} = { $value }
core-summary-threshold = { $minimum } = { $count ->
   *[other] { $diamonds } elmas
}; ilerleme %{ $percent }
core-summary-ready-yes = evet — şimdi çekilebilir: { $count ->
   *[other] { $diamonds } elmas
} = { $value }
core-summary-ready-not-yet = henüz değil
core-summary-eta-reached = ulaşıldı ({ $day })
core-summary-eta-day = günde { $pace } elmasla { $day } (son { $days } gün)
core-summary-eta-wait = son { $days } günde { $count ->
   *[other] { $count } canlı yayın
} daha yapınca (tahmin için { $needed } gerekir)
core-summary-eta-none = yok — son { $days } günde kazanç yok
core-summary-rate = { $day } tarihinden beri: elmas başına { $rate } (bakiye bugünkü kurla, dökümler her canlı yayının kendi kuruyla değerlenir); para { $step } hassasiyetle, yarım yukarı yuvarlanır

## Onaylar: bir işlemdeki olağan dışı durum. Hiçbir şey yazılmadı; onaylayabilirsiniz.

core-confirm-negative-balance = { $action ->
    [put-back] { $label } geri yüklemek
    [rerate] bu canlı yayınlara kuru yeniden uygulamak
    [delete-session] { $id } numaralı canlı yayını silmek
    [correction] { $amount } elmaslık bir düzeltme
    [delete-gift] { $id } numaralı hediyeyi silmek
   *[undo-import] { $id } numaralı içe aktarmayı geri almak
} bakiyeyi { $count ->
   *[other] { $balance } elmasa
} düşürür (kazanılan { $earned }, çekilen { $withdrawn }, düzeltilen { $corrected }): bu elmaslardan para çekme ödemeleri yapıldı
core-confirm-future = tarihi { $at }, gelecekte
core-confirm-before-first-diamond = tarihi { $at }, ilk elmas kazanılmadan önce ({ $first })
core-confirm-below-minimum = { $gross }, { $day } tarihinde geçerli { $minimum } minimum para çekme tutarının altında: TikTok daha azını ödemez, bu yüzden yalnızca TikTok gerçekten ödediyse kaydedin
core-confirm-over-daily-maximum = { $day } tarihinde zaten { $used } çekilmişken, { $gross } daha o günün { $maximum } üst sınırını aşar
core-error-needs-confirmation = hiçbir şey yazılmadı; yine de kaydetmek için onaylayın (CLI: --force)

## Hatalar.

core-error-not-found = { $what ->
    [session] { $id } numaralı canlı yayın yok
    [gift] { $id } numaralı hediye yok
    [withdrawal] { $id } numaralı para çekme yok
    [import] { $id } numaralı içe aktarma yok
    [rate] { $id } numaralı kur yok
    [deleted] { $id } numaralı silinmiş kayıt yok
   *[other] { $id } numaralı kayıt yok
}
core-error-newer-schema = { $path } daha yeni bir LiveLedger ile yazılmış (şema { $found }, bu sürüm en fazla { $known } şemasını tanıyor); dosya değiştirilmedi — açmak için LiveLedger'ı güncelleyin
# $reason şimdilik İngilizce.
core-error-not-a-ledger = { $path } bir LiveLedger veritabanı değil: { $reason }
core-error-busy = veritabanı meşgul (başka bir LiveLedger ona yazıyor); biraz sonra tekrar deneyin
core-error-import-still-running = { $path }: başka bir LiveLedger'da çalışan içe aktarma { $minutes ->
    [0] { $seconds } sn
   *[other] { $minutes } dakika
} sonra hâlâ dosyayı tutuyor; hiçbir şey yapılmadı — bittiğinde tekrar deneyin ya da onu durdurun
core-error-import-still-running-pid = { $path }: başka bir LiveLedger'da çalışan içe aktarma (pid { $pid }) { $minutes ->
    [0] { $seconds } sn
   *[other] { $minutes } dakika
} sonra hâlâ dosyayı tutuyor; hiçbir şey yapılmadı — bittiğinde tekrar deneyin ya da onu durdurun
core-error-not-a-file = { $path } { $found ->
    [folder] bir klasör
    [fifo] adlandırılmış bir kanal (FIFO)
    [character-device] bir karakter aygıtı
    [block-device] bir blok aygıtı
    [socket] bir soket
   *[other] başka bir şey
}, normal bir dosya değil: normal bir dosya ya da yeni bir ad belirtin; içine hiçbir şey yazılmadı
# $why şimdilik İngilizce.
core-error-read-only = { $path } salt okunur ({ $why }): okunabilir ama değiştirilemez; hiçbir şey yazılmadı
# $what şimdilik İngilizce.
core-error-overflow = { $what }: toplanamayacak kadar büyük; saçma değeri olan kaydı düzenleyin veya silin

core-trash-session = { $count ->
       *[other] { $id } numaralı canlı yayın ve { $n } hediyesi
    }
core-trash-gift = { $n } × { $gift }
core-trash-withdrawal = { $id } numaralı para çekme işlemi

# The system's own reasons (an I/O error), as the system writes them in English;
# $code is its error number.

core-io-not-permitted = İşleme izin verilmiyor (sistem hatası { $code })
core-io-not-found = Böyle bir dosya ya da klasör yok (sistem hatası { $code })
core-io-io-error = Giriş/çıkış hatası (sistem hatası { $code })
core-io-permission-denied = İzin reddedildi (sistem hatası { $code })
core-io-exists = Dosya zaten var (sistem hatası { $code })
core-io-not-a-directory = Bir klasör değil (sistem hatası { $code })
core-io-is-a-directory = Bir klasör (sistem hatası { $code })
core-io-too-many-open = Çok fazla açık dosya (sistem hatası { $code })
core-io-too-large = Dosya çok büyük (sistem hatası { $code })
core-io-no-space = Aygıtta yer kalmadı (sistem hatası { $code })
core-io-read-only = Salt okunur dosya sistemi (sistem hatası { $code })
core-io-connection-reset = Bağlantı karşı taraf tarafından sıfırlandı (sistem hatası { $code })
core-io-timed-out = Bağlantı zaman aşımına uğradı (sistem hatası { $code })
core-io-connection-refused = Bağlantı reddedildi (sistem hatası { $code })
# Any other reason, in the system's own (English) words.
core-io-other = { $text }

# A whole error said inside another message: a file's path and why.
core-error-io = { $path }: { $reason }
core-error-disk = { $path }: { $cause }
core-error-database = veritabanı hatası: { $error }
core-error-field = { $field }: { $message }
core-error-text = { $text }

# Why a file is not a ledger, or is read-only (inside core-error-not-a-ledger's
# $reason and core-error-read-only's $why); $error is said inside, $found and
# $sqlite are SQLite's own words; $kind is a schema object's type.
core-ledger-why-uncountable = toplamları sayılamıyor: { $error }
core-ledger-why-unreadable = içindeki bir kayıt okunamıyor: { $error }
core-ledger-why-unfit = kayıtları birbiriyle uyuşmuyor ({ $error })
core-ledger-why-not-regular = normal bir dosya değil
core-ledger-why-not-a-backup = bir LiveLedger yedeği değil
core-ledger-why-integrity = bütünlük denetimi başarısız oldu: { $found }
core-ledger-why-empty = içinde defter yok
core-ledger-why-other-tables = başka tablolar içeriyor (uygulama kimliği LiveLedger'ınki değil)
core-ledger-why-not-yet = ve henüz bir defter değil
core-ledger-why-older = ve daha eski bir LiveLedger tarafından yazılmış: yükseltilmesi gerekiyor, bu da onu yazar
core-ledger-why-file-read-only = dosyaya yazılamaz
core-ledger-why-disk-read-only = dosyaya, klasörüne ya da diskine yazılamaz
core-ledger-why-not-sqlite = bir SQLite veritabanı değil
core-ledger-why-changed = { $kind ->
    [table] tablo
    [index] dizin
    [trigger] tetikleyici
   *[view] görünüm
} '{ $name }' LiveLedger'a ait değil; geri yükleme kayıt getirir, asla şema ya da kod getirmez
core-ledger-why-extra = LiveLedger'ın kendi sürümünde ({ $version }) oluşturmadığı { $kind ->
    [table] bir tablo
    [index] bir dizin
    [trigger] bir tetikleyici
   *[view] bir görünüm
} '{ $name }' içeriyor; geri yükleme kayıt getirir, asla şema ya da kod getirmez
core-ledger-why-missing = { $kind ->
    [table] tablo
    [index] dizin
    [trigger] tetikleyici
   *[view] görünüm
} '{ $name }' LiveLedger'a ait değil
core-ledger-disk-full = disk dolu ({ $sqlite }); başka hiçbir şey yazılmadı
core-ledger-disk-failed = disk okunamadı ya da yazılamadı (dolu, arızalı ya da çıkarılmış) ({ $sqlite }); başka hiçbir şey yazılmadı

# What a sum too large to add up was (inside core-error-overflow's $what).
core-overflow-session = { $part ->
    [diamonds] { $id } numaralı canlı yayının elmasları
   *[value] { $id } numaralı canlı yayının değeri
}
core-overflow-statement = dökümde: { $part ->
    [opening-balance] açılış bakiyesi
    [gifts] hediyeler
    [coins] jetonlar
    [diamonds] elmaslar
    [value] değer
    [withdrawals] para çekmeler
    [fees] ücretler
    [payouts] ödemeler
    [corrections] düzeltmeler
    [balance] bakiye
   *[rounding] yuvarlama
}
core-overflow = { $what ->
    [balance-value] bakiyenin değeri
    [recent-pace] son tempo
    [pending-withdrawals] bekleyen para çekmeler
    [period-diamonds] dönemin elmasları
    [day-diamonds] bir günün elmasları
    [coins-every-session] tüm canlı yayınların jetonları
    [minute-diamonds] bir dakikanın elmasları
    [money-per-1000] 1.000 izleyici başına para
    [diamonds-to-go] kalan elmaslar
    [diamonds-earned] kazanılan elmaslar
    [diamonds-withdrawn] çekilen elmaslar
    [corrections] düzeltmeler
    [day-withdrawals] günün para çekmeleri
    [balance] bakiye
    [booked-diamonds] kaydedilen elmaslar
    [wallet-difference] cüzdanla fark
    [withdrawal-value] para çekmenin değeri
    [withdrawal-net] para çekmenin neti
   *[tiktok-diamonds] TikTok'un elmasları
}
core-overflow-engagement = { $id } numaralı canlı yayının { $minute } dakikasındaki etkileşimler

# The titles LiveLedger gives a live it made itself (the stored title stays as written;
# these say it in the creator's language).
core-title-imported = İçe aktarılan canlı yayın
core-title-captured = Yakalanan canlı yayın
core-title-booked = TikTok LIVE Center: { $day }
