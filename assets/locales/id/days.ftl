# Hari TikTok: angka LIVE Center TikTok per hari di samping hari-hari di
# catatan Anda, dan mencatat hari yang dilaporkan TikTok tetapi tanpa LIVE di
# catatan Anda.

days-title = Hari TikTok

## Belum ada file LIVE Center TikTok

days-empty-title = Belum ada hari dari LIVE Center TikTok
days-empty-text = Di LIVE Center TikTok, buka analitik LIVE Anda dan unduh: empat file CSV (Revenue, Activity, Viewers, Engagement), satu baris per hari. Impor salah satunya di sini; LiveLedger menyimpannya sebagai angka TikTok di samping catatan Anda dan tidak pernah menambahkannya ke saldo Anda.
days-empty-import = Impor file TikTok

## Angka TikTok di samping catatan Anda

days-beside-title = Angka TikTok di samping catatan Anda
days-beside-text = Angka LIVE Center TikTok sendiri per hari, dari file yang Anda impor. Itu versi TikTok: disimpan di samping catatan Anda dan tidak pernah ditambahkan ke saldo. Hari di catatan Anda adalah hari setiap LIVE dimulai, di zona waktu Anda.
days-total = { $count ->
   *[other] TikTok melaporkan { $tiktok } pada hari-hari ini; catatan Anda berisi { $ledger }. { $count } hari berbeda.
}
days-book-all = { $count ->
   *[other] Catat semua { $count } hari tanpa LIVE ({ $diamonds })
}
days-book-one = Catat hari ini
days-what-differs = Yang berbeda

## Kolom dan status

days-col-day = Hari
days-col-tiktok = TikTok
days-col-ledger = Catatan
days-col-difference = Selisih
days-col-lives = LIVE
days-col-live-time = Durasi LIVE
days-col-viewers = Penonton unik
days-col-likes = Suka
days-col-status = Status
days-col-actions = Tindakan
days-status-matches = Sama
days-status-missing = Catatan lebih sedikit
days-status-extra = Catatan lebih banyak
days-status-no-lives = Tanpa LIVE
days-status-no-tiktok-diamonds = Tanpa berlian TikTok

## Isi perbandingan satu hari

days-sentence-no-diamonds = { $count ->
   *[other] File TikTok tidak mencantumkan berlian untuk { $day }; catatan Anda berisi { $ledger } dari { $count } LIVE.
}
days-sentence-not-listed = { $count ->
   *[other] File TikTok tidak mencantumkan { $day }; catatan Anda berisi { $ledger } dari { $count } LIVE.
}
days-sentence-same = TikTok melaporkan { $tiktok } pada { $day }; catatan Anda sama.
days-sentence-missing = TikTok melaporkan { $tiktok } pada { $day }; catatan Anda berisi { $ledger } (kurang { $difference }).
days-sentence-extra = TikTok melaporkan { $tiktok } pada { $day }; catatan Anda berisi { $ledger } ({ $difference } lebih banyak dari TikTok).
days-sentence-no-lives = TikTok melaporkan { $tiktok } pada { $day }; catatan Anda tidak punya LIVE pada hari itu.

## Mencatat hari dari angka TikTok

days-book-title = { $count ->
    [one] Catat hari ini dari angka TikTok?
   *[other] Catat { $count } hari dari angka TikTok?
}
days-book-line = { $day }: satu LIVE dengan { $diamonds } versi TikTok
days-book-effect = Saldo Anda bertambah { $diamonds }. Hanya hari tanpa LIVE di catatan Anda yang dicatat.
days-book-confirm = { $count ->
    [one] Catat hari ini
   *[other] Catat hari-hari ini
}
days-booked = { $count ->
   *[other] { $count } hari dicatat: { $diamonds }
}
days-undo = Urungkan
days-unbooked = Hari yang dicatat sudah dihapus lagi
