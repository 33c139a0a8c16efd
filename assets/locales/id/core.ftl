# Apa yang dikatakan inti aplikasi: penghalang penarikan, baris ringkasan,
# dan galat. Angka datang sudah ditulis dalam bahasa ini; $count, $days, dan
# $minutes adalah angka yang memilih bentuk jamak.

## Yang menghalangi penarikan.

core-blocker-negative-balance = Saldo negatif ({ $count ->
   *[other] { $balance } berlian
}): lebih banyak yang ditarik atau dikoreksi daripada yang didapat. Periksa penarikan, atau masukkan saldo dompet TikTok Anda di Cocokkan.
core-blocker-below-minimum = Di bawah penarikan minimum: { $balance } dari { $minimum } — kurang { $count ->
   *[other] { $missing } berlian
} lagi. Terus siaran LIVE.
core-blocker-age-not-confirmed = Usia belum dikonfirmasi: penarikan memerlukan akun terverifikasi berusia 18+. Konfirmasikan di Pengaturan → Pembayaran.
core-blocker-no-payout-method = Belum ada metode pembayaran yang ditautkan. Tautkan di TikTok, lalu sebutkan di Pengaturan → Pembayaran.
core-blocker-daily-maximum-used = Batas penarikan hari ini sebesar { $maximum } sudah terpakai. Coba lagi besok.

## Ringkasan di baris perintah: label, lalu barisnya.

core-summary-balance-label = Saldo
core-summary-earned-label = didapat
core-summary-withdrawn-label = ditarik
core-summary-adjusted-label = dikoreksi
core-summary-threshold-label = Minimum
core-summary-ready-label = Siap
core-summary-eta-label = Perkiraan
core-summary-pending-label = Pembayaran tertunda
core-summary-rate-label = Kurs
core-summary-balance = { $count ->
   *[other] { $diamonds } berlian
} = { $value }
core-summary-threshold = { $minimum } = { $count ->
   *[other] { $diamonds } berlian
}; kemajuan { $percent }%
core-summary-ready-yes = ya — bisa ditarik sekarang: { $count ->
   *[other] { $diamonds } berlian
} = { $value }
core-summary-ready-not-yet = belum
core-summary-eta-reached = tercapai ({ $day })
core-summary-eta-day = { $day } dengan { $pace } berlian per hari ({ $days } hari terakhir)
core-summary-eta-wait = setelah { $count ->
   *[other] { $count } siaran LIVE lagi
} dalam { $days } hari terakhir (perkiraan memerlukan { $needed })
core-summary-eta-none = tidak ada — tidak ada pendapatan dalam { $days } hari terakhir
core-summary-rate = sejak { $day }: { $rate } per berlian (saldo dinilai dengan kurs hari ini; laporan dengan kurs tiap siaran LIVE); uang dibulatkan ke { $step }, setengah ke atas

## Konfirmasi: apa yang tidak biasa pada suatu perubahan. Tidak ada yang ditulis; Anda dapat mengonfirmasinya.

core-confirm-negative-balance = { $action ->
    [put-back] memulihkan { $label }
    [rerate] menerapkan ulang kurs pada siaran LIVE ini
    [delete-session] menghapus siaran LIVE { $id }
    [correction] koreksi sebesar { $amount } berlian
    [delete-gift] menghapus hadiah { $id }
   *[undo-import] mengurungkan impor { $id }
} akan membuat saldo menjadi { $count ->
   *[other] { $balance } berlian
} (didapat { $earned }, ditarik { $withdrawn }, dikoreksi { $corrected }): penarikan sudah dibayar dari berlian ini
core-confirm-future = tanggalnya { $at }, di masa depan
core-confirm-before-first-diamond = tanggalnya { $at }, sebelum berlian pertama didapat ({ $first })
core-confirm-below-minimum = { $gross } di bawah penarikan minimum { $minimum } yang berlaku pada { $day }: TikTok tidak membayar kurang dari itu, jadi catat hanya jika TikTok benar-benar membayarnya
core-confirm-over-daily-maximum = dengan { $used } yang sudah ditarik pada { $day }, tambahan { $gross } melewati batas maksimum hari itu sebesar { $maximum }
core-error-needs-confirmation = tidak ada yang ditulis; konfirmasikan untuk tetap mencatatnya (CLI: --force)

