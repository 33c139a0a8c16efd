//! Telling a file's format and columns from its header.

use super::Format;
use crate::events::EventField;

/// The fields an import can read, and which column holds each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    idx: Slots,
}

/// One slot per field: looked up for every cell, so no hashing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Slots([Option<usize>; Field::ALL.len()]);

impl Slots {
    fn get(&self, f: &Field) -> Option<&usize> {
        self.0[*f as usize].as_ref()
    }
    fn insert(&mut self, f: Field, i: usize) {
        self.0[f as usize] = Some(i);
    }
    fn remove(&mut self, f: &Field) -> Option<usize> {
        self.0[*f as usize].take()
    }
    fn contains_key(&self, f: &Field) -> bool {
        self.0[*f as usize].is_some()
    }
    /// Frees column `i` of whatever field held it.
    fn free(&mut self, i: usize) {
        for s in &mut self.0 {
            if *s == Some(i) {
                *s = None;
            }
        }
    }
    fn holds(&self, i: usize) -> bool {
        self.0.contains(&Some(i))
    }
}

/// A field LiveLedger reads from a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// When a gift arrived or a session started.
    Date,
    /// A separate time-of-day column.
    Time,
    /// The kind of event in a mixed event log (gift, like, chat…).
    Event,
    /// Gift name.
    Gift,
    /// Gift id (gift-event logs).
    GiftId,
    /// Price of one gift in coins.
    Coins,
    /// How many.
    Count,
    /// Sender handle.
    Sender,
    /// Sender display name.
    Nickname,
    /// Session key.
    Session,
    /// Streak finished flag (gift-event logs).
    RepeatEnd,
    /// Gift type; 1 is streakable (gift-event logs).
    GiftType,
    /// TikTokLive's `streakable` flag: true for a gift of type 1.
    Streakable,
    /// TikTokLive's `streaking` flag: true while the streak runs.
    Streaking,
    /// The event's own id (`msgId`).
    EventId,
    /// Diamonds: a session summary's total; in a gift table, the price of
    /// one gift (tools call a gift's price in coins its `diamondCount`).
    Diamonds,
    /// A gift table's diamonds of the whole row: the price times the count.
    TotalDiamonds,
    /// Duration (session summaries).
    Duration,
    /// End time (session summaries).
    End,
    /// Distinct viewers.
    Viewers,
    /// Peak viewers.
    PeakViewers,
    /// New followers.
    Followers,
    /// Likes.
    Likes,
    /// Viewers who sent gifts (session summaries).
    Gifters,
    /// The money TikTok estimates a live earned (session summaries).
    Rewards,
    /// Title.
    Title,
    /// Number of LIVEs (TikTok's Activity file, per day).
    Lives,
    /// Views, counted again for each visit (TikTok's Viewers file).
    Views,
    /// Average watch time (TikTok's Viewers file).
    WatchTime,
    /// Average concurrent viewers (TikTok's Viewers file).
    AvgConcurrent,
    /// Viewers who commented (TikTok's Engagement file).
    Commenters,
    /// Shares (TikTok's Engagement file).
    Shares,
}

impl Field {
    /// Every field, in the order a preview lists them.
    pub const ALL: [Field; 32] = [
        Field::Date,
        Field::Time,
        Field::Event,
        Field::Gift,
        Field::GiftId,
        Field::Coins,
        Field::Count,
        Field::Sender,
        Field::Nickname,
        Field::Session,
        Field::RepeatEnd,
        Field::GiftType,
        Field::Streakable,
        Field::Streaking,
        Field::EventId,
        Field::Diamonds,
        Field::TotalDiamonds,
        Field::Duration,
        Field::End,
        Field::Viewers,
        Field::PeakViewers,
        Field::Followers,
        Field::Likes,
        Field::Gifters,
        Field::Rewards,
        Field::Title,
        Field::Lives,
        Field::Views,
        Field::WatchTime,
        Field::AvgConcurrent,
        Field::Commenters,
        Field::Shares,
    ];

