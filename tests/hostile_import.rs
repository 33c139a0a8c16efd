//! Hostile files through the real binary: what a file's shape may cost
//! (time, memory), what of its bytes may come back out (errors, terminal,
//! spreadsheets), and that a preview states what the import writes.
//! Every hostile file is built here at run time; none is committed.

mod common;

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::TestLedger;

/// How a bounded run of the binary ended.
struct Ran {
    /// Exit code; `None` when killed (time limit) or killed by a signal.
    code: Option<i32>,
    stdout: String,
    stderr: String,
    /// Peak resident memory of the run, MiB.
    peak_mib: u64,
    timed_out: bool,
}

/// Runs the CLI on `l` with a time limit, measuring its peak memory.
// The child is reaped by `wait4`, which also reports its peak memory.
#[allow(clippy::zombie_processes)]
fn run_bounded(l: &TestLedger, args: &[&str], limit: Duration) -> Ran {
    let out = l.dir.path().join("run.out");
    let err = l.dir.path().join("run.err");
    let child = common::liveledger()
        .arg("--db")
        .arg(&l.db)
        .args(args)
        .env_remove("LIVELEDGER_DB")
        .stdin(Stdio::null())
        .stdout(File::create(&out).expect("out file"))
        .stderr(File::create(&err).expect("err file"))
        .spawn()
        .expect("run liveledger");
    let pid = child.id() as libc::pid_t;
    let start = Instant::now();
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut timed_out = false;
    loop {
        // SAFETY: waits for our own child, with valid pointers.
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            break;
        }
        assert!(r == 0, "wait4 failed");
        if start.elapsed() > limit && !timed_out {
            timed_out = true;
            // SAFETY: our own child, not yet reaped.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    Ran {
        code,
        stdout: std::fs::read_to_string(&out).unwrap_or_default(),
        stderr: std::fs::read_to_string(&err).unwrap_or_default(),
        peak_mib: usage.ru_maxrss as u64 / 1024,
        timed_out,
    }
}

/// Imports `file` bounded in time; the run must end, refused or not.
fn import_bounded(l: &TestLedger, file: &Path, extra: &[&str]) -> Ran {
    let mut args = vec!["import", file.to_str().expect("utf-8 path")];
    args.extend_from_slice(extra);
    let ran = run_bounded(l, &args, Duration::from_secs(60));
    assert!(
        !ran.timed_out,
        "import {args:?} did not end within a minute"
    );
    ran
}

fn write(l: &TestLedger, name: &str, bytes: &[u8]) -> PathBuf {
    let p = l.dir.path().join(name);
    std::fs::write(&p, bytes).expect("write file");
    p
}

// ----- only regular files --------------------------------------------------

#[test]
fn only_regular_files_are_imported_and_nothing_blocks() {
    let l = TestLedger::new();
    let fifo = l.dir.path().join("pipe.csv");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    for (path, what, extra) in [
        (fifo.as_path(), "named pipe", &[][..]),
        (
            Path::new("/dev/zero"),
            "device",
            &["--format", "tiktok-data"][..],
        ),
        (
            Path::new("/dev/urandom"),
            "device",
            &["--format", "tiktok-data"][..],
        ),
        (Path::new("/dev/zero"), "device", &["--format", "json"][..]),
        (l.dir.path(), "folder", &[][..]),
    ] {
        let mut args = vec!["import", path.to_str().unwrap()];
        args.extend_from_slice(extra);
        let ran = run_bounded(&l, &args, Duration::from_secs(20));
        assert!(!ran.timed_out, "{args:?} hung");
        assert!(ran.code.is_some_and(|c| c != 0), "{args:?}: {}", ran.stderr);
        assert!(
            ran.stderr.contains(what) && ran.stderr.contains("only a regular file"),
            "{args:?}: {}",
            ran.stderr
        );
    }
}

// ----- memory and time are bounded ------------------------------------------

/// Peak memory any one import may take, whatever the file's shape.
const BUDGET_MIB: u64 = 256;

/// A zip holding `user_data.json` made of `parts` written one after another.
fn zip_of(l: &TestLedger, name: &str, parts: &mut dyn Iterator<Item = Vec<u8>>) -> PathBuf {
    let path = l.dir.path().join(name);
    let mut z = zip::ZipWriter::new(File::create(&path).expect("zip file"));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    z.start_file("TikTok/user_data.json", opts)
        .expect("zip entry");
    for p in parts {
        z.write_all(&p).expect("zip write");
    }
    z.finish().expect("zip finish");
    path
}

