//! The `liveledger` command line: parses arguments, calls the core, prints
//! a table or JSON. No business logic lives here.

use std::io::Write;
use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use clap::{Args, Parser, Subcommand};
use rust_decimal::Decimal;
use serde::Serialize;

use liveledger::dates::{self, Period};
use liveledger::error::{Error, Result};
use liveledger::export::{self, ExportFormat};
use liveledger::forms::{GiftForm, WithdrawalForm};
use liveledger::import::{self, ImportOptions};
use liveledger::model::{SessionInput, WithdrawalStatus};
use liveledger::money::{parse_decimal, Diamonds};
use liveledger::rates::Rate;
use liveledger::report;
use liveledger::store::Snapshot;
use liveledger::store::{self, Store};

use crate::table::Table;

/// Prints a line to standard output; a closed pipe (`| head`) ends the program
/// quietly instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {
        emit(&format!($($arg)*))
    };
}

fn emit(line: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{line}") {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
    }
}

/// LiveLedger: what your TikTok LIVE sessions really earn, kept offline.
#[derive(Parser)]
#[command(name = "liveledger", version, about, propagate_version = true)]
struct Cli {
    /// The ledger file (default: LIVELEDGER_DB, else the app's data directory).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
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
    /// Show or change settings (timezone, age_confirmed, payout_method, session_gap_minutes).
    #[command(subcommand)]
    Settings(SettingsCmd),
    /// Balance, its value, progress to the minimum withdrawal, readiness and ETA.
    Summary(JsonFlag),
    /// A statement by day, week, month or year.
    Report {
        /// The period to group by.
        #[arg(long, default_value = "month", value_parser = clap::builder::ValueParser::new(period))]
        by: Period,
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
    /// Log gifts live from a tool on this computer: a WebSocket (TikFinity's
    /// by default) or a log file it appends to. Prints one line per stored
    /// gift. Ctrl-C stops: streaks still running are written at their highest
    /// count and flagged; the live stays open (it ends after the silence, or
    /// with `session end`), and a restart joins it.
    Capture(crate::capture_cli::CaptureArgs),
}

#[derive(Args)]
struct JsonFlag {
    /// Print JSON (decimals as strings) instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand)]
enum SessionCmd {
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

#[derive(Args)]
struct SessionArgs {
    /// Start (ISO 8601, 'YYYY-MM-DD HH:MM' in your time zone, or epoch).
    #[arg(long)]
    start: String,
    /// End; leave out for a session still running.
    #[arg(long)]
    end: Option<String>,
    /// Title.
    #[arg(long, default_value = "")]
    title: String,
    /// Most viewers at once.
    #[arg(long, allow_hyphen_values = true)]
    peak_viewers: Option<i64>,
    /// Distinct viewers.
    #[arg(long, allow_hyphen_values = true)]
    viewers: Option<i64>,
    /// Likes.
    #[arg(long, allow_hyphen_values = true)]
    likes: Option<i64>,
    /// New followers.
    #[arg(long, allow_hyphen_values = true)]
    followers: Option<i64>,
    /// Diamonds reported for the session without individual gifts.
    #[arg(long, allow_hyphen_values = true, value_parser = decimal)]
    diamonds: Option<Decimal>,
    /// Notes.
    #[arg(long, default_value = "")]
    notes: String,
}

#[derive(Subcommand)]
enum GiftCmd {
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

#[derive(Args)]
struct WithdrawArgs {
    /// Diamonds withdrawn.
    #[arg(long, allow_hyphen_values = true, value_parser = decimal)]
    diamonds: Decimal,
    /// When requested (default: now).
    #[arg(long)]
    at: Option<String>,
    /// Fee in money.
    #[arg(long, default_value = "0", allow_hyphen_values = true, value_parser = decimal)]
    fee: Decimal,
    /// Payout method.
    #[arg(long, default_value = "")]
    method: String,
    /// pending, paid, failed or cancelled.
    #[arg(long, default_value = "pending", value_parser = clap::builder::ValueParser::new(status))]
    status: WithdrawalStatus,
    /// Payout reference.
    #[arg(long, default_value = "")]
    reference: String,
    /// Record it even when it is unusual (below the day's minimum, past the
    /// day's maximum, dated in the future or before any diamond).
    #[arg(long)]
    force: bool,
}

#[derive(Subcommand)]
enum WithdrawalsCmd {
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

#[derive(Subcommand)]
enum RateCmd {
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

#[derive(Subcommand)]
enum CatalogCmd {
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

#[derive(Subcommand)]
enum SettingsCmd {
    /// Show settings.
    Show(JsonFlag),
    /// Change one setting.
    Set {
        /// timezone, age_confirmed, payout_method or session_gap_minutes.
        key: String,
        /// The new value.
        value: String,
    },
}

#[derive(Args)]
struct ImportArgs {
    /// The file: CSV, JSON or JSON Lines gift events, or TikTok's data export (.json or .zip).
    file: PathBuf,
    /// auto, liveledger, gift-events, gift-table, session-summary, json-events or tiktok-data.
    #[arg(long, default_value = "auto")]
    format: String,
    /// Report what would be added, skipped and refused, writing nothing.
    #[arg(long)]
    dry_run: bool,
    /// Column mapping, on top of what the header tells: field=Column,… (fields: date, time, event, gift, gift_id, coins, count, sender, nickname, session, repeat_end, gift_type, event_id, diamonds, duration, end, viewers, peak_viewers, followers, likes, gifters, rewards, title).
    #[arg(long)]
    map: Option<String>,
    /// Lines above the header to skip (default: the header is found among the first 20 lines).
    #[arg(long)]
    skip_rows: Option<u64>,
    /// Save the --map under this name, or use a saved one.
    #[arg(long)]
    mapping_name: Option<String>,
    /// Minutes without a gift that start a new session (default: the setting).
    #[arg(long)]
    gap_minutes: Option<i64>,
    #[command(flatten)]
    json: JsonFlag,
}

#[derive(Subcommand)]
enum ImportsCmd {
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

#[derive(Subcommand)]
enum DemoCmd {
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

fn instant(field: &str, text: &str, tz: Tz) -> Result<DateTime<Utc>> {
    dates::parse_instant(text, tz).map_err(|e| Error::invalid(field, e.to_string()))
}

fn instant_or_now(field: &str, text: Option<&str>, tz: Tz) -> Result<DateTime<Utc>> {
    text.map_or_else(|| Ok(Utc::now()), |t| instant(field, t, tz))
}

fn print_json<T: Serialize>(value: &T) -> Result<()> {
    let text =
        serde_json::to_string_pretty(value).map_err(|e| Error::invalid("json", e.to_string()))?;
    say!("{text}");
    Ok(())
}

fn open(db: Option<PathBuf>) -> Result<Store> {
    let path = db.or_else(store::default_path).ok_or_else(|| {
        Error::invalid(
            "--db",
            "no data directory is known on this system; pass --db PATH",
        )
    })?;
    Store::open(&path)
}

/// Parses the command line and runs it.
pub fn run() -> Result<()> {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => e.exit(), // --help and --version
        Err(e) => {
            // Clap's first line says what is wrong; the rest is usage, which --help gives.
            let text = e.to_string();
            let first = text
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ");
            return Err(Error::invalid("usage", format!("{first} (see --help)")));
        }
    };
    if let Command::Restore { file } = &cli.command {
        let path = cli
            .db
            .clone()
            .or_else(store::default_path)
            .ok_or_else(|| Error::invalid("--db", "pass --db PATH"))?;
        store::restore(file, &path)?;
        say!("restored {} from {}", path.display(), file.display());
        return Ok(());
    }
    let mut store = open(cli.db)?;
    let tz = store.tz()?;
    match cli.command {
        Command::Session(cmd) => session(&mut store, tz, cmd),
        Command::Sessions(f) => sessions(&store, f.json),
        Command::Gift(cmd) => gift(&mut store, tz, cmd),
        Command::Withdraw(a) => {
            // The same checked form the app sends.
            let form = WithdrawalForm {
                diamonds: a.diamonds.to_string(),
                at: a.at.unwrap_or_default(),
                fee: a.fee.to_string(),
                method: a.method,
                status: a.status.as_str().to_string(),
                reference: a.reference,
                force: a.force,
            };
            let w = store.add_withdrawal(&form.to_input(tz)?)?;
            say!("{}", w.id);
            Ok(())
        }
        Command::Withdrawals(cmd) => withdrawals(&mut store, tz, cmd),
        Command::Adjust {
            diamonds,
            reason,
            at,
            force,
        } => {
            let id = store.add_adjustment(
                instant_or_now("--at", at.as_deref(), tz)?,
                diamonds,
                &reason,
                force,
            )?;
            say!("{id}");
            Ok(())
        }
        Command::Reconcile { balance, reason } => {
            let r = store.reconcile(Utc::now(), balance, &reason)?;
            match r.adjustment_id {
                None => say!("in balance: {} diamonds", r.ledger_balance),
                Some(id) => say!(
                    "adjustment {id}: {:+} diamonds (ledger said {}, TikTok says {})",
                    r.difference.0,
                    r.ledger_balance,
                    r.wallet_balance
                ),
            }
            Ok(())
        }
        Command::Adjustments(f) => {
            let list = store.adjustments()?;
            if f.json {
                return print_json(&list);
            }
            let mut t = Table::new(&["id", "at", "diamonds", "reason"], &["id", "diamonds"]);
            for a in list {
                t.row(vec![
                    a.id.to_string(),
                    local(a.at, tz),
                    a.diamonds.to_string(),
                    a.reason,
                ]);
            }
            say!("{}", t.render());
            Ok(())
        }
        Command::Rate(cmd) => rate(&mut store, cmd),
        Command::Rerate {
            from,
            to,
            apply,
            force,
            json,
        } => rerate(&mut store, from, to, apply, force, json.json),
        Command::Catalog(cmd) => catalog(&mut store, cmd),
        Command::Settings(SettingsCmd::Show(f)) => {
            let s = store.settings()?;
            if f.json {
                return print_json(&s);
            }
            say!("timezone             {}", s.timezone);
            say!("age_confirmed        {}", s.age_confirmed);
            say!("payout_method        {}", s.payout_method);
            say!("session_gap_minutes  {}", s.session_gap_minutes);
            say!("database             {}", store.path().display());
            Ok(())
        }
        Command::Settings(SettingsCmd::Set { key, value }) => store.set_setting(&key, &value),
        Command::Summary(f) => summary(&store, f.json),
        Command::Report { by, json } => statement(&store, by, json.json),
        Command::Import(a) => import_cmd(&mut store, a),
        Command::Imports(ImportsCmd::List(f)) => {
            let list = store.imports()?;
            if f.json {
                return print_json(&list);
            }
            let mut t = Table::new(
                &[
                    "id", "imported", "file", "format", "added", "skipped", "sessions",
                ],
                &["id", "added", "skipped", "sessions"],
            );
            let mut warnings = Vec::new();
            for i in list {
                warnings.extend(i.warnings.iter().map(|w| format!("import {}: {w}", i.id)));
                t.row(vec![
                    i.id.to_string(),
                    local(i.imported_at, tz),
                    i.file_name,
                    i.format,
                    i.rows_added.to_string(),
                    i.rows_skipped.to_string(),
                    i.sessions_added.to_string(),
                ]);
            }
            say!("{}", t.render());
            for w in warnings {
                say!("{w}");
            }
            Ok(())
        }
        Command::Imports(ImportsCmd::Undo { id, force }) => {
            let (gifts, sessions) = store.undo_import(id, force)?;
            say!("undid import {id}: removed {gifts} gift rows and {sessions} sessions");
            Ok(())
        }
        Command::Export { format, out } => match out {
            Some(path) => export::export_to_file(&store, format, &path),
            None => {
                let stdout = std::io::stdout();
                let mut lock = stdout.lock();
                export::export(&store, format, &mut lock)?;
                lock.flush().map_err(|source| Error::Io {
                    path: "<stdout>".into(),
                    source,
                })
            }
        },
        Command::Backup { file } => {
            store.backup_to(&file)?;
            say!("backed up to {}", file.display());
            Ok(())
        }
        Command::Restore { .. } => unreachable!("handled before opening the store"),
        Command::Capture(args) => crate::capture_cli::run(store, tz, args),
        Command::Demo(DemoCmd::Load { if_empty }) => {
            if if_empty && !store.is_empty()? {
                return Ok(());
            }
            let report = liveledger::demo::load(&mut store)?;
            say!(
                "loaded demo data: {} sessions and {} gift, withdrawal and adjustment rows",
                report.sessions_added,
                report.rows_added
            );
            Ok(())
        }
        Command::Demo(DemoCmd::Clear { yes }) => {
            if !yes {
                return Err(Error::invalid(
                    "--yes",
                    "clearing removes every session, gift and withdrawal; add --yes to confirm",
                ));
            }
            store.clear_records()
        }
    }
}

fn local(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string()
}

fn session_input(a: &SessionArgs, tz: Tz) -> Result<SessionInput> {
    Ok(SessionInput {
        started_at: Some(instant("--start", &a.start, tz)?),
        ended_at: a
            .end
            .as_deref()
            .map(|e| instant("--end", e, tz))
            .transpose()?,
        title: a.title.clone(),
        peak_viewers: a.peak_viewers,
        unique_viewers: a.viewers,
        likes: a.likes,
        new_followers: a.followers,
        notes: a.notes.clone(),
        reported_diamonds: Diamonds(a.diamonds.unwrap_or_default()),
    })
}

fn session(store: &mut Store, tz: Tz, cmd: SessionCmd) -> Result<()> {
    match cmd {
        SessionCmd::Add(a) => {
            let id = store.add_session(&session_input(&a, tz)?)?;
            say!("{id}");
        }
        SessionCmd::Edit { id, args } => store.update_session(id, &session_input(&args, tz)?)?,
        SessionCmd::End { id, at } => {
            store.end_session(id, instant_or_now("--at", at.as_deref(), tz)?)?
        }
        SessionCmd::Delete { id, force } => store.delete_session(id, force)?,
    }
    Ok(())
}

fn sessions(store: &Store, json: bool) -> Result<()> {
    let ledger = Snapshot::load(store)?;
    let rows = report::session_metrics(&ledger)?;
    if json {
        return print_json(&rows);
    }
    let mut t = Table::new(
        &[
            "id",
            "start",
            "hours",
            "title",
            "gifts",
            "diamonds",
            "value",
            "viewers",
            "diamonds/h",
            "per 1k viewers",
        ],
        &[
            "id",
            "hours",
            "gifts",
            "diamonds",
            "value",
            "viewers",
            "diamonds/h",
            "per 1k viewers",
        ],
    );
    for m in rows {
        t.row(vec![
            m.session.id.to_string(),
            local(m.session.started_at, ledger.tz),
            if m.session.ended_at.is_some() {
                m.hours.to_string()
            } else {
                "live".into()
            },
            m.session.title.clone(),
            m.session.gift_count.to_string(),
            m.diamonds.to_string(),
            format!("{} {}", m.value, m.currency),
            m.session
                .unique_viewers
                .or(m.session.peak_viewers)
                .map(|v| v.to_string())
                .unwrap_or_default(),
            m.diamonds_per_hour
                .map(|d| d.to_string())
                .unwrap_or_default(),
            m.value_per_1000_viewers
                .map(|v| v.to_string())
                .unwrap_or_default(),
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

fn gift(store: &mut Store, tz: Tz, cmd: GiftCmd) -> Result<()> {
    match cmd {
        GiftCmd::Add {
            session,
            gift,
            coins,
            count,
            from,
            at,
        } => {
            // The same checked form the app sends: no time means now.
            let form = GiftForm {
                session_id: session,
                gift,
                coins: coins.map(|c| c.to_string()).unwrap_or_default(),
                count: count.to_string(),
                sender: from.unwrap_or_default(),
                at: at.unwrap_or_default(),
            };
            let g = store.add_gift(&form.to_input(tz)?)?;
            say!("{}", g.id);
        }
        GiftCmd::Delete { id, force } => {
            store.delete_gift(id, force)?;
        }
        GiftCmd::List { session, json } => {
            let gifts = store.gifts(session)?;
            if json.json {
                return print_json(&gifts);
            }
            let mut t = Table::new(
                &["id", "at", "gift", "coins", "count", "from", "note"],
                &["id", "coins", "count"],
            );
            for g in gifts {
                t.row(vec![
                    g.id.to_string(),
                    g.at.map(|a| local(a, tz)).unwrap_or_default(),
                    g.gift_name,
                    g.coins_each.to_string(),
                    g.count.to_string(),
                    g.sender.unwrap_or_default(),
                    // A streak whose end the file did not hold.
                    if g.estimated { "estimated" } else { "" }.to_string(),
                ]);
            }
            say!("{}", t.render());
        }
    }
    Ok(())
}

fn withdrawals(store: &mut Store, tz: Tz, cmd: WithdrawalsCmd) -> Result<()> {
    match cmd {
        WithdrawalsCmd::List(f) => {
            let list = store.withdrawals()?;
            if f.json {
                return print_json(&list);
            }
            let mut t = Table::new(
                &[
                    "id",
                    "requested",
                    "diamonds",
                    "gross",
                    "fee",
                    "net",
                    "currency",
                    "method",
                    "status",
                ],
                &["id", "diamonds", "gross", "fee", "net"],
            );
            for w in list {
                t.row(vec![
                    w.id.to_string(),
                    local(w.requested_at, tz),
                    w.diamonds.to_string(),
                    w.gross.to_string(),
                    w.fee.to_string(),
                    w.net.to_string(),
                    w.currency,
                    w.method,
                    w.status.as_str().to_string(),
                ]);
            }
            say!("{}", t.render());
            Ok(())
        }
        WithdrawalsCmd::Status { id, status } => store.set_withdrawal_status(id, status),
        WithdrawalsCmd::Delete { id } => store.delete_withdrawal(id),
    }
}

fn rate(store: &mut Store, cmd: RateCmd) -> Result<()> {
    match cmd {
        RateCmd::Set {
            from,
            diamonds_per_coin,
            money_per_diamond,
            currency,
            min_withdrawal,
            max_per_day,
        } => {
            let id = store.set_rate(&Rate {
                id: 0,
                effective_from: from,
                diamonds_per_coin,
                money_per_diamond,
                currency: currency.trim().to_ascii_uppercase(),
                min_withdrawal,
                max_withdrawal_per_day: max_per_day,
            })?;
            say!("{id}");
            let stay = store.rerate_preview(Some(from), None)?.len();
            if stay > 0 {
                eprintln!(
                    "note: {stay} session(s) from {from} on keep the rate they were recorded with; \
                     `liveledger rerate --from {from}` shows what moving them would change"
                );
            }
            Ok(())
        }
        RateCmd::List(f) => {
            let rates = store.rates()?;
            if f.json {
                return print_json(&rates.all());
            }
            let mut t = Table::new(
                &[
                    "id",
                    "from",
                    "diamonds/coin",
                    "money/diamond",
                    "currency",
                    "min withdrawal",
                    "max/day",
                ],
                &[
                    "id",
                    "diamonds/coin",
                    "money/diamond",
                    "min withdrawal",
                    "max/day",
                ],
            );
            for r in rates.all() {
                t.row(vec![
                    r.id.to_string(),
                    r.effective_from.to_string(),
                    r.diamonds_per_coin.to_string(),
                    r.money_per_diamond.to_string(),
                    r.currency.clone(),
                    r.min_withdrawal.to_string(),
                    r.max_withdrawal_per_day
                        .map(|m| m.to_string())
                        .unwrap_or_else(|| "none".into()),
                ]);
            }
            say!("{}", t.render());
            Ok(())
        }
        RateCmd::Delete { id } => store.delete_rate(id),
    }
}

fn rerate(
    store: &mut Store,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    apply: bool,
    force: bool,
    json: bool,
) -> Result<()> {
    let changes = if apply {
        store.rerate(from, to, force)?
    } else {
        store.rerate_preview(from, to)?
    };
    if json {
        return print_json(&changes);
    }
    if changes.is_empty() {
        say!("every session already has the rate in force on its day");
        return Ok(());
    }
    let mut t = Table::new(
        &["session", "day", "title", "diamonds", "value", "rate"],
        &["session"],
    );
    for c in &changes {
        let from_currency = c.from.as_ref().map_or("", |r| r.currency.as_str());
        t.row(vec![
            c.session_id.to_string(),
            c.day.to_string(),
            c.title.clone(),
            format!("{} → {}", c.diamonds_before, c.diamonds_after),
            format!(
                "{} {from_currency} → {} {}",
                c.value_before, c.value_after, c.to.currency
            ),
            format!("from {}", c.to.effective_from),
        ]);
    }
    say!("{}", t.render());
    if apply {
        say!("re-rated {} session(s)", changes.len());
    } else {
        say!(
            "nothing changed; add --apply to re-rate these {} session(s)",
            changes.len()
        );
    }
    Ok(())
}

fn catalog(store: &mut Store, cmd: CatalogCmd) -> Result<()> {
    match cmd {
        CatalogCmd::List(f) => {
            let list = store.catalog()?;
            if f.json {
                return print_json(&list);
            }
            let mut t = Table::new(&["gift", "coins"], &["coins"]);
            for g in list {
                t.row(vec![g.name, g.coins.to_string()]);
            }
            say!("{}", t.render());
            Ok(())
        }
        CatalogCmd::Set { name, coins } => store.set_catalog_gift(&name, coins),
        CatalogCmd::Remove { name } => store.remove_catalog_gift(&name),
    }
}

fn summary(store: &Store, json: bool) -> Result<()> {
    let s = report::summary(&Snapshot::load(store)?, Utc::now())?;
    if json {
        return print_json(&s);
    }
    let c = &s.currency;
    say!(
        "Balance          {} diamonds = {} {c}",
        s.balance_diamonds,
        s.balance_value
    );
    say!("  earned         {}", s.diamonds_earned);
    say!("  withdrawn      {}", s.diamonds_withdrawn);
    say!("  adjusted       {}", s.diamonds_adjusted);
    say!(
        "Threshold        {} {c} = {} diamonds; progress {}%",
        s.min_withdrawal,
        s.threshold_diamonds,
        (s.progress * Decimal::ONE_HUNDRED).round_dp(1)
    );
    if s.ready {
        say!(
            "Ready            yes — withdrawable now: {} diamonds = {} {c}",
            s.withdrawable_now_diamonds,
            s.withdrawable_now_value
        );
    } else {
        say!("Ready            not yet");
        for b in &s.blockers {
            say!("  - {b}");
        }
    }
    match s.eta {
        Some(d) if s.to_go_diamonds.0.is_zero() => say!("ETA              reached ({d})"),
        Some(d) => say!(
            "ETA              {d} at {} diamonds a day (last {} days)",
            s.pace_diamonds_per_day,
            report::PACE_DAYS
        ),
        None => say!(
            "ETA              none — nothing earned in the last {} days",
            report::PACE_DAYS
        ),
    }
    if !s.pending.is_zero() {
        say!("Pending payouts  {}", s.pending.describe());
    }
    say!(
        "Rate             since {}: {} {c} a diamond (the balance is valued at today's rate; statements at each session's own); money rounded {}",
        s.rate_effective_from,
        s.money_per_diamond,
        s.rounding
    );
    Ok(())
}

fn statement(store: &Store, by: Period, json: bool) -> Result<()> {
    let ledger = Snapshot::load(store)?;
    let st = report::statement_with_total(&ledger, by)?;
    if json {
        return print_json(&st.rows);
    }
    let cols = [
        "period",
        "sessions",
        "hours",
        "gifts",
        "coins",
        "diamonds",
        "value",
        "withdrawn",
        "fees",
        "net paid",
        "adjusted",
        "balance",
    ];
    let mut t = Table::new(&cols, &cols[1..]);
    let money = |a: &liveledger::money::Amounts| {
        if a.is_zero() {
            String::new()
        } else {
            a.describe()
        }
    };
    for r in st.rows.iter().chain([&st.total]) {
        t.row(vec![
            r.period.clone(),
            r.sessions.to_string(),
            r.hours_live.to_string(),
            r.gifts.to_string(),
            r.coins.to_string(),
            r.diamonds.to_string(),
            money(&r.value),
            r.withdrawn_diamonds.to_string(),
            money(&r.fees),
            money(&r.net_paid),
            r.adjusted_diamonds.to_string(),
            r.closing_balance.to_string(),
        ]);
    }
    say!("{}", t.render());
    if !st.rounding.is_zero() {
        say!(
            "rounding: {} (each row is rounded on its own; the total rounds the exact sum)",
            st.rounding.describe()
        );
    }
    say!(
        "Values use the rate each session was recorded with; money rounded {}.",
        liveledger::money::ROUNDING
    );
    Ok(())
}

fn import_cmd(store: &mut Store, a: ImportArgs) -> Result<()> {
    let opts = ImportOptions {
        format: a
            .format
            .parse()
            .map_err(|e: String| Error::invalid("--format", e))?,
        dry_run: a.dry_run,
        map: a.map,
        mapping_name: a.mapping_name,
        gap_minutes: a.gap_minutes,
        skip_rows: a.skip_rows,
    };
    let show_progress = !a.json.json && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let mut progress = |done: u64, total: u64| {
        if show_progress && total > 0 {
            eprint!("\rreading… {}%", done * 100 / total);
        }
    };
    let result = import::import_file(store, &a.file, &opts, &mut progress);
    // Cleared on failure too, so the error starts its own line.
    if show_progress {
        eprint!("\r              \r");
    }
    let report = result?;
    if a.json.json {
        return print_json(&report);
    }
    say!("{}", report.describe());
    Ok(())
}
