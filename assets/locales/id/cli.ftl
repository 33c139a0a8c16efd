# Kata-kata milik baris perintah sendiri: judul tabel, sel, konfirmasi,
# laporan hari dan wawasan, baris status hitung langsung, dan penolakan milik
# CLI. Angka sudah ditulis dalam bahasa ini (sebagai teks); $count hanya
# memilih bentuk jamak. Perintah, opsi, dan nilai yang diketik ulang
# (`--apply`, `liveledger restore FILE`, `--book DAY`) tetap sama di setiap bahasa.

## Judul tabel.

cli-col-id = id
cli-col-deleted = dihapus
cli-col-what = apa
cli-col-start = mulai
cli-col-hours = jam
cli-col-title = judul
cli-col-gifts = hadiah
cli-col-diamonds = berlian
cli-col-value = nilai
cli-col-viewers = penonton
cli-col-diamonds-per-hour = berlian/jam
cli-col-per-1k-viewers = per 1.000 penonton
cli-col-at = waktu
cli-col-gift = hadiah
cli-col-coins = koin
cli-col-count = jumlah
cli-col-sender = dari
cli-col-note = catatan
cli-col-requested = diajukan
cli-col-gross = kotor
cli-col-fee = biaya
cli-col-net = bersih
cli-col-currency = mata uang
cli-col-method = metode
cli-col-status = status
cli-col-reason = alasan
cli-col-effective = mulai
cli-col-diamonds-per-coin = berlian/koin
cli-col-money-per-diamond = uang/berlian
cli-col-min-withdrawal = penarikan minimum
cli-col-max-per-day = maks./hari
cli-col-session = LIVE
cli-col-day = hari
cli-col-rate = kurs
cli-col-imported = diimpor
cli-col-file = berkas
cli-col-format = format
cli-col-added = ditambahkan
cli-col-skipped = dilewati
cli-col-sessions = LIVE
cli-col-period = periode
cli-col-withdrawn = ditarik
cli-col-fees = biaya
cli-col-net-paid = bersih dibayar
cli-col-adjusted = dikoreksi
cli-col-balance = saldo
cli-col-tiktok = TikTok
cli-col-ledger = catatan
cli-col-difference = selisih
cli-col-lives = LIVE

## Sel.

cli-cell-live = sedang LIVE
cli-cell-estimated = perkiraan
cli-cell-none = tidak ada
cli-rerate-from = mulai { $day }
cli-settings-database = basis data

## Konfirmasi.

cli-restored = { $ledger } dipulihkan dari { $backup }: siaran LIVE: { $sessions }, baris hadiah: { $gifts }, penarikan: { $withdrawals }
cli-restored-kept = catatan seperti sebelumnya disimpan di { $copy }
cli-cleared = dikosongkan; catatan seperti sebelumnya disimpan di { $copy } (liveledger restore FILE mengembalikannya)
cli-deleted = dihapus: { $label }; `liveledger trash restore { $undo }` mengembalikannya
cli-put-back = dikembalikan: { $label }
cli-trash-empty = tidak ada yang dihapus dalam { $count ->
       *[other] { $days } hari
    } terakhir
cli-backed-up = dicadangkan ke { $file }
cli-undone = impor { $id } diurungkan: { $gifts } baris hadiah dan { $sessions } siaran LIVE dihapus
cli-demo-loaded = data demo dimuat: { $sessions } siaran LIVE dan { $rows } baris hadiah, penarikan, dan koreksi
cli-in-balance = sesuai: { $count ->
       *[other] { $balance } berlian
    }
cli-reconciled = koreksi { $id }: { $count ->
       *[other] { $difference } berlian
    } (catatan menunjukkan { $ledger }, TikTok menunjukkan { $wallet })
cli-rate-not-applied = catatan: { $count ->
       *[other] { $stay } siaran LIVE
    } sejak { $from } tetap memakai kurs saat dicatat; `liveledger rerate --from { $from }` menunjukkan apa yang akan berubah bila dipindahkan
