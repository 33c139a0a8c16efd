//! Deleted records kept for undo. A delete copies the rows it takes out
//! (and the rows that would cascade with them) into one `trash` entry in the
//! same transaction; [`Store::restore_deleted`] puts them back and moves the
//! kept totals with them. Entries older than [`KEEP_DAYS`] are dropped.

use std::collections::HashMap;

use chrono::Utc;
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value as Json};

use super::{LedgerTx, Store};
use crate::error::{Error, Result};
use crate::l10n::Message;

/// How long a deleted record can still be put back.
pub const KEEP_DAYS: i64 = 30;

/// One table's rows to copy: the table and an SQL condition with one parameter.
pub(super) struct Take<'a> {
    pub table: &'static str,
    pub filter: &'a str,
    pub param: i64,
}

impl<'a> Take<'a> {
    /// The rows of `table` matching `filter` (an SQL condition on `?1`) for `param`.
    pub fn rows(table: &'static str, filter: &'a str, param: i64) -> Take<'a> {
        Take {
            table,
            filter,
            param,
        }
    }
}

/// The tables a trash entry may hold, in the order they are put back (a
/// row's parent first). Each `(table, column, parent)` names a column that
/// points at a parent table's id, remapped when that parent got a new id.
const ORDER: &[&str] = &[
    "sessions",
    "gifts",
    "session_spans",
    "gift_revisions",
    "capture_flags",
    "live_minutes",
    "withdrawals",
    "adjustments",
];
const PARENTS: &[(&str, &str, &str)] = &[
    ("gifts", "session_id", "sessions"),
    ("session_spans", "session_id", "sessions"),
    ("gift_revisions", "gift_id", "gifts"),
    ("capture_flags", "gift_id", "gifts"),
    ("live_minutes", "session_id", "sessions"),
];
/// The key of the sessions a trash entry's gifts belong to (not taken out).
const CONTEXT: &str = "session_of_gifts";
/// The key of the entry's name as a message (`core-trash-…`), kept beside
/// the English `label` column so no migration was needed; never a table.
const SAID: &str = "said";

/// Rows of these tables only remember how a record came: when what they
/// point at is gone, the row is left out rather than failing the undo.
const BEST_EFFORT: &[&str] = &["session_spans", "gift_revisions", "capture_flags"];

/// The name of a deleted session holding `gifts` gifts ("session 2 and its
/// 119 gifts"). `$n` is the figure as English always wrote it, ungrouped.
pub(super) fn session_name(id: i64, gifts: i64) -> Message {
    Message::new("core-trash-session")
        .text("id", id.to_string())
        .count("count", gifts)
        .text("n", gifts.to_string())
}

/// The name of a deleted gift row ("3 × Rose"), the count ungrouped.
pub(super) fn gift_name(count: i64, gift: &str) -> Message {
    Message::new("core-trash-gift")
        .text("n", count.to_string())
        .text("gift", gift)
}

/// The name of a deleted withdrawal ("withdrawal 3").
pub(super) fn withdrawal_name(id: i64) -> Message {
    Message::new("core-trash-withdrawal").text("id", id.to_string())
}

