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
    ("rates", 1),
    ("model", 2),
    ("events", 2),
    ("forms", 2),
    ("store", 3),
    ("report", 3),
    ("import", 3),
    ("capture", 3),
    ("demo", 4),
    ("export", 4),
    ("cli", 5),
    ("capture_cli", 5),
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
