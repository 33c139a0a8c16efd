# Grafik: judul sumbu, legenda, tooltip, ringkasan yang didengar pembaca layar,
# dan tombol untuk melihat angkanya sebagai tabel. Waktu berjalan dari kiri ke
# kanan di semua bahasa.

charts-show-table = Tampilkan angka sebagai tabel
charts-hide-table = Sembunyikan tabel
charts-none-yet = Belum ada angka.

## Judul sumbu, legenda, dan kolom

charts-diamonds = Berlian
charts-value = Nilai
charts-day = Hari
charts-week = Minggu
charts-month = Bulan
charts-balance = Saldo (berlian)
charts-withdrawn = Ditarik (berlian)
charts-withdrawn-money = Ditarik (uang)
charts-live = LIVE
charts-title = Judul
charts-time = Waktu
charts-comments = Komentar
charts-per-hour = { $currency } per jam LIVE
charts-per-1k = { $currency } per 1.000 penonton

## Berlian yang didapat per hari, minggu, atau bulan

charts-earned-summary-day = { $count ->
   *[other] Grafik batang berlian yang didapat per hari, { $count } hari dari { $from } sampai { $to }. Tertinggi: { $best } pada { $at }.
}
charts-earned-summary-week = { $count ->
   *[other] Grafik batang berlian yang didapat per minggu, { $count } minggu dari { $from } sampai { $to }. Tertinggi: { $best } pada { $at }.
}
charts-earned-summary-month = { $count ->
   *[other] Grafik batang berlian yang didapat per bulan, { $count } bulan dari { $from } sampai { $to }. Tertinggi: { $best } pada { $at }.
}
charts-earned-caption-day = Berlian per hari
charts-earned-caption-week = Berlian per minggu
charts-earned-caption-month = Berlian per bulan

## Saldo di akhir setiap hari

charts-balance-summary = { $count ->
   *[other] Grafik garis saldo berlian di akhir setiap hari selama { $count } hari, dari { $from } sampai { $to }: { $now } di akhir; tertinggi { $high } pada { $at }.
}
charts-balance-marks = { $count ->
   *[other] { $count } hari dengan penarikan, ditandai.
}
charts-tip-balance = Saldo: { $diamonds }
charts-tip-withdrawn = Ditarik: { $diamonds }
charts-tip-withdrawn-money = Ditarik: { $diamonds } ({ $money })

## Pendapatan setiap LIVE

charts-per-live-summary = { $count ->
   *[other] Grafik sebar { $count } LIVE dari { $from } sampai { $to }: pendapatan masing-masing dalam { $currency } per jam LIVE (sumbu kiri) dan per 1.000 penonton (sumbu kanan). Terbaik per jam: { $best }, { $at }.
}
charts-per-live-caption = { $currency } per jam LIVE dan { $currency } per 1.000 penonton, per LIVE
charts-tip-per-hour = { $money } per jam LIVE
charts-tip-per-1k = { $money } per 1.000 penonton

## Satu LIVE dari waktu ke waktu, per $count menit

charts-timeline-summary = { $count ->
    [one] Grafik batang berlian satu LIVE per menit dari { $from } sampai { $to }, dengan komentarnya sebagai garis (sumbu kanan). Berlian terbanyak: { $best } pukul { $at }.
   *[other] Grafik batang berlian satu LIVE per { $count } menit dari { $from } sampai { $to }, dengan komentarnya sebagai garis (sumbu kanan). Berlian terbanyak: { $best } pukul { $at }.
}
charts-timeline-diamonds = { $count ->
    [one] Berlian per menit
   *[other] Berlian per { $count } menit
}
charts-timeline-comments = { $count ->
    [one] Komentar per menit
   *[other] Komentar per { $count } menit
}
charts-timeline-caption = { $count ->
    [one] Berlian dan komentar per menit
   *[other] Berlian dan komentar per { $count } menit
}
charts-comments-count = { $count ->
   *[other] { $count } komentar
}
