//! The check that the page calls the app's commands by their real names and
//! arguments. The page's `invoke("name", { key })` calls are written by hand;
//! this reads them from `ui/src`, reads `generate_handler![…]` and every
//! `#[tauri::command]` fn from the app's sources, and names each drift:
//! a command the page calls that nobody registered, a registered command the
//! page never calls, an argument the page passes that the command does not
//! take, and one the command needs that the page leaves out.
//!
//! Tauri 2 hands a command's `snake_case` parameter to the page as a
//! `camelCase` key (unless the command says `rename_all = "snake_case"`),
//! fills `State`, `AppHandle`, windows and webviews itself, and reads an
//! absent key as `None` for an `Option` parameter. What the check cannot
//! read (a name or arguments that are not literals, a spread) is a drift
//! too, so it never passes by not looking.

mod page_side;
mod rust_side;
mod scan;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use page_side::calls;
use rust_side::{camel, rust_side, RustSide};

/// One argument of a command, as the page must name it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Arg {
    key: String,
    optional: bool,
}

/// A `#[tauri::command]` fn: the keys the page may pass.
#[derive(Debug)]
struct Command {
    args: Vec<Arg>,
}

/// One `invoke` in the page.
#[derive(Debug, PartialEq, Eq)]
struct Call {
    /// `file:line`, for the message.
    at: String,
    name: String,
    keys: Vec<String>,
}

/// Every drift between what the page calls and what the app answers.
fn drift(rust: &RustSide, page: &[Call]) -> Vec<String> {
    let (modules, registered) = rust;
    let mut problems = Vec::new();
    let mut answered: BTreeMap<String, &Command> = BTreeMap::new();
    for segments in registered {
        let Some((name, module)) = segments.split_last() else {
            continue;
        };
        let module = module.last().map_or("main", String::as_str);
        match modules.get(module).and_then(|m| m.get(name)) {
            Some(Ok(command)) => {
                answered.insert(name.clone(), command);
            }
            Some(Err(e)) => problems.push(format!("command `{name}` ({module}.rs): {e}")),
            None => problems.push(format!(
                "generate_handler! names `{}`, but {module}.rs has no #[tauri::command] fn `{name}`",
                segments.join("::")
            )),
        }
    }
    let mut called = BTreeSet::new();
    for call in page {
        called.insert(call.name.as_str());
        let Some(command) = answered.get(&call.name) else {
            problems.push(format!(
                "{}: calls `{}`, which no command registered in main.rs answers",
                call.at, call.name
            ));
            continue;
        };
        let takes: Vec<&str> = command.args.iter().map(|a| a.key.as_str()).collect();
        for key in &call.keys {
            if !takes.contains(&key.as_str()) {
                problems.push(format!(
                    "{}: `{}` is passed `{key}`, which it does not take (it takes: {})",
                    call.at,
                    call.name,
                    if takes.is_empty() {
                        "nothing".into()
                    } else {
                        takes.join(", ")
                    }
                ));
            }
        }
        for arg in command.args.iter().filter(|a| !a.optional) {
            if !call.keys.contains(&arg.key) {
                problems.push(format!(
                    "{}: `{}` needs `{}`, which the page does not pass",
                    call.at, call.name, arg.key
                ));
            }
        }
    }
    for name in answered.keys() {
        if !called.contains(name.as_str()) {
            problems.push(format!(
                "registered command `{name}` is never called by the page"
            ));
        }
    }
    problems
}

/// The app's `.rs` files by module name.
fn rust_files(dir: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("src-tauri/app/src read") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            let module = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let text = std::fs::read_to_string(&path).expect("a source file read");
            files.push((module.to_string(), text));
        }
    }
    files
}

/// The page's `.ts` files (not the generated bindings), by path.
fn page_files(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
    for entry in std::fs::read_dir(dir).expect("ui/src read") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "bindings") {
                page_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "ts") {
            let text = std::fs::read_to_string(&path).expect("a page file read");
            out.push((path, text));
        }
    }
}

