# Para çekme: TikTok'tan çekilen parayı kaydetme, kayıtlarınızı TikTok
# cüzdanıyla eşleştirme ve ikisinin geçmişi.

withdrawals-title = Para çekme

## Para çekme kaydı

withdrawals-record-title = Para çekme kaydet
withdrawals-diamonds = Elmas
withdrawals-requested = Talep tarihi
withdrawals-fee = Ücret
withdrawals-method = Yöntem
withdrawals-status = Durum
withdrawals-reference = Referans
withdrawals-withdrawable = Şu an çekilebilir: { $diamonds } ({ $money })
withdrawals-not-ready = Henüz hazır değil — eksikler için panoya bakın.
withdrawals-quote = { $diamonds } ≈ { $money }
withdrawals-quote-below = — TikTok'un minimum para çekme tutarı olan { $minimum } altında
withdrawals-record-button = Para çekmeyi kaydet
withdrawals-recorded = Para çekme kaydedildi

## TikTok'un ödemeyeceği bir para çekmeyi kaydetmeden önceki soru

withdrawals-below-title = TikTok { $minimum } altında ödeme yapmaz
withdrawals-below-line = Bu para çekme { $money }. Yalnızca TikTok gerçekten ödediyse kaydedin.
withdrawals-ask-title = Bu para çekme kaydedilsin mi?
withdrawals-record-anyway = Yine de kaydet

## Para çekme durumları

withdrawals-status-pending = Beklemede
withdrawals-status-paid = Ödendi
withdrawals-status-failed = Başarısız
withdrawals-status-cancelled = İptal edildi
withdrawals-status-changed = Durum değiştirildi

## TikTok cüzdanıyla eşleştirme

withdrawals-reconcile-title = TikTok ile eşleştir
withdrawals-reconcile-text = Kayıtlarınıza göre { $diamonds } var. TikTok başka bir sayı gösteriyorsa onu girin: fark, nedeniyle birlikte düzeltme olarak kaydedilir.
withdrawals-wallet-balance = TikTok cüzdanınızın gösterdiği elmas
withdrawals-wallet-reason = Neden farklı (biliyorsanız)
withdrawals-reconcile-button = Eşleştir
withdrawals-reconciled = Kayıtlarınız TikTok ile aynı
withdrawals-correction-recorded = { $count ->
   *[other] { $shown } elmaslık düzeltme kaydedildi
}

## Geçmiş

withdrawals-history-title = Geçmiş
withdrawals-newest-first = En yeni en üstte.
withdrawals-empty = Henüz para çekme yok. TikTok'ta para çektiğinizde bakiyeniz doğru kalsın diye buraya kaydedin.
withdrawals-amount = Tutar
withdrawals-net = Net tutar
withdrawals-actions = İşlemler
withdrawals-below-badge = minimumun altında
withdrawals-below-badge-title = O günkü { $minimum } tutarındaki minimum para çekme tutarının altında: TikTok'un ödediğini söylediğiniz için kaydedildi.

## Para çekme silme

withdrawals-delete = Sil
withdrawals-delete-label = { $diamonds } tutarındaki para çekmeyi sil
withdrawals-delete-title = Bu para çekme kaydı silinsin mi?
withdrawals-delete-line = { $diamonds } ({ $money }), talep: { $when }.
withdrawals-delete-effect = Bakiyeniz bu elmaslar kadar artar. Hemen ardından geri alabilirsiniz.
withdrawals-delete-confirm = Para çekmeyi sil
withdrawals-deleted = Para çekme silindi
withdrawals-restore-anyway = Yine de geri getir

## Eşleştirmeyle yapılan düzeltmeler

withdrawals-corrections-title = Düzeltmeler
withdrawals-when = Zaman
withdrawals-reason = Neden
