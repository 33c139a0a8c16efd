# İçgörüler ("Ne kazandırıyor"): tüm canlı yayınlarınızda neyin kazandırdığı.
# Her rakam belirli sayıda canlı yayına (veya TikTok gününe) dayanır; çok
# azsa rakam yerine bunu söyler.

insights-title = Ne kazandırıyor

## Bir rakam ve örneklemi.

insights-not-enough = henüz yeterli canlı yayın yok ({ $n } / { $min })
insights-sample-lives = ({ $count ->
   *[other] { $count } canlı yayın
})
insights-sample-days = ({ $count ->
   *[other] { $count } gün
})
insights-sample-weeks = ({ $count ->
   *[other] { $count } hafta
})
insights-percent = %{ $value }

## Aralık.

insights-range-from = Başlangıç { $date }
insights-range-to = bitiş { $date }
insights-from-label = Başlangıç
insights-to-label = Bitiş
insights-show = Göster
insights-all-lives = Tüm canlı yayınlar
insights-looked-at = { $count ->
   *[other] { $count } canlı yayın incelendi
} · medyanlar · her rakam için { $min } canlı yayın gerekir

## Henüz canlı yayın yok.

insights-empty-title = Henüz öğrenilecek canlı yayın yok
insights-empty-text = İçgörüler canlı yayınlarınızı birbiriyle karşılaştırır: yayına çıkmak için en iyi saatler, hangi sürenin kazandırdığı, bir izleyicinin değeri ve kimlerin hediye gönderdiği. Her rakam için 15 dakika veya daha uzun { $min } canlı yayın gerekir.
insights-add-live = Canlı yayın ekle
insights-import-lives = Canlı yayınlarınızı içe aktarın

## İzlenme başına para alır mıyım?

insights-per-view-title = İzlenme başına para alır mıyım?
insights-per-view-answer = Hayır. TikTok izlenmeler için değil, hediyeler için ödeme yapar. Kendi canlı yayınlarınızda bir izleyicinin değeri:
insights-per-viewer = İzleyici başına elmas
insights-per-1000-viewers = 1.000 izleyici başına elmas
insights-money-per-1000-viewers = 1.000 izleyici başına { $currency }
insights-per-hour-same-lives = Canlı yayın saati başına elmas, aynı yayınlar
insights-per-1000-views-days = 1.000 izlenme başına, TikTok LIVE Center günlerinden
insights-per-view-note = Burada izleyici sayısı girilmiş, içe aktarılmış veya yakalanmış canlı yayınlar sayılır.

## Ne zaman yayına çıkıyorsunuz.

insights-when-title = Ne zaman yayına çıkıyorsunuz
insights-when-note = Her hücre: o saatte başlayan canlı yayınların saat başına medyan elması ve (küçük) kaç canlı yayın olduğu. { $min } canlı yayından az olan bir hücre yalnızca sayısını gösterir.
insights-no-lives-in-range = Bu aralıkta canlı yayın yok.
insights-week-caption = Haftanın günü ve başlangıç saatine göre canlı yayın saati başına medyan elmas (saat diliminiz), her hücredeki canlı yayın sayısıyla
insights-week-day = Gün
insights-cell-few = { $day } { $hour }: henüz yeterli canlı yayın yok ({ $n } / { $min })
insights-cell = { $day } { $hour }: saatte { $diamonds }, { $count ->
   *[other] { $count } canlı yayın
}

## Ne kadar süre.

insights-how-long = Ne kadar süre
insights-lengths-caption = Canlı yayın süresine göre medyan elmas: ek sürenin kazandırmayı bıraktığı yer
insights-col-length = Yayın süresi
insights-col-per-hour = Canlı yayın saati başına elmas
insights-col-per-live = Canlı yayın başına elmas
insights-band-under = { $to } altı
insights-band-between = { $from } – { $to }
insights-band-longer = { $from } ve üzeri

## Ortam ve hediyeler.