/// `n` copies of `unit`, in chunks of about 1 MiB.
fn repeated(unit: &'static [u8], n: usize) -> impl Iterator<Item = Vec<u8>> {
    let per = (1 << 20) / unit.len();
    (0..n.div_ceil(per)).map(move |i| unit.repeat(per.min(n - i * per)))
}

fn assert_refused_within_budget(ran: &Ran, says: &str) {
    assert!(
        ran.code.is_some_and(|c| c != 0),
        "not refused: {}",
        ran.stdout
    );
    assert!(ran.stderr.contains(says), "{}", ran.stderr);
    assert!(
        ran.peak_mib < BUDGET_MIB,
        "took {} MiB (budget {BUDGET_MIB}): {}",
        ran.peak_mib,
        ran.stderr
    );
}

#[test]
fn a_zip_whose_json_holds_one_huge_key_is_refused_within_memory() {
    let l = TestLedger::new();
    // 300 MiB of key, a few hundred KiB zipped.
    let mut parts = std::iter::once(b"{\"".to_vec())
        .chain(repeated(b"a", 300 << 20))
        .chain(std::iter::once(b"\": 1}".to_vec()));
    let zip = zip_of(&l, "export.zip", &mut parts);
    assert!(std::fs::metadata(&zip).unwrap().len() < 2 << 20);
    let ran = import_bounded(&l, &zip, &[]);
    assert_refused_within_budget(&ran, "longer than 1 MiB");
}

#[test]
fn a_zip_bomb_is_refused_by_its_ratio_before_it_is_read_through() {
    let l = TestLedger::new();
    // 300 MiB of white space inside valid JSON: a few hundred KiB zipped,
    // about a thousand times its packed size (JSON packs 5 to 30 times).
    let mut parts = std::iter::once(b"{\"Activity\": ".to_vec())
        .chain(repeated(b" ", 300 << 20))
        .chain(std::iter::once(b"{}}".to_vec()));
    let zip = zip_of(&l, "bomb.zip", &mut parts);
    let ran = import_bounded(&l, &zip, &[]);
    assert_refused_within_budget(&ran, "times its packed size");
}

#[test]
fn millions_of_empty_lives_are_refused_within_memory() {
    let l = TestLedger::new();
    let head = b"{\"Tiktok Live\": {\"Go Live History\": {\"GoLiveList\": [{}".to_vec();
    let tail = b"]}}}".to_vec();
    let mut parts = std::iter::once(head.clone())
        .chain(repeated(b",{}", 35_000_000))
        .chain(std::iter::once(tail.clone()));
    let zip = zip_of(&l, "lives.zip", &mut parts);
    let ran = import_bounded(&l, &zip, &[]);
    assert_refused_within_budget(&ran, "more than 100000 LIVE and wallet entries");
    // The same as plain JSON: 10 million entries in 30 MB.
    let mut json = head;
    for chunk in repeated(b",{}", 10_000_000) {
        json.extend_from_slice(&chunk);
    }
    json.extend_from_slice(&tail);
    let file = write(&l, "user_data.json", &json);
    let ran = import_bounded(&l, &file, &[]);
    assert_refused_within_budget(&ran, "more than 100000 LIVE and wallet entries");
}

#[test]
fn a_header_of_millions_of_columns_is_refused_within_memory() {
    let l = TestLedger::new();
    let mut csv = b"Date,Gift,Coins".to_vec();
    csv.extend(std::iter::repeat_n(b',', 4_000_000));
    csv.extend_from_slice(b"\n2026-01-01 20:00,Rose,1\n");
    let file = write(&l, "wide.csv", &csv);
    let ran = import_bounded(&l, &file, &[]);
    assert_refused_within_budget(&ran, "at most 1000");
}

