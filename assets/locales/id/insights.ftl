# Wawasan ("Apa yang menghasilkan"): apa yang menghasilkan di semua LIVE Anda.
# Setiap angka bertumpu pada sejumlah LIVE (atau hari TikTok); bila terlalu
# sedikit, itu yang ditampilkan, bukan angka.

insights-title = Apa yang menghasilkan

## Angka dan sampelnya.

insights-not-enough = LIVE belum cukup ({ $n } dari { $min })
insights-sample-lives = ({ $count ->
   *[other] { $count } LIVE
})
insights-sample-days = ({ $count ->
   *[other] { $count } hari
})
insights-sample-weeks = ({ $count ->
   *[other] { $count } minggu
})
insights-percent = { $value }%

## Rentang.

insights-range-from = Dari { $date }
insights-range-to = sampai { $date }
insights-from-label = Dari
insights-to-label = Sampai
insights-show = Tampilkan
insights-all-lives = Semua LIVE
insights-looked-at = { $count ->
   *[other] { $count } LIVE dilihat
} · median · setiap angka perlu { $min } LIVE

## Belum ada LIVE.

insights-empty-title = Belum ada LIVE untuk dipelajari
insights-empty-text = Wawasan membandingkan LIVE Anda satu sama lain: jam terbaik untuk LIVE, durasi yang menguntungkan, nilai seorang penonton, dan siapa yang memberi hadiah. Setiap angka perlu { $min } LIVE berdurasi 15 menit atau lebih.
insights-add-live = Tambah LIVE
insights-import-lives = Impor LIVE Anda

## Apakah saya dibayar per tayangan?

insights-per-view-title = Apakah saya dibayar per tayangan?
insights-per-view-answer = Tidak. TikTok membayar untuk hadiah, bukan untuk tayangan. Nilai seorang penonton di LIVE Anda sendiri:
insights-per-viewer = Berlian per penonton
insights-per-1000-viewers = Berlian per 1.000 penonton
insights-money-per-1000-viewers = { $currency } per 1.000 penonton
insights-per-hour-same-lives = Berlian per jam LIVE, LIVE yang sama
insights-per-1000-views-days = Per 1.000 tayangan, dari hari LIVE Center TikTok
insights-per-view-note = LIVE dihitung di sini bila jumlah penontonnya diketik, diimpor, atau ditangkap.

## Kapan Anda LIVE.

insights-when-title = Kapan Anda LIVE
insights-when-note = Setiap sel: median berlian per jam LIVE dari LIVE yang dimulai saat itu, dan (kecil) berapa LIVE. Sel dengan kurang dari { $min } LIVE hanya menampilkan jumlahnya.
insights-no-lives-in-range = Tidak ada LIVE dalam rentang ini.
insights-week-caption = Median berlian per jam LIVE menurut hari dan jam mulai (zona waktu Anda), dengan jumlah LIVE di setiap sel
insights-week-day = Hari
insights-cell-few = { $day } { $hour }: LIVE belum cukup ({ $n } dari { $min })
insights-cell = { $day } { $hour }: { $diamonds } per jam, { $count ->
   *[other] { $count } LIVE
}

## Berapa lama.

insights-how-long = Berapa lama
insights-lengths-caption = Median berlian menurut durasi LIVE: kapan waktu tambahan berhenti menghasilkan
insights-col-length = Durasi LIVE
insights-col-per-hour = Berlian per jam LIVE
insights-col-per-live = Berlian per LIVE
insights-band-under = di bawah { $to }
insights-band-between = { $from } sampai { $to }
insights-band-longer = { $from } atau lebih

## Suasana dan hadiah.

