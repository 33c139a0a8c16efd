# TikTok günleri: TikTok LIVE Center'ın gün bazındaki kendi rakamları
# kayıtlarınızdaki günlerin yanında, ve TikTok'un bildirdiği ama
# kayıtlarınızda canlı yayın olmayan bir günü kaydetme.

days-title = TikTok günleri

## Henüz TikTok LIVE Center dosyası yok

days-empty-title = Henüz TikTok LIVE Center günü yok
days-empty-text = TikTok LIVE Center'da LIVE analizlerinizi açıp indirin: dört CSV dosyası (Revenue, Activity, Viewers, Engagement), her gün için bir satır. Bunlardan herhangi birini buraya aktarın; LiveLedger bunları TikTok'un rakamları olarak kayıtlarınızın yanında tutar ve asla bakiyenize eklemez.
days-empty-import = TikTok dosyalarını içe aktar

## Kayıtlarınızın yanında TikTok'un rakamları

days-beside-title = Kayıtlarınızın yanında TikTok'un rakamları
days-beside-text = İçe aktardığınız dosyalardan, TikTok LIVE Center'ın gün bazındaki kendi rakamları. Bunlar TikTok'un verileridir: kayıtlarınızın yanında tutulur ve asla bakiyenize eklenmez. Kayıtlarınızdaki gün, her canlı yayının saat diliminizde başladığı gündür.
days-total = { $count ->
   *[other] TikTok bu günlerde { $tiktok } bildiriyor; kayıtlarınızda { $ledger } var. { $count } gün farklı.
}
days-book-all = { $count ->
   *[other] Canlı yayın olmayan { $count } günün hepsini kaydet ({ $diamonds })
}
days-book-one = Bu günü kaydet
days-what-differs = Farklı olanlar

## Sütunlar ve durumlar

days-col-day = Gün
days-col-tiktok = TikTok
days-col-ledger = Kayıt
days-col-difference = Fark
days-col-lives = Canlı yayın
days-col-live-time = LIVE süresi
days-col-viewers = Tekil izleyici
days-col-likes = Beğeni
days-col-status = Durum
days-col-actions = İşlemler
days-status-matches = Aynı
days-status-missing = Kayıt daha az
days-status-extra = Kayıt daha fazla
days-status-no-lives = Canlı yayın yok
days-status-no-tiktok-diamonds = TikTok elması yok

## Bir günün karşılaştırması

days-sentence-no-diamonds = { $count ->
   *[other] TikTok dosyalarında { $day } için elmas yok; kayıtlarınızda { $count } canlı yayından { $ledger } var.
}
days-sentence-not-listed = { $count ->
   *[other] TikTok dosyalarında { $day } yok; kayıtlarınızda { $count } canlı yayından { $ledger } var.
}
days-sentence-same = TikTok { $day } için { $tiktok } bildiriyor; kayıtlarınızda da aynısı var.
days-sentence-missing = TikTok { $day } için { $tiktok } bildiriyor; kayıtlarınızda { $ledger } var ({ $difference } eksik).
days-sentence-extra = TikTok { $day } için { $tiktok } bildiriyor; kayıtlarınızda { $ledger } var (TikTok'tan { $difference } fazla).
days-sentence-no-lives = TikTok { $day } için { $tiktok } bildiriyor; kayıtlarınızda o gün canlı yayın yok.

## TikTok'un rakamlarından gün kaydetme

days-book-title = { $count ->
    [one] Bu gün TikTok'un rakamıyla kaydedilsin mi?
   *[other] { $count } gün TikTok'un rakamlarıyla kaydedilsin mi?
}
days-book-line = { $day }: TikTok'un { $diamonds } rakamıyla bir canlı yayın
days-book-effect = Bakiyeniz { $diamonds } artar. Yalnızca kayıtlarınızda canlı yayın olmayan günler kaydedilir.
days-book-confirm = { $count ->
    [one] Günü kaydet
   *[other] Günleri kaydet
}
days-booked = { $count ->
   *[other] { $count } gün kaydedildi: { $diamonds }
}
days-undo = Geri al
days-unbooked = Kaydedilen günler geri çıkarıldı