/// A quote never closed makes the rest of the file one record (a quoted
/// field spans lines, and each line is short): 50 MB of short lines after
/// it is refused at the line the record starts on, quickly and within the
/// memory budget. The old code read all of it into one record before it
/// said anything, and then nothing about the quote.
#[test]
fn a_quote_never_closed_is_refused_at_its_line_within_memory() {
    let l = TestLedger::new();
    let mut csv = b"Date,Gift,Coins\n2026-01-01 20:00,Rose,1\n2026-01-01 20:01,\"Rose\n".to_vec();
    let line = [b"x".repeat(99), b"\n".to_vec()].concat();
    for _ in 0..500_000 {
        csv.extend_from_slice(&line);
    }
    let file = write(&l, "open-quote.csv", &csv);
    let started = Instant::now();
    let ran = import_bounded(&l, &file, &[]);
    let took = started.elapsed();
    assert_refused_within_budget(&ran, "line 3: a record starting here is longer than 4 MiB");
    assert!(ran.stderr.contains("never closed"), "{}", ran.stderr);
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

// ----- text is data ----------------------------------------------------------

/// The control characters in `out`, other than line breaks.
fn controls(out: &str) -> Vec<char> {
    out.chars()
        .filter(|c| c.is_control() && *c != '\n')
        .collect()
}

#[test]
fn csv_import_keeps_no_control_characters_and_the_cli_prints_none() {
    let l = TestLedger::new();
    let file = write(
        &l,
        "gifts.csv",
        b"Date,Gift,Coins,Count,Sender\n2026-01-05 20:00,Ro\x1b[31mse\x07,1,2,ev\x00il\x1b]0;pwned\x07\n",
    );
    l.ok(&["import", file.to_str().unwrap()]);
    let gifts = l.json(&["gift", "list", "--session", "1"]);
    assert_eq!(gifts[0]["gift_name"], "Ro [31mse", "{gifts}");
    assert_eq!(gifts[0]["sender"], "ev il ]0;pwned", "{gifts}");
    // Whatever the file holds (written behind the CLI's back), nothing
    // printed for a person carries a control character.
    l.ok(&[
        "withdraw",
        "--diamonds",
        "1",
        "--status",
        "cancelled",
        "--force",
    ]);
    l.ok(&["adjust", "--diamonds", "5", "--reason", "x"]);
    let db = rusqlite::Connection::open(&l.db).expect("open ledger");
    let evil = "a\u{1b}[2J\u{1b}]0;owned\u{7}b\u{0}c\u{9b}31m\r";
    for sql in [
        "UPDATE gifts SET gift_name = ?1, sender = ?1",
        "UPDATE sessions SET title = ?1, notes = ?1",
        "UPDATE withdrawals SET method = ?1, reference = ?1",
        "UPDATE adjustments SET reason = ?1",
    ] {
        db.execute(sql, [evil]).expect(sql);
    }
    drop(db);
    for args in [
        &["gift", "list", "--session", "1"][..],
        &["sessions"][..],
        &["withdrawals", "list"][..],
        &["adjustments"][..],
    ] {
        let out = l.ok(args);
        assert!(out.contains("a�[2J"), "{args:?} shows the text: {out}");
        assert_eq!(controls(&out), [] as [char; 0], "{args:?}: {out:?}");
    }
}

#[test]
fn text_longer_than_the_ledger_keeps_is_refused_on_every_import_path() {
    let l = TestLedger::new();
    let long = |n: usize| "x".repeat(n);
    let files = [
        (
            "name.csv",
            format!("Date,Gift,Coins,Count\n2026-01-05 20:00,{},1,1\n", long(5000)),
        ),
        (
            "sender.csv",
            format!(
                "Date,Gift,Coins,Count,Sender\n2026-01-05 20:00,Rose,1,1,{}\n",
                long(100_000)
            ),
        ),
        (
            "title.csv",
            format!(
                "Date,Title,Diamonds,Duration\n2026-01-05 20:00,{},10,1:00:00\n",
                long(5000)
            ),
        ),
        (
            "events.json",
            format!(
                "{{\"createTime\": 1767643200000, \"giftName\": \"{}\", \"diamondCount\": 1, \"repeatCount\": 1, \"giftType\": 2, \"uniqueId\": \"a\"}}\n",
                long(800)
            ),
        ),
    ];
    for (name, text) in files {
        let file = write(&l, name, text.as_bytes());
        let err = l.fails(&["import", file.to_str().unwrap()]);
        assert!(err.contains("at most 500"), "{name}: {err}");
        assert!(err.len() < 2000, "{name}: the error echoes the text");
    }
    let file = write(
        &l,
        "ok.csv",
        b"Date,Gift,Coins,Count\n2026-01-05 20:00,Rose,1,1\n",
    );
    let err = l.fails(&[
        "import",
        file.to_str().unwrap(),
        "--map",
        "date=Date,gift=Gift,coins=Coins,count=Count",
        "--mapping-name",
        &long(10_000),
    ]);
    assert!(err.contains("longer than 500"), "{err}");
    assert!(err.len() < 2000, "the error echoes the name");
    assert_eq!(l.json(&["sessions"]), serde_json::json!([]));
}

// ----- CSV export never writes a formula ------------------------------------

#[test]
fn csv_export_neutralises_formulas_and_reimports_the_exact_text() {
    let l = TestLedger::new();
    l.ok(&["demo", "load"]);
    let titles = [
        "=HYPERLINK(\"http://evil\",\"click\")",
        "'quoted on purpose",
        "'=both",
        "-minus",
    ];
    for (i, t) in titles.iter().enumerate() {
        let start = format!("2026-02-0{} 20:00", i + 1);
        let end = format!("2026-02-0{} 21:00", i + 1);
        let title = format!("--title={t}");
        l.ok(&[
            "session", "add", "--start", &start, "--end", &end, &title, "--notes", "@SUM(A1)",
        ]);
    }
    l.ok(&[
        "withdraw",
        "--diamonds",
        "10",
        "--status",
        "cancelled",
        "--method",
        "+cmd|' /C calc'!A0",
        "--reference",
        "@SUM(1+1)",
        "--force",
    ]);
    l.ok(&["adjust", "--diamonds", "5", "--reason", "=1+1"]);
    let csv = l.dir.path().join("export.csv");
    l.ok(&["export", "--format", "csv", "--out", csv.to_str().unwrap()]);
    let mut rdr = csv::Reader::from_path(&csv).expect("read export");
    let header = rdr.headers().expect("header").clone();
    let text_cols: Vec<usize> = [
        "title",
        "notes",
        "gift_name",
        "sender",
        "method",
        "reference",
        "reason",
    ]
    .iter()
    .map(|c| header.iter().position(|h| h == *c).expect("column"))
    .collect();
    for rec in rdr.records() {
        let rec = rec.expect("record");
        for &i in &text_cols {
            let cell = rec.get(i).unwrap_or("");
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a spreadsheet would run {cell:?}"
            );
        }
    }
    let m = TestLedger::new();
    m.ok(&["import", csv.to_str().unwrap()]);
    let texts = |l: &TestLedger| {
        let mut s: Vec<String> = l
            .json(&["sessions"])
            .as_array()
            .unwrap()
            .iter()
            .map(|s| format!("{} | {}", s["title"], s["notes"]))
            .collect();
        s.sort();
        (
            s,
            l.json(&["withdrawals", "list"]),
            l.json(&["adjustments"]),
        )
    };
    let (sessions, withdrawals, adjustments) = texts(&m);
    assert_eq!(
        (&sessions, &withdrawals, &adjustments),
        (&texts(&l).0, &texts(&l).1, &texts(&l).2)
    );
    for t in titles {
        assert!(
            sessions
                .iter()
                .any(|s| s.contains(&serde_json::json!(t).to_string())),
            "{t} not back as it was: {sessions:?}"
        );
    }
}

