# Hari pertama: empat pertanyaan sebelum dasbor pertama, bisa dilewati, dan
# bisa dijawab lagi dari Pengaturan.

firstrun-title = Selamat datang di LiveLedger
firstrun-intro = Empat pertanyaan singkat agar saldo, hari, dan pemeriksaan pembayaran Anda benar. Anda bisa mengubah setiap jawaban nanti di Pengaturan.
firstrun-again-title = Penyiapan hari pertama
firstrun-again-intro = Pertanyaan yang sama seperti di hari pertama. Tidak ada yang Anda catat yang berubah.

## Pertanyaan

firstrun-language-question = 1. Bahasa Anda
firstrun-language-label = Bahasa
firstrun-language-hint = LiveLedger memakai bahasa ini, dan menulis angka, tanggal, dan uang sesuai kebiasaannya.
firstrun-timezone-question = 2. Zona waktu Anda
firstrun-timezone-label = Zona waktu
firstrun-timezone-hint = Hari, minggu, dan bulan Anda dimulai pukul 00.00 di zona ini. Kami sudah mengisi zona komputer Anda.
firstrun-minimum-question = 3. Penarikan minimum TikTok
firstrun-minimum-label = Penarikan minimum ({ $currency })
firstrun-minimum-hint = Buka dompet TikTok Anda dan salin jumlah terkecil yang bisa ditarik, dalam { $currency }.
firstrun-pay-question = 4. Menerima pembayaran
firstrun-age = Saya berusia 18 tahun ke atas dan akun TikTok saya terverifikasi
firstrun-method = Metode pembayaran yang ditautkan di TikTok (opsional)
firstrun-method-placeholder = PayPal, transfer bank…
firstrun-pay-hint = TikTok hanya membayar ke orang dewasa terverifikasi yang sudah menautkan metode pembayaran.

## Jawaban

firstrun-save = Simpan dan lanjutkan
firstrun-skip = Lewati dulu
firstrun-saved = Penyiapan disimpan
firstrun-demo-offer = Hanya ingin melihat-lihat? { $demo }
firstrun-demo = Muat enam bulan data demo
firstrun-demo-loaded = Data demo dimuat
firstrun-bad-timezone = "{ $zone }" bukan zona waktu yang kami kenal. Pilih dari daftar, misalnya Asia/Jakarta atau Asia/Makassar.
firstrun-bad-minimum = Masukkan minimum sebagai angka, misalnya { $whole } atau { $exact }.
