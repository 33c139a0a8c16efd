//! Telling a file's format and columns from its header: the fields
//! (`field`), the names headers give them (`names`), which column holds
//! each (`columns`), and here the format those columns make.

mod columns;
mod field;
mod names;

use super::Format;

pub use columns::{parse_map, Columns};
pub use field::Field;
pub(crate) use names::keys;
pub use names::norm;

/// Words in a header that make a diamonds column the row's total (price ×
/// count) rather than one gift's price: `Total diamonds`, `Diamanten
/// gesamt`, `Sum of diamonds`, `合計ダイヤモンド`.
const TOTAL_HEADER_WORDS: &[&str] = &[
    "total",
    "totals",
    "sum",
    "gesamt",
    "summe",
    "insgesamt",
    "totales",
    "totaux",
    "totais",
    "jumlah",
    "合計",
    "合计",
    "총",
];

/// Whether a header names a total (`Total diamonds`, `Diamanten gesamt`)
/// by one of its words, in any case.
pub fn names_a_total(header: &str) -> bool {
    let lower = header.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| TOTAL_HEADER_WORDS.contains(&w))
        || ["合計", "合计", "총"].iter().any(|w| lower.contains(w))
}

/// A header's signature: its cells normalised ([`norm`]) and hashed, so the
/// same table written with other case, spacing or punctuation (`Gift Name`,
/// `gift_name`) is known again; the order of the columns counts.
pub fn signature(header: &[String]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for cell in header {
        h.update(norm(cell).as_bytes());
        h.update([0x1f]);
    }
    h.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Guesses the format from the header and the recognised columns.
pub fn detect(header: &[String], cols: &Columns) -> Option<Format> {
    let normed: Vec<String> = header.iter().map(|h| norm(h)).collect();
    if normed.first().map(String::as_str) == Some("record")
        && normed.iter().any(|h| h == "sessionref")
    {
        return Some(Format::LiveLedger);
    }
    let named = |f: Field, name: &str| {
        cols.get(f)
            .and_then(|i| header.get(i))
            .is_some_and(|h| keys(h).iter().any(|k| k == name))
    };
    let event_named = |f: Field| f.event_name().is_some_and(|n| named(f, &n));
    let events = (event_named(Field::Coins) && event_named(Field::Count))
        || (cols.has(Field::Coins)
            && [
                Field::RepeatEnd,
                Field::GiftType,
                Field::Streaking,
                Field::Streakable,
            ]
            .iter()
            .any(|f| cols.has(*f))
            && (cols.has(Field::Gift) || cols.has(Field::GiftId)));
    if events && cols.has(Field::Date) {
        return Some(Format::GiftEvents);
    }
    if cols.has(Field::Gift) && cols.has(Field::Date) {
        return Some(Format::GiftTable);
    }
    if is_tiktok_days(cols) {
        return Some(Format::TiktokDays);
    }
    if cols.has(Field::Diamonds) && cols.has(Field::Date) && !cols.has(Field::Gift) {
        return Some(Format::SessionSummary);
    }
    None
}

/// Whether the columns are those of one of TikTok LIVE Center's per-day
/// files: a date and TikTok's figures, nothing a single live has (a gift,
/// a title, an end, a time of day, rewards); a number of LIVEs, or no
/// diamonds (a session summary has them). Its Revenue file (a date and
/// diamonds alone) reads like a session summary: see [`revenue_file`].
fn is_tiktok_days(cols: &Columns) -> bool {
    let one_live = [
        Field::Gift,
        Field::GiftId,
        Field::Title,
        Field::End,
        Field::Time,
        Field::Rewards,
        Field::Coins,
        Field::Sender,
        Field::Session,
    ];
    if !cols.has(Field::Date) || one_live.iter().any(|f| cols.has(*f)) {
        return false;
    }
    let figures = [
        Field::Views,
        Field::Viewers,
        Field::WatchTime,
        Field::PeakViewers,
        Field::AvgConcurrent,
        Field::Gifters,
        Field::Followers,
        Field::Commenters,
        Field::Likes,
        Field::Shares,
    ];
    cols.has(Field::Lives) || (!cols.has(Field::Diamonds) && figures.iter().any(|f| cols.has(*f)))
}

/// Whether a header is a date and diamonds alone, as TikTok's Revenue file
/// is (and a minimal session summary can be): its first date tells which.
pub fn revenue_file(header: &[String], cols: &Columns) -> bool {
    header.len() == 2 && cols.has(Field::Date) && cols.has(Field::Diamonds)
}

/// The delimiters a line holds outside quotes, most frequent first.
pub fn delimiters(line: &[u8]) -> Vec<u8> {
    const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];
    let mut counts = [0usize; 4];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = CANDIDATES.iter().position(|c| *c == b) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let mut order: Vec<usize> = (0..4).filter(|&i| counts[i] > 0).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(counts[i]), i));
    order.into_iter().map(|i| CANDIDATES[i]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(cols: &[&str]) -> Vec<String> {
        cols.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn names_in_any_case_and_spelling() {
        let header = h(&["Sender", "GIFT NAME", "Qty", "Coin_Value", "Date"]);
        let c = Columns::from_header(&header);
        assert_eq!(c.get(Field::Sender), Some(0));
        assert_eq!(c.get(Field::Gift), Some(1));
        assert_eq!(c.get(Field::Count), Some(2));
        assert_eq!(c.get(Field::Coins), Some(3));
        assert_eq!(c.get(Field::Date), Some(4));
        assert_eq!(detect(&header, &c), Some(Format::GiftTable));
    }

    #[test]
    fn a_day_column_and_a_time_column_are_read_together() {
        for (day, time) in [
            ("Date", "Time"),
            ("Fecha", "Hora"),
            ("Datum", "Uhrzeit"),
            ("Día", "Hora"),
            ("Date", "Heure"),
        ] {
            let header = h(&[day, time, "Regalo", "Monedas", "Cantidad", "Usuario"]);
            let c = Columns::from_header(&header);
            assert_eq!(c.get(Field::Date), Some(0), "{day} + {time}");
            assert_eq!(c.get(Field::Time), Some(1), "{day} + {time}");
            assert_eq!(
                detect(&header, &c),
                Some(Format::GiftTable),
                "{day} + {time}"
            );
        }
        // One column named like a time holds the whole instant.
        let c = Columns::from_header(&h(&["Time", "Gift", "Coins"]));
        assert_eq!((c.get(Field::Date), c.get(Field::Time)), (Some(0), None));
    }

    #[test]
    fn common_names_in_other_languages() {
        let header = h(&["Datum", "Benutzer", "Geschenk", "Anzahl", "Münzen"]);
        let c = Columns::from_header(&header);
        assert_eq!(detect(&header, &c), Some(Format::GiftTable));
        assert_eq!(c.get(Field::Coins), Some(4));
        assert_eq!(c.get(Field::Count), Some(3));
        let header = h(&["Fecha", "Usuario", "Regalo", "Cantidad"]);
        let c = Columns::from_header(&header);
        assert_eq!(c.get(Field::Sender), Some(1));
        assert_eq!(c.get(Field::Count), Some(3));
    }

    #[test]
    fn an_amount_is_a_count() {
        let header = h(&["Time", "User", "Gift", "Amount"]);
        assert_eq!(Columns::from_header(&header).get(Field::Count), Some(3));
    }

    #[test]
    fn gift_event_logs_are_recognised() {
        let header = h(&[
            "timestamp",
            "uniqueId",
            "nickname",
            "giftId",
            "giftName",
            "diamondCount",
            "repeatCount",
            "repeatEnd",
            "giftType",
        ]);
        let c = Columns::from_header(&header);
        assert_eq!(detect(&header, &c), Some(Format::GiftEvents));
        assert_eq!(c.get(Field::Sender), Some(1));
        assert_eq!(c.get(Field::Nickname), Some(2));
        assert_eq!(c.get(Field::Coins), Some(5));
        assert_eq!(c.get(Field::Count), Some(6));
    }

    #[test]
    fn session_summaries_are_recognised() {
        let header = h(&["Date", "Duration", "Diamonds", "Viewers", "New followers"]);
        let c = Columns::from_header(&header);
        assert_eq!(detect(&header, &c), Some(Format::SessionSummary));
    }

    #[test]
    fn delimiters_most_frequent_first() {
        assert_eq!(delimiters(b"a,b,c\n"), [b',']);
        assert_eq!(delimiters(b"a;b;c,d\n"), [b';', b',']);
        assert_eq!(delimiters(b"a\tb\tc\n"), [b'\t']);
        assert_eq!(delimiters(b"a|b|c\n"), [b'|']);
        assert_eq!(delimiters(b"\"a,b\";c;d\n"), [b';']);
        assert!(delimiters(b"single\n").is_empty());
    }

    #[test]
    fn explicit_mapping_alone() {
        let header = h(&["When", "What", "Worth"]);
        let c = Columns::from_map("date=when, gift=What,coins=worth", &header).unwrap();
        assert_eq!(c.get(Field::Coins), Some(2));
        let err = |m: &str| crate::l10n::english(&Columns::from_map(m, &header).unwrap_err());
        assert!(err("gift=Nope").contains("no column"));
        assert!(err("colour=What").contains("not a field"));
    }

    #[test]
    fn live_analytics_names() {
        let header = h(&[
            "Date",
            "LIVE name",
            "LIVE duration",
            "Views",
            "Unique viewers",
            "Peak concurrent viewers",
            "Diamonds",
            "Gifters",
            "New followers",
            "Estimated rewards (USD)",
        ]);
        let c = Columns::from_header(&header);
        assert_eq!(detect(&header, &c), Some(Format::SessionSummary));
        for (f, i) in [
            (Field::Date, 0),
            (Field::Title, 1),
            (Field::Duration, 2),
            (Field::Viewers, 4),
            (Field::PeakViewers, 5),
            (Field::Diamonds, 6),
            (Field::Gifters, 7),
            (Field::Followers, 8),
            (Field::Rewards, 9),
        ] {
            assert_eq!(c.get(f), Some(i), "{f:?}");
        }
        let c = Columns::from_header(&h(&["LIVE title", "Start time", "Diamonds"]));
        assert_eq!(
            (c.get(Field::Title), c.get(Field::Date)),
            (Some(0), Some(1))
        );
    }

    #[test]
    fn start_time_in_every_language() {
        // Alone, a start-time column holds the whole instant; beside a day
        // column it is the time of day.
        for (day, start) in [
            ("Date", "Start time"),
            ("Fecha", "Hora de inicio"),
            ("Data", "Hora de início"),
            ("Datum", "Startzeit"),
            ("Date", "Heure de début"),
            ("Tanggal", "Waktu mulai"),
        ] {
            let c = Columns::from_header(&h(&[start, "Diamonds"]));
            assert_eq!(c.get(Field::Date), Some(0), "{start} alone");
            let c = Columns::from_header(&h(&[day, start, "Diamonds"]));
            assert_eq!(
                (c.get(Field::Date), c.get(Field::Time)),
                (Some(0), Some(1)),
                "{day} + {start}"
            );
        }
        for start in [
            "Fecha de inicio",
            "Data de início",
            "Startdatum",
            "Date de début",
            "Tanggal mulai",
            "created_at",
        ] {
            let c = Columns::from_header(&h(&[start, "Diamonds"]));
            assert_eq!(c.get(Field::Date), Some(0), "{start}");
        }
    }

    #[test]
    fn snake_case_and_dotted_webcast_fields() {
        let header = h(&[
            "created_at",
            "unique_id",
            "gift_name",
            "diamond_count",
            "repeat_count",
            "repeat_end",
            "gift_type",
        ]);
        let c = Columns::from_header(&header);
        assert_eq!(detect(&header, &c), Some(Format::GiftEvents));
        assert_eq!(
            (c.get(Field::Coins), c.get(Field::Count)),
            (Some(3), Some(4))
        );
        let header = h(&[
            "common.createTime",
            "common.msgId",
            "user.uniqueId",
            "user.nickname",
            "giftId",
            "giftDetails.giftName",
            "giftDetails.diamondCount",
            "giftDetails.giftType",
            "repeatCount",
            "repeatEnd",
            "extendedGiftInfo.name",
        ]);
        let c = Columns::from_header(&header);
        assert_eq!(detect(&header, &c), Some(Format::GiftEvents));
        for (f, i) in [
            (Field::Date, 0),
            (Field::EventId, 1),
            (Field::Sender, 2),
            (Field::Nickname, 3),
            (Field::GiftId, 4),
            (Field::Gift, 5),
            (Field::Coins, 6),
            (Field::GiftType, 7),
            (Field::Count, 8),
            (Field::RepeatEnd, 9),
        ] {
            assert_eq!(c.get(f), Some(i), "{f:?}");
        }
    }

    #[test]
    fn a_map_adds_to_what_the_header_tells() {
        let header = h(&[
            "ts",
            "viewer",
            "label",
            "price",
            "n",
            "repeatEnd",
            "giftType",
        ]);
        let mut c = Columns::from_header(&header);
        let pairs = parse_map("date=ts, gift=label,coins=price,count=n").unwrap();
        c.apply_map(&pairs, &header).unwrap();
        assert_eq!(c.get(Field::RepeatEnd), Some(5), "kept from the header");
        assert_eq!(c.get(Field::Sender), Some(1));
        assert_eq!(detect(&header, &c), Some(Format::GiftEvents));
        // Every field can be named.
        for f in Field::ALL {
            assert_eq!(Field::parse_map_name(f.map_name()), Some(f));
        }
        // So can a gift event's field by any name live tools give it, from
        // the one table of event shapes (`events::PATHS`).
        for (name, f) in [
            ("timestamp", Field::Date),
            ("created_at", Field::Date),
            ("price", Field::Coins),
            ("gift.diamond_count", Field::Coins),
            ("giftValue", Field::Coins),
            ("common.msgId", Field::EventId),
            ("user.display_id", Field::Sender),
        ] {
            assert_eq!(Field::parse_map_name(name), Some(f), "{name}");
        }
        let pairs = parse_map(
            "repeat_end=n,gift_type=label,time=ts,event=viewer,gift_id=price,nickname=repeatEnd",
        )
        .unwrap();
        let mut c = Columns::from_header(&header);
        c.apply_map(&pairs, &header).unwrap();
        assert_eq!(c.get(Field::RepeatEnd), Some(4));
        assert_eq!(c.get(Field::Nickname), Some(5));
        assert_eq!(
            c.get(Field::Date),
            Some(0),
            "a time without a date is the date"
        );
    }

    #[test]
    fn a_total_is_told_by_the_words_of_its_header() {
        for total in [
            "Total diamonds",
            "Diamanten gesamt",
            "Sum of diamonds",
            "Diamantes totales",
            "合計ダイヤモンド",
            "DIAMONDS (TOTAL)",
        ] {
            assert!(names_a_total(total), "{total}");
        }
        for each in ["Diamonds", "Diamanten", "diamondCount", "Totally diamonds"] {
            assert!(!names_a_total(each), "{each}");
        }
        let c = Columns::from_header(&h(&["Datum", "Geschenk", "Diamanten gesamt"]));
        assert_eq!(c.get(Field::Diamonds), Some(2), "found by name first");
    }

    #[test]
    fn a_signature_ignores_spelling_but_not_order() {
        let a = signature(&h(&["Stamp", "Gift Name", "PTS"]));
        assert_eq!(a, signature(&h(&["stamp", "gift_name", "pts"])));
        assert_ne!(a, signature(&h(&["Gift Name", "Stamp", "PTS"])));
        assert_ne!(a, signature(&h(&["Stamp", "Gift Name"])));
        assert_eq!(a.len(), 32);
    }

    #[test]
    fn tiktok_live_center_day_files_in_every_language() {
        use Field::*;
        // (header, the field each column holds), per language and file.
        let files: &[(&[&str], &[Field])] = &[
            (&["日付", "ダイヤモンド"], &[Date, Diamonds]),
            (
                &["日付", "LIVE時間", "LIVEの合計数"],
                &[Date, Duration, Lives],
            ),
            (
                &[
                    "日付",
                    "視聴数",
                    "ユニーク視聴者数",
                    "平均視聴時間",
                    "最高同時視聴者数",
                    "平均同時視聴者数",
                ],
                &[Date, Views, Viewers, WatchTime, PeakViewers, AvgConcurrent],
            ),
            (
                &[
                    "日付",
                    "ギフト贈呈者",
                    "新規フォロワー",
                    "コメントした視聴者",
                    "いいね",
                    "シェア",
                ],
                &[Date, Gifters, Followers, Commenters, Likes, Shares],
            ),
            (
                &["Date", "LIVE duration", "LIVE sessions"],
                &[Date, Duration, Lives],
            ),
            (
                &[
                    "Date",
                    "Views",
                    "Unique viewers",
                    "Avg. watch time",
                    "Peak concurrent viewers",
                    "Avg. concurrent viewers",
                ],
                &[Date, Views, Viewers, WatchTime, PeakViewers, AvgConcurrent],
            ),
            (
                &[
                    "Date",
                    "Gifters",
                    "New followers",
                    "Commenters",
                    "Likes",
                    "Shares",
                ],
                &[Date, Gifters, Followers, Commenters, Likes, Shares],
            ),
            (
                &["Datum", "LIVE-Dauer", "LIVE-Sitzungen"],
                &[Date, Duration, Lives],
            ),
            (
                &[
                    "Datum",
                    "Aufrufe",
                    "Eindeutige Zuschauer",
                    "Durchschn. Wiedergabezeit",
                    "Max. gleichzeitige Zuschauer",
                    "Durchschn. gleichzeitige Zuschauer",
                ],
                &[Date, Views, Viewers, WatchTime, PeakViewers, AvgConcurrent],
            ),
            (
                &[
                    "Datum",
                    "Schenkende",
                    "Neue Follower",
                    "Kommentierende",
                    "Gefällt mir",
                    "Geteilt",
                ],
                &[Date, Gifters, Followers, Commenters, Likes, Shares],
            ),
            (
                &["Fecha", "Duración del LIVE", "Sesiones LIVE"],
                &[Date, Duration, Lives],
            ),
            (
                &[
                    "Fecha",
                    "Visualizaciones",
                    "Espectadores únicos",
                    "Tiempo medio de visualización",
                    "Máximo de espectadores simultáneos",
                    "Promedio de espectadores simultáneos",
                ],
                &[Date, Views, Viewers, WatchTime, PeakViewers, AvgConcurrent],
            ),
            (
                &[
                    "Fecha",
                    "Donantes",
                    "Nuevos seguidores",
                    "Comentaristas",
                    "Me gusta",
                    "Compartidos",
                ],
                &[Date, Gifters, Followers, Commenters, Likes, Shares],
            ),
            (
                &["Data", "Duração da LIVE", "Sessões LIVE"],
                &[Date, Duration, Lives],
            ),
            (
                &[
                    "Data",
                    "Visualizações",
                    "Espectadores únicos",
                    "Tempo médio de exibição",
                    "Pico de espectadores simultâneos",
                    "Média de espectadores simultâneos",
                ],
                &[Date, Views, Viewers, WatchTime, PeakViewers, AvgConcurrent],
            ),
            (
                &[
                    "Data",
                    "Doadores",
                    "Novos seguidores",
                    "Comentaristas",
                    "Curtidas",
                    "Compartilhamentos",
                ],
                &[Date, Gifters, Followers, Commenters, Likes, Shares],
            ),
            (
                &["Date", "Durée du LIVE", "Sessions LIVE"],
                &[Date, Duration, Lives],
            ),
            (
                &[
                    "Date",
                    "Vues",
                    "Spectateurs uniques",
                    "Durée moyenne de visionnage",
                    "Pic de spectateurs simultanés",
                    "Moyenne de spectateurs simultanés",
                ],
                &[Date, Views, Viewers, WatchTime, PeakViewers, AvgConcurrent],
            ),
            (
                &[
                    "Date",
                    "Donateurs",
                    "Nouveaux abonnés",
                    "Commentateurs",
                    "J'aime",
                    "Partages",
                ],
                &[Date, Gifters, Followers, Commenters, Likes, Shares],
            ),
            (
                &["Tanggal", "Durasi LIVE", "Sesi LIVE"],
                &[Date, Duration, Lives],
            ),
            (
                &[
                    "Tanggal",
                    "Penayangan",
                    "Penonton unik",
                    "Rata-rata waktu tonton",
                    "Puncak penonton serentak",
                    "Rata-rata penonton serentak",
                ],
                &[Date, Views, Viewers, WatchTime, PeakViewers, AvgConcurrent],
            ),
            (
                &[
                    "Tanggal",
                    "Pemberi hadiah",
                    "Pengikut baru",
                    "Pemberi komentar",
                    "Suka",
                    "Bagikan",
                ],
                &[Date, Gifters, Followers, Commenters, Likes, Shares],
            ),
        ];
        for (header, fields) in files {
            let header = h(header);
            let c = Columns::from_header(&header);
            for (i, f) in fields.iter().enumerate() {
                assert_eq!(c.get(*f), Some(i), "{f:?} in {header:?}");
            }
            let two = header.len() == 2;
            assert_eq!(
                detect(&header, &c),
                Some(if two {
                    Format::SessionSummary
                } else {
                    Format::TiktokDays
                }),
                "{header:?}"
            );
            assert_eq!(revenue_file(&header, &c), two, "{header:?}");
        }
        for header in [
            ["Date", "Diamonds"],
            ["Datum", "Diamanten"],
            ["Fecha", "Diamantes"],
            ["Data", "Diamantes"],
            ["Date", "Diamants"],
            ["Tanggal", "Berlian"],
        ] {
            let header = h(&header);
            assert!(
                revenue_file(&header, &Columns::from_header(&header)),
                "{header:?}"
            );
        }
        // A live's own summary keeps its format, with any of these figures.
        let header = h(&[
            "Date",
            "LIVE title",
            "Diamonds",
            "Shares",
            "Avg. watch time",
        ]);
        let c = Columns::from_header(&header);
        assert_eq!(detect(&header, &c), Some(Format::SessionSummary));
    }
}