// ----- the preview states what the import writes ----------------------------

/// A decimal figure of a JSON report or summary.
fn num(v: &serde_json::Value) -> rust_decimal::Decimal {
    match v {
        serde_json::Value::String(s) => s.parse().expect("decimal"),
        serde_json::Value::Number(n) => n.to_string().parse().expect("number"),
        other => panic!("not a figure: {other}"),
    }
}

// ----- spreadsheets -----------------------------------------------------------

/// An .xlsx whose parts are `parts` (name, then its bytes in pieces),
/// beside the package files calamine needs.
fn xlsx_of(
    l: &TestLedger,
    name: &str,
    parts: Vec<(&str, &mut dyn Iterator<Item = Vec<u8>>)>,
) -> PathBuf {
    let path = l.dir.path().join(name);
    let mut z = zip::ZipWriter::new(File::create(&path).expect("zip file"));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    let fixed: [(&str, &str); 4] = [
        ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"),
    ];
    for (n, body) in fixed {
        z.start_file(n, opts).expect("zip entry");
        z.write_all(body.as_bytes()).expect("zip write");
    }
    for (n, bytes) in parts {
        z.start_file(n, opts).expect("zip entry");
        for b in bytes {
            z.write_all(&b).expect("zip write");
        }
    }
    z.finish().expect("zip finish");
    path
}

const SHEET_HEAD: &[u8] =
    b"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

