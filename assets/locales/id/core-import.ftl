# Apa yang dikatakan impor: laporannya (apa yang dibaca dan ditambahkan,
# bagaimana file dibaca, apa yang dilewati), catatan dan peringatannya, dan
# mengapa sebuah file ditolak. Angka datang seperti yang ditulis laporan;
# $count, $rows, $sessions dan $matched adalah angka yang memilih bentuk
# jamak (bahasa Indonesia tidak mengubah kata benda setelah angka).

## Baris pertama laporan: apa yang dibaca dan ditambahkan.

core-import-totals = { $file } ({ $format }): { $rows ->
       *[other] { $rows_read } baris dibaca
    }, { $added } ditambahkan, { $skipped } dilewati karena sudah diimpor, { $sessions ->
       *[other] { $sessions_added } siaran LIVE dibuat
    }, { $matched ->
       *[other] { $sessions_matched } siaran LIVE yang ada diperluas
    }
core-import-totals-dry-run = pratinjau — belum ada yang ditulis. { $file } ({ $format }): { $rows ->
       *[other] { $rows_read } baris dibaca
    }, { $added } akan ditambahkan, { $skipped } dilewati karena sudah diimpor, { $sessions ->
       *[other] { $sessions_added } siaran LIVE akan dibuat
    }, { $matched ->
       *[other] { $sessions_matched } siaran LIVE yang ada akan diperluas
    }
core-import-adds = menambahkan { $coins } koin, { $diamonds } berlian
# $value: nilainya per mata uang, "12.50 EUR + 3.00 USD".
core-import-adds-worth = menambahkan { $coins } koin, { $diamonds } berlian, senilai { $value }

## Bagaimana file dibaca. $encoding: UTF-8, windows-1252, atau sheet
## ("xlsx sheet 'Gifts'"); $delimiter: comma, semicolon, tab atau pipe.

core-import-read-txt = dibaca sebagai unduhan TXT TikTok
core-import-read-txt-in = dibaca sebagai unduhan TXT TikTok dalam { $encoding }
core-import-read-json = dibaca sebagai JSON
core-import-read-json-in = dibaca sebagai JSON dalam { $encoding }
core-import-read-table = dibaca sebagai { $encoding }, dipisahkan { $delimiter ->
        [comma] koma
        [semicolon] titik koma
        [tab] tab
        [pipe] garis tegak
       *[other] { $delimiter }
    }, judul kolom di baris { $line }
core-import-read-table-skipped = dibaca sebagai { $encoding }, dipisahkan { $delimiter ->
        [comma] koma
        [semicolon] titik koma
        [tab] tab
        [pipe] garis tegak
       *[other] { $delimiter }
    }, judul kolom di baris { $line } ({ $count ->
       *[other] { $above } baris di atasnya dilewati
    })
core-import-read-sheet = dibaca sebagai { $encoding }, judul kolom di baris { $line } sheet
core-import-read-sheet-skipped = dibaca sebagai { $encoding }, judul kolom di baris { $line } sheet ({ $count ->
       *[other] { $above } baris di atasnya dilewati
    })
# Lanjutan baris sebelumnya: cara tanggal ditulis ("YYYY-MM-DD").
core-import-read-dates = ; tanggal { $dates }
# Lanjutan baris sebelumnya: cara angka ditulis ("1.234,5").
core-import-read-numbers = ; angka { $numbers }
# $field: kolom data seperti dinamai --map (date, coins…), diberi spasi; $samples: nilai pertama.
core-import-field = { $field } ← kolom { $column } ({ $header }): { $samples }

## Yang dilewati: "dilewati:" dan daftarnya.

core-import-skipped = dilewati: { $list }
core-import-skipped-totals = { $count ->
       *[other] { $n } baris total
    }
core-import-skipped-blank = { $count ->
       *[other] { $n } baris kosong
    }
# $kind: jenis peristiwa seperti dinamai file (like, chat, member…).
core-import-skipped-events = { $count ->
       *[other] { $n } peristiwa { $kind }
    }
core-import-skipped-summary = { $count ->
       *[other] { $n } baris ringkasan
    }

## Catatan: bagaimana file dibaca, bila perlu diketahui.

core-import-redelivered = { $count ->
       *[other] { $n } pesan yang diberikan file dua kali (ID pesan yang sama) dihitung sekali
    }
core-import-streak-steps = { $count ->
       *[other] { $n } langkah beruntun digabungkan ke hitungan akhir rangkaiannya
    }
core-import-unfinished-streaks = { $count ->
       *[other] peringatan: { $n } rangkaian beruntun tidak pernah berakhir di file; masing-masing dihitung pada hitungan tertingginya
    }
core-import-summary-block = { $count ->
       *[other] blok ringkasan { $n } baris di baris { $first } dilewati: di bawah tabel, tanpa tanggal di tempat tanggal
    }
core-import-summary-block-lines = { $count ->
       *[other] blok ringkasan { $n } baris di baris { $first }–{ $last } dilewati: di bawah tabel, tanpa tanggal di tempat tanggal
    }
core-import-price-coins = harga tiap hadiah dibaca dari kolom { $coins_column } ({ $coins_header }), koinnya; kolom { $diamonds_column } ({ $diamonds_header }) hanya dibaca bila sebuah baris tidak memberi koin
core-import-price-total-diamonds = harga tiap hadiah dibaca dari kolom { $diamonds_column } ({ $diamonds_header }): total berlian baris dibagi jumlahnya (berlian sebuah hadiah adalah harganya dalam koin)
core-import-price-diamonds = harga tiap hadiah dibaca dari kolom { $diamonds_column } ({ $diamonds_header }): berlian sebuah hadiah adalah harganya dalam koin, seperti alat LIVE menulis diamondCount
# $saved: hari pemetaan disimpan; $name: file tempat pemetaan dibuat.
core-import-mapping-used = memakai pemetaan Anda dari { $saved } / { $name }: { $mapping }

