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
core-import-unknown-format = { $file }: isi file ini tidak bisa dikenali dari judul kolomnya ({ $header }, baris { $line }); namai kolomnya dengan --map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: isi file ini tidak bisa dikenali dari judul kolomnya ({ $header }, baris { $line }); namai kolomnya dengan --map { $map }
    kolomnya:{ $columns }
core-import-rows = { $file }: { $count ->
       *[other] { $n } masalah
    }, tidak ada yang diimpor:
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
