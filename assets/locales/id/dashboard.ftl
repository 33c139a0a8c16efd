# Dasbor: saldo, jalan menuju penarikan minimum TikTok, apakah penarikan bisa
# diajukan sekarang, minggu dan bulan ini, grafik, dan daftar teratas.
# Bahasa Indonesia tidak mengubah kata benda setelah angka.

dashboard-title = Dasbor

## Masih kosong.

dashboard-empty-title = Belum ada LIVE yang tercatat
dashboard-empty-text = Tambahkan LIVE pertama Anda: ketik manual, hitung hadiah saat Anda LIVE, atau impor file dari alat LIVE Anda atau dari TikTok.
dashboard-add-live = Tambah LIVE
dashboard-import-file = Impor file
dashboard-tally = Mulai hitung langsung
dashboard-demo-offer = Cuma ingin melihat-lihat? { $load } — Anda bisa menghapusnya di Pengaturan.
dashboard-demo-load = Muat data demo enam bulan
dashboard-demo-loaded = Data demo dimuat

## Saldo.

dashboard-balance = Saldo
dashboard-diamonds-unit = { $count ->
   *[other] berlian
}
dashboard-earned = Diperoleh
dashboard-withdrawn = Ditarik
dashboard-corrections = Koreksi
dashboard-pending = Pembayaran dalam proses
dashboard-rounded-down = Dibulatkan ke bawah: jumlahnya sedikit di bawah minimum { $min }, jadi tidak ditampilkan sebagai tercapai.
dashboard-valued-today = Nilainya dengan kurs hari ini ({ $rate } per berlian). Laporan memakai kurs pada hari masing-masing LIVE.

## Menuju penarikan minimum.

dashboard-threshold-title = Penarikan minimum
dashboard-progress-label = Kemajuan menuju penarikan minimum TikTok
dashboard-threshold-reached = { $balance } dari { $min } — tercapai · { $percent }
dashboard-threshold-to-go = { $balance } dari { $min } — kurang { $diamonds } ({ $value }) · { $percent }
dashboard-can-cash-out = Anda bisa mencairkan setelah syarat lainnya terpenuhi.
dashboard-eta = Dengan laju Anda selama { $days } hari terakhir ({ $pace } per hari), Anda mencapainya sekitar { $day }.
dashboard-eta-wait = Perkiraan muncul setelah { $min } LIVE dalam { $days } hari — { $count ->
   *[other] kurang { $count } LIVE lagi.
}
dashboard-eta-none = Tidak ada LIVE dalam { $days } hari terakhir, jadi belum ada perkiraan.

## Bisakah saya menarik?

dashboard-ready-title = Bisakah saya menarik?
dashboard-ready = Siap ditarik
dashboard-not-yet = Belum
dashboard-withdrawable = Anda bisa menarik { $diamonds } ({ $value }) sekarang.
dashboard-rate-since = Kurs sejak { $day }: { $rate } per berlian.
dashboard-payout-link = Pengaturan → Pembayaran
dashboard-blocker-negative-balance = Saldo Anda negatif ({ $diamonds }): lebih banyak yang ditarik atau dikoreksi daripada yang diperoleh. Periksa penarikan Anda, atau masukkan angka yang ditampilkan dompet TikTok Anda di Penarikan → Cocokkan.
dashboard-blocker-below-minimum = { $balance } dari minimum { $min } — kurang { $diamonds }. Terus LIVE!
dashboard-blocker-age = Konfirmasikan di { $link } bahwa Anda berusia 18 tahun ke atas dengan akun terverifikasi.
dashboard-blocker-payout = Tautkan metode pembayaran di TikTok, lalu sebutkan di { $link }.
dashboard-blocker-daily-maximum = Anda sudah mencapai batas maksimum penarikan hari ini. Coba lagi besok.

## Minggu dan bulan ini sejauh ini.

dashboard-compare-title = Minggu dan bulan ini sejauh ini
dashboard-compare-note = Dibandingkan dengan hari yang sama pada minggu dan bulan sebelumnya, seperti perbandingan di LIVE Center TikTok.
dashboard-week = Minggu ini
dashboard-month = Bulan ini
dashboard-compare-lives = { $count ->
   *[other] { $count } LIVE
} · { $from } – { $to }
dashboard-change-week = { $change } dibanding hari yang sama minggu lalu ({ $before })
dashboard-change-month = { $change } dibanding hari yang sama bulan lalu ({ $before })
dashboard-nothing-week = Tidak ada perolehan pada hari yang sama minggu lalu.
dashboard-nothing-month = Tidak ada perolehan pada hari yang sama bulan lalu.

## Grafik dan daftar teratas.

dashboard-earned-title = Berlian yang diperoleh
dashboard-group-by = Kelompokkan per
dashboard-by-day = Hari
dashboard-by-week = Minggu
dashboard-by-month = Bulan
dashboard-balance-chart-title = Saldo dari waktu ke waktu, penarikan ditandai
dashboard-chart-wait = Muncul setelah { $min } LIVE (sejauh ini Anda punya { $count ->
   *[other] { $count } LIVE
}).
dashboard-top-gifts = Hadiah teratas (menurut koin yang dibelanjakan)
dashboard-top-gifts-empty = Hadiah muncul di sini setelah Anda mencatat atau mengimpor hadiah.
dashboard-top-supporters = Pendukung teratas (menurut koin yang dibelanjakan)
dashboard-top-supporters-empty = Pengirim muncul di sini setelah hadiah memuat nama pengirim.
dashboard-top-row = { $coins } · { $share }
dashboard-worth-title = Berapa nilai satu jam LIVE, dan satu penonton?
dashboard-worth-note = TikTok tidak membayar per tayangan; ini adalah hadiah Anda dibagi jam dan penonton Anda, per LIVE.
