//! The layering the architecture promises, checked on the source: SQL lives
//! only in `store/`, and no module uses one that sits above it.

use std::path::{Path, PathBuf};

/// Each top-level module of the core and its layer: a module may use
/// modules of its own layer or below, never above.
const LAYERS: &[(&str, u8)] = &[
    ("error", 0),
    ("money", 0),
    ("dates", 0),
    ("catalog", 0),
    ("paths", 0),
    ("table", 0),
    // Languages and the catalogs' words: pure, read by the faces.
    ("l10n", 0),
    ("rates", 1),
    ("model", 2),
    ("events", 2),
    ("forms", 2),
    // The ledger as the reports read it: pure data, built by the store.
    ("snapshot", 3),
    // Pure functions of a snapshot: never the store.
    ("report", 4),
    // The one module that holds SQL and the kept totals.
    ("store", 5),
    // Ingest, side by side: capture uses only import's front door (see
    // `capture_uses_only_the_front_door_of_import`).
    ("import", 6),
    ("capture", 6),
    ("demo", 7),
    ("export", 7),
    ("cli", 8),
    ("capture_cli", 8),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read source dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The top-level module a file of the core belongs to.
fn module_of(file: &Path) -> String {
    let rel = file.strip_prefix(src()).expect("under src");
    let first = rel.components().next().expect("a component");
    first
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_string()
}

#[test]
fn sql_is_written_only_in_the_store() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src"),
        &mut files,
    );
    let sql = [
        "\"SELECT ",
        "\"INSERT ",
        "\"UPDATE ",
        "\"DELETE ",
        "\"CREATE ",
        "\"PRAGMA ",
        "\"WITH ",
        ".execute(",
        ".execute_batch(",
        ".query_row(",
        ".prepare(",
        ".prepare_cached(",
        "pragma_update(",
    ];
    let mut found = Vec::new();
    for f in &files {
        if f.starts_with(src().join("store")) || f.ends_with("layers.rs") {
            continue;
        }
        let text = std::fs::read_to_string(f).expect("read source");
        for (n, line) in text.lines().enumerate() {
            if sql.iter().any(|s| line.contains(s)) {
                found.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "SQL outside store/:\n{}",
        found.join("\n")
    );
}

/// Whether a line of a source file names SQLite's crate.
fn names_sqlite(line: &str) -> bool {
    line.contains("rusqlite")
}

#[test]
fn only_the_store_reaches_sqlite() {
    // The store's connection is private to it: other modules write through
    // a `store::LedgerTx` they hand back, never a connection of their own.
    // `error` converts SQLite's errors into the ledger's.
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src"),
        &mut files,
    );
    let mut found = Vec::new();
    for f in &files {
        if f.starts_with(src().join("store")) || f.ends_with("layers.rs") || f.ends_with("error.rs")
        {
            continue;
        }
        let text = std::fs::read_to_string(f).expect("read source");
        for line in non_test_lines(&text) {
            if names_sqlite(line) {
                found.push(format!("{}: {}", f.display(), line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "SQLite outside store/:\n{}",
        found.join("\n")
    );
}

/// Where `path` names a submodule of `module` (`crate::import::sniff::…`,
/// or `crate::import::{parse::…}`), the submodule's name.
fn reaches_inside<'a>(line: &'a str, module: &str, submodules: &[String]) -> Option<&'a str> {
    let door = format!("crate::{module}::");
    let at = line.find(&door)? + door.len();
    let rest = &line[at..];
    let rest = rest.strip_prefix('{').unwrap_or(rest);
    submodules
        .iter()
        .find(|m| {
            rest.split([',', ' ', '{']).any(|part| {
                part.trim()
                    .strip_prefix(m.as_str())
                    .is_some_and(|r| r.starts_with("::"))
            })
        })
        .map(|m| &line[line.find(m.as_str()).unwrap_or(0)..][..m.len()])
}

#[test]
fn capture_uses_only_the_front_door_of_import() {
    // Capture and import are ingest side by side: capture may use what
    // import's mod.rs offers (`crate::import::X`), never reach into its
    // parts, whose shape is import's own business.
    let submodules: Vec<String> = std::fs::read_dir(src().join("import"))
        .expect("import dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() || p.extension().is_some_and(|x| x == "rs"))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .filter(|m| m != "mod")
        .collect();
    let mut files = Vec::new();
    rust_files(&src().join("capture"), &mut files);
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read source");
        for line in non_test_lines(&text) {
            if let Some(m) = reaches_inside(line, "import", &submodules) {
                found.push(format!(
                    "{}: reaches import::{m}: {}",
                    f.display(),
                    line.trim()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "capture reaches inside import:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_front_door_rule_sees_a_path_inside() {
    let subs = vec!["parse".to_string(), "sniff".to_string()];
    assert_eq!(
        reaches_inside("use crate::import::parse::{parse_bool};", "import", &subs),
        Some("parse")
    );
    assert_eq!(
        reaches_inside(
            "use crate::import::{sniff::detect, Columns};",
            "import",
            &subs
        ),
        Some("sniff")
    );
    assert_eq!(
        reaches_inside("use crate::import::{Columns, Field};", "import", &subs),
        None
    );
    assert_eq!(
        reaches_inside("crate::import::parse_bool(s)", "import", &subs),
        None
    );
}

#[test]
fn no_module_uses_one_above_it() {
    let layer = |m: &str| LAYERS.iter().find(|(n, _)| *n == m).map(|(_, l)| *l);
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut found = Vec::new();
    for f in &files {
        let m = module_of(f);
        let Some(own) = layer(&m) else { continue };
        let text = std::fs::read_to_string(f).expect("read source");
        for (n, line) in text.lines().enumerate() {
            for (used, _) in LAYERS {
                let path = format!("crate::{used}");
                let at = line.find(&path);
                let whole = at.is_some_and(|i| {
                    !line[i + path.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
                });
                if whole && *used != m && layer(used).is_some_and(|l| l > own) {
                    found.push(format!(
                        "{}:{}: {m} uses {used}: {}",
                        f.display(),
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "a module uses one above it:\n{}",
        found.join("\n")
    );
}

/// The most lines of code (not blank, not a comment, not a test) one
/// source file may hold.
const MAX_FILE_LINES: usize = 700;
/// The most lines of code one function may hold.
const MAX_FN_LINES: usize = 100;

/// Whether a line is code: not blank and not a comment.
fn is_code(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && !t.starts_with("//")
}

/// The lines of a source file that are not tests: everything before a
/// `#[cfg(test)]` module at the top level (rustfmt puts items at column 0).
fn non_test_lines(text: &str) -> Vec<&str> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let starts_test =
            lines[i] == "#[cfg(test)]" && lines.get(i + 1).is_some_and(|l| l.starts_with("mod "));
        if starts_test {
            // `mod x;` (a test file of its own) or `mod x {` up to its `}`.
            if lines[i + 1].ends_with('{') {
                i += 2;
                while i < lines.len() && lines[i] != "}" {
                    i += 1;
                }
                i += 1;
            } else {
                i += 2;
            }
            continue;
        }
        out.push(lines[i]);
        i += 1;
    }
    out
}

/// Each function of `lines` with its length in code lines: a `fn` line and
/// its body up to the `}` at the same indentation (as rustfmt writes it).
fn functions<'a>(lines: &[&'a str]) -> Vec<(&'a str, usize)> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        let indent = &line[..line.len() - t.len()];
        let head = t
            .trim_start_matches("pub(crate) ")
            .trim_start_matches("pub(super) ")
            .trim_start_matches("pub ")
            .trim_start_matches("const ")
            .trim_start_matches("async ");
        let Some(name) = head.strip_prefix("fn ") else {
            continue;
        };
        // A signature without a body (a trait's method) ends in `;` before
        // any line opens a body, even when it spans several lines.
        let body = lines[i..]
            .iter()
            .map(|l| l.trim_end())
            .find(|l| l.ends_with('{') || l.ends_with(';') || l.ends_with('}'));
        // `;`: no body; `}`: a body on the signature's own line.
        if body.is_none_or(|l| !l.ends_with('{')) {
            continue;
        }
        let close = format!("{indent}}}");
        let Some(len) = lines[i..].iter().position(|l| *l == close) else {
            continue;
        };
        let name = name.split(['(', '<']).next().unwrap_or(name);
        let n = lines[i..=i + len].iter().filter(|l| is_code(l)).count();
        out.push((name, n));
    }
    out
}

#[test]
fn files_and_functions_stay_small() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src"),
        &mut files,
    );
    // Whole files of tests, named by `#[cfg(test)] mod x;` in their parent.
    let test_files = ["import/fuzz.rs", "report/fixtures.rs", "layers.rs"];
    let mut found = Vec::new();
    for f in &files {
        if test_files.iter().any(|t| f.ends_with(t)) {
            continue;
        }
        let text = std::fs::read_to_string(f).expect("read source");
        let lines = non_test_lines(&text);
        let code = lines.iter().filter(|l| is_code(l)).count();
        if code > MAX_FILE_LINES {
            found.push(format!("{}: {code} lines of code", f.display()));
        }
        for (name, n) in functions(&lines) {
            if n > MAX_FN_LINES {
                found.push(format!("{}: fn {name} is {n} lines", f.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "over {MAX_FILE_LINES} lines a file or {MAX_FN_LINES} a function:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_size_rule_sees_a_long_function_and_skips_tests() {
    let mut src =
        String::from("fn short() {\n    a();\n}\n\npub(crate) fn long(\n    x: u8,\n) -> u8 {\n");
    for _ in 0..150 {
        src.push_str("    b();\n    // why\n\n");
    }
    src.push_str("}\n\n#[cfg(test)]\nmod tests {\n    fn huge() {\n");
    for _ in 0..500 {
        src.push_str("        c();\n");
    }
    src.push_str("    }\n}\nfn after() {}\n");
    // A trait method without a body, its signature on several lines, then
    // one with a body: only the second is measured.
    src.push_str(
        "trait T {\n    fn m(\n        &self,\n    ) -> u8;\n    fn n(&self) -> u8 {\n        1\n    }\n}\n",
    );
    let lines = non_test_lines(&src);
    assert_eq!(
        functions(&lines),
        vec![("short", 3), ("long", 154), ("n", 3)],
        "a one-line fn, or one without a body, is not measured"
    );
    // 3 + 154 + `fn after() {}` + the trait's 8 lines.
    assert_eq!(lines.iter().filter(|l| is_code(l)).count(), 166);
    assert!(
        lines.contains(&"fn after() {}"),
        "code after the tests counts"
    );
}
