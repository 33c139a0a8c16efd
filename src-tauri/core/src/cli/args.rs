//! The `liveledger` command line's arguments: the clap structs, the parsers of
//! their values, and the conversions of argument text into the core's inputs.

use std::ffi::OsString;
use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, Parser, Subcommand};
use rust_decimal::Decimal;

use liveledger::dates::{self, Period};
use liveledger::error::{Error, Result};
use liveledger::export::ExportFormat;
use liveledger::l10n::Message;
use liveledger::model::{SessionInput, WithdrawalStatus};
use liveledger::money::{parse_decimal, Diamonds};

use super::lang;

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

/// Why a value typed for an option does not read: its English, as this file
/// or the core always wrote it (clap prints it after `invalid value 'x' for
/// '--option'`), and what was expected, which [`parse`] finds again through
/// clap's error source to say the whole line in the run's language.
#[derive(Debug)]
struct BadValue {
    /// What the option takes.
    wanted: Wanted,
    /// The problem in English, as it always read.
    english: String,
}

/// What an option's value should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wanted {
    /// A decimal number (diamonds, money).
    Number,
    /// A day, `YYYY-MM-DD`.
    Day,
    /// `day`, `week`, `month` or `year`.
    Period,
    /// A withdrawal's status.
    Status,
    /// An export format.
    ExportFormat,
}

impl std::fmt::Display for BadValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

impl std::error::Error for BadValue {}

impl Wanted {
    /// `english` as this kind's problem.
    fn problem(self, english: String) -> BadValue {
        BadValue {
            wanted: self,
            english,
        }
    }

    /// The usage message of a value this kind refused (`$arg`, `$text`).
    fn usage_id(self) -> &'static str {
        match self {
            Wanted::Number => "cli-usage-not-a-number",
            Wanted::Day => "cli-usage-not-a-day",
            Wanted::Period => "cli-usage-not-a-period",
            // Its problem is the core's own `core-invalid-status`.
            Wanted::Status => "cli-usage-not-a-status",
            Wanted::ExportFormat => "cli-usage-not-an-export-format",
        }
    }
}

fn decimal(s: &str) -> std::result::Result<Decimal, BadValue> {
    parse_decimal(s).ok_or_else(|| {
        Wanted::Number.problem(format!(
            "'{s}' is not a number (use digits and a '.' for decimals)"
        ))
    })
}

fn period(s: &str) -> std::result::Result<Period, BadValue> {
    s.parse().map_err(|e| Wanted::Period.problem(e))
}

fn status(s: &str) -> std::result::Result<WithdrawalStatus, BadValue> {
    s.parse().map_err(|e| Wanted::Status.problem(e))
}

fn export_format(s: &str) -> std::result::Result<ExportFormat, BadValue> {
    s.parse().map_err(|e| Wanted::ExportFormat.problem(e))
}

fn day(s: &str) -> std::result::Result<NaiveDate, BadValue> {
    s.trim()
        .parse()
        .map_err(|_| Wanted::Day.problem(format!("'{s}' is not a day (expected YYYY-MM-DD)")))
}

/// Parses the process's arguments. `--help` and `--version` print and exit
/// here, the help in the language `--lang` or the system's locale asks for;
/// any other mistake is an `invalid` error naming it in one line, said in
/// that language.
pub(super) fn parse() -> Result<Cli> {
    let args: Vec<OsString> = std::env::args_os().collect();
    match Cli::try_parse_from(&args) {
        Ok(cli) => Ok(cli),
        Err(e) if !e.use_stderr() => {
            // --help, `help …` and --version. The arguments parsed as far as
            // clap's help: parsed again by the same tree said in the language
            // (English is that tree untouched), they print the same help in it.
            let tag = lang::before_parsing(&args, |name| std::env::var(name).ok());
            match super::help::command(tag).try_get_matches_from(&args) {
                Err(said) if !said.use_stderr() => said.exit(),
                _ => e.exit(),
            }
        }
        Err(e) => {
            // Clap refused before `--lang` was read: read it from the raw
            // arguments, so `main` words the error in it.
            lang::before_parsing(&args, |name| std::env::var(name).ok());
            Err(usage(&e, &args))
        }
    }
}