    /// The name `--map` and the import preview use.
    pub fn map_name(self) -> &'static str {
        match self {
            Field::Date => "date",
            Field::Time => "time",
            Field::Event => "event",
            Field::Gift => "gift",
            Field::GiftId => "gift_id",
            Field::Coins => "coins",
            Field::Count => "count",
            Field::Sender => "sender",
            Field::Nickname => "nickname",
            Field::Session => "session",
            Field::RepeatEnd => "repeat_end",
            Field::GiftType => "gift_type",
            Field::Streakable => "streakable",
            Field::Streaking => "streaking",
            Field::EventId => "event_id",
            Field::Diamonds => "diamonds",
            Field::TotalDiamonds => "total_diamonds",
            Field::Duration => "duration",
            Field::End => "end",
            Field::Viewers => "viewers",
            Field::PeakViewers => "peak_viewers",
            Field::Followers => "followers",
            Field::Likes => "likes",
            Field::Gifters => "gifters",
            Field::Rewards => "rewards",
            Field::Title => "title",
            Field::Lives => "lives",
            Field::Views => "views",
            Field::WatchTime => "watch_time",
            Field::AvgConcurrent => "avg_concurrent",
            Field::Commenters => "commenters",
            Field::Shares => "shares",
        }
    }

    /// How live tools name this field, from the one table of event shapes
    /// (`events::PATHS`: `diamondCount` → `diamondcount`), for the fields a
    /// gift event has.
    pub fn event_name(self) -> Option<String> {
        let e = match self {
            Field::Date => EventField::Time,
            Field::Sender => EventField::Sender,
            Field::Nickname => EventField::Nickname,
            Field::GiftId => EventField::GiftId,
            Field::Gift => EventField::GiftName,
            Field::Coins => EventField::Coins,
            Field::Count => EventField::Count,
            Field::RepeatEnd => EventField::RepeatEnd,
            Field::GiftType => EventField::GiftType,
            Field::EventId => EventField::MsgId,
            Field::Streakable => EventField::Streakable,
            Field::Streaking => EventField::Streaking,
            _ => return None,
        };
        Some(norm(e.column()))
    }

    /// The field a `--map` name means: [`Field::map_name`], in any case or
    /// spelling (`repeatEnd`, `repeat-end`), and a few aliases.
    pub fn parse_map_name(s: &str) -> Option<Field> {
        let n = norm(s);
        if let Some(f) = Field::ALL.iter().find(|f| norm(f.map_name()) == n) {
            return Some(*f);
        }
        // A live tool's name for it (`repeatCount`, `msgId`).
        if let Some(f) = Field::ALL
            .iter()
            .find(|f| f.event_name().as_deref() == Some(n.as_str()))
        {
            return Some(*f);
        }
        Some(match n.as_str() {
            "timestamp" | "datetime" | "start" => Field::Date,
            "timeofday" => Field::Time,
            "eventtype" | "type" => Field::Event,
            "from" | "user" => Field::Sender,
            "name" | "displayname" => Field::Nickname,
            "quantity" => Field::Count,
            "price" => Field::Coins,
            "uniqueviewers" => Field::Viewers,
            "peak" => Field::PeakViewers,
            _ => return None,
        })
    }
}

/// Lower-cases, folds accents (`início` → `inicio`) and drops everything
/// but letters and digits: `Gift Name`, `gift_name` and `giftName` all
/// become `giftname`.
pub fn norm(s: &str) -> String {
    s.trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(fold)
        .collect()
}

/// The letter without its accent, for the accents of the languages headers
/// come in (es, pt, de, fr, id).
fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ß' => 's',
        c => c,
    }
}

/// The ways a header is matched against names, best first: the whole
/// header (`Gift Name`), its last dotted part (`giftDetails.diamondCount`
/// → `diamondcount`), and the header without a part in brackets
/// (`Duration (min)` → `duration`).
pub(crate) fn keys(h: &str) -> [String; 3] {
    // Last parts too generic to name a field on their own.
    const VAGUE: &[&str] = &[
        "name", "id", "type", "value", "count", "time", "text", "title", "date", "at", "from",
        "user", "amount", "number", "end",
    ];
    let full = norm(h);
    let tail = match h.rsplit_once('.') {
        Some((_, t)) if !VAGUE.contains(&norm(t).as_str()) => norm(t),
        _ => String::new(),
    };
    let bare = match h.split_once('(') {
        Some((before, _)) => norm(before),
        None => String::new(),
    };
    [full, tail, bare]
}

