# Grafikler: eksen başlıkları, açıklamalar, ipuçları, ekran okuyucunun
# duyduğu özet ve rakamları tablo olarak gösteren düğme. Zaman her dilde
# soldan sağa akar.

charts-show-table = Rakamları tablo olarak göster
charts-hide-table = Tabloyu gizle
charts-none-yet = Henüz rakam yok.

## Eksen başlıkları, açıklamalar ve sütunlar

charts-diamonds = Elmas
charts-value = Değer
charts-day = Gün
charts-week = Hafta
charts-month = Ay
charts-balance = Bakiye (elmas)
charts-withdrawn = Çekilen (elmas)
charts-withdrawn-money = Çekilen (para)
charts-live = Canlı yayın
charts-title = Başlık
charts-time = Saat
charts-comments = Yorumlar
charts-per-hour = Yayın saati başına { $currency }
charts-per-1k = 1.000 izleyici başına { $currency }

## Gün, hafta veya ay başına kazanılan elmas

charts-earned-summary-day = { $count ->
   *[other] Günlük kazanılan elmasların çubuk grafiği, { $from } ile { $to } arasında { $count } gün. En yüksek: { $at } tarihinde { $best }.
}
charts-earned-summary-week = { $count ->
   *[other] Haftalık kazanılan elmasların çubuk grafiği, { $from } ile { $to } arasında { $count } hafta. En yüksek: { $at } haftasında { $best }.
}
charts-earned-summary-month = { $count ->
   *[other] Aylık kazanılan elmasların çubuk grafiği, { $from } ile { $to } arasında { $count } ay. En yüksek: { $at } ayında { $best }.
}
charts-earned-caption-day = Günlük elmas
charts-earned-caption-week = Haftalık elmas
charts-earned-caption-month = Aylık elmas

## Her günün sonundaki bakiye

charts-balance-summary = { $count ->
   *[other] { $from } ile { $to } arasındaki { $count } günün her birinin sonundaki elmas bakiyesinin çizgi grafiği: sonda { $now }; en yüksek { $at } tarihinde { $high }.
}
charts-balance-marks = { $count ->
   *[other] Para çekilen { $count } gün işaretli.
}
charts-tip-balance = Bakiye: { $diamonds }
charts-tip-withdrawn = Çekilen: { $diamonds }
charts-tip-withdrawn-money = Çekilen: { $diamonds } ({ $money })

## Her canlı yayının kazancı

charts-per-live-summary = { $count ->
   *[other] { $from } ile { $to } arasındaki { $count } canlı yayının dağılım grafiği: her birinin yayın saati başına (sol eksen) ve 1.000 izleyici başına (sağ eksen) { $currency } cinsinden kazancı. Saat başına en iyi: { $best }, { $at }.
}
charts-per-live-caption = Canlı yayın başına, yayın saati başına { $currency } ve 1.000 izleyici başına { $currency }
charts-tip-per-hour = Yayın saati başına { $money }
charts-tip-per-1k = 1.000 izleyici başına { $money }

## Bir canlı yayın zaman içinde, $count dakikalık adımlarla

charts-timeline-summary = { $count ->
    [one] Bir canlı yayının dakika başına elmaslarının çubuk grafiği, { $from } ile { $to } arası; yorumları çizgi olarak (sağ eksen). En çok elmas: { $at } saatinde { $best }.
   *[other] Bir canlı yayının { $count } dakikada bir elmaslarının çubuk grafiği, { $from } ile { $to } arası; yorumları çizgi olarak (sağ eksen). En çok elmas: { $at } saatinde { $best }.
}
charts-timeline-diamonds = { $count ->
    [one] Dakika başına elmas
   *[other] { $count } dakikada bir elmas
}
charts-timeline-comments = { $count ->
    [one] Dakika başına yorum
   *[other] { $count } dakikada bir yorum
}
charts-timeline-caption = { $count ->
    [one] Dakika başına elmas ve yorum
   *[other] { $count } dakikada bir elmas ve yorum
}
charts-comments-count = { $count ->
   *[other] { $count } yorum
}
