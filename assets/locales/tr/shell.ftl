# Uygulamanın çerçevesi: gezinme, yükleme ve herhangi bir görünümdeki hatalar.

nav-label = Görünümler
nav-dashboard = Pano
nav-insights = İçgörüler
nav-sessions = Canlı yayınlar
nav-live = Canlı sayım
nav-import = İçe aktar
nav-withdrawals = Para çekme
nav-statements = Dökümler
nav-days = TikTok günleri
nav-settings = Ayarlar
nav-shortcut = { $title } ({ $key })
view-loading = Yükleniyor…
view-failed = Bir şeyler ters gitti

## Birimler. Türkçede sayıdan sonra isim tekil kalır.

coins-count = { $count ->
   *[other] { $count } jeton
}
diamonds-count = { $count ->
   *[other] { $shown } elmas
}
duration-minutes = { $minutes } dk
duration-hours = { $hours } sa
duration-hours-minutes = { $hours } sa { $minutes } dk
