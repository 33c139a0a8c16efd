# Tampilan Hitung langsung: memulai LIVE, mencatat hadiah dengan satu klik
# atau tombol, mengakhirinya, dan ringkasan saat LIVE berakhir.

live-heading = Hitung langsung
live-badge = LIVE

## Sebelum LIVE.

live-start-card = Mulai LIVE
live-start-intro = Catat hadiah selama Anda LIVE: satu klik atau satu tombol per hadiah. Setiap ketukan langsung disimpan, jadi menutup aplikasi tidak menghilangkan apa pun — LIVE masih berjalan saat Anda kembali.
live-title-label = Judul
live-title-placeholder = Tentang apa LIVE ini? (opsional)
live-go = Mulai LIVE dan hitung

## Selama LIVE.

live-started = Dimulai { $when }. Tombol 1–9 menambah hadiah, Ctrl+Z mengurungkan yang terakhir.
live-sender-label = Pengirim
live-sender-placeholder = Pengirim hadiah berikutnya (opsional)
live-senders-label = Pengirim terbaru
live-senders-hint = Dikosongkan setelah tiap hadiah. Terbaru:
live-other-label = Hadiah lain
live-other-gift = Hadiah lain…
live-other-option = { $gift } ({ $coins })
live-streak-label = Berapa banyak hadiah berikutnya
live-armed-note = Hadiah berikutnya dihitung ×{ $times }
live-armed-hint = Kembali ke ×1 setelah dicatat (Esc membatalkan).
live-key = Tombol { $key }
live-this-live = LIVE ini
live-value-gifts = { $value } · { $count ->
   *[other] { $count } hadiah
}
live-threshold-title = Batas penarikan
live-balance-line = Saldo { $diamonds } = { $value } dari { $minimum } · { $percent }
live-last-gifts = Hadiah terakhir
live-gift-line = { $count } × { $gift }
live-gift-line-from = { $count } × { $gift } dari { $sender }
live-undo-last = Urungkan terakhir (Ctrl+Z)
live-nothing-to-undo = Tidak ada yang bisa diurungkan
live-remove-anyway = Tetap hapus

## Yang dibacakan pembaca layar, dan yang tampil setelah mengurungkan.

live-logged = Dicatat { $count } × { $gift }. LIVE ini: { $total }.
live-logged-from = Dicatat { $count } × { $gift } dari { $sender }. LIVE ini: { $total }.
live-removed-toast = Dihapus { $count } × { $gift }
live-removed = Dihapus { $count } × { $gift }. LIVE ini: { $total }.

## Mengakhiri LIVE.

live-end = Akhiri LIVE
live-end-title = Akhiri LIVE ini?
live-end-so-far = { $count ->
   *[other] Sejauh ini ada { $count } hadiah senilai { $diamonds }.
}
live-end-after = Hadiah yang dicatat setelah ini memulai LIVE baru.
live-ended = LIVE diakhiri dan disimpan

## Ringkasan LIVE yang baru berakhir.

live-recap-title = LIVE berakhir
live-recap-title-named = LIVE berakhir: { $title }
live-recap-card = Ringkasan
live-earned = Pendapatan
live-earned-value = { $diamonds } · { $value }
live-duration = Durasi
live-gifts = Hadiah
live-top-gifters = Pendukung teratas
live-gifter-line = { $count ->
   *[other] { $count } hadiah
} · { $coins }
live-no-gifters = Tidak ada hadiah yang punya pengirim.
live-from-tiktok = Dari ringkasan LIVE TikTok
live-from-tiktok-hint = Salin dari ringkasan yang ditampilkan TikTok setelah LIVE (opsional).
live-viewers = Penonton
live-followers = Pengikut baru
live-save = Simpan
live-saved = Disimpan ke LIVE ini
live-another = Mulai LIVE lain
live-all-lives = Semua LIVE