cli-reading = membaca… { $percent }%
cli-rerate-none = setiap siaran LIVE sudah memakai kurs yang berlaku pada harinya
cli-rerated = { $count ->
       *[other] { $sessions } siaran LIVE
    } dinilai ulang
cli-rerate-preview = tidak ada yang diubah; tambahkan --apply untuk menilai ulang { $count ->
       *[other] { $sessions } siaran LIVE
    } ini
cli-import-warning = impor { $id }: { $warning }

## Laporan.

cli-statement-total = total
cli-statement-opening = saldo sebelum hari pertama: { $balance }
cli-statement-rounding = pembulatan: { $rounding } (setiap baris dibulatkan sendiri; total membulatkan jumlah yang tepat)
cli-statement-rates = Nilai memakai kurs saat setiap siaran LIVE dicatat; uang dibulatkan ke 0,01, setengah menjauhi nol.

## Hari TikTok di samping catatan.

cli-day-status-same = sama
cli-day-status-fewer = catatan lebih sedikit
cli-day-status-more = catatan lebih banyak
cli-day-status-bookable = tanpa LIVE: bisa dibukukan
cli-day-status-no-live = tanpa LIVE
cli-day-status-no-tiktok = tanpa berlian TikTok
cli-day-matches = TikTok melaporkan { $count ->
       *[other] { $tiktok } berlian
    } pada { $on }; catatan Anda sama
cli-day-missing = TikTok melaporkan { $count ->
       *[other] { $tiktok } berlian
    } pada { $on }; catatan Anda { $ledger } (kurang { $difference })
cli-day-extra = TikTok melaporkan { $count ->
       *[other] { $tiktok } berlian
    } pada { $on }; catatan Anda { $ledger } ({ $difference } lebih banyak dari TikTok)
cli-day-no-lives-bookable = TikTok melaporkan { $count ->
       *[other] { $tiktok } berlian
    } pada { $on }; catatan Anda tidak punya LIVE hari itu (bukukan dengan --book { $day })
cli-day-no-lives = TikTok melaporkan { $count ->
       *[other] { $tiktok } berlian
    } pada { $on }; catatan Anda tidak punya LIVE hari itu
cli-day-no-diamonds = berkas TikTok tidak memberi berlian untuk { $on }; catatan Anda { $ledger } dari { $count ->
       *[other] { $lives } siaran LIVE
    }
cli-day-not-listed = berkas TikTok tidak mencantumkan { $on }; catatan Anda { $ledger } dari { $count ->
       *[other] { $lives } siaran LIVE
    }
cli-days-none = Belum ada hari dari TikTok LIVE Center. Unduh analitik LIVE Anda di TikTok LIVE Center (Pendapatan, Aktivitas, Penonton, Interaksi) lalu impor berkasnya: liveledger import FILE
cli-days-total = TikTok melaporkan { $count ->
       *[other] { $tiktok } berlian
    } selama hari-harinya; catatan Anda { $ledger } pada hari-hari itu. Angka TikTok tidak pernah ditambahkan ke saldo.
cli-days-bookable = { $count ->
       *[other] { $days } hari
    } tanpa LIVE bisa dibukukan dari angka TikTok ({ $diamonds } berlian): liveledger days --book DAY
cli-booked-day = { $day } dibukukan: LIVE { $session } dengan { $count ->
       *[other] { $diamonds } berlian
    } dari TikTok
cli-booked-total = saldo bertambah { $count ->
       *[other] { $diamonds } berlian
    }; urungkan dengan: liveledger imports undo { $import }

## Wawasan.

cli-figure = { $value } ({ $count ->
       *[other] { $lives } LIVE
    })
cli-figure-none = siaran LIVE belum cukup ({ $lives } dari { $needed })
cli-weekday = { $day ->
        [mon] Sen
        [tue] Sel
        [wed] Rab
        [thu] Kam
        [fri] Jum
        [sat] Sab
       *[sun] Min
    }
