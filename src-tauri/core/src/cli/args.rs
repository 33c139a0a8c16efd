//! The `liveledger` command line's arguments: the clap structs, the parsers of
//! their values, and the conversions of argument text into the core's inputs.

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use clap::{Args, Parser, Subcommand};
use rust_decimal::Decimal;

use liveledger::dates::{self, Period};
use liveledger::error::{Error, Result};
use liveledger::export::ExportFormat;
use liveledger::model::{SessionInput, WithdrawalStatus};
use liveledger::money::{parse_decimal, Diamonds};

/// LiveLedger: what your TikTok LIVE sessions really earn, kept offline.
#[derive(Parser)]
#[command(name = "liveledger", version, about, propagate_version = true)]
pub(super) struct Cli {
    /// The ledger file (default: LIVELEDGER_DB, else the app's data directory).
    #[arg(long, global = true, value_name = "PATH")]
    pub(super) db: Option<PathBuf>,
    /// The language to speak (en, es, pt-BR, id, tr, ar, vi, ja, de, fr);
    /// default: LC_ALL, LC_MESSAGES or LANG, else the ledger's setting.
    #[arg(long, global = true, value_name = "TAG")]
    pub(super) lang: Option<String>,
    /// What to do.
    #[command(subcommand)]
    pub(super) command: Command,
}

