# Bagian yang dipakai semua tampilan: tabel, dialog, notifikasi, dan pemilih
# bahasa.

## Tabel

widgets-actions = Tindakan
widgets-show-more = Tampilkan { $shown } lagi dari { $left }

## Formulir

widgets-field-error = { $field }: { $error }

## Pertanyaan dan jawaban

widgets-cancel = Batal
widgets-type-to-confirm = Ketik "{ $word }" untuk mengonfirmasi
widgets-are-you-sure = Anda yakin?
widgets-record-anyway = Tetap catat
widgets-nothing-changed = Tidak ada yang diubah.
widgets-undo = Urungkan
widgets-put-back = Dikembalikan
widgets-put-back-what = Dikembalikan: { $what }

## Pemilih bahasa

widgets-language-system = Bahasa sistem ({ $name })