/// Copies the rows each [`Take`] selects into a new trash entry named by
/// `said` (its English words are the entry's `label`); returns its id.
/// Called inside the deleting transaction, before the delete.
pub(super) fn keep(tx: &Connection, said: Message, takes: &[Take<'_>]) -> Result<Deleted> {
    keep_with(tx, said, takes, None)
}

/// Like [`keep`]; `context` names the session the records belong to, which
/// is not taken out but must still be the same session when they are put back.
pub(super) fn keep_with(
    tx: &Connection,
    said: Message,
    takes: &[Take<'_>],
    context: Option<Take<'_>>,
) -> Result<Deleted> {
    let label = crate::l10n::english(&said);
    let mut tables = Map::new();
    tables.insert(SAID.to_string(), json!(said));
    if let Some(c) = context {
        let rows = rows_of(tx, &c)?
            .into_iter()
            .map(|r| json!({ "id": r.get("id"), "started_at": r.get("started_at") }))
            .collect();
        tables.insert(CONTEXT.to_string(), Json::Array(rows));
    }
    for t in takes {
        let rows = rows_of(tx, t)?;
        if !rows.is_empty() {
            let list = tables.entry(t.table).or_insert_with(|| json!([]));
            if let Json::Array(list) = list {
                list.extend(rows);
            }
        }
    }
    let now = Utc::now().timestamp_millis();
    tx.execute(
        "DELETE FROM trash WHERE made_at < ?1",
        [now - KEEP_DAYS * 86_400_000],
    )?;
    let payload = Json::Object(tables).to_string();
    let undo = tx.query_row(
        "INSERT INTO trash (made_at, label, rows) VALUES (?1, ?2, ?3) RETURNING id",
        params![now, label, payload],
        |r| r.get(0),
    )?;
    Ok(Deleted {
        undo,
        label,
        said: Some(said),
    })
}

fn rows_of(conn: &Connection, take: &Take<'_>) -> Result<Vec<Json>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT * FROM {} WHERE {}",
        take.table, take.filter
    ))?;
    let names: Vec<String> = stmt.column_names().map(|c| c.to_string()).collect();
    let mut rows = stmt.query([take.param])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let mut obj = Map::new();
        for (i, name) in names.iter().enumerate() {
            obj.insert(name.clone(), to_json(row.get::<_, Value>(i)?));
        }
        out.push(Json::Object(obj));
    }
    Ok(out)
}

fn to_json(v: Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Integer(i) => json!(i),
        Value::Real(f) => json!({ "real": f }),
        Value::Text(t) => Json::String(t),
        Value::Blob(b) => json!({ "blob": b }),
    }
}

fn from_json(v: &Json) -> Option<Value> {
    Some(match v {
        Json::Null => Value::Null,
        Json::Number(n) => Value::Integer(n.as_i64()?),
        Json::String(s) => Value::Text(s.clone()),
        Json::Object(o) => match (o.get("real"), o.get("blob")) {
            (Some(r), _) => Value::Real(r.as_f64()?),
            (_, Some(Json::Array(b))) => Value::Blob(
                b.iter()
                    .map(|x| x.as_u64().and_then(|x| u8::try_from(x).ok()))
                    .collect::<Option<_>>()?,
            ),
            _ => return None,
        },
        _ => return None,
    })
}

/// A delete that can be undone: the trash entry holding what it took out.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Deleted {
    /// The trash entry, for [`Store::restore_deleted`].
    pub undo: i64,
    /// What was deleted, in words (English).
    pub label: String,
    /// The same as a message, for a face to say in the creator's language.
    pub said: Option<Message>,
}

/// What [`Store::restore_deleted`] put back.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Restored {
    /// What the entry was ("session 12 and its 40 gifts", …), in English.
    pub label: String,
    /// The same as a message, for a face to say in the creator's language;
    /// `null` for an entry kept by a build that did not keep one.
    pub said: Option<Message>,
    /// Records put back (sessions, gifts, withdrawals, adjustments).
    pub records: usize,
}

/// One trash entry, as listed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct TrashEntry {
    /// Its id, for [`Store::restore_deleted`].
    pub id: i64,
    /// When the delete was made.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub made_at: chrono::DateTime<Utc>,
    /// What was deleted, in words (English).
    pub label: String,
    /// The same as a message, for a face to say in the creator's language;
    /// `null` for an entry kept by a build that did not keep one.
    pub said: Option<Message>,
}

