//! The records a ledger holds: sessions, gifts, withdrawals, adjustments,
//! imports and settings.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::{self, Coins, Diamonds, Money};
use crate::rates::Rate;

/// One LIVE session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Session {
    /// Store id.
    pub id: i64,
    /// When the live started (UTC).
    pub started_at: DateTime<Utc>,
    /// When it ended; `None` while it is still running.
    pub ended_at: Option<DateTime<Utc>>,
    /// The creator's title for it.
    pub title: String,
    /// The title as a message when it is one LiveLedger wrote itself
    /// ([`Session::title_message`]: "Imported live", "Captured live",
    /// "TikTok LIVE Center: 2026-11-12"), for a face to say in the
    /// creator's language; `null` for a title the creator gave. The stored
    /// title never changes.
    #[serde(default)]
    pub title_said: Option<crate::l10n::Message>,
    /// Most viewers at once.
    pub peak_viewers: Option<i64>,
    /// Distinct viewers over the whole live.
    pub unique_viewers: Option<i64>,
    /// Likes received.
    pub likes: Option<i64>,
    /// Followers gained.
    pub new_followers: Option<i64>,
    /// Free notes.
    pub notes: String,
    /// The import that created it, if any.
    pub import_id: Option<i64>,
    /// Diamonds reported by a session summary without individual gifts.
    pub reported_diamonds: Diamonds,
    /// Coins of all its gift rows, kept up to date with every gift write.
    pub coins_total: Coins,
    /// Number of gifts (sum of counts), kept up to date with every gift write.
    pub gift_count: i64,
    /// The rate its gifts are valued at, fixed when it was recorded; `None`
    /// only for a session written by an older version and not yet fixed.
    pub rate: Option<SessionRate>,
}

/// The rate a session was valued at, copied from the rate in force on its
/// local start day when it was recorded. A later rate, or a change of time
/// zone, never changes it; only an explicit re-rate does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct SessionRate {
    /// The rate it was copied from (it may since have been edited or deleted).
    pub rate_id: Option<i64>,
    /// The first day of that rate.
    pub effective_from: NaiveDate,
    /// Diamonds per coin of gift value.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub diamonds_per_coin: Decimal,
    /// Money one diamond is worth.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub money_per_diamond: Decimal,
    /// The currency of that money.
    pub currency: String,
}

impl SessionRate {
    /// The figures of `rate`, to fix on a session.
    pub fn of(rate: &Rate) -> SessionRate {
        SessionRate {
            rate_id: (rate.id != 0).then_some(rate.id),
            effective_from: rate.effective_from,
            diamonds_per_coin: rate.diamonds_per_coin,
            money_per_diamond: rate.money_per_diamond,
            currency: rate.currency.clone(),
        }
    }

    /// Whether two rates value a session the same (ids and days aside).
    pub fn same_figures(&self, other: &SessionRate) -> bool {
        self.diamonds_per_coin == other.diamonds_per_coin
            && self.money_per_diamond == other.money_per_diamond
            && self.currency == other.currency
    }
}

/// The title of a live an import of gifts makes.
pub const IMPORTED_TITLE: &str = "Imported live";

/// The title of a live booked from TikTok LIVE Center's figures of `day`.
pub fn booked_title(day: NaiveDate) -> String {
    format!("{BOOKED_PREFIX}{day}")
}

const BOOKED_PREFIX: &str = "TikTok LIVE Center: ";

impl Session {
    /// `title` as a message when it is one LiveLedger writes itself for a
    /// live it made (an import's, capture's, a booked day's); `None` for any
    /// other, which is the creator's own.
    pub fn title_message(title: &str) -> Option<crate::l10n::Message> {
        use crate::l10n::Message;
        match title {
            IMPORTED_TITLE => Some(Message::new("core-title-imported")),
            crate::capture::CAPTURED_TITLE => Some(Message::new("core-title-captured")),
            _ => {
                let day = title.strip_prefix(BOOKED_PREFIX)?.parse().ok()?;
                Some(Message::new("core-title-booked").day("day", day))
            }
        }
    }

