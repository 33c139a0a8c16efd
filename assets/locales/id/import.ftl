# Tampilan Impor: memilih file, kolom-kolomnya, pratinjau yang akan
# ditambahkan, hasilnya, urungkan, dan riwayat impor. Kalimat dari inti
# (galat, peringatan, catatan) datang dari inti; nama file, kolom, pengirim,
# dan peristiwa adalah kata-kata file itu sendiri.

## Halaman

import-title = Impor
import-card-title = Impor file
import-intro = Log hadiah dari alat LIVE (CSV, JSON, JSON Lines), unduhan data TikTok sendiri (.zip atau .json), spreadsheet (.xlsx, .xls, .ods), tabel hadiah, ringkasan analitik LIVE, atau ekspor LiveLedger. Tidak ada yang ditulis sampai Anda menekan Impor, dan impor dapat diurungkan seluruhnya.
import-choose-button = Pilih file…
import-path-empty = Belum ada file yang dipilih
import-path-label = File yang dipilih
import-preview-button = Pratinjau
import-button = Impor
import-options = Format dan kolom
import-format-label = Format
import-map-label = Kolom sebagai teks (field=Kolom, …): menambah yang terdeteksi
import-map-short = Kolom sebagai teks
import-map-example = date=Waktu,gift=Hadiah,coins=Harga,count=Jumlah,sender=Pengguna
import-saved-label = Pemetaan tersimpan
import-saved-use = Gunakan pemetaan tersimpan…
import-saved-none = Belum ada pemetaan tersimpan
import-save-as-label = Simpan pemetaan ini sebagai (saat Impor)
import-save-as-short = Simpan pemetaan ini sebagai
import-save-as-example = mis. Log alat saya
import-choose-first = Pilih file terlebih dahulu
import-done-toast = { $count ->
   *[other] { $count } baris diimpor
}

## Format yang dapat dibaca

import-format-auto = Deteksi dari isinya
import-format-gift-events = Log peristiwa hadiah, CSV (alat TikTok LIVE)
import-format-json-events = Peristiwa hadiah, JSON atau JSON Lines (alat webcast, TikFinity)
import-format-tiktok-data = "Unduh data Anda" dari TikTok (JSON atau .zip)
import-format-gift-table = Tabel hadiah
import-format-session-summary = Ringkasan siaran LIVE (analitik LIVE)
import-format-tiktok-days = Hari TikTok LIVE Center (Pendapatan, Aktivitas, Penonton, Interaksi)
import-format-liveledger = Ekspor LiveLedger

## Field yang dapat dimuat sebuah kolom

import-field-date = Tanggal dan waktu
import-field-time = Jam
import-field-event = Jenis peristiwa
import-field-gift = Hadiah
import-field-gift-id = Nomor hadiah
import-field-coins = Koin
import-field-count = Jumlah
import-field-sender = Pengirim
import-field-nickname = Nama panggilan pengirim
import-field-session = Siaran LIVE
import-field-repeat-end = Rentetan berakhir
import-field-gift-type = Jenis hadiah (rentetan atau tunggal)
import-field-streakable = Bisa beruntun
import-field-streaking = Masih beruntun
import-field-event-id = Nomor pesan
import-field-diamonds = Berlian per hadiah
import-field-total-diamonds = Berlian (total baris)
import-field-duration = Durasi
import-field-end = Selesai
import-field-viewers = Penonton
import-field-peak-viewers = Puncak penonton
import-field-followers = Pengikut baru
import-field-likes = Suka
import-field-gifters = Pendukung
import-field-rewards = Hadiah bonus
import-field-title = Judul
import-field-lives = Siaran LIVE
import-field-views = Tayangan
import-field-watch-time = Waktu tonton
import-field-avg-concurrent = Rata-rata penonton bersamaan
import-field-commenters = Pemberi komentar
import-field-shares = Bagikan

## Cara file dibaca

import-read-as-line = Dibaca sebagai { $how }.
import-read-encoding = pengodean { $encoding }
import-read-delimiter = pemisah { $delimiter }
import-delimiter-comma = koma
import-delimiter-semicolon = titik koma
import-delimiter-tab = tab
import-delimiter-pipe = garis tegak
import-read-numbers = angka { $numbers }
import-numbers-plain = tanpa pemisah
import-read-dates = tanggal { $dates }
import-read-header-line = judul kolom di baris { $line }
import-read-header-row = judul kolom di baris { $line }

## Pratinjau dan hasil