impl Store {
    /// The deleted records that can still be put back, newest first.
    pub fn trash(&self) -> Result<Vec<TrashEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, made_at, label, \
                    CASE WHEN json_valid(rows) AND json_type(rows, '$.said') = 'object' \
                    THEN json_extract(rows, '$.said') END \
             FROM trash ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            let said: Option<String> = r.get(3)?;
            Ok(TrashEntry {
                id: r.get(0)?,
                made_at: super::get_time(r, 1)?,
                label: r.get(2)?,
                said: said.as_deref().and_then(said_of),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Puts back what the delete that made trash entry `id` took out, with
    /// the same ids where they are still free, and moves the kept totals.
    /// Refuses, writing nothing, when a record clashes with one added since
    /// (the same gift imported again, say). Asks for confirmation (`force`)
    /// when putting a withdrawal back would leave the balance below zero.
    pub fn restore_deleted(&mut self, id: i64, force: bool) -> Result<Restored> {
        let tx = self.begin()?;
        let before = self.balance_before(force)?;
        let (label, rows): (String, String) = tx
            .conn()
            .query_row("SELECT label, rows FROM trash WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?
            .ok_or(Error::NotFound {
                what: "deleted record",
                id,
            })?;
        let unread = Named {
            label: &label,
            said: None,
        };
        let entry = parse_entry(tx.conn(), &rows).map_err(|why| damaged(unread, &why))?;
        let name = Named {
            label: &label,
            said: entry.said.as_ref(),
        };
        check_context(&tx, &entry, name)?;
        let mut new_ids: HashMap<&str, HashMap<i64, i64>> = HashMap::new();
        let mut records = 0;
        let mut sessions_touched = Vec::new();
        for (table, list) in entry.tables {
            for mut cols in list {
                let old_id = id_of(&cols);
                let Some(new_id) = put_back_row(&tx, table, &mut cols, &new_ids, name)? else {
                    continue;
                };
                if let Some(old) = old_id {
                    new_ids.entry(table).or_default().insert(old, new_id);
                }
                records += count_put_back(&tx, table, &cols, new_id, name, &mut sessions_touched)?;
            }
        }
        if records == 0 {
            return Err(damaged(name, "it holds no record"));
        }
        sessions_touched.sort_unstable();
        sessions_touched.dedup();
        for s in sessions_touched {
            tx.recount_session(s)?;
        }
        tx.conn().execute("DELETE FROM trash WHERE id = ?1", [id])?;
        let lowering = super::balance::Lowering::PutBack(&label, entry.said.as_ref());
        self.guard_balance(before, lowering)?;
        tx.commit()?;
        Ok(Restored {
            label,
            said: entry.said,
            records,
        })
    }
}

/// An entry's kept name as a message; `None` when it is not one this build
/// knows (kept by a newer build, say): the English label is said instead.
fn said_of(json: &str) -> Option<Message> {
    serde_json::from_str(json).ok()
}

/// A trash entry's name in the store's messages about putting it back:
/// its kept message where it has one, else its English label.
#[derive(Clone, Copy)]
struct Named<'a> {
    label: &'a str,
    said: Option<&'a Message>,
}

impl Named<'_> {
    /// `m` with the name as its `$label`.
    fn in_message(self, m: Message) -> Message {
        match self.said {
            Some(said) => m.said("label", said.clone()),
            None => m.text("label", self.label),
        }
    }
}

/// Fails unless every session the entry's records belonged to is still in
/// the ledger, started as it was.
fn check_context(tx: &LedgerTx<'_>, entry: &Entry, name: Named<'_>) -> Result<()> {
    for (sid, started) in &entry.context {
        let now: Option<i64> = tx
            .conn()
            .query_row(
                "SELECT started_at FROM sessions WHERE id = ?1",
                [sid],
                |r| r.get(0),
            )
            .optional()?;
        if now != Some(*started) {
            return Err(Error::invalid_said(
                "undo",
                name.in_message(Message::new("core-invalid-undo-session-gone")),
            ));
        }
    }
    Ok(())
}

/// Writes one row of a trash entry back into `table`, under its old id
/// when that is free; its new id, or `None` for a best-effort row the
/// ledger no longer has room for.
fn put_back_row(
    tx: &LedgerTx<'_>,
    table: &'static str,
    cols: &mut Vec<(String, Value)>,
    new_ids: &HashMap<&str, HashMap<i64, i64>>,
    name: Named<'_>,
) -> Result<Option<i64>> {
    remap_parents(table, cols, new_ids);
    forget_gone_imports(tx.conn(), cols)?;
    let old_id = id_of(cols);
    if let Some(old) = old_id {
        let taken: Option<i64> = tx
            .conn()
            .query_row(
                &format!("SELECT 1 FROM {table} WHERE id = ?1"),
                [old],
                |r| r.get(0),
            )
            .optional()?;
        if taken.is_some() {
            cols.retain(|(k, _)| k != "id");
        }
    }
    // Column names come from the table itself (`parse_entry`), never the copy.
    let names: Vec<&str> = cols.iter().map(|(k, _)| k.as_str()).collect();
    let marks = vec!["?"; names.len()].join(", ");
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES ({marks})",
        names.join(", ")
    );
    let values = rusqlite::params_from_iter(cols.iter().map(|(_, v)| v));
    // A table keyed by its parents (`WITHOUT ROWID`, no `id`) has no rowid
    // to return; only an `id` is remapped.
    let inserted = tx
        .conn()
        .execute(&sql, values)
        .map(|_| tx.conn().last_insert_rowid());
    let new_id = match inserted {
        Ok(n) => n,
        Err(e) if BEST_EFFORT.contains(&table) && is_constraint(&e) => return Ok(None),
        Err(e) if is_unique(&e) => {
            return Err(Error::invalid_said(
                "undo",
                name.in_message(Message::new("core-invalid-undo-clash")),
            ))
        }
        Err(e) if is_constraint(&e) => return Err(damaged(name, &e.to_string())),
        Err(e) => return Err(e.into()),
    };
    Ok(Some(new_id))
}