    /// The diamonds this session earned at `rate`: its gifts' coins credited
    /// as whole diamonds ([`money::credit`]) plus diamonds reported without
    /// gifts. `None` on overflow.
    pub fn diamonds_at(&self, rate: &SessionRate) -> Option<Diamonds> {
        money::credit(self.coins_total, rate.diamonds_per_coin)?.checked_add(self.reported_diamonds)
    }

    /// The exact (unrounded) money value of this session at `rate`.
    pub fn value_at(&self, rate: &SessionRate) -> Option<Money> {
        self.diamonds_at(rate)?.value(rate.money_per_diamond)
    }
}

/// What it takes to create or edit a session.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionInput {
    /// When the live started.
    pub started_at: Option<DateTime<Utc>>,
    /// When it ended, if it has.
    pub ended_at: Option<DateTime<Utc>>,
    /// Title.
    #[serde(default)]
    pub title: String,
    /// Most viewers at once.
    pub peak_viewers: Option<i64>,
    /// Distinct viewers.
    pub unique_viewers: Option<i64>,
    /// Likes.
    pub likes: Option<i64>,
    /// Followers gained.
    pub new_followers: Option<i64>,
    /// Notes.
    #[serde(default)]
    pub notes: String,
    /// Diamonds reported without gift rows (session summaries).
    #[serde(default)]
    pub reported_diamonds: Diamonds,
}

/// One gift row: `count` gifts of one kind, from one sender, at one time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Gift {
    /// Store id.
    pub id: i64,
    /// The session it was received in.
    pub session_id: i64,
    /// When it was received, if known.
    pub at: Option<DateTime<Utc>>,
    /// The gift's name, e.g. `Rose`.
    pub gift_name: String,
    /// Price of one such gift in coins, on that day.
    pub coins_each: Coins,
    /// How many were sent (a streak's final count).
    pub count: i64,
    /// Who sent it, if known. Plain text, never markup.
    pub sender: Option<String>,
    /// The import that brought it, if any.
    pub import_id: Option<i64>,
    /// A streak whose end was not in the file it came from, counted at its
    /// highest count so far; a later import of the grown file updates it.
    #[serde(default)]
    pub estimated: bool,
}

/// What it takes to add a gift row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GiftInput {
    /// The session to add it to.
    pub session_id: i64,
    /// The gift's name.
    pub gift_name: String,
    /// Coins each; taken from the catalog when `None`.
    pub coins_each: Option<i64>,
    /// How many; at least 1.
    pub count: i64,
    /// Sender, if known.
    pub sender: Option<String>,
    /// When, if known.
    pub at: Option<DateTime<Utc>>,
}

/// Where a withdrawal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum WithdrawalStatus {
    /// Requested, money not yet arrived; the diamonds have left the balance.
    Pending,
    /// Money arrived.
    Paid,
    /// Refused or bounced; the diamonds are back.
    Failed,
    /// Called off; the diamonds are back.
    Cancelled,
}

impl WithdrawalStatus {
    /// The word stored and shown.
    pub fn as_str(self) -> &'static str {
        match self {
            WithdrawalStatus::Pending => "pending",
            WithdrawalStatus::Paid => "paid",
            WithdrawalStatus::Failed => "failed",
            WithdrawalStatus::Cancelled => "cancelled",
        }
    }

    /// Whether the diamonds of a withdrawal in this state have left the balance.
    pub fn takes_diamonds(self) -> bool {
        matches!(self, WithdrawalStatus::Pending | WithdrawalStatus::Paid)
    }
}

impl std::str::FromStr for WithdrawalStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "pending" => Ok(WithdrawalStatus::Pending),
            "paid" => Ok(WithdrawalStatus::Paid),
            "failed" => Ok(WithdrawalStatus::Failed),
            "cancelled" | "canceled" => Ok(WithdrawalStatus::Cancelled),
            _ => Err(crate::l10n::english(&WithdrawalStatus::unknown(s))),
        }
    }
}

