# Pengaturan: bahasa, pembayaran, zona waktu, kurs, katalog hadiah, ekspor,
# data demo, dan versi aplikasi.

settings-title = Pengaturan
settings-saved = Tersimpan

## Bahasa

settings-language-title = Bahasa
settings-language-intro = Bahasa yang digunakan LiveLedger. Angka, tanggal, dan uang ditulis sesuai kebiasaan bahasa itu.
settings-language-label = Bahasa
settings-language-saved = Bahasa disimpan

## Pembayaran dan zona waktu

settings-payout-title = Pembayaran
settings-payout-intro = TikTok hanya membayar ke akun terverifikasi milik orang dewasa (18+) yang sudah menautkan metode pembayaran. Konfirmasikan keduanya di sini; keduanya adalah pemeriksaan kesiapan di dasbor.
settings-age = Saya berusia 18 tahun ke atas dan akun saya terverifikasi
settings-payout-method = Metode pembayaran yang ditautkan di TikTok
settings-payout-method-placeholder = PayPal, transfer bank…
settings-setup-again = Jawab lagi pertanyaan hari pertama
settings-timezone-title = Zona waktu
settings-timezone-intro = Hari, minggu, dan bulan di laporan Anda dimulai pukul 00.00 di zona ini.
settings-timezone-label = Zona waktu
settings-timezone-saved = Zona waktu disimpan
settings-timezone-invalid = "{ $zone }" bukan zona waktu yang kami kenal, jadi tidak disimpan (zona Anda tetap { $saved }). Pilih dari daftar, misalnya Asia/Jakarta.

## Kurs

settings-rates-title = Kurs
settings-rates-intro = TikTok mengubah nilai koin dan berlian. Kurs baru berlaku untuk LIVE yang dicatat mulai harinya. Setiap LIVE tetap memakai kurs saat dicatat — kurs atau zona waktu baru tidak pernah mengubah nilainya; hitung ulang di bawah jika Anda mau.
settings-rates-from = Mulai
settings-rates-diamonds-per-coin = Berlian / koin
settings-rates-money-per-diamond = Uang / berlian
settings-rates-minimum = Minimum
settings-rates-daily-maximum = Maksimum harian
settings-rates-no-maximum = tidak ada
settings-rate-delete = Hapus
settings-rate-delete-title = Hapus kurs ini?
settings-rate-delete-line = Kurs mulai { $day }: { $diamonds } berlian per koin, { $money } per berlian. LIVE tetap memakai kurs saat dicatat.
settings-rate-delete-confirm = Hapus kurs
settings-rate-deleted = Kurs dihapus
settings-rate-from-day = Mulai hari
settings-rate-diamonds-per-coin = Berlian per koin
settings-rate-money-per-diamond = Uang per berlian
settings-rate-currency = Mata uang
settings-rate-minimum = Penarikan minimum
settings-rate-minimum-hint = Isi sesuai yang ditampilkan dompet TikTok Anda.
settings-rate-daily-maximum = Maksimum harian
settings-rate-add = Tambah kurs
settings-rate-saved = Kurs disimpan. LIVE yang sudah dicatat tetap memakai kurs saat dicatat.

## LIVE dengan kurs lama

settings-rerate-title = { $count ->
   *[other] { $count } LIVE dengan kurs lama
}
settings-rerate-intro = LIVE ini dicatat sebelum kurs yang kini berlaku pada harinya dimasukkan (atau zona waktu Anda mengubah hari jatuhnya). Menghitung ulang memindahkannya ke kurs itu; tidak ada yang berubah sampai Anda melakukannya.
settings-rerate-day = Hari
settings-rerate-session = LIVE
settings-rerate-diamonds = Berlian
settings-rerate-value = Nilai
settings-rerate-apply = Hitung ulang LIVE ini
settings-rerate-done = LIVE dihitung ulang

## Katalog hadiah

settings-catalog-title = Katalog hadiah
settings-catalog-intro = Harga dalam koin untuk hadiah yang bisa Anda ketik namanya. Baris hadiah tetap memakai nilai koin pada harinya, jadi mengubah di sini tidak pernah mengubah masa lalu.
settings-catalog-gift = Hadiah
settings-catalog-coins = Koin
settings-gift-name = Nama hadiah
settings-gift-coins = Koin
settings-gift-save = Tambah atau ubah
settings-catalog-saved = Katalog disimpan
settings-gift-remove = Hapus
settings-gift-remove-title = Hapus hadiah ini dari katalog?
settings-gift-remove-line = { $gift } ({ $coins }). Hadiah yang sudah dicatat tetap memakai koinnya.
settings-gift-removed = Dihapus

## Ekspor dan cadangan

settings-export-title = Ekspor dan cadangan
settings-export-intro = Untuk akuntan atau aplikasi pajak Anda, dan untuk berjaga-jaga jika laptop rusak. Cadangan aman dibuat saat aplikasi terbuka.
settings-export-csv = Ekspor CSV
settings-export-json = Ekspor JSON
settings-export-hledger = Ekspor hledger
settings-export-beancount = Ekspor beancount
settings-backup-now = Cadangkan sekarang
settings-backup-kind = Cadangan LiveLedger
settings-exported = Diekspor ke { $path }
settings-backed-up = Dicadangkan ke { $path }
settings-ledger-file = File pembukuan: { $path }

## Data demo dan pengosongan

settings-demo-title = Data demo
settings-demo-empty = Pembukuan Anda masih kosong. Muat enam bulan LIVE rekaan untuk melihat grafiknya.
settings-demo-clear-intro = Mengosongkan akan menghapus semua LIVE, hadiah, penarikan, dan koreksi. Kurs, katalog, dan pengaturan tetap ada. Salinan pembukuan disimpan di sebelahnya lebih dulu, dan Anda bisa mengurungkannya tepat setelahnya.
settings-demo-load = Muat data demo
settings-demo-loaded = Data demo dimuat
settings-clear = Hapus semua catatan
settings-clear-title = Hapus semua catatan?
settings-clear-sessions = { $count ->
   *[other] { $count } LIVE
}
settings-clear-gifts = { $count ->
   *[other] { $count } hadiah
}
settings-clear-withdrawals = { $count ->
   *[other] { $count } penarikan
}
settings-clear-what = Ini menghapus { $sessions } beserta { $gifts } dan { $withdrawals }, serta semua koreksi dan impor. Kurs, katalog, dan pengaturan tetap ada.
settings-clear-copy = Salinan pembukuan seperti sekarang disimpan di sebelahnya lebih dulu, dan Anda bisa mengurungkannya tepat setelahnya.
settings-clear-word = hapus
settings-cleared = Pembukuan dikosongkan. Salinan sebelumnya disimpan di sebelahnya.
settings-records-back = Semua catatan kembali

## Tentang

settings-about-title = Tentang
settings-about-version = LiveLedger { $version }
settings-about-offline = Versi yang sama dengan { $command }. Offline: tanpa jaringan, tanpa akun, tanpa telemetri.