/// The page's calls, each file named from the repository root.
fn page_calls(root: &Path, files: &[(PathBuf, String)]) -> Result<Vec<Call>, String> {
    let mut all = Vec::new();
    for (path, text) in files {
        let name = path
            .strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string();
        all.extend(calls(&name, text)?);
    }
    Ok(all)
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn real_sides() -> (RustSide, Vec<(PathBuf, String)>) {
    let rust = rust_side(&rust_files(&root().join("src-tauri/app/src"))).expect("the app parses");
    let mut page = Vec::new();
    page_files(&root().join("ui/src"), &mut page);
    (rust, page)
}

#[test]
fn the_page_calls_each_command_by_its_name_and_arguments() {
    let (rust, page) = real_sides();
    let calls = page_calls(root(), &page).unwrap_or_else(|e| panic!("ui/src: {e}"));
    let problems = drift(&rust, &calls);
    assert!(
        problems.is_empty(),
        "the page's invoke calls and the app's commands disagree:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn a_renamed_argument_in_a_copy_of_api_ts_is_named() {
    // The mistake Tauri never reports: a snake_case key is ignored, and an
    // Option parameter silently reads None.
    let (rust, mut page) = real_sides();
    let api = page
        .iter_mut()
        .find(|(p, _)| p.ends_with("ui/src/api.ts"))
        .expect("ui/src/api.ts");
    assert!(api.1.contains("dryRun, map, mappingName,"));
    api.1 = api.1.replace(
        "dryRun, map, mappingName,",
        "dryRun, map, mapping_name: mappingName,",
    );
    let problems = drift(&rust, &page_calls(root(), &page).expect("the copy parses"));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].contains("`import_file` is passed `mapping_name`, which it does not take"),
        "{problems:#?}"
    );
}

#[test]
fn each_kind_of_drift_is_named() {
    let main = r#"
        fn main() { tauri::Builder::default().invoke_handler(tauri::generate_handler![
            commands::one, commands::two, commands::gone, other::three,
        ]); }
    "#;
    let commands = r#"
        type L<'a> = State<'a, Ledger>;
        #[tauri::command]
        pub async fn one(app: AppHandle, ledger: L<'_>, dry_run: bool, note: Option<String>) {}
        #[tauri::command(async)]
        pub fn two(ids: Vec<i64>) {}
    "#;
    let other = r#"
        #[tauri::command(rename_all = "snake_case")]
        pub fn three(window: tauri::Window, file_name: String) {}
    "#;
    let rust = rust_side(&[
        ("main".into(), main.into()),
        ("commands".into(), commands.into()),
        ("other".into(), other.into()),
    ])
    .expect("the fixture parses");
    let page = r#"
        import { invoke } from "@tauri-apps/api/core";
        // invoke("commented", { out }) is no call.
        export const a = () => invoke<Map<string, [number, string]>>("one", { dry_run: true, ledger: 1 });
        export const b = (fileName: string) => invoke("three", { fileName, }); /* invoke("x") */
        export const c = () => invoke('missing');
    "#;
    let calls = calls("page.ts", page).expect("the page parses");
    assert_eq!(
        calls.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
        ["one", "three", "missing"]
    );
    assert_eq!(calls[0].at, "page.ts:4");
    let problems = drift(&rust, &calls);
    let want = [
        "generate_handler! names `commands::gone`, but commands.rs has no #[tauri::command] fn `gone`",
        "page.ts:4: `one` is passed `dry_run`, which it does not take (it takes: dryRun, note)",
        "page.ts:4: `one` is passed `ledger`, which it does not take (it takes: dryRun, note)",
        "page.ts:4: `one` needs `dryRun`, which the page does not pass",
        "page.ts:5: `three` is passed `fileName`, which it does not take (it takes: file_name)",
        "page.ts:5: `three` needs `file_name`, which the page does not pass",
        "page.ts:6: calls `missing`, which no command registered in main.rs answers",
        "registered command `two` is never called by the page",
    ];
    assert_eq!(problems, want);
}

#[test]
fn what_it_cannot_read_is_refused_not_skipped() {
    for (page, says) in [
        ("invoke(name)", "not a string literal"),
        ("invoke(\"a\", args)", "not an object literal"),
        (
            "invoke(\"a\", { ...args })",
            "cannot read the argument `...args`",
        ),
    ] {
        let e = calls("p.ts", page).expect_err(page);
        assert!(e.contains(says), "{page}: {e}");
    }
    let unknown = "#[tauri::command(rename = \"x\")] fn a() {}
        fn main() { generate_handler![a]; }";
    let rust = rust_side(&[("main".into(), unknown.into())]).expect("parses");
    let problems = drift(&rust, &[]);
    assert!(
        problems[0].contains("`rename = \"x\"` is not known"),
        "{problems:?}"
    );
}

#[test]
fn parameters_become_the_keys_tauri_reads() {
    assert_eq!(camel("mapping_name"), "mappingName");
    assert_eq!(camel("default_name"), "defaultName");
    assert_eq!(camel("id"), "id");
    assert_eq!(camel("silence_minutes"), "silenceMinutes");
}