#[test]
fn a_sheet_that_is_a_zip_bomb_is_refused_by_its_ratio() {
    let l = TestLedger::new();
    // 300 MiB of white space in the sheet's XML, a few hundred KiB zipped.
    let mut sheet = std::iter::once(SHEET_HEAD.to_vec())
        .chain(repeated(b" ", 300 << 20))
        .chain(std::iter::once(b"</sheetData></worksheet>".to_vec()));
    let path = xlsx_of(
        &l,
        "bomb.xlsx",
        vec![("xl/worksheets/sheet1.xml", &mut sheet)],
    );
    let ran = import_bounded(&l, &path, &[]);
    assert_refused_within_budget(&ran, "times its packed size");
}

#[test]
fn shared_strings_that_would_fill_memory_are_refused_before_they_are_read() {
    let l = TestLedger::new();
    // 60 MiB of empty strings: under the ratio's floor, yet 12 million
    // strings of 24 bytes each once read.
    let mut strings = std::iter::once(b"<sst>".to_vec())
        .chain(repeated(b"<si/>", 12 << 20))
        .chain(std::iter::once(b"</sst>".to_vec()));
    let mut sheet = std::iter::once(SHEET_HEAD.to_vec())
        .chain(std::iter::once(b"</sheetData></worksheet>".to_vec()));
    let path = xlsx_of(
        &l,
        "strings.xlsx",
        vec![
            ("xl/sharedStrings.xml", &mut strings),
            ("xl/worksheets/sheet1.xml", &mut sheet),
        ],
    );
    let ran = import_bounded(&l, &path, &[]);
    assert_refused_within_budget(&ran, "shared strings");
    // A count the file declares is never trusted: calamine reserves room for it.
    let mut lie =
        std::iter::once(b"<sst uniqueCount=\"1000000000000\"><si><t>a</t></si></sst>".to_vec());
    let mut sheet = std::iter::once(SHEET_HEAD.to_vec())
        .chain(std::iter::once(b"</sheetData></worksheet>".to_vec()));
    let path = xlsx_of(
        &l,
        "lie.xlsx",
        vec![
            ("xl/sharedStrings.xml", &mut lie),
            ("xl/worksheets/sheet1.xml", &mut sheet),
        ],
    );
    let ran = import_bounded(&l, &path, &[]);
    assert_refused_within_budget(&ran, "declares more shared strings");
}

#[test]
fn an_ods_whose_repeats_would_fill_memory_is_refused() {
    let l = TestLedger::new();
    let path = l.dir.path().join("repeats.ods");
    let mut z = zip::ZipWriter::new(File::create(&path).expect("zip file"));
    let opts = zip::write::SimpleFileOptions::default();
    z.start_file("mimetype", opts).unwrap();
    z.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    z.start_file("content.xml", opts).unwrap();
    // A few hundred bytes asking for 100 million cells.
    z.write_all(b"<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:spreadsheet><table:table table:name=\"S\"><table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"100\" office:value-type=\"float\" office:value=\"1\"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>").unwrap();
    z.finish().unwrap();
    let ran = import_bounded(&l, &path, &[]);
    assert_refused_within_budget(&ran, "more than 160 MiB of memory");
}

#[test]
fn an_xlsx_that_is_something_else_is_named_for_what_it_is() {
    let l = TestLedger::new();
    // Random bytes, an OLE header with nothing behind it, a zip of photos.
    let noise = write(&l, "noise.xlsx", &[0x89, b'P', b'N', b'G', 0, 1, 2, 3]);
    let ran = import_bounded(&l, &noise, &[]);
    assert!(ran.code.is_some_and(|c| c != 0));
    let ole = write(
        &l,
        "broken.xls",
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 and nothing an OLE file needs",
    );
    let ran = import_bounded(&l, &ole, &[]);
    assert_refused_within_budget(&ran, "OLE compound file");
    let mut photo = std::iter::once(vec![0u8; 64]);
    let path = l.dir.path().join("photos.xlsx");
    let mut z = zip::ZipWriter::new(File::create(&path).expect("zip file"));
    z.start_file("DCIM/0001.jpg", zip::write::SimpleFileOptions::default())
        .unwrap();
    for p in &mut photo {
        z.write_all(&p).unwrap();
    }
    z.finish().unwrap();
    let ran = import_bounded(&l, &path, &[]);
    assert_refused_within_budget(&ran, "a zip of 1 file: DCIM/0001.jpg");
    assert!(!ran.stderr.contains("user_data.json"), "{}", ran.stderr);
}