/// Counts a put-back row: its gifts in the kept name totals and its session
/// for a recount; how many records it was (0 for a row that is none).
fn count_put_back(
    tx: &LedgerTx<'_>,
    table: &str,
    cols: &[(String, Value)],
    new_id: i64,
    name: Named<'_>,
    sessions_touched: &mut Vec<i64>,
) -> Result<usize> {
    let int = |k: &str| {
        cols.iter().find_map(|(c, v)| match v {
            Value::Integer(i) if c == k => Some(*i),
            _ => None,
        })
    };
    let text = |k: &str| {
        cols.iter().find_map(|(c, v)| match v {
            Value::Text(t) if c == k => Some(t.as_str()),
            _ => None,
        })
    };
    Ok(match table {
        "gifts" => {
            let (Some(name), Some(count), Some(coins), Some(session)) = (
                text("gift_name"),
                int("count"),
                int("coins_each"),
                int("session_id"),
            ) else {
                return Err(damaged(
                    name,
                    "a gift without its name, count, price or session",
                ));
            };
            tx.count_names(name, text("sender"), count, coins.saturating_mul(count))?;
            sessions_touched.push(session);
            1
        }
        "sessions" => {
            sessions_touched.push(new_id);
            1
        }
        "withdrawals" | "adjustments" => 1,
        _ => 0,
    })
}

/// The error of a trash entry that does not read as one this version wrote.
fn damaged(name: Named<'_>, why: &str) -> Error {
    // `why` is the reader's own (English) detail: what is wrong inside a
    // copy only this build's reader made.
    Error::invalid_said(
        "undo",
        name.in_message(Message::new("core-invalid-undo-damaged").text("why", why)),
    )
}

/// One kept row: each column's name (the table's own) and value.
type Row = Vec<(String, Value)>;