## Galat.

core-error-not-found = { $what ->
    [session] siaran LIVE { $id } tidak ada
    [gift] hadiah { $id } tidak ada
    [withdrawal] penarikan { $id } tidak ada
    [import] impor { $id } tidak ada
    [rate] kurs { $id } tidak ada
    [deleted] catatan terhapus { $id } tidak ada
   *[other] catatan { $id } tidak ada
}
core-error-newer-schema = { $path } ditulis oleh LiveLedger yang lebih baru (skema { $found }, versi ini hanya mengenal hingga { $known }); file tidak diubah — perbarui LiveLedger untuk membukanya
# $reason masih dalam bahasa Inggris untuk saat ini.
core-error-not-a-ledger = { $path } bukan basis data LiveLedger: { $reason }
core-error-busy = basis data sedang sibuk (LiveLedger lain sedang menulis ke dalamnya); coba lagi sebentar lagi
core-error-import-still-running = { $path }: impor yang berjalan di LiveLedger lain masih memakai file ini setelah { $minutes ->
    [0] { $seconds } dtk
   *[other] { $minutes } menit
}; tidak ada yang dilakukan — coba lagi setelah impor selesai, atau hentikan impor itu
core-error-import-still-running-pid = { $path }: impor yang berjalan di LiveLedger lain (pid { $pid }) masih memakai file ini setelah { $minutes ->
    [0] { $seconds } dtk
   *[other] { $minutes } menit
}; tidak ada yang dilakukan — coba lagi setelah impor selesai, atau hentikan impor itu
core-error-not-a-file = { $path } adalah { $found ->
    [folder] folder
    [fifo] pipa bernama (FIFO)
    [character-device] perangkat karakter
    [block-device] perangkat blok
    [socket] soket
   *[other] sesuatu yang lain
}, bukan file biasa: sebutkan file biasa atau nama baru; tidak ada yang ditulis ke sana
# $why masih dalam bahasa Inggris untuk saat ini.
core-error-read-only = { $path } hanya-baca ({ $why }): bisa dibaca tetapi tidak bisa diubah; tidak ada yang ditulis
# $what masih dalam bahasa Inggris untuk saat ini.
core-error-overflow = { $what }: terlalu besar untuk dijumlahkan; ubah atau hapus catatan dengan angka yang tidak masuk akal

core-trash-session = { $count ->
       *[other] siaran LIVE { $id } beserta { $n } hadiahnya
    }
core-trash-gift = { $n } × { $gift }
core-trash-withdrawal = penarikan { $id }

# The system's own reasons (an I/O error), as the system writes them in English;
# $code is its error number.

core-io-not-permitted = Operasi tidak diizinkan (kesalahan sistem { $code })
core-io-not-found = File atau folder tidak ada (kesalahan sistem { $code })
core-io-io-error = Kesalahan masukan/keluaran (kesalahan sistem { $code })
core-io-permission-denied = Izin ditolak (kesalahan sistem { $code })
core-io-exists = File sudah ada (kesalahan sistem { $code })
core-io-not-a-directory = Bukan folder (kesalahan sistem { $code })
core-io-is-a-directory = Adalah folder (kesalahan sistem { $code })
core-io-too-many-open = Terlalu banyak file terbuka (kesalahan sistem { $code })
core-io-too-large = File terlalu besar (kesalahan sistem { $code })
core-io-no-space = Ruang perangkat habis (kesalahan sistem { $code })
core-io-read-only = Sistem file hanya-baca (kesalahan sistem { $code })
core-io-connection-reset = Koneksi diputus oleh pihak lain (kesalahan sistem { $code })
core-io-timed-out = Waktu koneksi habis (kesalahan sistem { $code })
core-io-connection-refused = Koneksi ditolak (kesalahan sistem { $code })
# Any other reason, in the system's own (English) words.
core-io-other = { $text }

# A whole error said inside another message: a file's path and why.
core-error-io = { $path }: { $reason }
core-error-disk = { $path }: { $cause }
core-error-database = kesalahan basis data: { $error }
core-error-field = { $field }: { $message }
core-error-text = { $text }

