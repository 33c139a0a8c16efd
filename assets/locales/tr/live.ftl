# Canlı sayım görünümü: bir canlı yayın başlatmak, hediyeleri tek tıkla ya
# da tuşla kaydetmek, yayını bitirmek ve bitince gösterilen özet.

live-heading = Canlı sayım
live-badge = LIVE

## Yayından önce.

live-start-card = Canlı yayın başlat
live-start-intro = Yayındayken hediyeleri kaydedin: her hediye için bir tık ya da bir tuş. Her dokunuş anında kaydedilir; uygulamayı kapatmak hiçbir şey kaybettirmez, döndüğünüzde yayın sürüyor olur.
live-title-label = Başlık
live-title-placeholder = Bu yayın ne hakkında? (isteğe bağlı)
live-go = Yayına başla ve say

## Yayın sırasında.

live-started = Başlangıç: { $when }. 1–9 tuşları hediye ekler, Ctrl+Z sonuncuyu geri alır.
live-sender-label = Gönderen
live-sender-placeholder = Sonraki hediyeyi gönderen (isteğe bağlı)
live-senders-label = Son gönderenler
live-senders-hint = Her hediyeden sonra temizlenir. Son gönderenler:
live-other-label = Başka hediye
live-other-gift = Başka hediye…
live-other-option = { $gift } ({ $coins })
live-streak-label = Sonraki hediyeden kaç tane
live-armed-note = Sonraki hediye ×{ $times } sayılır
live-armed-hint = Kaydedilince ×1'e döner (Esc iptal eder).
live-key = Tuş { $key }
live-this-live = Bu yayın
live-value-gifts = { $value } · { $count ->
   *[other] { $count } hediye
}
live-threshold-title = Para çekme eşiği
live-balance-line = Bakiye { $diamonds } = { $value } / { $minimum } · { $percent }
live-last-gifts = Son hediyeler
live-gift-line = { $count } × { $gift }
live-gift-line-from = { $count } × { $gift }, gönderen: { $sender }
live-undo-last = Sonuncuyu geri al (Ctrl+Z)
live-nothing-to-undo = Geri alınacak bir şey yok
live-remove-anyway = Yine de kaldır

## Ekran okuyucuya söylenen ve geri almadan sonra gösterilen.

live-logged = Kaydedildi: { $count } × { $gift }. Bu yayın: { $total }.
live-logged-from = Kaydedildi: { $count } × { $gift }, gönderen: { $sender }. Bu yayın: { $total }.
live-removed-toast = Kaldırıldı: { $count } × { $gift }
live-removed = Kaldırıldı: { $count } × { $gift }. Bu yayın: { $total }.

## Yayını bitirmek.

live-end = Yayını bitir
live-end-title = Bu yayın bitirilsin mi?
live-end-so-far = { $count ->
   *[other] Şimdiye kadar { $diamonds } değerinde { $count } hediye var.
}
live-end-after = Bundan sonra kaydedilen hediyeler yeni bir yayın başlatır.
live-ended = Yayın bitirildi ve kaydedildi

## Yeni biten yayının özeti.

live-recap-title = Yayın bitti
live-recap-title-named = Yayın bitti: { $title }
live-recap-card = Özet
live-earned = Kazanılan
live-earned-value = { $diamonds } · { $value }
live-duration = Süre
live-gifts = Hediyeler
live-top-gifters = En çok destekleyenler
live-gifter-line = { $count ->
   *[other] { $count } hediye
} · { $coins }
live-no-gifters = Hiçbir hediyenin göndereni yoktu.
live-from-tiktok = TikTok'un LIVE özetinden
live-from-tiktok-hint = Bunları TikTok'un yayından sonra gösterdiği özetten kopyalayın (isteğe bağlı).
live-viewers = İzleyici
live-followers = Yeni takipçi
live-save = Kaydet
live-saved = Bu yayına kaydedildi
live-another = Yeni yayın başlat
live-all-lives = Tüm yayınlar
