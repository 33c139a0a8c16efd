# Panel tangkap di Hitung langsung: hadiah dicatat otomatis dari alat LIVE
# di komputer ini (WebSocket TikFinity, atau file log yang ditulis alat lain).

capture-title = Tangkap dari…
capture-intro = Hadiah dicatat otomatis dari alat LIVE di komputer ini, masing-masing disimpan begitu tiba. Combo dihitung sekali, saat selesai. Tombol hitung tetap ada untuk hadiah yang terlewat oleh alat.
capture-source-label = Sumber
capture-source-ws = WebSocket (TikFinity)
capture-source-file = File log
capture-address-label = Alamat
capture-file-placeholder = Jalur file log yang ditulis alat
capture-choose-file = Pilih file…
capture-connect = Hubungkan
capture-stop = Hentikan

## Status koneksi.

capture-state-connecting = Menghubungkan
capture-state-connected = Terhubung
capture-state-reconnecting = Menghubungkan ulang
capture-state-stopped = Berhenti
capture-status-running = { $state } — { $detail } · { $count ->
   *[other] { $count } hadiah dicatat
}
capture-status-stopped = Berhenti — { $count ->
   *[other] { $count } hadiah dicatat
}
capture-not-capturing = Tidak menangkap.
capture-last-problem = Masalah terakhir: { $problem }

## Combo yang berjalan dan hadiah yang dicatat.

capture-pending-title = Combo berjalan (dihitung saat selesai)
capture-no-streak = Tidak ada combo berjalan.
capture-gifts-title = Hadiah dicatat, terbaru dulu
capture-gifts-empty = Hadiah muncul di sini, terbaru dulu, saat alat mengirimnya.
capture-gift-count = { $count } × { $gift }
capture-gift-from = { $gift } dari { $sender }
capture-unfinished = combo belum selesai
capture-unfinished-hint = Akhir combo tidak pernah datang: dihitung dengan jumlah tertingginya
capture-dropped = sumber terputus
capture-dropped-hint = Sumber terputus saat combo ini berjalan; mungkin tidak akan pernah selesai
capture-announce = Hadiah baru: { $count } × { $gift }.
capture-announce-from = Hadiah baru: { $count } × { $gift } dari { $sender }.
