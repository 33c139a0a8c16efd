# Pano: bakiye, TikTok'un minimum para çekme tutarına giden yol, şu anda para
# çekilip çekilemeyeceği, bu hafta ve bu ay, grafikler ve en iyiler listeleri.
# Türkçede sayıdan sonra isim çoğul olmaz; yer tutuculara ek getirilmez.

dashboard-title = Pano

## Henüz boş.

dashboard-empty-title = Henüz kayıtlı canlı yayın yok
dashboard-empty-text = İlk canlı yayınınızı ekleyin: elle girin, yayındayken hediyeleri sayın ya da canlı yayın araçlarınızın veya TikTok'un verdiği dosyaları içe aktarın.
dashboard-add-live = Canlı yayın ekle
dashboard-import-file = Dosya içe aktar
dashboard-tally = Canlı sayımı başlat
dashboard-demo-offer = Sadece göz mü atıyorsunuz? { $load } — bunları Ayarlar'dan silebilirsiniz.
dashboard-demo-load = Altı aylık deneme verisini yükle
dashboard-demo-loaded = Deneme verisi yüklendi

## Bakiye.

dashboard-balance = Bakiye
dashboard-diamonds-unit = { $count ->
   *[other] elmas
}
dashboard-earned = Kazanılan
dashboard-withdrawn = Çekilen
dashboard-corrections = Düzeltmeler
dashboard-pending = Yoldaki ödemeler
dashboard-rounded-down = Aşağı yuvarlandı: Minimum tutar olan { $min } değerinin biraz altında, bu yüzden ulaşılmış gösterilmiyor.
dashboard-valued-today = Bugünkü kurla değeri (elmas başına { $rate }). Dökümler her canlı yayının kendi günündeki kuru kullanır.

## Minimum para çekme tutarına doğru.

dashboard-threshold-title = Minimum para çekme tutarı
dashboard-progress-label = TikTok'un minimum para çekme tutarına ilerleme
dashboard-threshold-reached = { $balance } / { $min } — ulaşıldı · { $percent }
dashboard-threshold-to-go = { $balance } / { $min } — kalan { $diamonds } ({ $value }) · { $percent }
dashboard-can-cash-out = Diğer koşullar sağlandığında para çekebilirsiniz.
dashboard-eta = Son { $days } gündeki hızınızla (günde { $pace }) yaklaşık { $day } tarihinde ulaşırsınız.
dashboard-eta-wait = Tahmin, { $days } gün içinde { $min } canlı yayından sonra görünür — { $count ->
   *[other] { $count } canlı yayın daha gerekiyor.
}
dashboard-eta-none = Son { $days } günde canlı yayın yok, bu yüzden henüz tahmin yok.

## Para çekebilir miyim?

dashboard-ready-title = Para çekebilir miyim?
dashboard-ready = Para çekmeye hazır
dashboard-not-yet = Henüz değil
dashboard-withdrawable = Şu anda { $diamonds } ({ $value }) çekebilirsiniz.
dashboard-rate-since = Kur ({ $day } tarihinden beri): elmas başına { $rate }.
dashboard-payout-link = Ayarlar → Ödeme
dashboard-blocker-negative-balance = Bakiyeniz eksi ({ $diamonds }): kazanılandan fazlası çekildi veya düzeltildi. Para çekme kayıtlarınızı kontrol edin ya da TikTok cüzdanınızın gösterdiği tutarı Para çekme → Eşleştir bölümüne girin.
dashboard-blocker-below-minimum = { $balance } / { $min } minimum — kalan { $diamonds }. Yayına devam!
dashboard-blocker-age = 18 yaşında veya daha büyük olduğunuzu ve hesabınızın doğrulandığını onaylayın: { $link }.
dashboard-blocker-payout = TikTok'ta bir ödeme yöntemi bağlayın, ardından adını girin: { $link }.
dashboard-blocker-daily-maximum = Bugünkü para çekme üst sınırını doldurdunuz. Yarın tekrar deneyin.

## Bu hafta ve bu ay şimdiye kadar.

dashboard-compare-title = Bu hafta ve bu ay şimdiye kadar
dashboard-compare-note = TikTok'un LIVE Center'ının yaptığı gibi, önceki hafta ve ayın aynı günleriyle karşılaştırılır.
dashboard-week = Bu hafta
dashboard-month = Bu ay
dashboard-compare-lives = { $count ->
   *[other] { $count } canlı yayın
} · { $from } – { $to }
dashboard-change-week = Geçen haftanın aynı günlerine göre { $change } ({ $before })
dashboard-change-month = Geçen ayın aynı günlerine göre { $change } ({ $before })
dashboard-nothing-week = Geçen haftanın aynı günlerinde kazanç yok.
dashboard-nothing-month = Geçen ayın aynı günlerinde kazanç yok.

## Grafikler ve listeler.

dashboard-earned-title = Kazanılan elmaslar
dashboard-group-by = Gruplama
dashboard-by-day = Gün
dashboard-by-week = Hafta
dashboard-by-month = Ay
dashboard-balance-chart-title = Zaman içinde bakiye, para çekmeler işaretli
dashboard-chart-wait = { $min } canlı yayından sonra görünür (şimdiye kadar { $count ->
   *[other] { $count } canlı yayın
}).
dashboard-top-gifts = En çok gelen hediyeler (harcanan jetona göre)
dashboard-top-gifts-empty = Hediye kaydettiğinizde veya içe aktardığınızda hediyeler burada görünür.
dashboard-top-supporters = En iyi destekçiler (harcanan jetona göre)
dashboard-top-supporters-empty = Hediyelerde gönderen bilgisi olduğunda gönderenler burada görünür.
dashboard-top-row = { $coins } · { $share }
dashboard-worth-title = Bir saatlik canlı yayın ve bir izleyici ne kadar eder?
dashboard-worth-note = TikTok izlenme başına ödeme yapmaz; bunlar, her canlı yayın için hediyelerinizin saatlerinize ve izleyicilerinize bölümüdür.