/// A trash entry read strictly: each table's rows with their columns
/// checked against the table itself (names and kinds), and the sessions
/// its gifts must still belong to.
pub(super) struct Entry {
    tables: Vec<(&'static str, Vec<Row>)>,
    context: Vec<(i64, i64)>,
    said: Option<Message>,
}

/// Reads a trash entry's rows; `Err` says what is wrong with them.
pub(super) fn parse_entry(conn: &Connection, rows: &str) -> std::result::Result<Entry, String> {
    let Ok(Json::Object(tables)) = serde_json::from_str::<Json>(rows) else {
        return Err("not a JSON object".into());
    };
    let mut entry = Entry {
        tables: Vec::new(),
        context: Vec::new(),
        said: tables
            .get(SAID)
            .and_then(|m| serde_json::from_value(m.clone()).ok()),
    };
    for key in tables.keys() {
        if key != CONTEXT && key != SAID && !ORDER.contains(&key.as_str()) {
            return Err(format!(
                "an unknown table '{}'",
                key.chars().take(40).collect::<String>()
            ));
        }
    }
    if let Some(context) = tables.get(CONTEXT) {
        let Json::Array(list) = context else {
            return Err("its sessions are not a list".into());
        };
        for c in list {
            match (
                c.get("id").and_then(Json::as_i64),
                c.get("started_at").and_then(Json::as_i64),
            ) {
                (Some(id), Some(at)) => entry.context.push((id, at)),
                _ => return Err("a session without its id and start".into()),
            }
        }
    }
    for &table in ORDER {
        let Some(list) = tables.get(table) else {
            continue;
        };
        let Json::Array(list) = list else {
            return Err(format!("{table} is not a list"));
        };
        let columns = columns_of(conn, table).map_err(|e| e.to_string())?;
        let mut rows = Vec::with_capacity(list.len());
        for row in list {
            let Json::Object(obj) = row else {
                return Err(format!("a row of {table} is not an object"));
            };
            let mut cols = Vec::with_capacity(obj.len());
            for (k, v) in obj {
                let Some((name, integer)) = columns.iter().find(|(c, _)| c == k) else {
                    return Err(format!(
                        "{table} has no column '{}'",
                        k.chars().take(40).collect::<String>()
                    ));
                };
                let v = from_json(v).ok_or_else(|| format!("{table}.{name} holds no value"))?;
                let fits = match v {
                    Value::Null => true,
                    Value::Integer(_) => *integer,
                    Value::Text(_) => !*integer,
                    Value::Real(_) | Value::Blob(_) => false,
                };
                if !fits {
                    return Err(format!("{table}.{name} holds a value of the wrong kind"));
                }
                cols.push((name.clone(), v));
            }
            rows.push(cols);
        }
        entry.tables.push((table, rows));
    }
    Ok(entry)
}

/// A table's columns: each name, and whether it holds whole numbers.
fn columns_of(conn: &Connection, table: &str) -> Result<Vec<(String, bool)>> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info({table})"))?;
    let cols: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(cols
        .into_iter()
        .map(|(n, t)| (n, t.to_ascii_uppercase().contains("INT")))
        .collect())
}

fn id_of(cols: &[(String, Value)]) -> Option<i64> {
    cols.iter().find_map(|(k, v)| match (k.as_str(), v) {
        ("id", Value::Integer(i)) => Some(*i),
        _ => None,
    })
}

fn remap_parents(
    table: &str,
    cols: &mut [(String, Value)],
    new_ids: &HashMap<&str, HashMap<i64, i64>>,
) {
    for &(t, column, parent) in PARENTS {
        if t != table {
            continue;
        }
        for (k, v) in cols.iter_mut() {
            if k == column {
                if let Value::Integer(old) = v {
                    if let Some(new) = new_ids.get(parent).and_then(|m| m.get(old)) {
                        *v = Value::Integer(*new);
                    }
                }
            }
        }
    }
}

/// A record keeps the import it came with only while that import is still
/// in the ledger (undone since, it is the creator's own record now).
fn forget_gone_imports(conn: &Connection, cols: &mut [(String, Value)]) -> Result<()> {
    for (k, v) in cols.iter_mut() {
        if k == "import_id" || k == "prev_import_id" {
            if let Value::Integer(i) = v {
                let there: Option<i64> = conn
                    .query_row("SELECT 1 FROM imports WHERE id = ?1", [*i], |r| r.get(0))
                    .optional()?;
                if there.is_none() && k == "import_id" {
                    *v = Value::Null;
                }
            }
        }
    }
    Ok(())
}

fn is_constraint(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation)
}