# Why a file is not a ledger, or is read-only (inside core-error-not-a-ledger's
# $reason and core-error-read-only's $why); $error is said inside, $found and
# $sqlite are SQLite's own words; $kind is a schema object's type.
core-ledger-why-uncountable = totalnya tidak dapat dihitung: { $error }
core-ledger-why-unreadable = sebuah catatan di dalamnya tidak dapat dibaca: { $error }
core-ledger-why-unfit = catatan-catatannya tidak cocok satu sama lain ({ $error })
core-ledger-why-not-regular = bukan file biasa
core-ledger-why-not-a-backup = bukan cadangan LiveLedger
core-ledger-why-integrity = pemeriksaan integritasnya gagal: { $found }
core-ledger-why-empty = tidak berisi buku catatan
core-ledger-why-other-tables = berisi tabel lain (id aplikasinya bukan milik LiveLedger)
core-ledger-why-not-yet = dan belum menjadi buku catatan
core-ledger-why-older = dan ditulis oleh LiveLedger versi lama: perlu ditingkatkan, yang berarti menulisnya
core-ledger-why-file-read-only = file tidak boleh ditulis
core-ledger-why-disk-read-only = file, foldernya, atau disknya tidak boleh ditulis
core-ledger-why-not-sqlite = bukan basis data SQLite
core-ledger-why-changed = { $kind ->
    [table] tabel
    [index] indeks
    [trigger] trigger
   *[view] view
} '{ $name }' miliknya bukan milik LiveLedger; pemulihan membawa catatan, tidak pernah skema atau kode
core-ledger-why-extra = berisi { $kind ->
    [table] tabel
    [index] indeks
    [trigger] trigger
   *[view] view
} '{ $name }' yang tidak dibuat LiveLedger pada versinya ({ $version }); pemulihan membawa catatan, tidak pernah skema atau kode
core-ledger-why-missing = { $kind ->
    [table] tabel
    [index] indeks
    [trigger] trigger
   *[view] view
} '{ $name }' miliknya bukan milik LiveLedger
core-ledger-disk-full = disk penuh ({ $sqlite }); tidak ada lagi yang ditulis
core-ledger-disk-failed = disk tidak dapat dibaca atau ditulis (penuh, rusak, atau hilang) ({ $sqlite }); tidak ada lagi yang ditulis

# What a sum too large to add up was (inside core-error-overflow's $what).
core-overflow-session = { $part ->
    [diamonds] berlian siaran LIVE { $id }
   *[value] nilai siaran LIVE { $id }
}
core-overflow-statement = dalam laporan: { $part ->
    [opening-balance] saldo awal
    [gifts] hadiah
    [coins] koin
    [diamonds] berlian
    [value] nilai
    [withdrawals] penarikan
    [fees] biaya
    [payouts] pembayaran
    [corrections] koreksi
    [balance] saldo
   *[rounding] pembulatan
}
core-overflow = { $what ->
    [balance-value] nilai saldo
    [recent-pace] laju terkini
    [pending-withdrawals] penarikan yang tertunda
    [period-diamonds] berlian periode
    [day-diamonds] berlian satu hari
    [coins-every-session] koin semua siaran LIVE
    [minute-diamonds] berlian satu menit
    [money-per-1000] uang per 1.000 penonton
    [diamonds-to-go] berlian yang masih kurang
    [diamonds-earned] berlian yang diperoleh
    [diamonds-withdrawn] berlian yang ditarik
    [corrections] koreksi
    [day-withdrawals] penarikan hari itu
    [balance] saldo
    [booked-diamonds] berlian yang dibukukan
    [wallet-difference] selisih dengan dompet
    [withdrawal-value] nilai penarikan
    [withdrawal-net] nilai bersih penarikan
   *[tiktok-diamonds] berlian TikTok
}
core-overflow-engagement = interaksi siaran LIVE { $id } pada menit { $minute }

# The titles LiveLedger gives a live it made itself (the stored title stays as written;
# these say it in the creator's language).
core-title-imported = Siaran LIVE yang diimpor
core-title-captured = Siaran LIVE yang ditangkap
core-title-booked = TikTok LIVE Center: { $day }