import-notice-preview = Pratinjau — belum ada yang ditulis.
import-notice-imported = Diimpor.
import-rows-read = { $count ->
   *[other] { $file }: { $count } baris dibaca.
}
import-rows-read-explained = { $count ->
   *[other] { $file }: { $count } baris dibaca:
}
import-explain-to-add = { $count ->
   *[other] { $count } baris akan ditambahkan
}
import-explain-added = { $count ->
   *[other] { $count } baris ditambahkan
}
import-explain-streak-steps = { $count ->
   *[other] { $count } langkah rentetan dilebur ke hitungan akhir rentetannya (rentetan 5 Mawar dicatat 1, 2, 3, 4, 5 dan dihitung sekali, sebagai 5)
}
import-explain-already = { $count ->
   *[other] { $count } baris sudah ada di buku catatan, tidak ditambahkan dua kali
}
import-explain-redelivered = { $count ->
   *[other] { $count } pesan yang muncul dua kali di file (dihitung sekali)
}
import-explain-totals = { $count ->
   *[other] { $count } baris total, bukan hadiah
}
import-explain-summary = { $count ->
   *[other] { $count } baris ringkasan di bawah tabel
}
import-explain-blank = { $count ->
   *[other] { $count } baris kosong
}
import-explain-events = { $count ->
   *[other] { $count } peristiwa yang bukan hadiah ({ $kinds })
}
import-event-kind = { $count } { $kind }
import-explain-left-out = { $count ->
   *[other] { $count } baris bermasalah yang Anda pilih untuk dilewati
}
import-left-out-note = { $count ->
   *[other] { $count } baris bermasalah tidak disertakan ({ $lines }).
}
import-lines = { $count ->
   *[other] baris { $lines }
}
import-lines-more = { $count } lainnya
import-include-again-button = Sertakan lagi
import-would-add = Akan ditambahkan
import-added = Ditambahkan
import-added-lives = { $count ->
   *[other] { $count } siaran LIVE baru ({ $extended } diperpanjang)
}
import-added-rows = { $count ->
   *[other] { $count } baris
}
import-amount-coins = Koin
import-amount-diamonds = Berlian
import-amount-value = Nilai
import-lives-to-create = Siaran LIVE yang akan dibuat ({ $count })
import-lives-created = Siaran LIVE yang dibuat ({ $count })
import-lives-live = Siaran LIVE
import-lives-diamonds = Berlian
import-lives-more = dan { $count } lainnya
import-gap-sentence = Siaran LIVE baru dimulai setelah jeda tanpa hadiah selama { $minutes } menit
import-gap-aria = Menit tanpa hadiah yang memulai siaran LIVE baru
import-gap-apply-button = Pratinjau lagi
import-gap-invalid = Masukkan menit bulat dari 1 sampai 1440
import-fields-field = Field
import-fields-column = Kolom
import-fields-first = Nilai pertama
import-column-for = Kolom untuk { $field }
import-add-field-label = Field lain
import-add-field-prompt = Baca field lain…
import-unfinished-streaks = { $count ->
   *[other] { $count } rentetan tidak pernah berakhir di file; masing-masing dihitung pada hitungan tertingginya sampai salinan log yang lebih panjang diimpor.
}
import-streaks-updated = { $count ->
   *[other] { $count } rentetan yang terpotong oleh impor sebelumnya diperbarui ke hitungan file ini.
}
import-sections-ignored = Bagian yang tidak dibaca: { $sections }.
import-nothing-new = Tidak ada yang baru untuk diimpor.

## File hari TikTok LIVE Center

import-days-figures = { $count ->
   *[other] Angka TikTok LIVE Center untuk { $count } hari ({ $span }): { $figures }.
}
import-days-figures-no-span = { $count ->
   *[other] Angka TikTok LIVE Center untuk { $count } hari: { $figures }.
}
import-days-span = { $from } sampai { $to }
import-days-diamonds-note = TikTok melaporkan { $diamonds } selama hari-hari ini. Berlian ini disimpan di samping buku catatan Anda dan tidak pernah ditambahkan ke saldo Anda; bandingkan di Hari TikTok.
import-days-counts = { $count ->
   *[other] { $count } angka baru, { $unchanged } sudah ada di buku catatan.
}
import-days-replaced-intro = { $count ->
   *[other] { $count } angka menggantikan isi buku catatan sebelumnya:
}
import-days-replaced-item = { $day }, { $figure }: { $was } → { $now }
import-figure-diamonds = berlian
import-figure-live-seconds = waktu LIVE
import-figure-lives = siaran LIVE
import-figure-views = tayangan
import-figure-unique-viewers = penonton unik
import-figure-avg-watch-seconds = rata-rata waktu tonton
import-figure-peak-concurrent = puncak penonton bersamaan
import-figure-avg-concurrent = rata-rata penonton bersamaan
import-figure-gifters = pendukung
import-figure-new-followers = pengikut baru
import-figure-commenters = pemberi komentar
import-figure-likes = suka
import-figure-shares = bagikan

## File yang tidak diimpor

import-not-imported = Tidak diimpor.
import-problems-line = Baris
import-problems-column = Kolom
import-problems-problem = Masalah
import-skip-rows-button = { $count ->
   *[other] Lewati { $count } baris ini, impor sisanya
}
import-skip-note = Sisanya tetap diimpor sekaligus atau tidak sama sekali, persis seperti yang ditampilkan pratinjau.
import-too-many = { $count ->
   *[other] { $count } baris bermasalah: terlalu banyak untuk dilewati satu per satu. Perbaiki file, atau periksa apakah kolom yang dipilih sudah benar.
}
import-no-column = — tidak ada di file ini —
import-apply-columns-button = Pratinjau dengan kolom ini

## Riwayat impor dan urungkan

import-history-title = Riwayat impor
import-history-empty = Belum ada impor.
import-history-when = Kapan
import-history-file = File
import-history-format = Format
import-history-rows = Baris ditambahkan
import-history-sessions = Siaran LIVE
import-history-notes = Catatan
import-history-undo = Urungkan
import-history-warnings = { $count ->
   *[other] { $count } peringatan
}
import-undo-button = Urungkan
import-undo-label = Urungkan impor { $file }
import-undone = Impor diurungkan: { $gifts } dan { $sessions } dihapus.
import-undone-gifts = { $count ->
   *[other] { $count } baris hadiah
}
import-undone-sessions = { $count ->
   *[other] { $count } siaran LIVE
}
import-undo-again = Urungkan
import-back = Impor sudah kembali
