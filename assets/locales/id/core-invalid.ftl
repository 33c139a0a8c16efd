# Pemeriksaan yang ditemui kreator saat mengetik di aplikasi atau baris
# perintah: apa yang diharapkan sebuah kolom. Masing-masing mengikuti nama
# kolomnya ("diamonds: …"). $text adalah yang diketik, dikutip apa adanya.

## Teks dan jumlah

core-invalid-too-long = lebih dari { $count ->
   *[other] { $count } karakter
}
core-invalid-control-characters = berisi karakter kontrol
core-invalid-negative-got = tidak boleh negatif (diterima { $text })
core-invalid-count-too-large = { $text } melebihi batas yang diterima catatan
core-invalid-too-large = { $text } melebihi batas yang diterima catatan (paling banyak { $max })
core-invalid-decimal-places = { $text } memiliki lebih dari { $count ->
   *[other] { $count } angka desimal
}
core-invalid-whole-number = diharapkan bilangan bulat 0 atau lebih, ditemukan '{ $text }'
core-invalid-number = diharapkan angka seperti 12,5, ditemukan '{ $text }'
core-invalid-whole-coins = diharapkan koin utuh, ditemukan '{ $text }'
core-invalid-whole-count = diharapkan jumlah bulat, ditemukan '{ $text }'
core-invalid-at-least-one = paling sedikit 1 (diterima { $text })
core-invalid-required = wajib diisi
core-invalid-positive = harus lebih dari 0
core-invalid-not-negative = tidak boleh negatif

## Tanggal dan waktu

core-invalid-day = diharapkan hari seperti 2026-03-01
core-invalid-date = '{ $text }' bukan tanggal/waktu (diharapkan ISO 8601 seperti 2026-03-01T20:00:00+01:00, '2026-03-01 20:00', tanggal, atau detik/milidetik epoch)
core-invalid-date-skipped = '{ $text }' tidak ada di zona waktu { $zone } (jam melompatinya)
core-invalid-date-out-of-range = '{ $text }' di luar rentang
core-invalid-date-offset = '{ $text }' memiliki selisih dari UTC melebihi ±18:00
core-invalid-year = diharapkan tanggal dari { $from } sampai { $to }, ditemukan tahun { $year } (salah ketik?)
core-invalid-end-before-start = sebelum waktu mulai
core-invalid-start-after-first-gift = lebih dari sehari setelah hadiah pertama siaran LIVE ini

## LIVE dan hadiah

core-invalid-gift-name = nama hadiah wajib diisi
core-invalid-gift-row-too-large = { $gifts } × { $coins } koin melebihi batas satu baris hadiah
core-invalid-not-in-catalog = '{ $text }' tidak ada di katalog hadiah; isi harganya{ $cli }
core-invalid-name-required = nama wajib diisi
core-invalid-catalog-missing = '{ $text }' tidak ada di katalog
core-invalid-end-before-session-start = sebelum waktu mulai siaran LIVE ini

## Penarikan dan saldo

core-invalid-status = '{ $text }' bukan status (diharapkan pending, paid, failed, atau cancelled)
core-invalid-whole-diamonds = { $text } memiliki pecahan; TikTok menarik berlian utuh
core-invalid-fee-over-value = { $fee } lebih besar dari nilai penarikan { $gross }
core-invalid-negative-balance = dompet TikTok tidak pernah menampilkan saldo negatif
core-invalid-over-balance = { $diamonds } berlian melebihi saldo { $balance } berlian. Jika dompet TikTok Anda menampilkan lebih, masukkan saldo itu dulu di Cocokkan{ $cli }
core-invalid-adjustment-zero = koreksi sebesar 0 tidak mengubah apa pun
core-invalid-reason-required = sebutkan alasan saldo dikoreksi

## Kurs

core-invalid-rate-per-coin = berlian per koin harus lebih dari 0
core-invalid-rate-per-diamond = uang per berlian harus lebih dari 0
core-invalid-rate-minimum = penarikan minimum tidak boleh negatif
core-invalid-rate-maximum = maksimum harian harus lebih dari 0
core-invalid-rate-too-large = { $what ->
    [per-coin] berlian per koin
    [per-diamond] uang per berlian
    [minimum] penarikan minimum
   *[maximum] maksimum harian
} { $text } melebihi batas kurs ({ $max })
core-invalid-rate-decimal-places = { $what ->
    [per-coin] berlian per koin
    [per-diamond] uang per berlian
    [minimum] penarikan minimum
   *[maximum] maksimum harian
} { $text } memiliki lebih dari { $count ->
   *[other] { $count } angka desimal
}
core-invalid-currency = mata uang '{ $text }' bukan kode tiga huruf seperti USD
core-invalid-only-rate = satu-satunya kurs tidak dapat dihapus; ubah saja

## Pengaturan

core-invalid-time-zone = '{ $text }' bukan zona waktu (mis. Europe/Berlin, America/New_York, UTC)
core-invalid-true-false = diharapkan true atau false
core-invalid-gap-minutes = diharapkan menit bulat dari 1 sampai 1440
core-invalid-language = LiveLedger tidak berbicara '{ $text }' (bahasa: { $known })
core-invalid-setting = kunci tidak dikenal '{ $text }' (kunci: { $known })

## Catatan, cadangan, dan hitung langsung.