#[test]
fn the_preview_of_every_sample_equals_what_its_import_writes_on_a_ledger_with_data() {
    let mut samples: Vec<PathBuf> = ["assets/samples", "assets/samples/sheets"]
        .iter()
        .flat_map(|d| std::fs::read_dir(common::root().join(d)).expect("samples"))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e != "md" && e != "py"))
        .collect();
    samples.sort();
    assert!(samples.len() > 20);
    let mut tiktok = 0;
    for file in &samples {
        let l = TestLedger::new();
        l.ok(&["demo", "load"]);
        let before = l.contents();
        let summary_before = l.summary();
        let path = file.to_str().unwrap();
        let preview = l.run(&["import", path, "--dry-run", "--json"]);
        assert_eq!(l.contents(), before, "{path}: the preview wrote");
        let real = l.run(&["import", path, "--json"]);
        assert_eq!(preview.status.success(), real.status.success(), "{path}");
        if !real.status.success() {
            assert_eq!(preview.stderr, real.stderr, "{path}");
            continue;
        }
        let mut p: serde_json::Value = serde_json::from_slice(&preview.stdout).unwrap();
        let mut r: serde_json::Value = serde_json::from_slice(&real.stdout).unwrap();
        assert_eq!(p["dry_run"], true);
        assert_eq!(r["dry_run"], false);
        for k in ["dry_run", "import_id"] {
            p.as_object_mut().unwrap().remove(k);
            r.as_object_mut().unwrap().remove(k);
        }
        assert_eq!(p, r, "{path}: the preview differs from the import");
        let after = l.summary();
        let change = |k: &str| num(&after[k]) - num(&summary_before[k]);
        assert_eq!(
            change("diamonds_earned"),
            num(&r["diamonds_added"]),
            "{path}: the ledger's earned diamonds moved by another amount than reported"
        );
        assert_eq!(
            after["sessions"].as_i64().unwrap() - summary_before["sessions"].as_i64().unwrap(),
            r["sessions_added"].as_i64().unwrap(),
            "{path}"
        );
        if r["format"] == "tiktok-data" {
            tiktok += 1;
            assert!(
                num(&r["diamonds_added"]) > rust_decimal::Decimal::ZERO,
                "{path}"
            );
        }
    }
    assert_eq!(
        tiktok, 4,
        "the JSON and the zip TikTok export, and the two TXT downloads"
    );
}

// ----- the rest of what an error or a report may say -------------------------

#[test]
fn errors_quote_only_what_the_import_understood() {
    let l = TestLedger::new();
    let key = write(
        &l,
        "id_ed25519",
        b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n",
    );
    for extra in [
        &[][..],
        &["--format", "json"][..],
        &["--format", "tiktok-data"][..],
        &["--map", "date=nope"][..],
    ] {
        let mut args = vec!["import", key.to_str().unwrap()];
        args.extend_from_slice(extra);
        let err = l.fails(&args);
        assert!(
            !err.contains("BEGIN") && !err.contains("b3Bl"),
            "{extra:?} echoes the file: {err}"
        );
    }
    // A timezone is echoed cut short, a garbage one in the file is an error.
    let err = l.fails(&["settings", "set", "timezone", &"Z".repeat(100_000)]);
    assert!(err.len() < 1000, "{} bytes", err.len());
    let db = rusqlite::Connection::open(&l.db).expect("open");
    db.execute(
        "UPDATE settings SET value = 'Mars/Olympus' WHERE key = 'timezone'",
        [],
    )
    .expect("garbage tz");
    drop(db);
    let err = l.fails(&["summary"]);
    assert!(
        err.contains("Mars/Olympus") && err.contains("not a time zone"),
        "{err}"
    );
}

#[test]
fn json_reports_claim_no_delimiter_and_offsets_stay_within_18_hours() {
    let l = TestLedger::new();
    let out = l.ok(&[
        "import",
        common::sample("tiktok-data-export.zip").to_str().unwrap(),
        "--dry-run",
    ]);
    assert!(
        !out.contains("-separated") && !out.contains("header on line"),
        "{out}"
    );
    assert!(out.contains("adds 0 coins, 6950 diamonds"), "{out}");
    for at in [
        "2026-01-05T20:00:00+25:00",
        "2026-01-05 20:00+19:00",
        "2026-01-05T20:00:00-18:30",
    ] {
        let err = l.fails(&["session", "add", "--start", at]);
        assert!(err.contains("beyond ±18:00"), "{at}: {err}");
    }
    l.ok(&["session", "add", "--start", "2026-01-05T20:00:00+14:00"]);
}