/// Headers of a column holding only the day, when another holds the time.
const DAY_NAMES: &[&str] = &[
    "date",
    "startdate",
    "livedate",
    "day",
    "datum",
    "startdatum",
    "tag",
    "fecha",
    "fechadeinicio",
    "dia",
    "data",
    "datadeinicio",
    "jour",
    "datededebut",
    "tanggal",
    "tanggalmulai",
    "日付",
];

/// Headers of a column holding only the time of day.
const TIME_OF_DAY_NAMES: &[&str] = &[
    "time",
    "starttime",
    "livestarttime",
    "hour",
    "zeit",
    "uhrzeit",
    "startzeit",
    "beginn",
    "hora",
    "horadeinicio",
    "horario",
    "horariodeinicio",
    "heure",
    "heurededebut",
    "waktu",
    "waktumulai",
    "jam",
    "jammulai",
];

/// Header names recognised for each field, normalised with [`norm`].
const NAMES: &[(Field, &[&str])] = &[
    (
        Field::Date,
        &[
            // After `createTime` (from `events`, the time rule): the time a
            // tool received the event.
            "timestamp",
            "date",
            "datetime",
            "time",
            "createdat",
            "created",
            "sentat",
            "at",
            "when",
            "start",
            "startedat",
            "starttime",
            "livestart",
            "livestarttime",
            "startdate",
            "livedate",
            "datum",
            "zeitpunkt",
            "startzeit",
            "startzeitpunkt",
            "beginn",
            "startdatum",
            "fecha",
            "fechayhora",
            "fechadeinicio",
            "horadeinicio",
            "inicio",
            "data",
            "datahora",
            "datadeinicio",
            "horariodeinicio",
            "datededebut",
            "heurededebut",
            "dateetheure",
            "debut",
            "tanggal",
            "tanggalmulai",
            "waktumulai",
            "waktu",
            "mulai",
            "zeit",
            "hora",
            "heure",
            "日付",
        ],
    ),
    (
        Field::Event,
        &[
            "event",
            "eventtype",
            "eventname",
            "type",
            "msgtype",
            "messagetype",
            "evento",
            "tipodeevento",
            "tipo",
            "ereignis",
            "typ",
            "evenement",
            "peristiwa",
            "jenis",
        ],
    ),
    (
        Field::Gift,
        &[
            "gift",
            "item",
            "giftitem",
            "geschenk",
            "geschenkname",
            "regalo",
            "nombredelregalo",
            "cadeau",
            "nomducadeau",
            "presente",
            "nomedopresente",
            "hadiah",
            "namahadiah",
        ],
    ),
    (Field::GiftId, &["idregalo", "geschenkid"]),
    (
        Field::Coins,
        &[
            "coins",
            "coinseach",
            "coin",
            "coinvalue",
            "coinprice",
            "value",
            "price",
            "coinsper",
            "giftvalue",
            "giftcoins",
            "munzen",
            "monedas",
            "pieces",
            "moedas",
            "koin",
            "wert",
            "valor",
            "valeur",
            "preis",
            "precio",
            "prix",
            "harga",
        ],
    ),
    (
        Field::Count,
        &[
            "count",
            "quantity",
            "qty",
            "repeat",
            "combocount",
            "combo",
            "number",
            "times",
            "amount",
            "anzahl",
            "menge",
            "cantidad",
            "quantite",
            "quantidade",
            "nombre",
            "jumlah",
        ],
    ),
    (
        Field::Sender,
        &[
            "from",
            "sender",
            "user",
            "username",
            "userid",
            "handle",
            "viewer",
            "gifter",
            "supporter",
            "benutzer",
            "benutzername",
            "absender",
            "nutzer",
            "usuario",
            "remitente",
            "utilisateur",
            "expediteur",
            "remetente",
            "pengirim",
            "pengguna",
        ],
    ),
    (
        Field::Nickname,
        &["displayname", "name", "nick", "apodo", "pseudo", "apelido"],
    ),
    (
        Field::Session,
        &[
            "session",
            "sessionid",
            "sessionref",
            "live",
            "liveid",
            "stream",
            "streamid",
            "roomid",
        ],
    ),
    (Field::RepeatEnd, &["streakend", "comboend"]),
    (Field::GiftType, &[]),
    (Field::Streakable, &["isstreakable"]),
    (Field::Streaking, &["isstreaking", "instreak"]),
    (Field::EventId, &["messageid", "eventid", "commonmsgid"]),
    (
        Field::Diamonds,
        &[
            "diamonds",
            "diamondsearned",
            "totaldiamonds",
            "diamondsreceived",
            "earneddiamonds",
            "livediamonds",
            "diamanten",
            "diamantes",
            "diamantesrecibidos",
            "diamantesrecebidos",
            "diamants",
            "berlian",
            "diamondstotal",
            "diamantengesamt",
            "gesamtdiamanten",
            "diamantestotales",
            "totaldediamantes",
            "totaldiamantes",
            "diamantstotal",
            "totaldesdiamants",
            "totalberlian",
            "ダイヤモンド",
        ],
    ),
    (
        Field::Duration,
        &[
            "duration",
            "durationminutes",
            "minutes",
            "length",
            "livetime",
            "liveduration",
            "dauer",
            "livedauer",
            "duracion",
            "duraciondellive",
            "duree",
            "dureedulive",
            "duracao",
            "duracaodalive",
            "durasi",
            "durasilive",
            "live時間",
            "livezeit",
            "tiempodelive",
            "tempodelive",
            "tempsdelive",
            "waktulive",
        ],
    ),
    (
        Field::End,
        &[
            "end",
            "endedat",
            "endtime",
            "ende",
            "endzeit",
            "fin",
            "horadefin",
            "fim",
            "horadefim",
            "heuredefin",
            "selesai",
            "waktuselesai",
        ],
    ),
    (
        Field::Viewers,
        &[
            "uniqueviewers",
            "viewers",
            "totalviewers",
            "views",
            "totalviews",
            "viewerstotal",
            "zuschauer",
            "eindeutigezuschauer",
            "einzelnezuschauer",
            "aufrufe",
            "espectadoresunicos",
            "espectadores",
            "visualizaciones",
            "spectateursuniques",
            "spectateurs",
            "vues",
            "visualizacoes",
            "penontonunik",
            "penonton",
            "penayangan",
            "tayangan",
            "ユニーク視聴者数",
            "ユニーク視聴者",
        ],
    ),
    (
        Field::PeakViewers,
        &[
            "peakconcurrentviewers",
            "peakviewers",
            "maxviewers",
            "topviewers",
            "highestviewers",
            "maxconcurrentviewers",
            "peak",
            "zuschauerspitze",
            "maximalezuschauer",
            "spitzenzuschauerzahl",
            "maximalegleichzeitigezuschauer",
            "maximodeespectadoressimultaneos",
            "espectadoressimultaneosmaximos",
            "picodeespectadores",
            "picodeespectadoressimultaneos",
            "picdespectateurssimultanes",
            "picdespectateurs",
            "penontonserentaktertinggi",
            "puncakpenonton",
            "puncakpenontonserentak",
            "最高同時視聴者数",
            "maxgleichzeitigezuschauer",
        ],
    ),
    (
        Field::Followers,
        &[
            "newfollowers",
            "followers",
            "followersgained",
            "follows",
            "neuefollower",
            "nuevosseguidores",
            "novosseguidores",
            "seguidores",
            "nouveauxabonnes",
            "abonnes",
            "pengikutbaru",
            "新規フォロワー",
            "neuefollowerinnen",
        ],
    ),
    (
        Field::Likes,
        &[
            "likes",
            "gefalltmir",
            "megusta",
            "curtidas",
            "jaime",
            "suka",
            "いいね",
        ],
    ),
    (
        Field::Gifters,
        &[
            "gifters",
            "uniquegifters",
            "giftgivers",
            "schenkende",
            "geschenkgeber",
            "donantes",
            "doadores",
            "donateurs",
            "pemberihadiah",
            "ギフト贈呈者",
            "ギフト贈呈者数",
        ],
    ),
    (
        Field::Rewards,
        &[
            "estimatedrewards",
            "rewards",
            "estimatedearnings",
            "earnings",
            "totalearning",
            "totalearnings",
            "revenue",
            "geschatztebelohnungen",
            "belohnungen",
            "einnahmen",
            "recompensasestimadas",
            "recompensas",
            "ganancias",
            "ganhosestimados",
            "ganhos",
            "recompensesestimees",
            "recompenses",
            "revenus",
            "perkiraanimbalan",
            "imbalan",
            "pendapatan",
        ],
    ),
    (
        Field::Title,
        &[
            "title",
            "livetitle",
            "livename",
            "titel",
            "livetitel",
            "titulo",
            "titulodellive",
            "titulodalive",
            "titre",
            "titredulive",
            "judul",
            "judullive",
        ],
    ),
    // TikTok LIVE Center's own per-day files (Activity, Viewers,
    // Engagement), after the fields a session summary shares with them.
    (
        Field::Lives,
        &[
            "livesessions",
            "lives",
            "numberoflives",
            "totallives",
            "livecount",
            "liveの合計数",
            "liveの数",
            "livesitzungen",
            "anzahlderlives",
            "anzahllives",
            "sesionesdelive",
            "sesioneslive",
            "numerodelives",
            "sessoesdelive",
            "sessoeslive",
            "sessionslive",
            "sessionsenlive",
            "nombredelives",
            "sesilive",
            "jumlahlive",
        ],
    ),
    (
        Field::Views,
        &[
            "views",
            "totalviews",
            "視聴数",
            "aufrufe",
            "visualizaciones",
            "visualizacoes",
            "vues",
            "penayangan",
            "tayangan",
        ],
    ),
    (
        Field::WatchTime,
        &[
            "avgwatchtime",
            "averagewatchtime",
            "watchtime",
            "平均視聴時間",
            "durchschnittlichewiedergabezeit",
            "durchschnwiedergabezeit",
            "wiedergabezeit",
            "tiempomediodevisualizacion",
            "tiempopromediodevisualizacion",
            "tempomediodeexibicao",
            "tempomediodevisualizacao",
            "dureemoyennedevisionnage",
            "tempsdevisionnagemoyen",
            "rataratawaktutonton",
            "waktutonton",
        ],
    ),
    (
        Field::AvgConcurrent,
        &[
            "avgconcurrentviewers",
            "averageconcurrentviewers",
            "concurrentviewers",
            "平均同時視聴者数",
            "durchschnittlichegleichzeitigezuschauer",
            "durchschngleichzeitigezuschauer",
            "promediodeespectadoressimultaneos",
            "mediadeespectadoressimultaneos",
            "espectadoressimultaneos",
            "moyennedespectateurssimultanes",
            "spectateurssimultanes",
            "rataratapenontonserentak",
            "penontonserentak",
        ],
    ),
    (
        Field::Commenters,
        &[
            "commenters",
            "viewerswhocommented",
            "コメントした視聴者",
            "kommentierende",
            "kommentatoren",
            "comentaristas",
            "espectadoresquecomentaron",
            "espectadoresquecomentaram",
            "commentateurs",
            "spectateursayantcommente",
            "pemberikomentar",
            "penontonyangberkomentar",
        ],
    ),
    (
        Field::Shares,
        &[
            "shares",
            "シェア",
            "geteilt",
            "teilungen",
            "compartidos",
            "vecescompartido",
            "compartilhamentos",
            "partages",
            "bagikan",
            "dibagikan",
        ],
    ),
];