/// Every subcommand; its doc comment is its help line.
#[derive(Subcommand)]
pub(super) enum Command {
    /// Add, edit, end or delete a session.
    #[command(subcommand)]
    Session(SessionCmd),
    /// List sessions with their earnings and per-hour, per-viewer figures.
    Sessions(JsonFlag),
    /// Add, delete or list gifts.
    #[command(subcommand)]
    Gift(GiftCmd),
    /// Record a withdrawal of diamonds.
    Withdraw(WithdrawArgs),
    /// List withdrawals, change their status, or delete one.
    #[command(subcommand)]
    Withdrawals(WithdrawalsCmd),
    /// Correct the balance by a number of diamonds, with a reason.
    Adjust {
        /// Diamonds to add (negative to remove).
        #[arg(long, allow_hyphen_values = true, value_parser = decimal)]
        diamonds: Decimal,
        /// Why.
        #[arg(long)]
        reason: String,
        /// When (default: now).
        #[arg(long)]
        at: Option<String>,
        /// Record it even when it takes the balance below zero.
        #[arg(long)]
        force: bool,
    },
    /// Enter the diamond balance TikTok shows; the difference is recorded as an adjustment.
    Reconcile {
        /// The balance in your TikTok wallet, in diamonds.
        #[arg(long, allow_hyphen_values = true, value_parser = decimal)]
        balance: Decimal,
        /// Why they differ, if known.
        #[arg(long, default_value = "reconciled with the TikTok wallet")]
        reason: String,
    },
    /// List balance corrections.
    Adjustments(JsonFlag),
    /// TikTok LIVE Center's own figures per day (imported from its download)
    /// beside the ledger's days, with the difference; --book a day TikTok
    /// reports but the ledger has no live on.
    Days {
        /// Book TikTok's diamonds for this day (YYYY-MM-DD) as a session;
        /// only a day with no live in the ledger. Repeat for more days.
        #[arg(long, value_name = "DAY", value_parser = clap::builder::ValueParser::new(day))]
        book: Vec<NaiveDate>,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// What earns across your lives: diamonds per live hour by weekday and
    /// start hour and by length, what a viewer is worth, and the hours still
    /// needed to reach the minimum. A figure needs 5 lives behind it.
    Insights {
        /// First local day of the lives looked at (YYYY-MM-DD).
        #[arg(long, value_parser = clap::builder::ValueParser::new(day))]
        from: Option<NaiveDate>,
        /// Last local day.
        #[arg(long, value_parser = clap::builder::ValueParser::new(day))]
        to: Option<NaiveDate>,
        /// The day you want to reach the minimum by: says how many hours a
        /// week live that takes (YYYY-MM-DD).
        #[arg(long, value_parser = clap::builder::ValueParser::new(day))]
        by: Option<NaiveDate>,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Set or list rates (diamonds per coin, money per diamond, limits).
    #[command(subcommand)]
    Rate(RateCmd),
    /// Show which sessions a newer rate would change, or (--apply) move them to it.
    Rerate {
        /// First local day of the sessions to re-rate.
        #[arg(long, value_parser = clap::builder::ValueParser::new(day))]
        from: Option<NaiveDate>,
        /// Last local day.
        #[arg(long, value_parser = clap::builder::ValueParser::new(day))]
        to: Option<NaiveDate>,
        /// Change them (without it, only shows what would change).
        #[arg(long)]
        apply: bool,
        /// Apply even when the balance falls below zero.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// List or edit the gift catalog.
    #[command(subcommand)]
    Catalog(CatalogCmd),
    /// Show or change settings (timezone, age_confirmed, payout_method, session_gap_minutes,
    /// setup_done: the app's first-day questions answered or skipped).
    #[command(subcommand)]
    Settings(SettingsCmd),
    /// Balance, its value, progress to the minimum withdrawal, readiness and ETA.
    Summary(JsonFlag),
    /// A statement by day, week, month or year.
    Report {
        /// The period to group by.
        #[arg(long, default_value = "month", value_parser = clap::builder::ValueParser::new(period))]
        by: Period,
        /// The first local day counted (YYYY-MM-DD); what came before is the opening balance.
        #[arg(long, value_parser = day)]
        from: Option<NaiveDate>,
        /// The last local day counted (YYYY-MM-DD).
        #[arg(long, value_parser = day)]
        to: Option<NaiveDate>,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Import a CSV file: a gift log, a gift table, a session summary or a LiveLedger export.
    Import(ImportArgs),
    /// List past imports, or undo one.
    #[command(subcommand)]
    Imports(ImportsCmd),
    /// Export the ledger as CSV, JSON, an hledger journal or a beancount file.
    Export {
        /// csv, json, hledger or beancount.
        #[arg(long, value_parser = clap::builder::ValueParser::new(export_format))]
        format: ExportFormat,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Write a consistent copy of the ledger (safe while the app is open).
    Backup {
        /// Where to write it.
        file: PathBuf,
    },
    /// Replace the ledger with a backup, after checking the backup.
    Restore {
        /// The backup file.
        file: PathBuf,
    },
    /// Load or clear demo data.
    #[command(subcommand)]
    Demo(DemoCmd),
    /// Deleted sessions, gifts and withdrawals, kept 30 days: list them, or put one back.
    #[command(subcommand)]
    Trash(TrashCmd),
    /// Log gifts live from a tool on this computer: a WebSocket (TikFinity's
    /// by default) or a log file it appends to. Prints one line per stored
    /// gift. Ctrl-C stops: streaks still running are written at their highest
    /// count and flagged; the live stays open (it ends after the silence, or
    /// with `session end`), and a restart joins it.
    Capture(crate::capture_cli::CaptureArgs),
}

/// What `trash` does.
#[derive(Subcommand)]
pub(super) enum TrashCmd {
    /// List what was deleted and can still be put back, newest first.
    List(JsonFlag),
    /// Put back what a delete took out.
    Restore {
        /// The trash entry's id (from `trash list`, or printed by the delete).
        id: i64,
        /// Put it back even when the balance would fall below zero.
        #[arg(long)]
        force: bool,
    },
}

/// The `--json` switch of every command that lists or shows.
#[derive(Args)]
pub(super) struct JsonFlag {
    /// Print JSON (decimals as strings) instead of a table.
    #[arg(long)]
    pub(super) json: bool,
}

/// What `session` does.
#[derive(Subcommand)]
pub(super) enum SessionCmd {
    /// Add a session; prints its id.
    Add(SessionArgs),
    /// Replace a session's details.
    Edit {
        /// Session id.
        id: i64,
        #[command(flatten)]
        args: SessionArgs,
    },
    /// Mark a running session as ended.
    End {
        /// Session id.
        id: i64,
        /// When (default: now).
        #[arg(long)]
        at: Option<String>,
    },
    /// Delete a session and its gifts.
    Delete {
        /// Session id.
        id: i64,
        /// Delete it even when withdrawals were paid from its diamonds.
        #[arg(long)]
        force: bool,
    },
}

/// A session's details, as `session add` and `session edit` take them.
#[derive(Args)]
pub(super) struct SessionArgs {
    /// Start (ISO 8601, 'YYYY-MM-DD HH:MM' in your time zone, or epoch).
    #[arg(long)]
    pub(super) start: String,
    /// End; leave out for a session still running.
    #[arg(long)]
    pub(super) end: Option<String>,
    /// Title.
    #[arg(long, default_value = "")]
    pub(super) title: String,
    /// Most viewers at once.
    #[arg(long, allow_hyphen_values = true)]
    pub(super) peak_viewers: Option<i64>,
    /// Distinct viewers.
    #[arg(long, allow_hyphen_values = true)]
    pub(super) viewers: Option<i64>,
    /// Likes.
    #[arg(long, allow_hyphen_values = true)]
    pub(super) likes: Option<i64>,
    /// New followers.
    #[arg(long, allow_hyphen_values = true)]
    pub(super) followers: Option<i64>,
    /// Diamonds reported for the session without individual gifts.
    #[arg(long, allow_hyphen_values = true, value_parser = decimal)]
    pub(super) diamonds: Option<Decimal>,
    /// Notes.
    #[arg(long, default_value = "")]
    pub(super) notes: String,
}

/// What `gift` does.
#[derive(Subcommand)]
pub(super) enum GiftCmd {
    /// Add a gift; coins come from the catalog unless --coins is given. Prints its id.
    Add {
        /// Session id.
        #[arg(long)]
        session: i64,
        /// Gift name, e.g. Rose.
        #[arg(long)]
        gift: String,
        /// Coins one such gift costs (overrides the catalog).
        #[arg(long, allow_hyphen_values = true)]
        coins: Option<i64>,
        /// How many.
        #[arg(long, default_value_t = 1, allow_hyphen_values = true)]
        count: i64,
        /// Sender.
        #[arg(long)]
        from: Option<String>,
        /// When (default: now).
        #[arg(long)]
        at: Option<String>,
    },
    /// Delete a gift.
    Delete {
        /// Gift id.
        id: i64,
        /// Delete it even when withdrawals were paid from its diamonds.
        #[arg(long)]
        force: bool,
    },
    /// List a session's gifts.
    List {
        /// Session id.
        #[arg(long)]
        session: i64,
        #[command(flatten)]
        json: JsonFlag,
    },
}

/// A withdrawal, as `withdraw` takes it.
#[derive(Args)]
pub(super) struct WithdrawArgs {
    /// Diamonds withdrawn.
    #[arg(long, allow_hyphen_values = true, value_parser = decimal)]
    pub(super) diamonds: Decimal,
    /// When requested (default: now).
    #[arg(long)]
    pub(super) at: Option<String>,
    /// Fee in money.
    #[arg(long, default_value = "0", allow_hyphen_values = true, value_parser = decimal)]
    pub(super) fee: Decimal,
    /// Payout method.
    #[arg(long, default_value = "")]
    pub(super) method: String,
    /// pending, paid, failed or cancelled.
    #[arg(long, default_value = "pending", value_parser = clap::builder::ValueParser::new(status))]
    pub(super) status: WithdrawalStatus,
    /// Payout reference.
    #[arg(long, default_value = "")]
    pub(super) reference: String,
    /// Record it even when it is unusual (below the day's minimum, past the
    /// day's maximum, dated in the future or before any diamond).
    #[arg(long)]
    pub(super) force: bool,
}

/// What `withdrawals` does.
#[derive(Subcommand)]
pub(super) enum WithdrawalsCmd {
    /// List withdrawals.
    List(JsonFlag),
    /// Change a withdrawal's status.
    Status {
        /// Withdrawal id.
        id: i64,
        /// pending, paid, failed or cancelled.
        #[arg(value_parser = clap::builder::ValueParser::new(status))]
        status: WithdrawalStatus,
    },
    /// Delete a withdrawal recorded by mistake.
    Delete {
        /// Withdrawal id.
        id: i64,
    },
}

/// What `rate` does.
#[derive(Subcommand)]
pub(super) enum RateCmd {
    /// Add a rate from a day on (replaces one of the same day).
    Set {
        /// First day it applies (YYYY-MM-DD, your time zone).
        #[arg(long, value_parser = clap::builder::ValueParser::new(day))]
        from: NaiveDate,
        /// Diamonds per coin of gift value.
        #[arg(long, allow_hyphen_values = true, value_parser = decimal)]
        diamonds_per_coin: Decimal,
        /// Money per diamond.
        #[arg(long, allow_hyphen_values = true, value_parser = decimal)]
        money_per_diamond: Decimal,
        /// Currency code, e.g. USD.
        #[arg(long)]
        currency: String,
        /// Minimum withdrawal, in money.
        #[arg(long, allow_hyphen_values = true, value_parser = decimal)]
        min_withdrawal: Decimal,
        /// Maximum withdrawal per day, in money.
        #[arg(long, allow_hyphen_values = true, value_parser = decimal)]
        max_per_day: Option<Decimal>,
    },
    /// List rates.
    List(JsonFlag),
    /// Delete a rate.
    Delete {
        /// Rate id.
        id: i64,
    },
}

/// What `catalog` does.
#[derive(Subcommand)]
pub(super) enum CatalogCmd {
    /// List the gift catalog.
    List(JsonFlag),
    /// Add a gift or change its price.
    Set {
        /// Gift name.
        name: String,
        /// Coins.
        coins: i64,
    },
    /// Remove a gift.
    Remove {
        /// Gift name.
        name: String,
    },
}

/// What `settings` does.
#[derive(Subcommand)]
pub(super) enum SettingsCmd {
    /// Show settings.
    Show(JsonFlag),
    /// Change one setting.
    Set {
        /// timezone, age_confirmed, payout_method, session_gap_minutes, setup_done or language.
        key: String,
        /// The new value.
        value: String,
    },
}

/// What `import` reads, and how.
#[derive(Args)]
pub(super) struct ImportArgs {
    /// The file: CSV, a spreadsheet (.xlsx, .xls, .ods), JSON or JSON Lines gift events, or TikTok's data export (.json or .zip).
    pub(super) file: PathBuf,
    /// auto, liveledger, gift-events, gift-table, session-summary, json-events or tiktok-data.
    #[arg(long, default_value = "auto")]
    pub(super) format: String,
    /// Report what would be added, skipped and refused, writing nothing.
    #[arg(long)]
    pub(super) dry_run: bool,
    /// Column mapping, on top of what the header tells: field=Column,… (fields: date, time, event, gift, gift_id, coins, count, sender, nickname, session, repeat_end, gift_type, event_id, diamonds, duration, end, viewers, peak_viewers, followers, likes, gifters, rewards, title).
    #[arg(long)]
    pub(super) map: Option<String>,
    /// Lines above the header to skip (default: the header is found among the first 20 lines).
    #[arg(long)]
    pub(super) skip_rows: Option<u64>,
    /// The sheet of a spreadsheet to read (default: the first that holds data).
    #[arg(long)]
    pub(super) sheet: Option<String>,
    /// Leave out the data rows on these lines (e.g. the bad rows a refusal
    /// named: 4,9,12); the rest is imported all together or not at all.
    #[arg(long, value_delimiter = ',')]
    pub(super) skip_lines: Vec<u64>,
    /// Save the --map under this name, or use a saved one.
    #[arg(long)]
    pub(super) mapping_name: Option<String>,
    /// Minutes without a gift that start a new session (default: the setting).
    #[arg(long)]
    pub(super) gap_minutes: Option<i64>,
    /// Print JSON instead of the report in words.
    #[command(flatten)]
    pub(super) json: JsonFlag,
}

/// What `imports` does.
#[derive(Subcommand)]
pub(super) enum ImportsCmd {
    /// List past imports.
    List(JsonFlag),
    /// Undo an import as a whole.
    Undo {
        /// Import id.
        id: i64,
        /// Undo it even when withdrawals were paid from its diamonds.
        #[arg(long)]
        force: bool,
    },
}

/// What `demo` does.
#[derive(Subcommand)]
pub(super) enum DemoCmd {
    /// Load the demo ledger (only into an empty ledger).
    Load {
        /// Do nothing, successfully, when the ledger already has records.
        #[arg(long)]
        if_empty: bool,
    },
    /// Remove every session, gift, withdrawal and adjustment (rates, catalog and settings stay).
    Clear {
        /// Confirm.
        #[arg(long)]
        yes: bool,
    },
}

fn decimal(s: &str) -> std::result::Result<Decimal, String> {
    parse_decimal(s)
        .ok_or_else(|| format!("'{s}' is not a number (use digits and a '.' for decimals)"))
}

fn period(s: &str) -> std::result::Result<Period, String> {
    s.parse()
}

fn status(s: &str) -> std::result::Result<WithdrawalStatus, String> {
    s.parse()
}

fn export_format(s: &str) -> std::result::Result<ExportFormat, String> {
    s.parse()
}

fn day(s: &str) -> std::result::Result<NaiveDate, String> {
    s.trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a day (expected YYYY-MM-DD)"))
}

/// Parses the process's arguments. `--help` and `--version` print and exit
/// here; any other mistake is an `invalid` error naming it in one line.
pub(super) fn parse() -> Result<Cli> {
    match Cli::try_parse() {
        Ok(cli) => Ok(cli),
        Err(e) if !e.use_stderr() => e.exit(), // --help and --version
        Err(e) => {
            // Clap's first line says what is wrong; the rest is usage, which --help gives.
            let text = e.to_string();
            let first = text
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ");
            Err(Error::invalid("usage", format!("{first} (see --help)")))
        }
    }
}

/// An instant typed on the command line (ISO 8601, local `YYYY-MM-DD HH:MM`
/// in `tz`, or epoch), or an `invalid` error naming the option `field`.
pub(super) fn instant(field: &str, text: &str, tz: Tz) -> Result<DateTime<Utc>> {
    dates::parse_instant(text, tz).map_err(|e| Error::invalid_said(field, e.message()))
}

/// [`instant`], or now when the option was left out.
pub(super) fn instant_or_now(field: &str, text: Option<&str>, tz: Tz) -> Result<DateTime<Utc>> {
    text.map_or_else(|| Ok(Utc::now()), |t| instant(field, t, tz))
}

impl SessionArgs {
    /// The session these options describe, its times read in `tz`; an
    /// unreadable time is an `invalid` error naming its option.
    pub(super) fn to_input(&self, tz: Tz) -> Result<SessionInput> {
        Ok(SessionInput {
            started_at: Some(instant("--start", &self.start, tz)?),
            ended_at: self
                .end
                .as_deref()
                .map(|e| instant("--end", e, tz))
                .transpose()?,
            title: self.title.clone(),
            peak_viewers: self.peak_viewers,
            unique_viewers: self.viewers,
            likes: self.likes,
            new_followers: self.followers,
            notes: self.notes.clone(),
            reported_diamonds: Diamonds(self.diamonds.unwrap_or_default()),
        })
    }
}
