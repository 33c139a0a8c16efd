# Canlı sayımın yakalama paneli: bu bilgisayardaki bir canlı yayın aracından
# (TikFinity'nin WebSocket'i ya da başka bir aracın yazdığı kayıt dosyası)
# otomatik kaydedilen hediyeler.

capture-title = Şuradan yakala…
capture-intro = Hediyeler bu bilgisayardaki bir canlı yayın aracından otomatik kaydedilir; her biri gelir gelmez saklanır. Seriler bittiklerinde bir kez sayılır. Aracın kaçırdığı hediyeler için sayım düğmeleri yerinde kalır.
capture-source-label = Kaynak
capture-source-ws = WebSocket (TikFinity)
capture-source-file = Kayıt dosyası
capture-address-label = Adres
capture-file-placeholder = Aracın yazdığı kayıt dosyasının yolu
capture-choose-file = Dosya seç…
capture-connect = Bağlan
capture-stop = Durdur

## Bağlantının durumu.

capture-state-connecting = Bağlanıyor
capture-state-connected = Bağlandı
capture-state-reconnecting = Yeniden bağlanıyor
capture-state-stopped = Durduruldu
capture-status-running = { $state } — { $detail } · { $count ->
   *[other] { $count } hediye kaydedildi
}
capture-status-stopped = Durduruldu — { $count ->
   *[other] { $count } hediye kaydedildi
}
capture-not-capturing = Yakalama yapılmıyor.
capture-last-problem = Son sorun: { $problem }

## Süren seriler ve kaydedilen hediyeler.

capture-pending-title = Süren seriler (bitince sayılır)
capture-no-streak = Süren seri yok.
capture-gifts-title = Kaydedilen hediyeler, en yenisi önce
capture-gifts-empty = Hediyeler araç gönderdikçe burada görünür, en yenisi önce.
capture-gift-count = { $count } × { $gift }
capture-gift-from = { $gift }, gönderen: { $sender }
capture-unfinished = bitmemiş seri
capture-unfinished-hint = Serinin sonu hiç gelmedi: en yüksek adetle sayıldı
capture-dropped = kaynak koptu
capture-dropped-hint = Bu seri sürerken kaynak koptu; seri hiç bitmeyebilir
capture-announce = Yeni hediye: { $count } × { $gift }.
capture-announce-from = Yeni hediye: { $count } × { $gift }, gönderen: { $sender }.