insights-room-title = Ortam ve hediyeler
insights-room-empty = Canlı yakalama, çalıştığı sürece dakika başına beğeni, yorum, katılım ve yeni takipçi sayar (sohbetteki sözleri asla). Birkaç canlı yayını yakalayın ya da TikTok LIVE Center'ın günlük dosyalarını içe aktarın; burada elmaslarınızın ortamla nasıl değiştiğini görürsünüz.
insights-room-counted = Canlı yakalama ortamı { $count ->
   *[other] { $count } canlı yayında
} saydı: dakikada { $comments } yorum ve { $likes } beğeni (medyanlar).
insights-split-comments = Dakika başına yorum { $cut } üzerindeyken: canlı yayın saati başına { $above } elmas; { $cut } veya altındayken: { $below }.
insights-split-likes = Dakika başına beğeni { $cut } üzerindeyken: canlı yayın saati başına { $above } elmas; { $cut } veya altındayken: { $below }.
insights-split-followers = Saat başına yeni takipçi { $cut } üzerindeyken: canlı yayın saati başına { $above } elmas; { $cut } veya altındayken: { $below }.
insights-split-days-likes = TikTok LIVE Center günlerinde yayın dakikası başına beğeni { $cut } üzerindeyken: canlı yayın saati başına { $above } elmas; { $cut } veya altındayken: { $below }.
insights-split-comments-few = Dakika başına yoruma göre: her iki tarafta henüz yeterli canlı yayın yok (şimdiye kadar { $count ->
   *[other] { $count } canlı yayın
}; her tarafta en az { $min } gerekir).
insights-split-likes-few = Dakika başına beğeniye göre: her iki tarafta henüz yeterli canlı yayın yok (şimdiye kadar { $count ->
   *[other] { $count } canlı yayın
}; her tarafta en az { $min } gerekir).
insights-split-followers-few = Saat başına yeni takipçiye göre: her iki tarafta henüz yeterli canlı yayın yok (şimdiye kadar { $count ->
   *[other] { $count } canlı yayın
}; her tarafta en az { $min } gerekir).
insights-split-days-likes-few = TikTok LIVE Center günlerinde yayın dakikası başına beğeniye göre: her iki tarafta henüz yeterli gün yok (şimdiye kadar { $count ->
   *[other] { $count } gün
}; her tarafta en az { $min } gerekir).
insights-cause = Bunlar neyin birlikte olduğunu gösterir, neyin neye yol açtığını değil: hareketli bir sohbet hediye getirebilir ya da hediyeler sohbeti hareketlendirebilir.

## Bir canlı yayın, dakika dakika.

insights-timeline-title = Bir canlı yayın, dakika dakika
insights-timeline-pick = Gösterilecek canlı yayın
insights-timeline-live = Canlı yayın { $pick }
insights-timeline-minutes = { $count ->
   *[other] Hediye veya sayım olan { $count } dakika.
}
insights-timeline-uncounted = Canlı yakalama bu yayında ortamı saymadı: yalnızca hediyeler gösteriliyor.
insights-timeline-every-minute = Beğeni, yeni takipçi ve izleyicilerle her dakika
insights-col-minute = Dakika
insights-col-diamonds = Elmas
insights-col-comments = Yorum
insights-col-likes = Beğeni
insights-col-new-followers = Yeni takipçi
insights-col-viewers = İzleyici
insights-timeline-note = Çubuklar: elmas. Çizgi: canlı yakalamanın saydığı yerlerde yorumlar. Uzun bir yayın birkaç dakikalık adımlarla çizilir.

## Plan.

insights-plan-title = Plan
insights-plan-reached = Minimum para çekme tutarına ulaştınız.
insights-plan-wait = Kalan { $diamonds }. Gereken saatler { $min } canlı yayından sonra görünür.
insights-plan-hours = Kalan { $diamonds }: canlı yayın saati başına { $perHour } medyanınızla ({ $lives ->
   *[other] son { $lives } canlı yayın
}) yaklaşık { $hours } { $count ->
   *[other] saat
} daha yayın.
insights-plan-week = Bu hafta: { $thisWeek } { $count ->
   *[other] elmas
}; önceki haftalardaki haftalık ortalamanız: { $average }.
insights-plan-by = Hedef tarih { $date }
insights-plan-by-label = Minimuma ulaşma tarihi
insights-plan-button = Planla
insights-plan-per-week = { $day } tarihine kadar haftada yaklaşık { $hours } { $count ->
   *[other] saat
} canlı yayın.
insights-plan-passed = O gün geçti.

## Kim hediye gönderiyor.

insights-who-title = Kim hediye gönderiyor
insights-gifters-per-live = Canlı yayın başına hediye gönderen
insights-returning-gifters = Tekrar gelen hediye gönderenler
insights-top-share = { $count ->
    [1] En iyi destekçinizin getirdiği
   *[other] En iyi { $count } destekçinizin getirdiği
}
insights-top-share-value = hediye elmaslarının { $percent } kadarı
insights-no-senders = Bu yayınlarda gönderen adı olan hediye yok.
insights-supporters-caption = Bu yayınlardaki en iyi destekçiler (yalnızca sizin görünümünüzde; siz istemedikçe dışa aktarmalar isimleri içermez)
insights-col-supporter = Destekçi
insights-col-lives = Canlı yayın
insights-col-first-gift = İlk hediye
insights-col-last-gift = Son hediye
