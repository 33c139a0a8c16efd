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

## `liveledger --help` (cli/help.rs): baris bantuan setiap perintah dan opsi.
## Opsi, perintah, nama nilai, kunci pengaturan, dan YYYY-MM-DD tetap seperti diketik.

cli-help-usage = Penggunaan:
cli-help-commands = Perintah:
cli-help-arguments = Argumen:
cli-help-options = Opsi:
cli-help-default = bawaan:
cli-help-about = Inti LiveLedger: hadiah TikTok LIVE, berlian, saldo, dan pembukuan di atas SQLite.
cli-help-db = Berkas catatan (bawaan: LIVELEDGER_DB, jika tidak, folder data aplikasi)
cli-help-lang = Bahasa yang dipakai (en, es, pt-BR, id, tr, ar, vi, ja, de, fr); bawaan: LC_ALL, LC_MESSAGES atau LANG, jika tidak, pengaturan catatan
cli-help-print-help = Tampilkan bantuan
cli-help-print-version = Tampilkan versi
cli-help-session = Tambah, ubah, akhiri, atau hapus siaran LIVE
cli-help-session-add = Tambah siaran LIVE; menampilkan id-nya
cli-help-session-add-start = Mulai (ISO 8601, 'YYYY-MM-DD HH:MM' di zona waktu Anda, atau epoch)
cli-help-session-add-end = Selesai; kosongkan untuk siaran LIVE yang masih berjalan
cli-help-session-add-title = Judul
cli-help-session-add-peak-viewers = Penonton terbanyak sekaligus
cli-help-session-add-viewers = Penonton unik
cli-help-session-add-likes = Suka
cli-help-session-add-followers = Pengikut baru
cli-help-session-add-diamonds = Berlian yang dilaporkan untuk siaran LIVE tanpa hadiah satu per satu
cli-help-session-add-notes = Catatan
cli-help-session-edit = Ganti detail siaran LIVE
cli-help-session-edit-id = Id siaran LIVE
cli-help-session-end = Tandai siaran LIVE yang berjalan sebagai selesai
cli-help-session-end-at = Kapan (bawaan: sekarang)
cli-help-session-delete = Hapus siaran LIVE beserta hadiahnya
cli-help-session-delete-force = Tetap hapus meski penarikan sudah dibayar dari berliannya
cli-help-help = Tampilkan pesan ini atau bantuan subperintah yang diberikan
cli-help-help-subcommand = Tampilkan bantuan untuk subperintah
cli-help-sessions = Daftar siaran LIVE dengan pendapatan serta angka per jam dan per penonton
cli-help-sessions-json = Cetak JSON (desimal sebagai teks) alih-alih tabel
cli-help-gift = Tambah, hapus, atau daftar hadiah
cli-help-gift-add = Tambah hadiah; koin diambil dari katalog kecuali --coins diberikan. Menampilkan id-nya
cli-help-gift-add-gift = Nama hadiah, mis. Rose
cli-help-gift-add-coins = Koin harga satu hadiah itu (menggantikan katalog)
cli-help-gift-add-count = Berapa banyak
cli-help-gift-add-from = Pengirim
cli-help-gift-delete = Hapus hadiah
cli-help-gift-delete-id = Id hadiah
cli-help-gift-list = Daftar hadiah suatu siaran LIVE
cli-help-withdraw = Catat penarikan berlian
cli-help-withdraw-diamonds = Berlian yang ditarik
cli-help-withdraw-at = Kapan diajukan (bawaan: sekarang)
cli-help-withdraw-fee = Biaya, dalam uang
cli-help-withdraw-method = Metode pembayaran
cli-help-withdraw-status = pending, paid, failed atau cancelled
cli-help-withdraw-reference = Referensi pembayaran
cli-help-withdraw-force = Tetap catat meski tidak biasa (di bawah minimum hari itu, melebihi maksimum hari itu, bertanggal di masa depan, atau sebelum berlian pertama)
cli-help-withdrawals = Daftar penarikan, ubah statusnya, atau hapus salah satunya
cli-help-withdrawals-list = Daftar penarikan
cli-help-withdrawals-status = Ubah status penarikan
cli-help-withdrawals-status-id = Id penarikan
cli-help-withdrawals-delete = Hapus penarikan yang tercatat karena keliru
cli-help-adjust = Koreksi saldo sebanyak sejumlah berlian, dengan alasan
cli-help-adjust-diamonds = Berlian yang ditambahkan (negatif untuk mengurangi)
cli-help-adjust-reason = Alasan
cli-help-adjust-force = Tetap catat meski saldo menjadi di bawah nol
cli-help-reconcile = Masukkan saldo berlian yang ditampilkan TikTok; selisihnya dicatat sebagai penyesuaian
cli-help-reconcile-balance = Saldo di dompet TikTok Anda, dalam berlian
cli-help-reconcile-reason = Mengapa berbeda, jika diketahui
cli-help-adjustments = Daftar koreksi saldo
cli-help-days = Angka harian milik TikTok LIVE Center (diimpor dari unduhannya) di samping hari-hari dalam catatan, dengan selisihnya; --book membukukan hari yang dilaporkan TikTok tetapi tidak ada siaran LIVE-nya di catatan
cli-help-days-book = Bukukan berlian TikTok untuk hari ini (YYYY-MM-DD) sebagai siaran LIVE; hanya hari tanpa siaran LIVE di catatan. Ulangi untuk hari lainnya
cli-help-insights = Apa yang menghasilkan di seluruh siaran LIVE Anda: berlian per jam LIVE menurut hari, jam mulai, dan durasi, nilai seorang penonton, dan jam yang masih dibutuhkan untuk mencapai minimum. Sebuah angka butuh 5 siaran LIVE di baliknya
cli-help-insights-from = Hari lokal pertama dari siaran LIVE yang dilihat (YYYY-MM-DD)
cli-help-insights-to = Hari lokal terakhir
cli-help-insights-by = Hari Anda ingin mencapai minimum: menunjukkan berapa jam LIVE per minggu yang dibutuhkan (YYYY-MM-DD)
cli-help-rate = Atur atau daftar kurs (berlian per koin, uang per berlian, batas)
cli-help-rate-set = Tambah kurs mulai suatu hari (menggantikan kurs di hari yang sama)
cli-help-rate-set-from = Hari pertama berlakunya (YYYY-MM-DD, zona waktu Anda)
cli-help-rate-set-diamonds-per-coin = Berlian per koin nilai hadiah
cli-help-rate-set-money-per-diamond = Uang per berlian
cli-help-rate-set-currency = Kode mata uang, mis. USD
cli-help-rate-set-min-withdrawal = Penarikan minimum, dalam uang
cli-help-rate-set-max-per-day = Penarikan maksimum per hari, dalam uang
cli-help-rate-list = Daftar kurs
cli-help-rate-delete = Hapus kurs
cli-help-rate-delete-id = Id kurs
cli-help-rerate = Tampilkan siaran LIVE mana yang akan berubah oleh kurs yang lebih baru, atau (--apply) pindahkan ke kurs itu
cli-help-rerate-from = Hari lokal pertama dari siaran LIVE yang dihitung ulang
cli-help-rerate-apply = Ubah (tanpa ini, hanya menampilkan apa yang akan berubah)
cli-help-rerate-force = Tetap terapkan meski saldo menjadi di bawah nol
cli-help-catalog = Daftar atau ubah katalog hadiah
cli-help-catalog-list = Daftar katalog hadiah
cli-help-catalog-set = Tambah hadiah atau ubah harganya
cli-help-catalog-set-name = Nama hadiah
cli-help-catalog-set-coins = Koin
cli-help-catalog-remove = Hapus hadiah
cli-help-settings = Tampilkan atau ubah pengaturan (timezone, age_confirmed, payout_method, session_gap_minutes, setup_done: pertanyaan hari pertama aplikasi sudah dijawab atau dilewati)
cli-help-settings-show = Tampilkan pengaturan
cli-help-settings-set = Ubah satu pengaturan
cli-help-settings-set-key = timezone, age_confirmed, payout_method, session_gap_minutes, setup_done atau language
cli-help-settings-set-value = Nilai baru
cli-help-summary = Saldo, nilainya, kemajuan menuju penarikan minimum, kesiapan, dan perkiraan tanggal
cli-help-report = Laporan per hari, minggu, bulan, atau tahun
cli-help-report-by = Periode pengelompokan
cli-help-report-from = Hari lokal pertama yang dihitung (YYYY-MM-DD); yang sebelumnya menjadi saldo awal
cli-help-report-to = Hari lokal terakhir yang dihitung (YYYY-MM-DD)
cli-help-import = Impor berkas CSV: log hadiah, tabel hadiah, ringkasan siaran LIVE, atau ekspor LiveLedger
cli-help-import-file = Berkasnya: CSV, lembar kerja (.xlsx, .xls, .ods), peristiwa hadiah JSON atau JSON Lines, atau ekspor data TikTok (.json atau .zip)
cli-help-import-format = auto, liveledger, gift-events, gift-table, session-summary, json-events atau tiktok-data
cli-help-import-dry-run = Laporkan apa yang akan ditambahkan, dilewati, dan ditolak, tanpa menulis apa pun
cli-help-import-map = Pemetaan kolom, selain yang disebut header: bidang=Kolom,… (bidang: date, time, event, gift, gift_id, coins, count, sender, nickname, session, repeat_end, gift_type, event_id, diamonds, duration, end, viewers, peak_viewers, followers, likes, gifters, rewards, title)
cli-help-import-skip-rows = Baris di atas header yang dilewati (bawaan: header dicari di antara 20 baris pertama)
cli-help-import-sheet = Sheet lembar kerja yang dibaca (bawaan: yang pertama berisi data)
cli-help-import-skip-lines = Tinggalkan baris data pada baris-baris ini (mis. baris bermasalah yang disebut penolakan: 4,9,12); sisanya diimpor semua sekaligus atau tidak sama sekali
cli-help-import-mapping-name = Simpan --map dengan nama ini, atau pakai yang tersimpan
cli-help-import-gap-minutes = Menit tanpa hadiah yang memulai siaran LIVE baru (bawaan: pengaturannya)
cli-help-imports = Daftar impor sebelumnya, atau urungkan salah satunya
cli-help-imports-list = Daftar impor sebelumnya
cli-help-imports-undo = Urungkan satu impor seluruhnya
cli-help-imports-undo-id = Id impor
cli-help-imports-undo-force = Tetap urungkan meski penarikan sudah dibayar dari berliannya
cli-help-export = Ekspor catatan sebagai CSV, JSON, jurnal hledger, atau berkas beancount
cli-help-export-format = csv, json, hledger atau beancount
cli-help-export-out = Tulis ke berkas ini alih-alih keluaran standar
cli-help-backup = Tulis salinan catatan yang konsisten (aman saat aplikasi terbuka)
cli-help-backup-file = Tempat menulisnya
cli-help-restore = Ganti catatan dengan cadangan, setelah cadangannya diperiksa
cli-help-restore-file = Berkas cadangan
cli-help-demo = Muat atau hapus data demo
cli-help-demo-load = Muat catatan demo (hanya ke catatan yang kosong)
cli-help-demo-load-if-empty = Tidak melakukan apa pun, dengan sukses, bila catatan sudah berisi data
cli-help-demo-clear = Hapus semua siaran LIVE, hadiah, penarikan, dan penyesuaian (kurs, katalog, dan pengaturan tetap)
cli-help-demo-clear-yes = Konfirmasi
cli-help-trash = Siaran LIVE, hadiah, dan penarikan yang dihapus, disimpan 30 hari: daftar, atau kembalikan salah satunya
cli-help-trash-list = Daftar yang dihapus dan masih bisa dikembalikan, terbaru dulu
cli-help-trash-restore = Kembalikan yang diambil oleh penghapusan
cli-help-trash-restore-id = Id entri tempat sampah (dari `trash list`, atau dicetak saat penghapusan)
cli-help-trash-restore-force = Tetap kembalikan meski saldo akan menjadi di bawah nol
cli-help-capture = Catat hadiah secara langsung dari alat di komputer ini: WebSocket (milik TikFinity secara bawaan) atau berkas log yang ditambahinya. Mencetak satu baris per hadiah yang disimpan. Ctrl-C menghentikan: rentetan yang masih berjalan ditulis pada hitungan tertingginya dan ditandai; siaran LIVE tetap terbuka (berakhir setelah jeda hening, atau dengan `session end`), dan memulai ulang akan bergabung ke siaran itu
cli-help-capture-ws = WebSocket yang dibaca (bawaan: milik TikFinity, ws://localhost:21213/)
cli-help-capture-follow = Log peristiwa hadiah CSV atau berkas JSON Lines yang ditambahi alat lain
cli-help-capture-allow-remote-host = Mengonfirmasi host --ws yang bukan komputer ini
cli-help-capture-silence-minutes = Menit tanpa hadiah yang mengakhiri siaran LIVE dan memutus rentetan (bawaan: session_gap_minutes di catatan, jeda yang dipakai impor untuk mengelompokkan siaran LIVE)
cli-help-capture-dead-after = Detik sebuah sumber WebSocket boleh tidak mengirim apa pun (tanpa frame, tanpa jawaban ping) sebelum pencatatan tersambung ulang
cli-help-capture-json = Cetak setiap hadiah yang disimpan sebagai satu baris JSON
