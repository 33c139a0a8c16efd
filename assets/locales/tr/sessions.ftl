# Canlı yayınlar görünümü: yayın listesi, bir yayının ayrıntısı (özet,
# destekçiye göre hediyeler, elle eklenen bir hediye) ve yayını ekleme ya
# da düzenleme formu. Ek almaması için adlar "gönderen: …" ile verilir.

sessions-title = Canlı yayınlar
sessions-filter-placeholder = Başlığa veya tarihe göre süz…
sessions-filter-label = Canlı yayınları süz
sessions-new = Yeni canlı yayın
sessions-no-match = Süzgece uyan canlı yayın yok.
sessions-empty-title = Henüz canlı yayın yok
sessions-empty-text = Yaptığınız canlı yayınları hediyeleriyle birlikte ekleyin ya da bir CSV dosyasından içe aktarın.

## Listenin sütunları. "canlı", hâlâ süren bir yayını gösterir.

sessions-col-date = Tarih
sessions-col-duration = Süre
sessions-col-title = Başlık
sessions-col-diamonds = Elmas
sessions-col-value = Değer
sessions-col-viewers = İzleyici
sessions-col-per-hour = Saat başı
sessions-running-badge = canlı

## Bir canlı yayının formu.

sessions-field-start = Başlangıç
sessions-field-end = Bitiş
sessions-field-end-hint = Yayın sürerken boş bırakın.
sessions-field-title = Başlık
sessions-field-viewers = İzleyici
sessions-field-peak-viewers = En yüksek izleyici
sessions-field-new-followers = Yeni takipçi
sessions-field-diamonds = TikTok'un bildirdiği elmas
sessions-field-diamonds-hint = Hediyeleri tek tek kaydetmiyorsanız TikTok'un LIVE özetinden.
sessions-field-notes = Notlar
sessions-edit-title = Canlı yayını düzenle
sessions-new-title = Yeni canlı yayın
sessions-save = Kaydet
sessions-add = Canlı yayın ekle
sessions-cancel = İptal
sessions-saved = Canlı yayın kaydedildi
sessions-added = Canlı yayın eklendi

## Bir canlı yayının ayrıntısı.

sessions-untitled = Canlı yayın
sessions-edit = Düzenle
sessions-delete = Sil
sessions-close = Kapat
sessions-close-label = Yayının ayrıntısını kapat
sessions-recap = Özet
sessions-earned = Kazanılan
sessions-duration = Süre
sessions-still-live = hâlâ canlı
sessions-per-hour-live = Canlı saat başı
sessions-gifts = Hediyeler
sessions-top-gifters = En çok destekleyenler
sessions-no-gifters = Gönderen adı yok
sessions-gifts-from = { $senders ->
   *[other] { $senders } destekçiden
} { $count ->
   *[other] { $count } hediye
}
sessions-by-sender = Destekçiye göre hediyeler
sessions-no-sender = Gönderen adı olmayanlar
sessions-sender-line = { $count ->
   *[other] { $count } hediye
} · { $coins }
sessions-no-gifts = Bu yayında hediye satırı yok.
sessions-per-thousand-viewers = 1.000 izleyici başına { $value }

## Bir canlı yayının hediye tablosu.

sessions-col-time = Saat
sessions-col-gift = Hediye
sessions-col-coins = Jeton
sessions-col-count = Adet
sessions-col-actions = İşlemler
sessions-estimated = tahmini
sessions-estimated-hint = İçe aktarılan kayıt bu seri bitmeden sona erdi: şimdiye kadarki en yüksek adetle sayıldı. Kaydın kalanını içe aktarmak seriyi tamamlar.
sessions-delete-gift-label = { $gift } hediyesini sil
sessions-delete-gift-from-label = { $gift } hediyesini sil (gönderen: { $sender })

## Elle hediye ekleme.

sessions-gift-field = Hediye
sessions-gift-placeholder = Rose
sessions-gift-hint = Katalogdaki bir hediye jetonunu katalogdan alır.
sessions-coins-field = Tanesi kaç jeton
sessions-coins-placeholder = katalogdan
sessions-count-field = Adet
sessions-sender-field = Gönderen
sessions-sender-placeholder = isteğe bağlı
sessions-add-gift = Hediye ekle
sessions-gift-added = Hediye eklendi

## Bir hediyeyi ya da yayını silme (geri alınabilir).

sessions-delete-gift-title = Bu hediye silinsin mi?
sessions-delete-gift-line = { $count } × { $gift } ({ $coins }).
sessions-delete-gift-from-line = { $count } × { $gift }, gönderen: { $sender } ({ $coins }).
sessions-undo-hint = Hemen ardından geri alabilirsiniz.
sessions-delete-gift-confirm = Hediyeyi sil
sessions-delete-anyway = Yine de sil
sessions-gift-deleted = Hediye silindi
sessions-restore-anyway = Yine de geri getir
sessions-delete-session-title = Bu canlı yayın silinsin mi?
sessions-delete-session-line = { $title } · { $date }: { $count ->
   *[other] { $count } hediye
}, { $diamonds }.
sessions-delete-session-confirm = Canlı yayını sil
sessions-session-deleted = Canlı yayın silindi