fn is_unique(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
            || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{english, Localizer};
    use crate::model::{GiftInput, SessionInput};

    #[test]
    fn english_names_the_trash_exactly_as_it_always_did() {
        for (id, gifts) in [(2, 119), (1, 1), (7, 0), (12, 1500), (3, 1_234_567)] {
            assert_eq!(
                english(&session_name(id, gifts)),
                format!("session {id} and its {gifts} gifts")
            );
            assert_eq!(
                english(&gift_name(gifts, "Rose")),
                format!("{gifts} × Rose")
            );
            assert_eq!(english(&withdrawal_name(id)), format!("withdrawal {id}"));
        }
        let odd = "Love you 💕 {x} $count";
        assert_eq!(english(&gift_name(3, odd)), format!("3 × {odd}"));
    }

    fn ledger() -> (tempfile::TempDir, Store, i64) {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open(&dir.path().join("t.db")).expect("open");
        let session = store
            .add_session(&SessionInput {
                started_at: chrono::DateTime::from_timestamp(1_764_615_600, 0),
                ..SessionInput::default()
            })
            .expect("session");
        for count in [2, 3] {
            store
                .add_gift(&GiftInput {
                    session_id: session,
                    gift_name: "Rose".into(),
                    coins_each: Some(1),
                    count,
                    sender: None,
                    at: None,
                })
                .expect("gift");
        }
        (dir, store, session)
    }

    #[test]
    fn a_deleted_session_is_named_by_a_message_kept_with_it_and_said_on_restore() {
        let (_dir, mut store, session) = ledger();
        let deleted = store.delete_session(session, true).expect("delete");
        let said = session_name(session, 5);
        assert_eq!(deleted.label, format!("session {session} and its 5 gifts"));
        assert_eq!(deleted.said.as_ref(), Some(&said));
        let listed = store.trash().expect("trash");
        assert_eq!(listed[0].label, deleted.label);
        assert_eq!(listed[0].said.as_ref(), Some(&said));
        assert_eq!(
            Localizer::new("de").render(&said),
            format!("LIVE {session} mit 5 Geschenken")
        );
        let back = store.restore_deleted(deleted.undo, false).expect("restore");
        assert_eq!(
            (back.label, back.said, back.records),
            (deleted.label, Some(said), 3)
        );
    }

    #[test]
    fn an_entry_without_a_known_message_is_named_by_its_label_and_still_restores() {
        let (_dir, mut store, session) = ledger();
        let gift = store.gifts(session).expect("gifts")[0].id;
        let (_, deleted) = store.delete_gift(gift, true).expect("delete");
        assert_eq!(deleted.label, "2 × Rose");
        // As an older build kept it (no message), then as a newer build's
        // message this build does not know, then as no message at all.
        for said in [
            None,
            Some(json!({"id": "core-trash-later", "args": {}})),
            Some(json!(7)),
        ] {
            let rows: String = store
                .conn
                .query_row(
                    "SELECT rows FROM trash WHERE id = ?1",
                    [deleted.undo],
                    |r| r.get(0),
                )
                .expect("rows");
            let Ok(Json::Object(mut rows)) = serde_json::from_str::<Json>(&rows) else {
                panic!("rows are an object");
            };
            match &said {
                None => rows.remove(SAID),
                Some(s) => rows.insert(SAID.to_string(), s.clone()),
            };
            store
                .conn
                .execute(
                    "UPDATE trash SET rows = ?1 WHERE id = ?2",
                    params![Json::Object(rows).to_string(), deleted.undo],
                )
                .expect("update");
            let listed = store.trash().expect("trash");
            assert_eq!(
                (listed[0].label.as_str(), &listed[0].said),
                ("2 × Rose", &None)
            );
        }
        let back = store.restore_deleted(deleted.undo, false).expect("restore");
        assert_eq!(
            (back.label.as_str(), back.said, back.records),
            ("2 × Rose", None, 1)
        );
    }

    #[test]
    fn a_withdrawal_s_name_is_kept_too() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open(&dir.path().join("w.db")).expect("open");
        store
            .conn
            .execute(
                "INSERT INTO withdrawals (id, requested_at, diamonds, gross, fee, net, status) \
                 VALUES (3, 0, '0', '0', '0', '0', 'paid')",
                [],
            )
            .expect("withdrawal");
        let deleted = store.delete_withdrawal(3).expect("delete");
        assert_eq!(deleted.label, "withdrawal 3");
        assert_eq!(deleted.said, Some(withdrawal_name(3)));
        let back = store.restore_deleted(deleted.undo, false).expect("restore");
        assert_eq!(back.said, Some(withdrawal_name(3)));
    }
}