impl WithdrawalStatus {
    /// Why `text` is not a status, as a message (`core-invalid-status`).
    pub fn unknown(text: &str) -> crate::l10n::Message {
        crate::l10n::Message::new("core-invalid-status").text("text", text)
    }
}

/// Diamonds cashed out of the TikTok wallet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Withdrawal {
    /// Store id.
    pub id: i64,
    /// When it was requested.
    pub requested_at: DateTime<Utc>,
    /// Diamonds taken from the balance.
    pub diamonds: Diamonds,
    /// Their money value at the rate of the request day, rounded.
    pub gross: Money,
    /// The currency of gross, fee and net (that day's rate's).
    pub currency: String,
    /// Fee charged by TikTok or the payout method.
    pub fee: Money,
    /// What arrives: gross − fee.
    pub net: Money,
    /// Payout method, e.g. PayPal.
    pub method: String,
    /// Where it stands.
    pub status: WithdrawalStatus,
    /// The payout's reference, if any.
    pub reference: String,
}

/// What it takes to record a withdrawal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WithdrawalInput {
    /// When it was requested.
    pub requested_at: DateTime<Utc>,
    /// Diamonds withdrawn; more than 0.
    pub diamonds: Decimal,
    /// Fee, 0 when none.
    pub fee: Decimal,
    /// Payout method.
    pub method: String,
    /// Status.
    pub status: WithdrawalStatus,
    /// Reference.
    pub reference: String,
    /// Record it even when it is unusual (below the minimum, past the daily
    /// maximum, dated before any diamond): the creator confirmed it.
    #[serde(default)]
    pub force: bool,
}

/// A signed correction of the diamond balance, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Adjustment {
    /// Store id.
    pub id: i64,
    /// When it applies.
    pub at: DateTime<Utc>,
    /// Diamonds added (positive) or removed (negative).
    pub diamonds: Diamonds,
    /// Why, in the creator's words.
    pub reason: String,
}

/// One recorded import, which can be undone as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ImportRecord {
    /// Store id.
    pub id: i64,
    /// The file's name (not its full path).
    pub file_name: String,
    /// SHA-256 of the file's bytes, hex.
    pub sha256: String,
    /// The format it was read as.
    pub format: String,
    /// When it was imported.
    pub imported_at: DateTime<Utc>,
    /// Gift or session rows added.
    pub rows_added: i64,
    /// Rows skipped as already present.
    pub rows_skipped: i64,
    /// Sessions it created.
    pub sessions_added: i64,
    /// Estimated streak rows of earlier imports it brought up to date.
    #[serde(default)]
    pub streaks_updated: i64,
    /// What the import warned about (streaks that never ended), each naming its line.
    #[serde(default)]
    pub warnings: Vec<String>,
    /// Each of `warnings` as the core's message, for a face to say in the
    /// creator's language (`null` for one it has no message for); empty for
    /// an import recorded before the ledger kept them (schema 13), whose
    /// warnings stay English.
    #[serde(default)]
    pub warning_messages: Vec<Option<crate::l10n::Message>>,
}

/// The creator's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Settings {
    /// IANA time zone that days are bucketed in.
    pub timezone: String,
    /// The creator confirmed being 18 or older with a verified account.
    pub age_confirmed: bool,
    /// The payout method linked in TikTok, empty when none.
    pub payout_method: String,
    /// Minutes without a gift that start a new session when importing logs.
    pub session_gap_minutes: i64,
    /// The creator went through (or skipped) the app's first-run questions.
    /// A choice, never a figure: it changes nothing stored.
    pub setup_done: bool,
    /// The language the app and the CLI speak (a tag of
    /// [`crate::l10n::LANGUAGES`]); empty for the system's. A choice, never
    /// a figure: it changes nothing stored.
    pub language: String,
}

impl Settings {
    /// The keys `settings set` accepts.
    pub const KEYS: [&'static str; 6] = [
        "timezone",
        "age_confirmed",
        "payout_method",
        "session_gap_minutes",
        "setup_done",
        "language",
    ];
}