## Peringatan: yang perlu diperiksa sebelum memercayai totalnya.

core-import-warning = peringatan: { $warning }
core-import-left-out = { $count ->
       *[other] { $n } baris bermasalah tidak disertakan, sesuai pilihan Anda; sisanya diimpor
    }
core-import-windows-1252 = file ini bukan UTF-8; dibaca sebagai Windows-1252 (Latin-1): periksa apakah nama beraksen tampil dengan benar
# $max × $coins: hitungan tertinggi rangkaian dan harga hadiahnya.
core-import-streak-unended = baris { $line }: rangkaian beruntun { $gift } tidak pernah berakhir di file; dihitung sebagai { $max } × { $coins } koin (hitungan tertingginya sejauh ini) dan ditandai perkiraan
core-import-streak-unended-from = baris { $line }: rangkaian beruntun { $gift } dari { $sender } tidak pernah berakhir di file; dihitung sebagai { $max } × { $coins } koin (hitungan tertingginya sejauh ini) dan ditandai perkiraan
core-import-streaks-more = masih ada rangkaian lain yang tidak berakhir; lihat baris yang ditandai perkiraan
# $column: kolom yang menunjukkan akhir rangkaian (repeatEnd).
core-import-streak-steps-uncounted = { $count ->
       *[other] { $n } baris tampak seperti langkah rangkaian beruntun (pengirim dan hadiah sama, jumlah satu lebih banyak dari baris sebelumnya) tetapi tidak ada kolom { $column } yang dibaca, jadi tiap langkah dihitung; jika file punya kolom rangkaian, pilih kolom untuk akhir rangkaian dan jenis hadiah (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
    }

## Baris terakhir laporan.

core-import-sections-ignored = bagian yang diabaikan: { $sections }
core-import-streaks-updated = { $count ->
       *[other] { $n } rangkaian beruntun yang terpotong oleh impor sebelumnya diperbarui ke hitungan file ini
    }
core-import-undo = impor { $id } — urungkan dengan `liveledger imports undo { $id }`

## File hari dari TikTok LIVE Center. $figures: namanya (diamonds, likes…).

core-import-days = { $count ->
       *[other] angka TikTok untuk { $n } hari: { $figures }
    }
core-import-days-on = { $count ->
       *[other] angka TikTok untuk { $n } hari, pada { $first }: { $figures }
    }
core-import-days-range = { $count ->
       *[other] angka TikTok untuk { $n } hari, dari { $first } sampai { $last }: { $figures }
    }
core-import-days-diamonds = TikTok melaporkan { $diamonds } berlian pada hari-hari itu: disimpan di samping catatan, tidak pernah ditambahkan ke saldo (bandingkan dengan `liveledger days`)
core-import-days-figures = { $count ->
       *[other] { $added } angka baru, { $unchanged } sudah ada
    }
core-import-days-replaces = mengganti { $figure } TikTok tanggal { $day }: { $was } → { $now }
core-import-days-more = { $count ->
       *[other] … dan { $n } angka lagi diganti
    }

## File yang ditolak: tidak ada yang diimpor.

# $map: pemetaan yang perlu diberikan; $columns: tiap kolom dengan nilai pertamanya, satu per baris.
core-import-unknown-format = { $file }: isi file ini tidak bisa dikenali dari judul kolomnya ({ $known ->
        [none] tidak ada nama kolom yang dikenal LiveLedger
       *[other] nama yang dikenal: { $header }
    }, baris { $line }); namai kolomnya dengan --map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: isi file ini tidak bisa dikenali dari judul kolomnya ({ $known ->
        [none] tidak ada nama kolom yang dikenal LiveLedger
       *[other] nama yang dikenal: { $header }
    }, baris { $line }); namai kolomnya dengan --map { $map }
    kolomnya:{ $columns }
core-import-rows = { $file }: { $count ->
       *[other] { $n } masalah
    }, tidak ada yang diimpor:
core-import-column = kolom { $n } '{ $header }': { $values }
core-import-column-empty = kolom { $n } '{ $header }': (kosong)
core-import-columns-more = { $count ->
       *[other] … dan { $n } kolom lainnya
    }
core-import-problem = baris { $line }: { $problem }
core-import-problem-column = baris { $line }, kolom { $column } ({ $header }): { $problem }
core-import-problems-more = { $count ->
       *[other] … dan { $n } lagi
    }
core-import-problem-open-quote = sebuah kolom data memanjang ke beberapa baris: tanda kutip (") mungkin tidak ditutup
core-import-problem-dates-mixed = tanggal mencampur urutan hari-dulu (baris { $day_first }) dan bulan-dulu (baris { $month_first }); tulis sebagai TTTT-BB-HH
core-import-problem-dates-ambiguous = tanggal seperti 01/02/2026 bisa hari-dulu atau bulan-dulu dan tidak ada tanggal di file yang memastikannya; tulis sebagai TTTT-BB-HH

## File yang ditolak seperti dikatakan jendela: jendela menampilkan barisnya
## dan menawarkan kolomnya sendiri.

core-import-page-choose-columns = { $file }: LiveLedger tidak bisa mengenali kolom mana berisi apa. Pilih kolom untuk tiap data di bawah.
core-import-page-one-column = { $file }: LiveLedger tidak bisa mengenali isi file ini: hanya ada satu kolom, bukan tabel hadiah.
core-import-page-rows = { $file }: { $count ->
       *[other] { $n } baris bermasalah;
    } tidak ada yang diimpor

## Kata-kata sendiri dari baris bermasalah, setelah "baris N, kolom K (nama):".
## $text: isi sel, dipotong.

# $problem: missing, fraction, negative, other.
core-import-what-diamonds = { $problem ->
        [missing] diharapkan jumlah berlian, tetapi kosong
        [fraction] diharapkan jumlah berlian, ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan 0 berlian atau lebih, ditemukan { $text }
       *[other] diharapkan jumlah berlian, ditemukan '{ $text }'
    }
core-import-what-peak-viewers = { $problem ->
        [missing] diharapkan jumlah penonton puncak, tetapi kosong
        [fraction] diharapkan jumlah penonton puncak, ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan jumlah penonton puncak (0 atau lebih), ditemukan { $text }
       *[other] diharapkan jumlah penonton puncak, ditemukan '{ $text }'
    }
core-import-what-viewers = { $problem ->
        [missing] diharapkan jumlah penonton, tetapi kosong
        [fraction] diharapkan jumlah penonton, ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan jumlah penonton (0 atau lebih), ditemukan { $text }
       *[other] diharapkan jumlah penonton, ditemukan '{ $text }'
    }
core-import-what-likes = { $problem ->
        [missing] diharapkan jumlah suka, tetapi kosong
        [fraction] diharapkan jumlah suka, ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan jumlah suka (0 atau lebih), ditemukan { $text }
       *[other] diharapkan jumlah suka, ditemukan '{ $text }'
    }
core-import-what-followers = { $problem ->
        [missing] diharapkan jumlah pengikut, tetapi kosong
        [fraction] diharapkan jumlah pengikut, ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan jumlah pengikut (0 atau lebih), ditemukan { $text }
       *[other] diharapkan jumlah pengikut, ditemukan '{ $text }'
    }
core-import-what-gifters = { $problem ->
        [missing] diharapkan jumlah pendukung, tetapi kosong
        [fraction] diharapkan jumlah pendukung, ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan jumlah pendukung (0 atau lebih), ditemukan { $text }
       *[other] diharapkan jumlah pendukung, ditemukan '{ $text }'
    }
core-import-what-gift-price = { $problem ->
        [missing] diharapkan harga hadiah dalam koin, tetapi kosong
        [fraction] diharapkan harga hadiah dalam koin, ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan harga hadiah dalam koin (0 atau lebih), ditemukan { $text }
       *[other] diharapkan harga hadiah dalam koin, ditemukan '{ $text }'
    }
core-import-what-repeat-count = { $problem ->
        [missing] diharapkan jumlah pengulangan, tetapi kosong
        [fraction] diharapkan jumlah pengulangan, ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan jumlah pengulangan (0 atau lebih), ditemukan { $text }
       *[other] diharapkan jumlah pengulangan, ditemukan '{ $text }'
    }
core-import-what-gift-type = { $problem ->
        [missing] diharapkan nomor jenis hadiah, tetapi kosong
        [fraction] diharapkan nomor jenis hadiah, ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan nomor jenis hadiah (0 atau lebih), ditemukan { $text }
       *[other] diharapkan nomor jenis hadiah, ditemukan '{ $text }'
    }
core-import-what-whole-count = { $problem ->
        [missing] diharapkan jumlah bilangan bulat, tetapi kosong
        [fraction] diharapkan jumlah bilangan bulat, ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan jumlah bilangan bulat (0 atau lebih), ditemukan { $text }
       *[other] diharapkan jumlah bilangan bulat, ditemukan '{ $text }'
    }
core-import-what-whole-coins = { $problem ->
        [missing] diharapkan jumlah koin bilangan bulat, tetapi kosong
        [fraction] diharapkan jumlah koin bilangan bulat, ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan 0 koin atau lebih, ditemukan { $text }
       *[other] diharapkan jumlah koin bilangan bulat, ditemukan '{ $text }'
    }
core-import-what-whole-diamonds = { $problem ->
        [missing] diharapkan jumlah berlian bilangan bulat, tetapi kosong
        [fraction] diharapkan jumlah berlian bilangan bulat, ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan 0 berlian atau lebih, ditemukan { $text }
       *[other] diharapkan jumlah berlian bilangan bulat, ditemukan '{ $text }'
    }
core-import-what-day-figure = { $problem ->
        [missing] diharapkan angka ({ $figure }), tetapi kosong
        [fraction] diharapkan angka ({ $figure }), ditemukan '{ $text }' yang memiliki pecahan
        [negative] diharapkan angka ({ $figure }) (0 atau lebih), ditemukan { $text }
       *[other] diharapkan angka ({ $figure }), ditemukan '{ $text }'
    }

core-import-cell-no-date = diharapkan tanggal/waktu, tetapi kosong
core-import-cell-no-day = diharapkan hari, tetapi kosong
core-import-cell-no-gift = diharapkan nama hadiah, tetapi kosong
# Sel hadiah hanya berisi spasi atau karakter kontrol.
core-import-cell-gift-blank = diharapkan nama hadiah
core-import-cell-date = diharapkan tanggal/waktu seperti 2026-03-01 20:00, 01/03/2026 20:00, 01.03.2026 atau 1772395200000, ditemukan '{ $text }'
core-import-cell-epoch = '{ $text }' bukan waktu epoch yang dapat dibaca LiveLedger
core-import-cell-not-a-calendar-date = '{ $text }' bukan tanggal kalender
# $time: isi kolom waktu.
core-import-cell-time-twice = tanggal '{ $text }' sudah memiliki waktu sendiri dan kolom waktu berisi '{ $time }'
core-import-cell-time-column = diharapkan jam seperti 20:05 atau 8:05 PM di kolom waktu, ditemukan '{ $text }'
core-import-cell-day-with-time = diharapkan hari seperti 2026-11-12, ditemukan '{ $text }' dengan jam: file TikTok LIVE Center berisi satu baris per hari
core-import-cell-iso-day = diharapkan YYYY-MM-DD, ditemukan '{ $text }'
core-import-cell-end-time = diharapkan waktu selesai seperti 2026-03-01 21:30 atau 21:30, ditemukan '{ $text }'
core-import-cell-end-needs-start = waktu selesai yang ditulis sebagai jam memerlukan waktu mulai dengan format YYYY-MM-DD
core-import-cell-duration = diharapkan durasi paling lama satu minggu seperti 90, 1:30:00 atau 1h 30m, ditemukan '{ $text }'
core-import-cell-seconds = diharapkan waktu seperti 5400, 1:30:00 atau 1h 30m, ditemukan '{ $text }'
core-import-cell-not-a-number = diharapkan angka, ditemukan '{ $text }'
core-import-cell-whole-number = diharapkan bilangan bulat, ditemukan '{ $text }'
core-import-cell-money = diharapkan jumlah uang, ditemukan '{ $text }'
core-import-cell-negative = diharapkan 0 atau lebih, ditemukan '{ $text }'
core-import-cell-too-large = '{ $text }' melebihi yang dapat dihitung pembukuan
# $n × $coins: jumlah dalam satu baris dan harga hadiahnya.
core-import-cell-total-too-large = { $n } × { $coins } koin melebihi yang dapat dihitung pembukuan
# $thousands dan $decimal: angka yang dibaca dengan pemisah sebagai ribuan, dan sebagai desimal.
core-import-cell-ambiguous-number = '{ $text }' bisa berarti { $thousands } atau { $decimal }; tulis dengan dua desimal atau tanpa pemisah ribuan
core-import-cell-true-false = diharapkan true atau false, ditemukan '{ $text }'
# $field: nama kolom harga di log (diamondCount).
core-import-cell-no-price = event tidak memberi harga untuk '{ $gift }' ({ $field } atau kolom harga lain) dan katalog hadiah tidak mengenalnya; tambahkan ke katalog, atau sebutkan kolom harganya
core-import-cell-price-negative = diharapkan harga 0 koin atau lebih, ditemukan { $text }
core-import-cell-repeat-count-below-one = diharapkan jumlah pengulangan 1 atau lebih, ditemukan { $text }
core-import-cell-count-below-one = diharapkan jumlah 1 atau lebih, ditemukan { $text }
# $cell: jumlah yang tertulis di sel hadiah (Rose x5); $column: jumlah di kolom jumlah.
core-import-cell-count-conflict = sel hadiah '{ $text }' menyebut { $cell } tetapi kolom jumlah menyebut { $column }: mana yang benar?
# $n: jumlah di baris; $each: harga satu hadiah di katalog; $column: judul kolom.
core-import-cell-diamonds-look-total = { $diamonds } berlian adalah { $n } × { $gift } ({ $each } per hadiah di katalog): kolom ini tampak seperti total baris, bukan harga satu hadiah; baca sebagai total berlian baris (CLI: --map total_diamonds={ $column })
core-import-cell-total-looks-each = { $diamonds } berlian untuk { $n } × { $gift } adalah harga satu hadiah di katalog ({ $each }): kolom ini tampak seperti harga satu hadiah, bukan total baris; baca sebagai berlian per hadiah (CLI: --map diamonds={ $column })
core-import-cell-total-not-divisible = total { $diamonds } berlian tidak habis dibagi jumlah { $n }: apakah itu harga satu hadiah?
core-import-cell-gift-unknown = hadiah '{ $gift }' tidak ada di katalog hadiah dan baris ini tidak memberi koin atau berlian; tambahkan ke katalog atau tambahkan kolom koin
core-import-cell-too-long = { $count ->
       *[other] panjangnya { $n } karakter; pembukuan menyimpan paling banyak { $max }
    }
core-import-cell-too-many-days = file TikTok LIVE Center berisi satu baris per hari; lebih dari { $max } baris bukan file seperti itu
# Ekspor LiveLedger sendiri. $name: kolomnya (session_ref, gift_name…).
core-import-cell-value-missing = diharapkan nilai untuk { $name }, tetapi kosong
core-import-cell-coins-missing = diharapkan koin, tetapi kosong
core-import-cell-coins-count = diharapkan koin ≥ 0 dan jumlah ≥ 1, ditemukan { $coins } dan { $n }
core-import-cell-record-kind = diharapkan session, gift, withdrawal, adjustment atau rate, ditemukan '{ $text }'
core-import-cell-no-format = tidak ada format yang dipilih
# Pemeriksaan pembukuan menolak suatu nilai. $field: nama nilai itu menurut pembukuan.
core-import-cell-field-end-before-start = { $field }: sebelum waktu mulai
core-import-cell-field-year = { $field }: diharapkan tanggal dari { $from } sampai { $to }, ditemukan tanggal di tahun { $year } (salah ketik?)
core-import-cell-field-negative-got = { $field }: tidak boleh negatif (didapat { $text })
core-import-cell-field-not-negative = { $field }: tidak boleh negatif
core-import-cell-field-count-too-large = { $field }: { $text } melebihi batas yang diterima catatan
core-import-cell-field-too-large = { $field }: { $text } melebihi batas yang diterima catatan (paling banyak { $max })
core-import-cell-field-decimal-places = { $field }: { $text } memiliki lebih dari { $count } angka desimal
# Pemeriksaan yang belum punya kata-kata sendiri di impor: teks bahasa Inggrisnya.
core-import-cell-other = { $text }

## Satu kolom atau satu hari yang bermasalah secara keseluruhan.

core-import-problem-numbers-both = kolom ini memakai '{ $sep }' untuk mengelompokkan ribuan (baris { $group_line }: '{ $group }') sekaligus sebagai tanda desimal (baris { $decimal_line }: '{ $decimal }'); tulis angkanya dengan satu cara
core-import-problem-numbers-points = kolom ini mencampur tanda desimal: '.' (baris { $dot_line }: '{ $dot }') dan ',' (baris { $comma_line }: '{ $comma }'); tulis angkanya dengan satu cara
core-import-problem-numbers-thousands = kolom ini menulis ribuan sebagai '{ $dot }' (baris { $dot_line }) dan juga '{ $comma }' (baris { $comma_line }): salah satunya akan menjadi pecahan; tulis angkanya dengan satu cara
core-import-problem-rewards-ambiguous = '{ $text }' bisa berarti { $thousands } atau { $decimal } dan tidak ada nilai lain di kolom yang memastikannya; tulis jumlah dengan dua desimal (1234.00 atau 1234,00) atau tanpa pemisah ribuan
core-import-problem-day-twice = { $day } diberikan dua kali dengan { $figure } yang berbeda ({ $was } di baris { $line }, { $now } di sini)
core-import-problem-mixed-encoding = bukan teks UTF-8 yang valid, padahal baris-baris sebelumnya valid: file ini mencampur encoding (simpan sebagai UTF-8)
core-import-problem-sheet-wide = memiliki nilai setelah kolom { $max }; tabel yang dibaca LiveLedger memiliki paling banyak { $max } kolom

core-import-json-not-event = diharapkan event (objek JSON), ditemukan { $kind ->
        [null] null
        [bool] true atau false
        [number] angka
        [text] teks
        [array] array
       *[object] objek
    }
core-import-json-not-scalar = diharapkan angka atau teks, ditemukan { $kind ->
        [null] null
        [bool] true atau false
        [number] angka
        [text] teks
        [array] array
       *[object] objek
    }
core-import-json-value-too-long = diharapkan nilai untuk { $field }, ditemukan '{ $text }'
core-import-json-event-too-large = { $n } × { $coins } koin melebihi nilai satu event hadiah (paling banyak { $max } koin)

## File, header, atau opsi yang tidak dapat dipakai LiveLedger: tidak ada
## yang diimpor. Setiap pesan diawali nama file, $file.

core-import-file-empty = { $file }: file ini kosong
core-import-file-no-header = { $file }: file ini tidak memiliki baris header
core-import-file-skip-rows-all = { $file }: --skip-rows { $n } melewati semua baris di awal file
core-import-file-columns = { $file }: baris { $line }: header memiliki { $n } kolom; tabel yang dibaca LiveLedger memiliki paling banyak { $max }
core-import-file-sheet-columns = { $file }: baris { $line }: header memiliki lebih dari { $max } kolom; tabel yang dibaca LiveLedger memiliki paling banyak { $max }
core-import-file-not-utf8 = { $file }: baris { $line }: bukan teks UTF-8 yang valid (simpan file sebagai UTF-8)
core-import-file-utf32 = { $file }: berupa teks { $encoding }, yang tidak dibaca LiveLedger: simpan sebagai UTF-8 (atau UTF-16)
core-import-file-no-rows = { $file }: tidak ada baris untuk diimpor: file memiliki header (baris { $line }) dan tidak ada apa pun di bawahnya
core-import-file-skip-lines = { $file }: { $count ->
       *[other] { $n } baris untuk dilewati; paling banyak { $max }
    }
core-import-file-no-mapping = { $file }: tidak ada pemetaan tersimpan bernama '{ $name }'
core-import-file-not-a-sheet = { $file }: bukan spreadsheet (.xlsx, .xls, atau .ods): --sheet menyebut sheet dari sebuah spreadsheet
core-import-file-export-not-sheet = { $file }: ini unduhan data TikTok, bukan spreadsheet: --sheet menyebut sheet dari sebuah spreadsheet
core-import-file-export-not-table = { $file }: ini unduhan data TikTok, bukan tabel { $format } (impor sesuai isi yang terdeteksi; CLI: --format auto atau tiktok-data)
core-import-file-sheet-not-export = { $file }: ini spreadsheet, bukan unduhan data TikTok (impor sesuai isi yang terdeteksi; CLI: --format auto)
core-import-file-sheet-not-liveledger = { $file }: ini spreadsheet; ekspor LiveLedger sendiri dibaca sebagai CSV yang ditulisnya
core-import-file-sheet-empty = { $file }: sheet '{ $sheet }' kosong
core-import-file-no-record = { $file }: ekspor LiveLedger memerlukan kolom 'record'
core-import-file-events-need = { $file }: log event hadiah memerlukan kolom untuk { $missing } (kolomnya: { $known ->
        [none] tidak ada nama kolom yang dikenal LiveLedger
       *[other] nama yang dikenal: { $columns }
    }); pilih kolom mana yang berisi masing-masing (CLI: --map)
core-import-file-table-need = { $file }: tabel hadiah memerlukan kolom untuk { $missing } (kolomnya: { $known ->
        [none] tidak ada nama kolom yang dikenal LiveLedger
       *[other] nama yang dikenal: { $columns }
    }); pilih kolom mana yang berisi masing-masing (CLI: --map)
core-import-file-sessions-need = { $file }: ringkasan siaran LIVE memerlukan kolom untuk { $missing } (kolomnya: { $known ->
        [none] tidak ada nama kolom yang dikenal LiveLedger
       *[other] nama yang dikenal: { $columns }
    }); pilih kolom mana yang berisi masing-masing (CLI: --map)
core-import-file-days-need = { $file }: file TikTok LIVE Center memerlukan kolom untuk { $missing } (kolomnya: { $known ->
        [none] tidak ada nama kolom yang dikenal LiveLedger
       *[other] nama yang dikenal: { $columns }
    }); pilih kolom mana yang berisi masing-masing (CLI: --map)
core-import-file-days-no-figures = { $file }: file TikTok LIVE Center memerlukan kolom angka (berlian, durasi LIVE, tayangan, suka…) di samping tanggalnya (kolomnya: { $known ->
        [none] tidak ada nama kolom yang dikenal LiveLedger
       *[other] nama yang dikenal: { $columns }
    })
core-import-file-events-no-gift = { $file }: log event hadiah memerlukan kolom { $name } atau { $id }
core-import-file-map-pair = { $file }: '{ $text }' tidak berbentuk field=Kolom
core-import-file-map-field = { $file }: '{ $text }' bukan field (field: { $fields })
core-import-file-map-no-column = { $file }: file ini tidak memiliki kolom '{ $text }' (kolomnya: { $known ->
        [none] tidak ada nama kolom yang dikenal LiveLedger
       *[other] nama yang dikenal: { $columns }
    })
core-import-file-map-long = { $file }: pemetaan berukuran { $n } byte; paling banyak { $max } (CLI: --map)
core-import-file-map-event-field = { $file }: { $text } bukan field dari event hadiah (field: { $fields })
core-import-file-map-path = { $file }: '{ $text }' bukan path JSON (kunci yang digabung titik, seperti user.uniqueId)
core-import-file-map-json = { $file }: pemetaan hanya disimpan untuk file CSV; field file JSON dinamai dengan path, misalnya coins=giftValue,sender=user.uniqueId (CLI: --mapping-name untuk file CSV)
core-import-file-json-none = { $file }: tidak ada event hadiah untuk diimpor di antara { $n } nilai JSON
core-import-file-json-none-skipped = { $file }: tidak ada event hadiah untuk diimpor di antara { $n } nilai JSON (dilewati: { $skipped })
core-import-file-json-array = { $file }: tidak berisi event hadiah dan bukan ekspor data TikTok: isinya array berisi { $count ->
       *[other] { $n } objek
    } dengan kunci { $keys }. LiveLedger membaca event hadiah ({ $id }, { $coins }, { $repeat }…) dan "Unduh data Anda" dari TikTok; untuk event dari logger Anda sendiri, sebutkan path setiap field (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-object = { $file }: tidak berisi event hadiah dan bukan ekspor data TikTok: isinya objek JSON dengan kunci { $keys }. LiveLedger membaca event hadiah ({ $id }, { $coins }, { $repeat }…) dan "Unduh data Anda" dari TikTok; untuk event dari logger Anda sendiri, sebutkan path setiap field (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-lines = { $file }: tidak berisi event hadiah dan bukan ekspor data TikTok: isinya { $count ->
       *[other] { $n } nilai
    } (JSON Lines), objek dengan kunci { $keys }. LiveLedger membaca event hadiah ({ $id }, { $coins }, { $repeat }…) dan "Unduh data Anda" dari TikTok; untuk event dari logger Anda sendiri, sebutkan path setiap field (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)

core-import-tiktok-not-text = diharapkan teks, ditemukan daftar atau objek
core-import-tiktok-text-long = diharapkan paling banyak { $max } karakter, ditemukan '{ $text }'
core-import-tiktok-count = diharapkan bilangan bulat dari 0 sampai { $max }, ditemukan '{ $text }'
core-import-tiktok-diamonds-money = diharapkan berlian; ini jumlah uang, yang tidak diubah kembali menjadi berlian oleh LiveLedger, ditemukan '{ $text }'
core-import-tiktok-diamonds = diharapkan jumlah berlian, ditemukan '{ $text }'
core-import-tiktok-diamonds-range = diharapkan 0 sampai { $max } berlian, ditemukan '{ $text }'
core-import-tiktok-money-currency = diharapkan jumlah dalam { $currency } (mata uang kurs), ditemukan '{ $text }'
core-import-tiktok-money = diharapkan jumlah uang seperti 10.50, ditemukan '{ $text }'
core-import-tiktok-money-range = diharapkan jumlah dari 0 sampai { $max }, ditemukan '{ $text }'
core-import-tiktok-duration = diharapkan durasi paling lama 7 hari seperti 1:30:00, 1h 30m atau jumlah detik, ditemukan '{ $text }'
core-import-tiktok-not-live = diharapkan siaran LIVE (objek JSON)
core-import-tiktok-no-start = diharapkan LiveStartTime (kapan siaran LIVE dimulai), tetapi kosong
core-import-tiktok-ends-before = siaran LIVE berakhir sebelum dimulai
core-import-tiktok-status = diharapkan status seperti completed, pending, failed atau cancelled, ditemukan '{ $text }'
core-import-tiktok-no-date = diharapkan tanggal (Date) penarikan, tetapi kosong
core-import-tiktok-no-rate = belum ada kurs untuk hari ini; tambahkan dengan `liveledger rates add`
core-import-tiktok-money-to-diamonds = jumlah ini tidak dapat diubah menjadi berlian dengan nilai uang per berlian pada kurs
core-import-tiktok-no-amount = diharapkan berlian (Diamonds) atau jumlah (Amount) penarikan, tetapi keduanya tidak ada
core-import-tiktok-withdrawal-range = diharapkan penarikan lebih dari 0 dan paling banyak { $max } berlian, ditemukan { $text }
core-import-tiktok-too-many-to-value = { $text } berlian terlalu banyak untuk dinilai
core-import-tiktok-fee-above = biaya { $fee } lebih besar daripada nilai penarikan { $gross }
core-import-tiktok-not-wallet = diharapkan entri dompet (objek JSON)

## A container (a zip, an OLE file), a spreadsheet or TikTok's data download
## LiveLedger does not read. $error stays in English (the system's, the zip
## reader's or the spreadsheet reader's words).

core-import-file-cannot-read = { $file }: tidak dapat dibaca: { $error }
core-import-file-error = { $file }: { $error }
core-import-file-too-large = { $file }: lebih besar dari { $max } MiB; tidak dibaca
core-import-file-zip-unreadable = { $file }: bukan arsip ZIP yang dapat dibaca ({ $error })
core-import-file-zip-many = { $file }: mencantumkan lebih banyak file daripada isi ekspor TikTok atau sebuah workbook (paling banyak { $max }); tidak dibaca
core-import-file-ole-unreadable = { $file }: ini file gabungan OLE yang tidak dapat dibaca; LiveLedger membaca CSV, JSON, unduhan data TikTok (.zip), dan spreadsheet (.xlsx, .xls, .ods)
core-import-file-word = { $file }: ini dokumen Word; LiveLedger membaca CSV, JSON, unduhan data TikTok (.zip), dan spreadsheet (.xlsx, .xls, .ods)
core-import-file-ole-no-workbook = { $file }: ini file gabungan OLE tanpa workbook (stream-nya: { $streams }); LiveLedger membaca CSV, JSON, unduhan data TikTok (.zip), dan spreadsheet (.xlsx, .xls, .ods)
core-import-file-ole-broken = { $file }: ini file gabungan OLE (seperti file .xls) yang tidak dapat dibaca: { $error }; LiveLedger membaca CSV, JSON, unduhan data TikTok (.zip), dan spreadsheet (.xlsx, .xls, .ods)
core-import-file-odf-not-sheet = { $file }: ini file OpenDocument yang bukan spreadsheet ({ $mimetype }); LiveLedger membaca CSV, JSON, unduhan data TikTok (.zip), dan spreadsheet (.xlsx, .xls, .ods)
core-import-file-zip-other = { $file }: ini { $count ->
        [0] ZIP kosong
       *[other] ZIP berisi { $n } file: { $names }
    }: bukan unduhan data TikTok dan bukan spreadsheet; LiveLedger membaca CSV, JSON, unduhan data TikTok (.zip), dan spreadsheet (.xlsx, .xls, .ods)
core-import-file-zip-no-export = { $file }: ini { $count ->
        [0] ZIP kosong
       *[other] ZIP berisi { $n } file: { $names }
    }: bukan ekspor JSON TikTok (user_data.json) dan bukan file TXT-nya
core-import-file-zip-not-tiktok = { $file }: bukan arsip ZIP seperti yang dikirim TikTok ({ $error })
core-import-file-unpack-ratio = { $file }: { $entry } terurai menjadi lebih dari { $ratio } kali ukuran terkompresinya: bukan ekspor TikTok; tidak dibaca
core-import-file-unpack-past = { $file }: { $entry } terurai melewati { $max } GiB (bersama file sebelumnya); tidak dibaca
core-import-file-export-skip-lines = { $file }: ini unduhan data TikTok: entrinya tidak dapat dilewati satu per satu
core-import-file-not-read = { $file }: tidak dibaca
core-import-file-export-no-lists = { $file }: tidak berisi riwayat LIVE dan tidak ada penarikan dompet (bagiannya: { $count ->
        [0] tidak ada
       *[other] { $sections }
    }); apakah ini ekspor "Unduh data Anda" dari TikTok?
core-import-file-not-regular = { $file }: ini { $what ->
        [folder] folder
        [fifo] named pipe (FIFO)
        [device] perangkat
        [socket] socket
       *[other] bukan file biasa
    }: hanya file biasa yang dapat diimpor
core-import-file-sheet-memory = { $file }: { $what ->
        [strings] string bersamanya
       *[sheets] sheet-nya
    } akan memakan lebih dari { $max } MiB memori untuk dibaca; tidak dibaca (simpan sheet sebagai CSV untuk mengimpornya)
core-import-file-sheet-part = { $file }: tidak dapat membaca '{ $part }' ({ $error })
core-import-file-sheet-ratio = { $file }: '{ $part }' terurai menjadi lebih dari { $ratio } kali ukuran terkompresinya: bukan spreadsheet; tidak dibaca
core-import-file-sheet-unpacks = { $file }: terurai menjadi lebih dari { $max } GiB; tidak dibaca
core-import-file-sheet-long-run = { $file }: '{ $part }' berisi teks atau tag yang lebih panjang dari { $max } MiB: bukan spreadsheet yang dibaca LiveLedger; tidak dibaca
core-import-file-sheet-strings-unreadable = { $file }: tidak dapat membaca string bersama ({ $error })
core-import-file-sheet-strings-declared = { $file }: menyatakan lebih banyak string bersama daripada isinya: spreadsheet ini rusak; tidak dibaca
core-import-file-sheet-not-xml = { $file }: isinya bukan XML yang dapat dibaca ({ $error })
core-import-file-xls-large = { $file }: ini file .xls yang lebih besar dari { $max } MiB; tidak dibaca (simpan sebagai .xlsx atau CSV)
core-import-file-xls-unreadable = { $file }: bukan file .xls yang dapat dibaca ({ $error })
core-import-file-xls-rows = { $file }: menyatakan sheet yang baris terakhirnya sebelum baris pertamanya: file .xls ini rusak; tidak dibaca
core-import-file-workbook-unreadable = { $file }: bukan workbook .{ $kind } yang dapat dibaca ({ $error })
core-import-file-sheet-unreadable = { $file }: tidak dapat membaca sheet '{ $sheet }' ({ $error })
core-import-file-sheet-row-unreadable = { $file }: baris { $row }: tidak dapat membaca sheet ({ $error })
core-import-file-sheet-rows-order = { $file }: baris { $row }: baris-baris sheet tidak berurutan; tidak dibaca
core-import-file-no-such-sheet = { $file }: tidak ada sheet bernama '{ $sheet }' (sheet-nya: { $count ->
        [0] tidak ada
       *[other] { $sheets }
    })
core-import-file-no-sheet-data = { $file }: tidak ada sheet yang berisi data (sheet-nya: { $count ->
        [0] tidak ada
       *[other] { $sheets }
    })
core-import-file-nothing-skipped = { $file }: tidak ada baris untuk diimpor; dilewati: { $totals ->
        [0] {""}
       *[other] { $totals_n } baris total
    }{ $blank ->
        [0] {""}
       *[other] { $first ->
            [blank] {""}
           *[other] {", "}
        }{ $blank_n } baris kosong
    }{ $summary ->
        [0] {""}
       *[other] { $first ->
            [summary] {""}
           *[other] {", "}
        }blok ringkasan { $summary_n } baris
    }{ $events ->
        [0] {""}
       *[other] { $first ->
            [events] {""}
           *[other] {", "}
        }{ $events_n } event yang bukan hadiah
    }

## TikTok's data download whose structure breaks: a problem at a line.

core-import-tiktok-long-text = berisi teks atau kunci yang lebih panjang dari { $max } MiB: ini bukan ekspor TikTok
core-import-tiktok-long-entry = berisi entri daftar yang lebih panjang dari { $max } MiB: ini bukan siaran LIVE atau entri dompet
core-import-tiktok-many-entries = berisi lebih dari { $max } entri LIVE dan dompet: lebih banyak dari riwayat kreator mana pun
core-import-tiktok-cannot-read = tidak dapat dibaca: { $error }
core-import-tiktok-cut-short = file berakhir di tengah sebuah nilai: file ini terpotong
core-import-tiktok-not-json = bukan JSON yang valid di sini ({ $error })
core-import-tiktok-txt-text = { $list }: { $error }
core-import-tiktok-txt-cannot-read = tidak dapat membaca { $list }: { $error }
core-import-tiktok-txt-long-line = { $list } berisi baris yang lebih panjang dari { $max } MiB: ini bukan ekspor TikTok
core-import-tiktok-txt-not-utf8 = { $list } bukan teks UTF-8 yang valid di sini (simpan sebagai UTF-8)
core-import-tiktok-txt-long-entry = { $list } berisi entri yang lebih panjang dari { $max } MiB: ini bukan siaran LIVE atau entri dompet

## A spreadsheet that breaks off while its rows are read: a problem at the
## last row read, in the words of the file's refusal (above) without $file.

core-import-sheet-cannot-read = tidak dapat dibaca: { $error }
core-import-sheet-workbook-unreadable = bukan workbook .{ $kind } yang dapat dibaca ({ $error })
core-import-sheet-unreadable = tidak dapat membaca sheet '{ $sheet }' ({ $error })
core-import-sheet-row-unreadable = baris { $row }: tidak dapat membaca sheet ({ $error })
core-import-sheet-rows-order = baris { $row }: baris-baris sheet tidak berurutan; tidak dibaca

# How the file wrote its dates (after "dates"): each form, joined; a form such as
# DD/MM/YYYY is written as it is.
core-import-dates-pattern = { $pattern }
core-import-dates-epoch-s = detik epoch
core-import-dates-epoch-ms = milidetik epoch
core-import-dates-and = { $first } dan { $then }
core-import-dates-twelve-hour = { $dates }, jam 12 jam
core-import-dates-time-column = { $dates }, jam di kolomnya sendiri

# An import's write refusing what a file holds.
core-import-undefined-session = sebuah hadiah menyebut siaran LIVE '{ $key }', yang tidak ditetapkan file
core-import-untimed-gifts = hadiah tanpa waktu memerlukan siaran LIVE
core-import-row-coins-too-large = { $n } × { $coins } koin terlalu besar