insights-room-title = Suasana dan hadiah
insights-room-empty = Penangkapan LIVE menghitung suka, komentar, penonton yang bergabung, dan pengikut baru per menit selama berjalan (tidak pernah isi obrolan). Tangkap beberapa LIVE, atau impor file harian LIVE Center TikTok, maka di sini terlihat bagaimana berlian Anda bergerak bersama suasana.
insights-room-counted = Penangkapan LIVE menghitung suasana di { $count ->
   *[other] { $count } LIVE
}: { $comments } komentar dan { $likes } suka per menit (median).
insights-split-comments = Saat komentar per menit di atas { $cut }: { $above } berlian per jam LIVE; saat { $cut } atau kurang: { $below }.
insights-split-likes = Saat suka per menit di atas { $cut }: { $above } berlian per jam LIVE; saat { $cut } atau kurang: { $below }.
insights-split-followers = Saat pengikut baru per jam di atas { $cut }: { $above } berlian per jam LIVE; saat { $cut } atau kurang: { $below }.
insights-split-days-likes = Saat suka per menit LIVE pada hari LIVE Center TikTok di atas { $cut }: { $above } berlian per jam LIVE; saat { $cut } atau kurang: { $below }.
insights-split-comments-few = Menurut komentar per menit: LIVE di tiap sisi belum cukup ({ $count ->
   *[other] { $count } LIVE
} sejauh ini; perlu minimal { $min } di tiap sisi).
insights-split-likes-few = Menurut suka per menit: LIVE di tiap sisi belum cukup ({ $count ->
   *[other] { $count } LIVE
} sejauh ini; perlu minimal { $min } di tiap sisi).
insights-split-followers-few = Menurut pengikut baru per jam: LIVE di tiap sisi belum cukup ({ $count ->
   *[other] { $count } LIVE
} sejauh ini; perlu minimal { $min } di tiap sisi).
insights-split-days-likes-few = Menurut suka per menit LIVE pada hari LIVE Center TikTok: hari di tiap sisi belum cukup ({ $count ->
   *[other] { $count } hari
} sejauh ini; perlu minimal { $min } di tiap sisi).
insights-cause = Ini menunjukkan apa yang terjadi bersamaan, bukan apa penyebabnya: obrolan yang ramai bisa mendatangkan hadiah, atau hadiah bisa meramaikan obrolan.

## Satu LIVE menit demi menit.

insights-timeline-title = Satu LIVE, menit demi menit
insights-timeline-pick = LIVE yang ditampilkan
insights-timeline-live = LIVE { $pick }
insights-timeline-minutes = { $count ->
   *[other] { $count } menit dengan hadiah atau hitungan.
}
insights-timeline-uncounted = Penangkapan LIVE tidak menghitung suasana di LIVE ini: hanya hadiahnya yang ditampilkan.
insights-timeline-every-minute = Setiap menit, dengan suka, pengikut baru, dan penonton
insights-col-minute = Menit
insights-col-diamonds = Berlian
insights-col-comments = Komentar
insights-col-likes = Suka
insights-col-new-followers = Pengikut baru
insights-col-viewers = Penonton
insights-timeline-note = Batang: berlian. Garis: komentar, bila dihitung oleh penangkapan LIVE. LIVE yang panjang digambar per beberapa menit.

## Rencana.

insights-plan-title = Rencana
insights-plan-reached = Anda sudah mencapai penarikan minimum.
insights-plan-wait = Kurang { $diamonds }. Jam yang Anda perlukan muncul setelah { $min } LIVE.
insights-plan-hours = Kurang { $diamonds }: dengan median Anda { $perHour } per jam LIVE ({ $lives ->
   *[other] { $lives } LIVE terakhir
}), sekitar { $hours } { $count ->
   *[other] jam
} LIVE lagi.
insights-plan-week = Minggu ini: { $thisWeek } { $count ->
   *[other] berlian
}; rata-rata mingguan Anda pada minggu-minggu sebelumnya: { $average }.
insights-plan-by = Capai sebelum { $date }
insights-plan-by-label = Tanggal target mencapai minimum
insights-plan-button = Rencanakan
insights-plan-per-week = Sekitar { $hours } { $count ->
   *[other] jam
} LIVE per minggu sampai { $day }.
insights-plan-passed = Hari itu sudah lewat.

## Siapa yang memberi.

insights-who-title = Siapa yang memberi
insights-gifters-per-live = Pemberi hadiah per LIVE
insights-returning-gifters = Pemberi hadiah yang kembali
insights-top-share = { $count ->
    [1] Pendukung teratas Anda membawa
   *[other] { $count } pendukung teratas Anda membawa
}
insights-top-share-value = { $percent } dari berlian hadiah
insights-no-senders = Tidak ada hadiah dengan nama pengirim di LIVE ini.
insights-supporters-caption = Pendukung teratas di LIVE ini (hanya di tampilan Anda sendiri; ekspor tidak menyertakan nama kecuali Anda memintanya)
insights-col-supporter = Pendukung
insights-col-lives = LIVE
insights-col-first-gift = Hadiah pertama
insights-col-last-gift = Hadiah terakhir
