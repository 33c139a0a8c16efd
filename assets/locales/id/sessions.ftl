# Tampilan LIVE: daftar siaran LIVE, detail satu LIVE (ringkasan, hadiah per
# pendukung, hadiah yang ditambahkan manual) dan formulir untuk menambah
# atau mengeditnya.

sessions-title = LIVE
sessions-filter-placeholder = Saring menurut judul atau tanggal…
sessions-filter-label = Saring LIVE
sessions-new = LIVE baru
sessions-no-match = Tidak ada LIVE yang cocok dengan saringan.
sessions-empty-title = Belum ada LIVE
sessions-empty-text = Tambahkan siaran LIVE yang sudah Anda lakukan beserta hadiahnya, atau impor dari file CSV.

## Kolom daftar. "live" menandai LIVE yang masih berjalan.

sessions-col-date = Tanggal
sessions-col-duration = Durasi
sessions-col-title = Judul
sessions-col-diamonds = Berlian
sessions-col-value = Nilai
sessions-col-viewers = Penonton
sessions-col-per-hour = Per jam
sessions-running-badge = live

## Formulir satu LIVE.

sessions-field-start = Mulai
sessions-field-end = Selesai
sessions-field-end-hint = Biarkan kosong selama LIVE masih berjalan.
sessions-field-title = Judul
sessions-field-viewers = Penonton
sessions-field-peak-viewers = Puncak penonton
sessions-field-new-followers = Pengikut baru
sessions-field-diamonds = Berlian menurut TikTok
sessions-field-diamonds-hint = Dari ringkasan LIVE TikTok, jika Anda tidak mencatat setiap hadiah.
sessions-field-notes = Catatan
sessions-edit-title = Edit LIVE
sessions-new-title = LIVE baru
sessions-save = Simpan
sessions-add = Tambah LIVE
sessions-cancel = Batal
sessions-saved = LIVE disimpan
sessions-added = LIVE ditambahkan

## Detail satu LIVE.

sessions-untitled = LIVE
sessions-edit = Edit
sessions-delete = Hapus
sessions-close = Tutup
sessions-close-label = Tutup detail LIVE
sessions-recap = Ringkasan
sessions-earned = Pendapatan
sessions-duration = Durasi
sessions-still-live = masih live
sessions-per-hour-live = Per jam LIVE
sessions-gifts = Hadiah
sessions-top-gifters = Pendukung teratas
sessions-no-gifters = Tidak ada nama pendukung
sessions-gifts-from = { $count ->
   *[other] { $count } hadiah
} dari { $senders ->
   *[other] { $senders } pendukung
}
sessions-by-sender = Hadiah per pendukung
sessions-no-sender = Tanpa nama pendukung
sessions-sender-line = { $count ->
   *[other] { $count } hadiah
} · { $coins }
sessions-no-gifts = Tidak ada baris hadiah di LIVE ini.
sessions-per-thousand-viewers = { $value } per 1.000 penonton

## Tabel hadiah satu LIVE.

sessions-col-time = Waktu
sessions-col-gift = Hadiah
sessions-col-coins = Koin
sessions-col-count = Jumlah
sessions-col-actions = Tindakan
sessions-estimated = perkiraan
sessions-estimated-hint = Log yang diimpor berakhir sebelum combo ini selesai: dihitung dengan jumlah tertinggi sejauh ini. Mengimpor sisa log akan melengkapinya.
sessions-delete-gift-label = Hapus { $gift }
sessions-delete-gift-from-label = Hapus { $gift } dari { $sender }

## Menambah hadiah secara manual.

sessions-gift-field = Hadiah
sessions-gift-placeholder = Rose
sessions-gift-hint = Hadiah dari katalog memakai jumlah koin di katalog.
sessions-coins-field = Koin per hadiah
sessions-coins-placeholder = dari katalog
sessions-count-field = Jumlah
sessions-sender-field = Dari
sessions-sender-placeholder = opsional
sessions-add-gift = Tambah hadiah
sessions-gift-added = Hadiah ditambahkan

## Menghapus hadiah atau LIVE (bisa diurungkan).

sessions-delete-gift-title = Hapus hadiah ini?
sessions-delete-gift-line = { $count } × { $gift } ({ $coins }).
sessions-delete-gift-from-line = { $count } × { $gift } dari { $sender } ({ $coins }).
sessions-undo-hint = Anda bisa mengurungkannya sesaat setelahnya.
sessions-delete-gift-confirm = Hapus hadiah
sessions-delete-anyway = Tetap hapus
sessions-gift-deleted = Hadiah dihapus
sessions-restore-anyway = Tetap kembalikan
sessions-delete-session-title = Hapus LIVE ini?
sessions-delete-session-line = { $title } · { $date }: { $count ->
   *[other] { $count } hadiah
}, { $diamonds }.
sessions-delete-session-confirm = Hapus LIVE
sessions-session-deleted = LIVE dihapus