core-invalid-not-written = tidak tertulis
core-invalid-file-session-not-written = sebuah siaran LIVE dari berkas tidak tertulis
core-invalid-booked-not-written = sebuah siaran LIVE yang dibukukan tidak tertulis
core-invalid-capture-live-not-written = sebuah siaran LIVE yang sedang berjalan tidak tertulis
core-invalid-capture-old-not-written = sebuah siaran LIVE untuk peristiwa lama tidak tertulis
core-invalid-coins-times-count = koin × jumlah terlalu besar
core-invalid-stored-gift-coins = koin dari hadiah tersimpan terlalu besar
core-invalid-not-a-gift = { $count } × { $coins } koin bukan hadiah
core-invalid-worth-nothing = { $count ->
   *[other] { $diamonds } berlian
} bernilai { $worth } dengan { $rate } per berlian; tidak ada yang bisa dibayarkan
core-invalid-days-none = sebutkan setidaknya satu hari untuk dibukukan
core-invalid-silence-minutes = diharapkan menit bulat dari 1 hingga 1440, ditemukan { $found }
core-invalid-not-a-date = { $ms } ms bukan tanggal
core-invalid-follow-name = sebutkan berkas yang akan diikuti
core-invalid-follow-too-large = lebih besar daripada yang bisa diikuti catatan
core-invalid-demo-not-empty = catatan sudah berisi data; data demo hanya dimuat ke catatan yang kosong
core-invalid-undo-session-gone = { $label } tidak bisa dikembalikan: siaran LIVE-nya sudah tidak ada di catatan (terhapus sejak itu?); kembalikan siaran LIVE-nya dulu. Tidak ada yang diubah.
core-invalid-undo-clash = { $label } tidak bisa dikembalikan: catatan punya data serupa yang ditambahkan sejak itu (diimpor lagi?). Tidak ada yang diubah.
core-invalid-undo-damaged = salinan tersimpan dari { $label } rusak ({ $why }); tidak ada yang diubah
core-invalid-no-rate = belum ada kurs yang ditetapkan
core-invalid-no-rate-add-one = belum ada kurs yang ditetapkan; tambahkan dengan `liveledger rate set`
core-invalid-import-wait = diharapkan berapa detik menunggu impor, misalnya 600 atau 0.5
core-invalid-kept-live-or-name = koin dari sebuah siaran LIVE atau sebuah nama terlalu besar
core-invalid-kept-session = koin dari sebuah siaran LIVE terlalu besar
core-invalid-kept-senders = pengirim lebih banyak daripada yang bisa dimuat laporan
core-invalid-stored-time-zone = pengaturan zona waktu catatan '{ $text }' bukan zona waktu; tetapkan dengan `liveledger settings set timezone Asia/Jakarta`
core-invalid-backup-kinds = { $column } berisi { $count ->
   *[other] { $values } nilai
} yang bukan { $kind ->
    [integer] bilangan bulat
   *[text] teks
}
core-invalid-backup-setting = pengaturan { $key } tidak seperti yang ditulis LiveLedger
core-invalid-backup-out-of-range = { $count ->
   *[other] { $records } data
} berisi jumlah atau tanggal yang tidak diterima formulir atau impor mana pun
core-invalid-backup-balance = nilai saldo terlalu besar untuk dijumlahkan
core-invalid-backup-trash = data terhapus yang disimpan untuk diurungkan rusak ({ $why })

## Alamat WebSocket hitung langsung.

core-invalid-ws-remote = { $host } bukan komputer ini: hitung langsung hanya mendengarkan alat yang berjalan di sini (127.0.0.1, ::1, localhost). Untuk memakai host lain, ketikkan lalu konfirmasi{ $cli }
core-invalid-ws-too-long = diharapkan paling banyak { $max } karakter
core-invalid-ws-secure = { $url } adalah alamat aman (wss://); alat LIVE di komputer ini melayani ws://, misalnya { $example }
core-invalid-ws-scheme = diharapkan alamat ws:// seperti { $example }, ditemukan { $url }
core-invalid-ws-user = tidak diharapkan nama pengguna dalam alamat, ditemukan { $url }
core-invalid-ws-bracket = alamat IPv6 memerlukan ] penutup, ditemukan { $url }
core-invalid-ws-port-after = diharapkan :PORT setelah alamat, ditemukan { $url }
core-invalid-ws-no-host = diharapkan sebuah host, ditemukan { $url }
core-invalid-ws-host = diharapkan nama host atau alamat, ditemukan { $host }
core-invalid-ws-port = diharapkan port dari 1 hingga 65535, ditemukan { $port }

# Booking TikTok's reported days: each problem (a day as the language writes it);
# several are joined by core-invalid-joined.
core-invalid-days-twice = { $day } disebut dua kali
core-invalid-days-no-diamonds = file TikTok tidak memberi berlian untuk { $day }
core-invalid-days-zero = TikTok melaporkan 0 berlian pada { $day }: tidak ada yang dibukukan
core-invalid-days-lives = buku catatan memiliki { $count ->
   *[other] { $n } siaran LIVE
} pada { $day }: hanya hari tanpa siaran LIVE yang bisa dibukukan dari angka TikTok
core-invalid-days-no-start = { $day } tidak punya awal di { $zone }
core-invalid-joined = { $first }; { $then }

# The window's own checks of what it sends.
core-invalid-not-a-day = '{ $text }' bukan hari
core-invalid-not-a-day-iso = '{ $text }' bukan hari (TTTT-BB-HH)
core-invalid-last-before-first = hari terakhir sebelum hari pertama
core-invalid-diamonds-number = diharapkan jumlah berlian
core-invalid-capture-source = diharapkan ws atau file, ditemukan '{ $text }'
core-invalid-capture-running = penangkapan sudah berjalan; hentikan dulu