impl Columns {
    /// Recognises columns by header name. Earlier names in [`NAMES`] win when
    /// several columns could hold a field, and a whole header beats its
    /// dotted last part or its name before a bracket; a separate time-of-day
    /// column is kept apart from a day column.
    pub fn from_header(header: &[String]) -> Columns {
        let keyed: Vec<[String; 3]> = header.iter().map(|h| keys(h)).collect();
        let mut idx = Slots::default();
        for (field, names) in NAMES {
            // A live tool's own name for the field (`events::PATHS`) first.
            let event = field.event_name();
            let names = event
                .iter()
                .map(String::as_str)
                .chain(names.iter().copied());
            'field: for k in 0..3 {
                for name in names.clone() {
                    if let Some(i) = keyed.iter().position(|h| h[k] == name) {
                        if !idx.holds(i) {
                            idx.insert(*field, i);
                            break 'field;
                        }
                    }
                }
            }
        }
        // A day and a time of day in two columns (`Fecha` + `Hora`): keep both.
        let find = |names: &[&str]| {
            (0..3).find_map(|k| keyed.iter().position(|h| names.contains(&h[k].as_str())))
        };
        if let (Some(d), Some(t)) = (find(DAY_NAMES), find(TIME_OF_DAY_NAMES)) {
            if d != t {
                idx.free(d);
                idx.free(t);
                idx.insert(Field::Date, d);
                idx.insert(Field::Time, t);
            }
        }
        Columns { idx }
    }

    /// Columns from a `--map` text alone: `date=Col,gift=Col,…`.
    pub fn from_map(map: &str, header: &[String]) -> Result<Columns, String> {
        let mut cols = Columns::default();
        cols.apply_map(&parse_map(map)?, header)?;
        Ok(cols)
    }

    /// Puts each mapped field on its column, on top of what the header told:
    /// a column mapped to a field holds no other, a field mapped moves. A
    /// mapped date drops a time-of-day column found beside another date
    /// column (map `time` too to keep one); a time without a date is the date.
    pub fn apply_map(
        &mut self,
        pairs: &[(Field, String)],
        header: &[String],
    ) -> Result<(), String> {
        let keyed: Vec<[String; 3]> = header.iter().map(|h| keys(h)).collect();
        let mapped_time = pairs.iter().any(|(f, _)| *f == Field::Time);
        for (field, col) in pairs {
            let want = norm(col);
            let i = (0..3)
                .find_map(|k| keyed.iter().position(|h| !h[k].is_empty() && h[k] == want))
                .ok_or_else(|| {
                    format!(
                        "the file has no column '{}' (its columns: {})",
                        super::short(col.trim()),
                        super::header_list(header)
                    )
                })?;
            if *field == Field::Date && !mapped_time && self.get(Field::Date) != Some(i) {
                self.idx.remove(&Field::Time);
            }
            self.idx.free(i);
            self.idx.insert(*field, i);
        }
        if !self.has(Field::Date) {
            if let Some(t) = self.idx.remove(&Field::Time) {
                self.idx.insert(Field::Date, t);
            }
        }
        Ok(())
    }

    /// Moves the column of `from`, if any, to `to`.
    pub(crate) fn rename(&mut self, from: Field, to: Field) {
        if let Some(i) = self.idx.remove(&from) {
            self.idx.free(i);
            self.idx.insert(to, i);
        }
    }

    /// The column holding `f`, if any.
    pub fn get(&self, f: Field) -> Option<usize> {
        self.idx.get(&f).copied()
    }

    /// Whether `f` has a column.
    pub fn has(&self, f: Field) -> bool {
        self.idx.contains_key(&f)
    }

    /// Every field with its column, in [`Field::ALL`] order.
    pub fn fields(&self) -> Vec<(Field, usize)> {
        Field::ALL
            .iter()
            .filter_map(|f| self.get(*f).map(|i| (*f, i)))
            .collect()
    }
}

/// Reads a `--map` text: `date=Col,gift=Col,…`, fields named as
/// [`Field::parse_map_name`] reads them.
pub fn parse_map(map: &str) -> Result<Vec<(Field, String)>, String> {
    let names: Vec<&str> = Field::ALL.iter().map(|f| f.map_name()).collect();
    map.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|pair| {
            let (f, col) = pair
                .split_once('=')
                .ok_or_else(|| format!("'{}' is not field=Column", super::short(pair.trim())))?;
            let field = Field::parse_map_name(f).ok_or_else(|| {
                format!(
                    "'{}' is not a field (fields: {})",
                    super::short(f.trim()),
                    names.join(", ")
                )
            })?;
            Ok((field, col.trim().to_string()))
        })
        .collect()
}

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
        assert!(Columns::from_map("gift=Nope", &header)
            .unwrap_err()
            .contains("no column"));
        assert!(Columns::from_map("colour=What", &header)
            .unwrap_err()
            .contains("not a field"));
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
