//! Running each `liveledger` command against the core: opens the ledger,
//! converts the arguments, calls the store, report, import or export, and
//! hands what comes back to `print`. No business rule lives here.

use std::path::PathBuf;

use chrono::{NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use liveledger::dates::Period;
use liveledger::error::{Error, Result};
use liveledger::export;
use liveledger::forms::{GiftForm, WithdrawalForm};
use liveledger::import::{self, ImportOptions};
use liveledger::l10n::{Localizer, Message};
use liveledger::rates::Rate;
use liveledger::report;
use liveledger::store::{self, Store};

use super::args::{
    self, instant_or_now, CatalogCmd, Command, DemoCmd, GiftCmd, ImportArgs, ImportsCmd, RateCmd,
    SessionCmd, SettingsCmd, TrashCmd, WithdrawArgs, WithdrawalsCmd,
};
use super::words::Words;
use super::{lang, print};

/// Parses the command line and runs it.
pub fn run() -> Result<()> {
    let cli = args::parse()?;
    let wanted = lang::wanted(cli.lang.as_deref(), |name| std::env::var(name).ok())?;
    if let Command::Restore { file } = &cli.command {
        let words = Localizer::new(wanted.before_ledger());
        let path = cli
            .db
            .clone()
            .or_else(store::default_path)
            .ok_or_else(|| Error::invalid_said("--db", Message::new("cli-invalid-db-pass")))?;
        let report = store::restore(file, &path)?;
        return print::restored(&path, file, &report, Words::new(&words));
    }
    let path = ledger_path(cli.db)?;
    wanted.before_ledger();
    // A command that only reads works on a ledger it may not write.
    let store = if reads_only(&cli.command) {
        Store::open_to_read(&path)?
    } else {
        Store::open(&path)?
    };
    // A setting that cannot be read is no reason to refuse the command.
    let setting = store.settings().map(|s| s.language).unwrap_or_default();
    let words = Localizer::new(wanted.decide(&setting));
    // SQLite names no file in its storage errors; the creator needs it.
    command(store, cli.command, &words).map_err(|e| store::storage_error(&path, e))
}

/// Whether `command` only reads the ledger.
fn reads_only(command: &Command) -> bool {
    match command {
        Command::Sessions(_)
        | Command::Adjustments(_)
        | Command::Summary(_)
        | Command::Report { .. }
        | Command::Export { .. }
        | Command::Backup { .. }
        | Command::Withdrawals(WithdrawalsCmd::List(_))
        | Command::Rate(RateCmd::List(_))
        | Command::Catalog(CatalogCmd::List(_))
        | Command::Settings(SettingsCmd::Show(_))
        | Command::Imports(ImportsCmd::List(_))
        | Command::Gift(GiftCmd::List { .. })
        | Command::Trash(TrashCmd::List(_)) => true,
        Command::Days { book, .. } => book.is_empty(),
        Command::Insights { .. } => true,
        Command::Rerate { apply, .. } => !apply,
        _ => false,
    }
}

/// Runs `command` on the open ledger.
fn command(mut store: Store, command: Command, words: &Localizer) -> Result<()> {
    let tz = store.tz()?;
    let w = Words::new(words);
    match command {
        Command::Session(cmd) => session(&mut store, tz, cmd, w),
        Command::Sessions(f) => sessions(&store, f.json, w),
        Command::Gift(cmd) => gift(&mut store, tz, cmd, w),
        Command::Withdraw(a) => withdraw(&mut store, tz, a),
        Command::Withdrawals(cmd) => withdrawals(&mut store, tz, cmd, w),
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
            print::id(id)
        }
        Command::Reconcile { balance, reason } => {
            let r = store.reconcile(Utc::now(), balance, &reason)?;
            print::reconciled(&r, w)
        }
        Command::Days { book, json } => days(&mut store, &book, json.json, w),
        Command::Insights { from, to, by, json } => insights(&store, from, to, by, json.json, w),
        Command::Adjustments(f) => show(f.json, store.adjustments()?, |list| {
            print::adjustments(list, tz, w)
        }),
        Command::Rate(cmd) => rate(&mut store, cmd, w),
        Command::Rerate {
            from,
            to,
            apply,
            force,
            json,
        } => rerate(&mut store, from, to, apply, force, json.json, w),
        Command::Catalog(cmd) => catalog(&mut store, cmd, w),
        Command::Settings(cmd) => settings(&mut store, cmd, w),
        Command::Summary(f) => {
            let s = report::summary(&store.snapshot()?, Utc::now())?;
            show(f.json, s, |s| print::summary(&s, words))
        }
        Command::Report { by, from, to, json } => {
            statement(&store, by, report::Span { from, to }, json.json, w)
        }
        Command::Import(a) => import_cmd(&mut store, a, words),
        Command::Imports(cmd) => imports(&mut store, tz, cmd, w),
        Command::Export { format, out } => match out {
            Some(path) => export::export_to_file(&store, format, &path),
            None => print::to_stdout(|out| export::export(&store, format, out)),
        },
        Command::Backup { file } => {
            store.backup_to(&file)?;
            print::backed_up(&file, w)
        }
        Command::Restore { .. } => unreachable!("handled before opening the store"),
        Command::Capture(args) => crate::capture_cli::run(store, tz, args, words),
        Command::Demo(cmd) => demo(&mut store, cmd, w),
        Command::Trash(cmd) => trash(&mut store, tz, cmd, w),
    }
}