/// A figure TikTok LIVE Center's own per-day download gives (its Revenue,
/// Activity, Viewers and Engagement files). Kept as TikTok's word for the
/// day: never added to the balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DayFigure {
    /// Diamonds received that day (Revenue).
    Diamonds,
    /// Seconds live that day (Activity).
    LiveSeconds,
    /// Number of LIVEs that day (Activity).
    Lives,
    /// Views (Viewers).
    Views,
    /// Unique viewers (Viewers).
    UniqueViewers,
    /// Average watch time, in seconds (Viewers).
    AvgWatchSeconds,
    /// Peak concurrent viewers (Viewers).
    PeakConcurrent,
    /// Average concurrent viewers (Viewers); may have a fraction.
    AvgConcurrent,
    /// Viewers who sent gifts (Engagement).
    Gifters,
    /// New followers (Engagement).
    NewFollowers,
    /// Viewers who commented (Engagement).
    Commenters,
    /// Likes (Engagement).
    Likes,
    /// Shares (Engagement).
    Shares,
}

impl DayFigure {
    /// Every figure, in the order TikTok's files and the reports list them.
    pub const ALL: [DayFigure; 13] = [
        DayFigure::Diamonds,
        DayFigure::LiveSeconds,
        DayFigure::Lives,
        DayFigure::Views,
        DayFigure::UniqueViewers,
        DayFigure::AvgWatchSeconds,
        DayFigure::PeakConcurrent,
        DayFigure::AvgConcurrent,
        DayFigure::Gifters,
        DayFigure::NewFollowers,
        DayFigure::Commenters,
        DayFigure::Likes,
        DayFigure::Shares,
    ];

    /// The name the ledger stores and JSON carries.
    pub fn name(self) -> &'static str {
        match self {
            DayFigure::Diamonds => "diamonds",
            DayFigure::LiveSeconds => "live_seconds",
            DayFigure::Lives => "lives",
            DayFigure::Views => "views",
            DayFigure::UniqueViewers => "unique_viewers",
            DayFigure::AvgWatchSeconds => "avg_watch_seconds",
            DayFigure::PeakConcurrent => "peak_concurrent",
            DayFigure::AvgConcurrent => "avg_concurrent",
            DayFigure::Gifters => "gifters",
            DayFigure::NewFollowers => "new_followers",
            DayFigure::Commenters => "commenters",
            DayFigure::Likes => "likes",
            DayFigure::Shares => "shares",
        }
    }

    /// The figure a stored name means.
    pub fn from_name(name: &str) -> Option<DayFigure> {
        DayFigure::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Whether the figure is a whole number (all but the average of
    /// concurrent viewers).
    pub fn is_whole(self) -> bool {
        self != DayFigure::AvgConcurrent
    }
}

/// What live capture counted in one minute of one live: engagement only,
/// never the text of a comment or who sent it. Kept as the events arrive
/// (one row per minute, added to), so a report reads these rows and never
/// the gifts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct LiveMinute {
    /// The live (session) it belongs to.
    pub session_id: i64,
    /// The start of the minute, UTC.
    pub minute: DateTime<Utc>,
    /// Likes in the minute (each like event's own count added up).
    pub likes: i64,
    /// Chat comments.
    pub comments: i64,
    /// Viewers who joined.
    pub joins: i64,
    /// New followers.
    pub follows: i64,
    /// Shares of the live.
    pub shares: i64,
    /// The most viewers a viewer count gave in the minute; `None` when no
    /// viewer count came in it.
    pub viewers_peak: Option<i64>,
}

/// One live's engagement as capture saw it: its kept minutes added up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct SessionEngagement {
    /// The live (session).
    pub session_id: i64,
    /// Likes over the live.
    pub likes: i64,
    /// Chat comments over the live.
    pub comments: i64,
    /// Viewers who joined.
    pub joins: i64,
    /// New followers.
    pub follows: i64,
    /// Shares of the live.
    pub shares: i64,
    /// The most viewers at once any viewer count gave; `None` when none came.
    pub viewers_peak: Option<i64>,
    /// Minutes that hold any count (the sample size of a per-minute figure).
    pub minutes: i64,
}