cli-insights-none = Belum ada siaran LIVE: catat atau impor beberapa; setiap angka butuh 5 siaran LIVE di belakangnya.
cli-insights-looked = { $count ->
       *[other] { $lives } siaran LIVE
    } ditinjau. Median; setiap angka butuh { $needed } siaran LIVE.
cli-insights-best = Jam mulai terbaik (berlian per jam LIVE):
cli-insights-best-none = belum cukup siaran LIVE pada satu hari dan jam yang sama
cli-insights-lengths = Menurut durasi (berlian per jam LIVE | per LIVE):
cli-insights-band = { $from }–{ $to } mnt
cli-insights-band-open = { $from }+ mnt
cli-insights-per-viewer = Per penonton: { $viewer } berlian; per 1.000 penonton: { $thousand } berlian (per jam dari siaran LIVE yang sama: { $hour }). TikTok membayar per hadiah, bukan per tayangan.
cli-insights-value-per-1000 = { $currency } per 1.000 penonton: { $figure }
cli-insights-views-by-day = Dari hari TikTok LIVE Center: { $diamonds } berlian per 1.000 tayangan ({ $count ->
       *[other] { $days } hari
    }).
cli-insights-reached = Minimum tercapai.
cli-insights-hours-to-go = Sekitar { $count ->
       *[other] { $hours } jam
    } LIVE lagi untuk mencapai minimum ({ $diamonds } berlian lagi, dengan { $pace } per jam LIVE).
cli-insights-hours-unknown = { $diamonds } berlian lagi; jam yang dibutuhkan muncul setelah 5 siaran LIVE.
cli-insights-by = Untuk mencapainya pada { $day }: sekitar { $count ->
       *[other] { $hours } jam
    } LIVE per minggu.
cli-insights-gifters = Pendukung per LIVE: { $gifters }; kembali lagi: { $returning }.
cli-insights-top = top { $top }: { $share } dari berlian hadiah
cli-insights-supporter = { $diamonds } berlian dalam { $count ->
       *[other] { $lives } siaran LIVE
    }
cli-insights-this-week = Minggu ini: { $diamonds } berlian; rata-rata mingguan Anda: { $average }.
cli-insights-average = { $average } ({ $count ->
       *[other] { $weeks } minggu
    })
cli-insights-average-none = muncul setelah { $weeks } minggu
cli-insights-room = Suasana (dihitung oleh hitung langsung dalam { $count ->
       *[other] { $lives } siaran LIVE
    }): { $comments } komentar, { $likes } suka per menit.
cli-insights-split = Siaran LIVE dengan lebih dari { $line } { $what ->
        [comments] komentar per menit
        [likes] suka per menit
        [followers] pengikut baru per jam
       *[days] suka per menit pada hari TikTok LIVE Center
    }: { $above } berlian per jam LIVE ({ $above_lives } LIVE); yang lain: { $below } ({ $below_lives } LIVE).
cli-insights-split-none = Menurut { $what ->
        [comments] komentar per menit
        [likes] suka per menit
        [followers] pengikut baru per jam
       *[days] suka per menit pada hari TikTok LIVE Center
    }: siaran LIVE di tiap sisi belum cukup ({ $lives } dari { $needed } di tiap sisi).
cli-insights-together = Ini menunjukkan apa yang terjadi bersamaan, bukan apa penyebabnya.

## Baris hitung langsung (detail mesinnya tetap dalam bahasa Inggris).

cli-capture-connecting = menghubungkan
cli-capture-connected = terhubung
cli-capture-reconnecting = menghubungkan ulang
cli-capture-stopped-state = berhenti
cli-capture-warning = peringatan: { $message }
cli-capture-stdout-lost = peringatan: keluaran standar tidak bisa ditulis ({ $error }); hadiah tetap disimpan
cli-capture-live-ended = LIVE berakhir: LIVE { $session }
cli-capture-stopped = hitung langsung berhenti: { $events } peristiwa hadiah, { $stored } hadiah disimpan ({ $flagged } ditandai), { $replayed } peristiwa ulang dilewati, { $steps } langkah beruntun, { $other } peristiwa lain, { $unreadable } tidak terbaca
cli-capture-gift = { $gifts } × { $gift } ({ $count ->
       *[other] { $coins } koin
    } per buah)  dari { $sender }  LIVE { $session }