/// Prints `value` as JSON when `json` is set, else as `table` prints it.
fn show<T: Serialize>(json: bool, value: T, table: impl FnOnce(T) -> Result<()>) -> Result<()> {
    if json {
        return print::json(&value);
    }
    table(value)
}

/// The ledger at `db`, else at `LIVELEDGER_DB` or in the app's data
/// directory.
fn ledger_path(db: Option<PathBuf>) -> Result<PathBuf> {
    db.or_else(store::default_path)
        .ok_or_else(|| Error::invalid_said("--db", Message::new("cli-invalid-no-data-directory")))
}

/// Every session with its figures.
fn sessions(store: &Store, json: bool, w: Words) -> Result<()> {
    let ledger = store.snapshot()?;
    let rows = report::session_metrics(&ledger)?;
    show(json, rows, |rows| print::sessions(rows, ledger.tz, w))
}

/// A withdrawal, through the same checked form the app sends.
fn withdraw(store: &mut Store, tz: Tz, a: WithdrawArgs) -> Result<()> {
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
    print::id(w.id)
}

/// `insights`: what earns across the lives from `from` to `to`.
fn insights(
    store: &Store,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    by: Option<NaiveDate>,
    json: bool,
    w: Words,
) -> Result<()> {
    let r = store.insights(report::Range { from, to, by }, Utc::now())?;
    show(json, r, |r| super::insights::print(&r, w))
}

/// TikTok's reported days beside the ledger's, or, given days to `book`,
/// those days booked.
fn days(store: &mut Store, book: &[NaiveDate], json: bool, w: Words) -> Result<()> {
    if !book.is_empty() {
        let booking = store.book_reported_days(book)?;
        return if json {
            print::json(&booking)
        } else {
            print::booked(&booking, w)
        };
    }
    let r = report::days_report(&store.snapshot()?, &store.reported_days()?)?;
    show(json, r, |r| print::days(&r, w))
}

/// A statement by `by`.
fn statement(store: &Store, by: Period, span: report::Span, json: bool, w: Words) -> Result<()> {
    let st = report::statement_between(&store.snapshot()?, by, span)?;
    // The JSON holds the rows; the total and rounding line are the table's.
    if json {
        return print::json(&st.rows);
    }
    print::statement(&st, w)
}

fn settings(store: &mut Store, cmd: SettingsCmd, w: Words) -> Result<()> {
    match cmd {
        SettingsCmd::Show(f) => {
            let s = store.settings()?;
            show(f.json, s, |s| print::settings(&s, store.path(), w))
        }
        SettingsCmd::Set { key, value } => store.set_setting(&key, &value),
    }
}

fn imports(store: &mut Store, tz: Tz, cmd: ImportsCmd, w: Words) -> Result<()> {
    match cmd {
        ImportsCmd::List(f) => show(f.json, store.imports()?, |list| print::imports(list, tz, w)),
        ImportsCmd::Undo { id, force } => {
            let (gifts, sessions) = store.undo_import(id, force)?;
            print::undone(id, gifts, sessions, w)
        }
    }
}

fn demo(store: &mut Store, cmd: DemoCmd, w: Words) -> Result<()> {
    match cmd {
        DemoCmd::Load { if_empty } => {
            if if_empty && !store.is_empty()? {
                return Ok(());
            }
            let report = liveledger::demo::load(store)?;
            print::demo_loaded(&report, w)
        }
        DemoCmd::Clear { yes } => {
            if !yes {
                return Err(Error::invalid_said(
                    "--yes",
                    Message::new("cli-invalid-clear-needs-yes"),
                ));
            }
            let copy = store.clear_records()?;
            print::cleared(&copy, w)
        }
    }
}