/// Clap's refusal `e` of `args` as an `invalid` error of the field `usage`:
/// its English is clap's first line (the rest is usage, which --help gives),
/// as it always was; its message says the same in any language, where this
/// kind of refusal has one (else the English is said).
fn usage(e: &clap::Error, args: &[OsString]) -> Error {
    let text = e.to_string();
    let first = text
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start_matches("error: ");
    let english = format!("{first} (see --help)");
    match said(e, args) {
        Some(message) => Error::invalid_with("usage", english, message),
        None => Error::invalid("usage", english),
    }
}

/// Clap's refusal `e` as a `cli-usage-…` message, from the context clap
/// gives with it; `None` for a kind (or a shape of one) without a message.
fn said(e: &clap::Error, args: &[OsString]) -> Option<Message> {
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let list = |kind| match e.get(kind) {
        Some(ContextValue::Strings(s)) => Some(s.join(", ")),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    Some(match e.kind() {
        ErrorKind::InvalidSubcommand => Message::new("cli-usage-unknown-subcommand")
            .text("text", text(ContextKind::InvalidSubcommand)?),
        ErrorKind::UnknownArgument => Message::new("cli-usage-unknown-argument").text("text", arg?),
        ErrorKind::InvalidValue => match (arg?, value?) {
            (arg, value) if value.is_empty() => {
                Message::new("cli-usage-value-required").text("arg", arg)
            }
            (arg, value) => Message::new("cli-usage-invalid-value")
                .text("arg", arg)
                .text("text", value),
        },
        ErrorKind::TooManyValues => Message::new("cli-usage-too-many-values")
            .text("arg", arg?)
            .text("text", value?),
        ErrorKind::ArgumentConflict => {
            let arg = arg?;
            match text(ContextKind::PriorArg)? {
                prior if prior == arg => Message::new("cli-usage-repeated").text("arg", arg),
                prior => Message::new("cli-usage-conflict")
                    .text("arg", arg)
                    .text("other", prior),
            }
        }
        ErrorKind::MissingRequiredArgument => {
            Message::new("cli-usage-missing-arguments").text("args", list(ContextKind::InvalidArg)?)
        }
        ErrorKind::MissingSubcommand => Message::new("cli-usage-missing-subcommand")
            .text("command", text(ContextKind::InvalidSubcommand)?)
            .text("subcommands", list(ContextKind::ValidSubcommand)?),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let (command, subcommands) = wanting_a_subcommand(args)?;
            Message::new("cli-usage-missing-subcommand")
                .text("command", command)
                .text("subcommands", subcommands)
        }
        ErrorKind::InvalidUtf8 => Message::new("cli-usage-invalid-utf8"),
        ErrorKind::ValueValidation => bad_value(e, arg?, value?)?,
        _ => return None,
    })
}

/// A value an option's parser refused (`ValueValidation`): this file's own
/// parsers' [`BadValue`], or a whole number that does not read.
fn bad_value(e: &clap::Error, arg: String, value: String) -> Option<Message> {
    use std::num::IntErrorKind;
    let source = std::error::Error::source(e)?;
    if let Some(bad) = source.downcast_ref::<BadValue>() {
        return Some(
            Message::new(bad.wanted.usage_id())
                .text("arg", arg)
                .text("text", value),
        );
    }
    // clap reads whole numbers (ids, counts, minutes) with `str::parse`.
    let problem = match source.downcast_ref::<std::num::ParseIntError>()?.kind() {
        IntErrorKind::Empty => "empty",
        IntErrorKind::InvalidDigit => "digit",
        IntErrorKind::PosOverflow => "large",
        IntErrorKind::NegOverflow => "small",
        _ => return None,
    };
    Some(
        Message::new("cli-usage-not-a-whole-number")
            .text("arg", arg)
            .text("text", value)
            .text("problem", problem),
    )
}

