core-capture-starting = memulai
core-capture-stopped = penangkapan dihentikan
core-capture-stopped-by = penangkapan dihentikan: { $error }
core-capture-connecting = menghubungkan ke { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }; mencoba lagi dalam { $seconds } dtk
core-capture-following = mengikuti { $name }
core-capture-waiting = menunggu: { $name } { $why }

## Masalah dan alasan penangkapan. $where adalah tempat; $error dan $reason disebut di dalamnya;
## $text adalah yang dikirim sumber; $error dari pembaca JSON, CSV, atau WebSocket tetap dalam kata-katanya sendiri (Inggris).

core-capture-at-message = pesan { $n }
core-capture-at-line = { $name }, baris { $n }
core-capture-column = kolom { $n } ({ $header })
core-capture-at = { $where }: { $problem }
core-capture-expected = { $where }: diharapkan { $what ->
    [gift-id] id hadiah
    [gift-name] nama hadiah
    [price-zero-or-more] harga hadiah dalam koin (0 atau lebih)
    [price-diamondcount] harga hadiah dalam koin (diamondCount)
    [repeat-count-one-or-more] jumlah ulangan 1 atau lebih
    [repeat-count] jumlah ulangan
    [true-false] true atau false
    [gift-type] nomor jenis hadiah
    [time] waktu
    [count-range] jumlah dari 0 sampai { $max }
   *[other] sebuah nilai
}, ditemukan { $text }
core-capture-event-too-large = diharapkan peristiwa paling besar { $max } KiB, ditemukan { $size } KiB
core-capture-not-json = diharapkan objek JSON ({ $error }), ditemukan { $text }
core-capture-not-object = diharapkan objek JSON, ditemukan { $text }
core-capture-binary = diharapkan teks UTF-8, ditemukan data biner
core-capture-no-gift = peristiwa hadiah memerlukan { $name } atau { $id }, keduanya tidak ada
core-capture-no-price = { $where }: diharapkan harga hadiah dalam koin, tidak ditemukan apa pun
core-capture-price-negative = { $where }: diharapkan harga 0 koin atau lebih, ditemukan { $n }
core-capture-count-below-one = { $where }: diharapkan jumlah ulangan 1 atau lebih, ditemukan { $n }
core-capture-too-many-coins = { $where }: { $n } × { $coins } koin melebihi yang dapat dihitung buku catatan
core-capture-no-gift-name = { $where }: diharapkan nama atau id hadiah, tidak ditemukan apa pun
core-capture-no-date = { $where }: diharapkan tanggal/waktu, tidak ditemukan apa pun
core-capture-day-or-month = { $where }: { $text } bisa berarti hari/bulan atau bulan/hari; log yang diikuti memerlukan tanggal seperti 2026-03-01
core-capture-not-a-date = { $where }: { $text } bukan tanggal
core-capture-no-header = diharapkan baris judul kolom
core-capture-log-header = diharapkan judul log peristiwa hadiah ({ $columns }), ditemukan { $text }
core-capture-line-too-long = diharapkan baris paling panjang { $max } KiB
core-capture-no-row = diharapkan satu baris, tidak ditemukan apa pun

core-capture-problem-unflushed = rentetan yang masih berjalan tidak dapat ditulis: { $error }
core-capture-problem-no-live = tidak ada siaran LIVE yang berjalan untuk diakhiri
core-capture-problem-end = siaran LIVE tidak dapat diakhiri: { $error }
core-capture-problem-close = siaran LIVE tidak dapat ditutup setelah hening: { $error }
core-capture-problem-position = { $where }: posisi dalam file tidak dapat dicatat: { $error }
core-capture-problem-position-unread = { $name }: tidak dapat membaca di mana penangkapan berhenti: { $error }
core-capture-problem-gift = { $where }: hadiah tidak dapat ditulis: { $error }
core-capture-problem-engagement = { $where }: interaksi tidak dapat dihitung: { $error }
core-capture-problem-flag = rentetan yang berjalan tidak dapat ditandai: { $error }
core-capture-problem-unread = { $name }: tidak dapat dibaca: { $reason }
core-capture-problem-replaced = { $name } bukan lagi file yang diikuti penangkapan (lebih pendek, atau awalnya berubah): dibaca dari awal

core-capture-why-not-there = belum ada
core-capture-why-not-regular = adalah { $found ->
    [folder] folder
    [fifo] pipa bernama (FIFO)
    [character-device] perangkat karakter
    [block-device] perangkat blok
    [socket] soket
   *[other] sesuatu yang lain
}, bukan file biasa
core-capture-why-unopened = tidak dapat dibuka: { $reason }
core-capture-why-unread = tidak dapat dibaca: { $reason }
core-capture-why-cannot-read = tidak dapat membaca: { $reason }
core-capture-why-unresolved = { $host } tidak dapat di-resolve: { $reason }
core-capture-why-no-address = { $host } tidak menunjuk alamat mana pun di komputer ini
core-capture-why-handshake = { $url } menolak jabat tangan WebSocket: { $error }
core-capture-why-nothing-answers = tidak ada yang menjawab di { $url } ({ $last })
core-capture-why-silent = tidak ada frame dan tidak ada jawaban atas ping selama { $seconds } dtk
core-capture-why-dropped = koneksi terputus: { $error }
core-capture-why-source-closed = sumber menutup koneksi
core-capture-why-closed = koneksi ditutup
core-capture-utf16 = log ini UTF-16; log yang diikuti harus UTF-8 (impor file UTF-16 sebagai gantinya)