fn trash(store: &mut Store, tz: Tz, cmd: TrashCmd, w: Words) -> Result<()> {
    match cmd {
        TrashCmd::List(f) => show(f.json, store.trash()?, |list| print::trash(&list, tz, w)),
        TrashCmd::Restore { id, force } => {
            let r = store.restore_deleted(id, force)?;
            print::put_back(&r, w)
        }
    }
}

fn session(store: &mut Store, tz: Tz, cmd: SessionCmd, w: Words) -> Result<()> {
    match cmd {
        SessionCmd::Add(a) => {
            let id = store.add_session(&a.to_input(tz)?)?;
            print::id(id)?;
        }
        SessionCmd::Edit { id, args } => store.update_session(id, &args.to_input(tz)?)?,
        SessionCmd::End { id, at } => {
            store.end_session(id, instant_or_now("--at", at.as_deref(), tz)?)?
        }
        SessionCmd::Delete { id, force } => print::deleted(&store.delete_session(id, force)?, w)?,
    }
    Ok(())
}

fn gift(store: &mut Store, tz: Tz, cmd: GiftCmd, w: Words) -> Result<()> {
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
            print::id(g.id)
        }
        GiftCmd::Delete { id, force } => print::deleted(&store.delete_gift(id, force)?.1, w),
        GiftCmd::List { session, json } => {
            show(json.json, store.gifts(session)?, |g| print::gifts(g, tz, w))
        }
    }
}

fn withdrawals(store: &mut Store, tz: Tz, cmd: WithdrawalsCmd, w: Words) -> Result<()> {
    match cmd {
        WithdrawalsCmd::List(f) => show(f.json, store.withdrawals()?, |list| {
            print::withdrawals(list, tz, w)
        }),
        WithdrawalsCmd::Status { id, status } => store.set_withdrawal_status(id, status),
        WithdrawalsCmd::Delete { id } => print::deleted(&store.delete_withdrawal(id)?, w),
    }
}

fn rate(store: &mut Store, cmd: RateCmd, w: Words) -> Result<()> {
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
            print::id(id)?;
            let stay = store.rerate_preview(Some(from), None)?.len();
            print::rate_not_applied(stay, from, w);
            Ok(())
        }
        RateCmd::List(f) => {
            let rates = store.rates()?;
            show(f.json, rates.all(), |r| print::rates(r, w))
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
    w: Words,
) -> Result<()> {
    let changes = if apply {
        store.rerate(from, to, force)?
    } else {
        store.rerate_preview(from, to)?
    };
    show(json, changes, |changes| print::rerate(changes, apply, w))
}

fn catalog(store: &mut Store, cmd: CatalogCmd, w: Words) -> Result<()> {
    match cmd {
        CatalogCmd::List(f) => show(f.json, store.catalog()?, |list| print::catalog(list, w)),
        CatalogCmd::Set { name, coins } => store.set_catalog_gift(&name, coins),
        CatalogCmd::Remove { name } => store.remove_catalog_gift(&name),
    }
}

fn import_cmd(store: &mut Store, a: ImportArgs, words: &Localizer) -> Result<()> {
    let opts = ImportOptions {
        format: a.format.parse().map_err(|e: String| {
            // The import names the formats in English; the catalog says it.
            let said = Message::new("cli-invalid-format").text("text", a.format.clone());
            Error::invalid_with("--format", e, said)
        })?,
        dry_run: a.dry_run,
        map: a.map,
        mapping_name: a.mapping_name,
        gap_minutes: a.gap_minutes,
        skip_rows: a.skip_rows,
        skip_lines: a.skip_lines,
        sheet: a.sheet,
        // No view reads while the CLI imports: it may write without WAL.
        hold_ledger: true,
    };
    let show_progress = !a.json.json && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let mut progress = |done: u64, total: u64| {
        if show_progress {
            print::progress(done, total, Words::new(words));
        }
    };
    let result = import::import_file(store, &a.file, &opts, &mut progress);
    // Cleared on failure too, so the error starts its own line.
    if show_progress {
        print::progress_done();
    }
    let report = result?;
    show(a.json.json, report, |r| print::import_report(&r, words))
}