/// The command that `args` name but leave without its subcommand
/// (`liveledger session`), and the subcommands it has: clap says only its
/// English help then.
fn wanting_a_subcommand(args: &[OsString]) -> Option<(String, String)> {
    let mut command = Cli::command();
    let mut path = vec![command.get_name().to_string()];
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--db" || word == "--lang" {
            words.next(); // the global options' values
        } else if !word.starts_with('-') {
            let Some(sub) = command.find_subcommand(word.as_ref()).cloned() else {
                break;
            };
            path.push(sub.get_name().to_string());
            command = sub;
        }
    }
    let subcommands: Vec<&str> = command
        .get_subcommands()
        .map(|c| c.get_name())
        .filter(|name| *name != "help")
        .collect();
    (!subcommands.is_empty()).then(|| (path.join(" "), subcommands.join(", ")))
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

#[cfg(test)]
mod tests {
    use super::*;
    use liveledger::l10n::{self, Localizer};

    /// The `invalid` error clap's refusal of `words` becomes.
    fn refused(words: &[&str]) -> Error {
        let args: Vec<OsString> = std::iter::once("liveledger")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect();
        match Cli::try_parse_from(&args) {
            Ok(_) => panic!("{words:?} parsed"),
            Err(e) => usage(&e, &args),
        }
    }

    /// Every kind with a message, as the old code printed it (after
    /// `liveledger: error: `), and its message's id.
    const OLD: &[(&[&str], &str, &str)] = &[
        (
            &["frobnicate"],
            "usage: unrecognized subcommand 'frobnicate' (see --help)",
            "cli-usage-unknown-subcommand",
        ),
        (
            &["summary", "--bogus"],
            "usage: unexpected argument '--bogus' found (see --help)",
            "cli-usage-unknown-argument",
        ),
        (
            &["--db"],
            "usage: a value is required for '--db <PATH>' but none was supplied (see --help)",
            "cli-usage-value-required",
        ),
        (
            &["summary", "--json=yes"],
            "usage: unexpected value 'yes' for '--json' found; no more were expected (see --help)",
            "cli-usage-too-many-values",
        ),
        (
            &["summary", "--json", "--json"],
            "usage: the argument '--json' cannot be used multiple times (see --help)",
            "cli-usage-repeated",
        ),
        (
            &["capture", "--ws", "ws://localhost:1/", "--follow", "f.csv"],
            "usage: the argument '--ws <URL>' cannot be used with '--follow <FILE>' (see --help)",
            "cli-usage-conflict",
        ),
        (
            &["session", "add", "--diamonds", "x"],
            "usage: invalid value 'x' for '--diamonds <DIAMONDS>': 'x' is not a number (use digits and a '.' for decimals) (see --help)",
            "cli-usage-not-a-number",
        ),
        (
            &["insights", "--from", "2026-13-01"],
            "usage: invalid value '2026-13-01' for '--from <FROM>': '2026-13-01' is not a day (expected YYYY-MM-DD) (see --help)",
            "cli-usage-not-a-day",
        ),
        (
            &["report", "--by", "fortnight"],
            "usage: invalid value 'fortnight' for '--by <BY>': 'fortnight' is not a period (expected day, week, month or year) (see --help)",
            "cli-usage-not-a-period",
        ),
        (
            &["export", "--format", "xls"],
            "usage: invalid value 'xls' for '--format <FORMAT>': 'xls' is not an export format (expected csv, json, hledger or beancount) (see --help)",
            "cli-usage-not-an-export-format",
        ),
        (
            &["withdrawals", "status", "1", "nope"],
            "usage: invalid value 'nope' for '<STATUS>': 'nope' is not a status (expected pending, paid, failed or cancelled) (see --help)",
            "cli-usage-not-a-status",
        ),
        (
            &["session", "end", "x"],
            "usage: invalid value 'x' for '<ID>': invalid digit found in string (see --help)",
            "cli-usage-not-a-whole-number",
        ),
        (
            &["gift", "add", "--session", "1", "--gift", "Rose", "--count", "99999999999999999999"],
            "usage: invalid value '99999999999999999999' for '--count <COUNT>': number too large to fit in target type (see --help)",
            "cli-usage-not-a-whole-number",
        ),
        (
            &["capture", "--silence-minutes", "-99999999999999999999"],
            "usage: invalid value '-99999999999999999999' for '--silence-minutes <SILENCE_MINUTES>': number too small to fit in target type (see --help)",
            "cli-usage-not-a-whole-number",
        ),
        (
            &["session", "end", ""],
            "usage: invalid value '' for '<ID>': cannot parse integer from empty string (see --help)",
            "cli-usage-not-a-whole-number",
        ),
    ];

