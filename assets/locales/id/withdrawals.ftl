# Penarikan: mencatat pencairan dari TikTok, mencocokkan catatan Anda dengan
# dompet TikTok, dan riwayat keduanya.

withdrawals-title = Penarikan

## Mencatat penarikan

withdrawals-record-title = Catat penarikan
withdrawals-diamonds = Berlian
withdrawals-requested = Diajukan
withdrawals-fee = Biaya
withdrawals-method = Metode
withdrawals-status = Status
withdrawals-reference = Referensi
withdrawals-withdrawable = Bisa ditarik sekarang: { $diamonds } ({ $money })
withdrawals-not-ready = Belum siap — lihat dasbor untuk apa yang masih kurang.
withdrawals-quote = { $diamonds } ≈ { $money }
withdrawals-quote-below = — kurang dari penarikan minimum TikTok, { $minimum }
withdrawals-record-button = Catat penarikan
withdrawals-recorded = Penarikan dicatat

## Pertanyaan sebelum mencatat penarikan yang tidak akan dibayar TikTok

withdrawals-below-title = TikTok tidak membayar penarikan di bawah { $minimum }
withdrawals-below-line = Penarikan ini senilai { $money }. Catat hanya jika TikTok benar-benar membayarnya.
withdrawals-ask-title = Catat penarikan ini?
withdrawals-record-anyway = Tetap catat

## Status penarikan

withdrawals-status-pending = Tertunda
withdrawals-status-paid = Dibayar
withdrawals-status-failed = Gagal
withdrawals-status-cancelled = Dibatalkan
withdrawals-status-changed = Status diubah

## Mencocokkan dengan dompet TikTok

withdrawals-reconcile-title = Cocokkan dengan TikTok
withdrawals-reconcile-text = Catatan Anda menunjukkan { $diamonds }. Jika TikTok menunjukkan angka lain, masukkan angka itu: selisihnya dicatat sebagai koreksi beserta alasannya.
withdrawals-wallet-balance = Berlian yang ditunjukkan dompet TikTok Anda
withdrawals-wallet-reason = Alasan selisihnya (jika tahu)
withdrawals-reconcile-button = Cocokkan
withdrawals-reconciled = Catatan Anda cocok dengan TikTok
withdrawals-correction-recorded = { $count ->
   *[other] Koreksi dicatat: { $shown } berlian
}

## Riwayat

withdrawals-history-title = Riwayat
withdrawals-newest-first = Terbaru di atas.
withdrawals-empty = Belum ada penarikan. Saat Anda mencairkan di TikTok, catat di sini agar saldo Anda tetap akurat.
withdrawals-amount = Jumlah
withdrawals-net = Anda terima
withdrawals-actions = Tindakan
withdrawals-below-badge = di bawah minimum
withdrawals-below-badge-title = Di bawah penarikan minimum TikTok sebesar { $minimum } pada hari itu: dicatat karena Anda bilang TikTok membayarnya.

## Menghapus penarikan

withdrawals-delete = Hapus
withdrawals-delete-label = Hapus penarikan { $diamonds }
withdrawals-delete-title = Hapus catatan penarikan ini?
withdrawals-delete-line = { $diamonds } ({ $money }), diajukan { $when }.
withdrawals-delete-effect = Saldo Anda bertambah sebanyak berlian itu. Anda bisa mengurungkannya sesaat setelahnya.
withdrawals-delete-confirm = Hapus penarikan
withdrawals-deleted = Penarikan dihapus
withdrawals-restore-anyway = Tetap kembalikan

## Koreksi dari pencocokan

withdrawals-corrections-title = Koreksi
withdrawals-when = Waktu
withdrawals-reason = Alasan
