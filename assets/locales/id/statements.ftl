# Laporan: isi catatan Anda per hari, minggu, bulan atau tahun, untuk tanggal
# yang Anda pilih, dan ekspor untuk pembukuan.

statements-title = Laporan
statements-by-period = Per periode

## Memilih tanggal dan periode

statements-period = Periode
statements-range = Tampilkan
statements-all-time = Semua waktu
statements-custom = Tanggal pilihan Anda…
statements-from = Dari
statements-to = Sampai
statements-apply = Tampilkan tanggal ini
statements-by-day = Hari
statements-by-week = Minggu
statements-by-month = Bulan
statements-by-year = Tahun
statements-explain = Hari dimulai pukul 00.00 di zona waktu Anda. Nilai memakai kurs saat setiap LIVE dicatat; setiap baris dibulatkan sekali; uang dibulatkan setengah ke atas (menjauhi nol) ke { $step }.

## Laporan

statements-empty-title = Belum ada yang bisa dilaporkan
statements-empty-text = Laporan muncul setelah Anda punya LIVE atau penarikan.
statements-empty-range = Tidak ada kejadian pada tanggal ini.
statements-opening = Saldo sebelum tanggal ini: { $diamonds }.
statements-total = Total
statements-rounding = Pembulatan: { $amounts }. Setiap baris dibulatkan sendiri; total membulatkan jumlah persisnya, jadi bisa selisih satu sen.

## Kolom

statements-col-lives = LIVE
statements-col-hours = Jam LIVE
statements-col-gifts = Hadiah
statements-col-coins = Koin
statements-col-diamonds = Berlian
statements-col-value = Nilai
statements-col-withdrawn = Ditarik
statements-col-fees = Biaya
statements-col-net = Bersih dibayar
statements-col-corrections = Koreksi
statements-col-closing = Saldo akhir

## Ekspor

statements-export-title = Ekspor untuk pembukuan
statements-export-text = Ekspor berisi seluruh catatan Anda — setiap LIVE, hadiah, penarikan, dan koreksi — dalam file yang bisa dibaca akuntan, spreadsheet, atau aplikasi pajak Anda. Anda memilih tempat menyimpannya.
statements-exported = Diekspor ke { $path }
statements-export-csv = Spreadsheet (CSV)
statements-export-json = JSON
statements-export-hledger = Jurnal hledger
statements-export-beancount = beancount