    #[test]
    fn english_reads_as_it_always_did_and_its_message_says_the_same() {
        for (words, old, id) in OLD {
            let err = refused(words);
            assert_eq!(err.to_string(), *old, "{words:?}");
            assert_eq!(err.kind(), "invalid");
            let said = err
                .message()
                .unwrap_or_else(|| panic!("{words:?}: no message"));
            assert_eq!(said.id, *id, "{words:?}");
            // The catalog's English is the old line, word for word.
            assert_eq!(
                format!("usage: {}", l10n::english(&said)),
                *old,
                "{words:?}"
            );
        }
    }

    #[test]
    fn english_keeps_clap_s_line_where_the_message_names_more() {
        // Clap's first line names no argument; the message lists them.
        let err = refused(&["import"]);
        assert_eq!(
            err.to_string(),
            "usage: the following required arguments were not provided: (see --help)"
        );
        let said = err.message().unwrap();
        assert_eq!(
            l10n::english(&said),
            "the following required arguments were not provided: <FILE> (see --help)"
        );
        // A command without its subcommand: clap's line is its help line.
        let err = refused(&["--lang", "de", "session"]);
        assert_eq!(
            err.to_string(),
            "usage: Add, edit, end or delete a session (see --help)"
        );
        assert_eq!(
            l10n::english(&err.message().unwrap()),
            "'liveledger session' requires a subcommand but one was not provided (one of: add, edit, end, delete) (see --help)"
        );
    }

    #[test]
    fn every_language_says_them() {
        for tag in ["es", "pt-BR", "id", "tr", "ar", "vi", "ja", "de", "fr"] {
            let words = Localizer::new(tag);
            for (args, old, _) in OLD.iter().chain(&[(
                &["import"][..],
                "usage: the following required arguments were not provided: (see --help)",
                "",
            )]) {
                let said = refused(args).message().unwrap();
                let text = words.render(&said);
                assert_ne!(format!("usage: {text}"), *old, "{tag} {args:?}");
                assert!(text.contains("--help"), "{tag} {args:?}: {text}");
                // The catalog holds it (Fluent marks a missing reference with braces).
                assert!(!text.contains('{'), "{tag} {args:?}: {text}");
            }
        }
    }

    #[test]
    fn a_kind_without_a_message_keeps_clap_s_english() {
        // A range clap checks itself words its own problem.
        let err = refused(&["capture", "--dead-after", "0"]);
        assert!(err.message().is_none());
        assert_eq!(
            err.to_string(),
            "usage: invalid value '0' for '--dead-after <SECONDS>': 0 is not in 1..=3600 (see --help)"
        );
    }

    #[test]
    fn a_value_that_is_not_utf8_has_its_message() {
        use std::os::unix::ffi::OsStringExt;
        let args = vec![
            OsString::from("liveledger"),
            OsString::from("settings"),
            OsString::from("set"),
            OsString::from("timezone"),
            OsString::from_vec(vec![0xff]),
        ];
        let e = Cli::try_parse_from(&args).err().unwrap();
        let err = usage(&e, &args);
        assert_eq!(
            err.to_string(),
            "usage: invalid UTF-8 was detected in one or more arguments (see --help)"
        );
        assert_eq!(err.message().unwrap().id, "cli-usage-invalid-utf8");
    }
}