cli-capture-grown = (bertambah { $added })
cli-capture-flagged = [beruntun tidak pernah selesai: dihitung pada jumlah tertingginya]
cli-capture-unknown-sender = tidak diketahui

## Penolakan milik baris perintah.

cli-invalid-db-pass = berikan --db PATH
cli-invalid-no-data-directory = tidak ada folder data yang diketahui di sistem ini; berikan --db PATH
cli-invalid-clear-needs-yes = mengosongkan menghapus setiap siaran LIVE, hadiah, dan penarikan; tambahkan --yes untuk mengonfirmasi
cli-invalid-format = '{ $text }' bukan format (yang diharapkan: auto, liveledger, gift-events, gift-table, session-summary, json-events, tiktok-data, atau tiktok-days)

## Kesalahan penggunaan: yang ditolak clap, dalam satu baris setelah "usage: " (teks --help tetap berbahasa Inggris).

cli-usage-unknown-subcommand = subperintah '{ $text }' tidak dikenal (lihat --help)
cli-usage-unknown-argument = argumen '{ $text }' tidak diharapkan (lihat --help)
cli-usage-value-required = '{ $arg }' memerlukan nilai, tetapi tidak ada yang diberikan (lihat --help)
cli-usage-invalid-value = nilai '{ $text }' tidak valid untuk '{ $arg }' (lihat --help)
cli-usage-too-many-values = nilai '{ $text }' untuk '{ $arg }' tidak diharapkan; tidak ada nilai lain yang diharapkan (lihat --help)
cli-usage-repeated = argumen '{ $arg }' tidak boleh dipakai lebih dari sekali (lihat --help)
cli-usage-conflict = argumen '{ $arg }' tidak dapat dipakai bersama '{ $other }' (lihat --help)
cli-usage-invalid-utf8 = satu atau beberapa argumen bukan UTF-8 yang valid (lihat --help)
cli-usage-missing-arguments = argumen wajib berikut belum diberikan: { $args } (lihat --help)
cli-usage-missing-subcommand = '{ $command }' memerlukan subperintah, tetapi tidak ada yang diberikan (salah satu dari: { $subcommands }) (lihat --help)

cli-usage-not-a-number = nilai '{ $text }' tidak valid untuk '{ $arg }': '{ $text }' bukan angka (gunakan angka dan '.' untuk desimal) (lihat --help)
cli-usage-not-a-day = nilai '{ $text }' tidak valid untuk '{ $arg }': '{ $text }' bukan hari (diharapkan TTTT-BB-HH) (lihat --help)
cli-usage-not-a-period = nilai '{ $text }' tidak valid untuk '{ $arg }': '{ $text }' bukan periode (diharapkan day, week, month, atau year) (lihat --help)
cli-usage-not-an-export-format = nilai '{ $text }' tidak valid untuk '{ $arg }': '{ $text }' bukan format ekspor (diharapkan csv, json, hledger, atau beancount) (lihat --help)
cli-usage-not-a-status = nilai '{ $text }' tidak valid untuk '{ $arg }': { core-invalid-status } (lihat --help)
cli-usage-not-a-whole-number = nilai '{ $text }' tidak valid untuk '{ $arg }': { $problem ->
        [empty] tidak ada angka yang diberikan
        [large] angkanya terlalu besar
        [small] angkanya terlalu kecil
       *[digit] bukan bilangan bulat
    } (lihat --help)
# The word before a usage error ("usage: unknown subcommand …").
cli-usage-label = penggunaan