/// TikTok's own figures for one local day, as its LIVE Center download gave
/// them; a figure no file gave is `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ReportedDay {
    /// The creator's local day.
    pub day: NaiveDate,
    /// Diamonds TikTok credited that day.
    pub diamonds: Option<Diamonds>,
    /// Seconds live.
    pub live_seconds: Option<i64>,
    /// Number of LIVEs.
    pub lives: Option<i64>,
    /// Views.
    pub views: Option<i64>,
    /// Unique viewers.
    pub unique_viewers: Option<i64>,
    /// Average watch time, seconds.
    pub avg_watch_seconds: Option<i64>,
    /// Peak concurrent viewers.
    pub peak_concurrent: Option<i64>,
    /// Average concurrent viewers.
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub avg_concurrent: Option<Decimal>,
    /// Viewers who sent gifts.
    pub gifters: Option<i64>,
    /// New followers.
    pub new_followers: Option<i64>,
    /// Viewers who commented.
    pub commenters: Option<i64>,
    /// Likes.
    pub likes: Option<i64>,
    /// Shares.
    pub shares: Option<i64>,
}

impl ReportedDay {
    /// Sets `figure` to `value` (whole figures take its integer part, which
    /// the importer made sure is all of it). `None` when it does not fit.
    pub fn set(&mut self, figure: DayFigure, value: Decimal) -> Option<()> {
        use rust_decimal::prelude::ToPrimitive;
        let whole = || value.trunc().to_i64();
        match figure {
            DayFigure::Diamonds => self.diamonds = Some(Diamonds(value)),
            DayFigure::AvgConcurrent => self.avg_concurrent = Some(value),
            DayFigure::LiveSeconds => self.live_seconds = Some(whole()?),
            DayFigure::Lives => self.lives = Some(whole()?),
            DayFigure::Views => self.views = Some(whole()?),
            DayFigure::UniqueViewers => self.unique_viewers = Some(whole()?),
            DayFigure::AvgWatchSeconds => self.avg_watch_seconds = Some(whole()?),
            DayFigure::PeakConcurrent => self.peak_concurrent = Some(whole()?),
            DayFigure::Gifters => self.gifters = Some(whole()?),
            DayFigure::NewFollowers => self.new_followers = Some(whole()?),
            DayFigure::Commenters => self.commenters = Some(whole()?),
            DayFigure::Likes => self.likes = Some(whole()?),
            DayFigure::Shares => self.shares = Some(whole()?),
        }
        Some(())
    }
}

/// Who gave in each live, as the store keeps it: senders named once, and a
/// row per live and sender. What the insights' "who" figures read instead
/// of every gift.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Givers {
    /// Each sender once; rows point into it.
    pub names: Vec<String>,
    /// One per live and sender, by live.
    pub rows: Vec<GiverRow>,
}

/// One sender's gifts in one live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GiverRow {
    /// The live.
    pub session_id: i64,
    /// Index of the sender in [`Givers::names`].
    pub sender: u32,
    /// Gifts (sum of counts).
    pub gifts: i64,
    /// Coins of those gifts.
    pub coins: i64,
    /// The first gift's time (ms), when known.
    pub first_at: Option<i64>,
    /// The last gift's time (ms), when known.
    pub last_at: Option<i64>,
}

#[cfg(test)]
mod title_tests {
    use super::*;

    /// The titles LiveLedger writes are said; the creator's are not; the
    /// English of each is the stored text.
    #[test]
    fn only_the_titles_liveledger_writes_are_said() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 12).unwrap();
        for title in [IMPORTED_TITLE, crate::capture::CAPTURED_TITLE] {
            let m = Session::title_message(title).expect(title);
            assert_eq!(crate::l10n::english(&m), title);
        }
        let booked = Session::title_message(&booked_title(day)).unwrap();
        let de = crate::l10n::Localizer::new("de");
        assert_eq!(de.render(&booked), "TikTok LIVE Center: 12.11.2026");
        for own in ["", "Friday Q&A", "Imported live!", "TikTok LIVE Center: soon"] {
            assert_eq!(Session::title_message(own), None, "{own}");
        }
    }
}
