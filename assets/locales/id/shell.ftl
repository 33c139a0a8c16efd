# Bingkai aplikasi: navigasi, memuat, dan kegagalan di tampilan mana pun.

nav-label = Tampilan
nav-dashboard = Dasbor
nav-insights = Wawasan
nav-sessions = LIVE
nav-live = Hitung langsung
nav-import = Impor
nav-withdrawals = Penarikan
nav-statements = Laporan
nav-days = Hari TikTok
nav-settings = Pengaturan
nav-shortcut = { $title } ({ $key })
view-loading = Memuat…
view-failed = Terjadi kesalahan

## Satuan. Bahasa Indonesia tidak mengubah kata benda untuk jamak.

coins-count = { $count ->
   *[other] { $count } koin
}
diamonds-count = { $count ->
   *[other] { $shown } berlian
}
duration-minutes = { $minutes } mnt
duration-hours = { $hours } j
duration-hours-minutes = { $hours } j { $minutes } mnt
