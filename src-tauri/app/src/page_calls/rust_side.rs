//! What the app answers: `generate_handler![…]` in `main.rs` and each
//! `#[tauri::command]` fn's parameters, as the page must name them.

use std::collections::BTreeMap;

use super::scan::{find_word, generics_end, group_end, skip_space, top_level};
use super::{Arg, Command};

/// Parameters Tauri fills itself: the page never passes them.
const INJECTED: &[&str] = &[
    "State",
    "AppHandle",
    "Window",
    "WebviewWindow",
    "Webview",
    "Request",
    "CommandScope",
    "GlobalScope",
];

/// `snake_case` → `camelCase`, as Tauri's macro (heck's lower camel case)
/// turns a parameter into the page's key.
pub(super) fn camel(snake: &str) -> String {
    let mut out = String::new();
    for (i, part) in snake.split('_').filter(|p| !p.is_empty()).enumerate() {
        let part = part.to_lowercase();
        if i == 0 {
            out.push_str(&part);
        } else {
            let mut chars = part.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        }
    }
    out
}

/// Rust source with its comments, string and char literals and lifetimes'
/// quotes blanked (same length, so an offset in it is one in the text):
/// what is left is code, and a fixture in a string is never read as a command.
fn rust_code(text: &str) -> Vec<char> {
    let src: Vec<char> = text.chars().collect();
    let mut out = src.clone();
    let blank = |out: &mut Vec<char>, from: usize, to: usize| {
        for c in &mut out[from..to.min(src.len())] {
            if *c != '\n' {
                *c = ' ';
            }
        }
    };
    let mut i = 0;
    while i < src.len() {
        let rest = |k: usize| src.get(i + k).copied();
        let end = match src[i] {
            '/' if rest(1) == Some('/') => (i..src.len())
                .find(|&j| src[j] == '\n')
                .unwrap_or(src.len()),
            '/' if rest(1) == Some('*') => (i + 2..src.len())
                .find(|&j| src[j - 1] == '*' && src[j] == '/')
                .map_or(src.len(), |j| j + 1),
            // r"…", r#"…"#, br"…": ends at the quote and as many #.
            'r' if (i == 0
                || src[i - 1] == 'b'
                || !(src[i - 1].is_alphanumeric() || src[i - 1] == '_'))
                && matches!(rest(1), Some('"') | Some('#')) =>
            {
                let hashes = (i + 1..src.len()).take_while(|&j| src[j] == '#').count();
                if src.get(i + 1 + hashes) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let close: Vec<char> = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                (i + 2 + hashes..src.len())
                    .find(|&j| src[j..].starts_with(&close))
                    .map_or(src.len(), |j| j + close.len())
            }
            '"' => {
                let mut j = i + 1;
                while j < src.len() && src[j] != '"' {
                    j += if src[j] == '\\' { 2 } else { 1 };
                }
                j + 1
            }
            // A char literal ('x', '\n', '\''), else a lifetime's quote.
            '\'' if rest(1) == Some('\\') => (i + 3..src.len())
                .find(|&j| src[j] == '\'')
                .map_or(src.len(), |j| j + 1),
            '\'' if rest(2) == Some('\'') => i + 3,
            '\'' => i + 1,
            _ => {
                i += 1;
                continue;
            }
        };
        blank(&mut out, i, end);
        i = end.max(i + 1);
    }
    out
}

/// The names in a path (`tauri :: State < 'a, T >` → tauri, State), up to
/// its type arguments; a reference's `&` and `mut` dropped.
fn path_names(ty: &str) -> Vec<String> {
    let ty = ty.trim().trim_start_matches('&').trim();
    let ty = ty.strip_prefix("mut ").unwrap_or(ty);
    let head = ty.split('<').next().unwrap_or("");
    head.split("::")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The last name of a type's path, with the file's `type` aliases followed
/// (`L<'_>` is `State<'_, OpenLedger>`).
fn type_name(ty: &str, aliases: &BTreeMap<String, String>) -> String {
    let mut name = path_names(ty).pop().unwrap_or_default();
    for _ in 0..8 {
        match aliases.get(&name) {
            Some(target) => name = path_names(target).pop().unwrap_or_default(),
            None => break,
        }
    }
    name
}

/// Whether a `#[tauri::command(…)]` attribute's settings name the page's
/// keys in camelCase; `Err` for a setting this check does not know.
fn command_case(settings: &str) -> Result<bool, String> {
    let mut camel_case = true;
    for part in settings.split(',') {
        let part = part.trim();
        let setting: Vec<&str> = part.splitn(2, '=').map(str::trim).collect();
        match setting.as_slice() {
            [""] | ["async"] | ["root", _] => {}
            ["rename_all", "\"snake_case\""] => camel_case = false,
            ["rename_all", "\"camelCase\""] => camel_case = true,
            _ => return Err(format!("`{part}` is not known to this check")),
        }
    }
    Ok(camel_case)
}

/// The page's keys of one command fn, from the text between its parentheses.
fn command_args(
    params: &[char],
    camel_case: bool,
    aliases: &BTreeMap<String, String>,
) -> Result<Vec<Arg>, String> {
    let mut args = Vec::new();
    for param in top_level(params) {
        let Some((pattern, ty)) = param.split_once(':') else {
            return Err(format!("takes `{param}`"));
        };
        let pattern = pattern.trim();
        let raw = pattern.strip_prefix("mut ").unwrap_or(pattern).trim();
        if raw.is_empty() || !raw.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return Err(format!("has a parameter `{pattern}` that is not a name"));
        }
        let name = type_name(ty, aliases);
        if INJECTED.contains(&name.as_str()) {
            continue;
        }
        args.push(Arg {
            key: if camel_case {
                camel(raw)
            } else {
                raw.to_string()
            },
            optional: name == "Option",
        });
    }
    Ok(args)
}

/// Every `#[tauri::command]` fn of one file, by fn name.
fn file_commands(text: &str) -> Result<BTreeMap<String, Result<Command, String>>, String> {
    let src: Vec<char> = text.chars().collect();
    let code = rust_code(text);
    let mut aliases = BTreeMap::new();
    let mut at = 0;
    while let Some(i) = find_word(&code, "type", at) {
        at = i + 4;
        let Some(semi) = (i..code.len()).find(|&j| code[j] == ';') else {
            break;
        };
        let item: String = code[i + 4..semi].iter().collect();
        if let Some((name, target)) = item.split_once('=') {
            let name = name.split('<').next().unwrap_or("").trim().to_string();
            aliases.insert(name, target.trim().to_string());
        }
    }
    let mut found = BTreeMap::new();
    let mut at = 0;
    while let Some(i) = (at..code.len()).find(|&j| code[j] == '#' && code.get(j + 1) == Some(&'['))
    {
        let end = group_end(&code, i + 1).ok_or("an unclosed attribute")?;
        at = end;
        let inner = &code[i + 2..end - 1];
        let paren = inner.iter().position(|&c| c == '(');
        let path: String = inner[..paren.unwrap_or(inner.len())]
            .iter()
            .filter(|c| !c.is_whitespace())
            .collect();
        if path != "tauri::command" && path != "command" {
            continue;
        }
        // Read from the text: the blanked code has no string values.
        let settings: String = match (paren, inner.iter().rposition(|&c| c == ')')) {
            (Some(open), Some(close)) if open < close => {
                src[i + 3 + open..i + 2 + close].iter().collect()
            }
            _ => String::new(),
        };
        let Some(f) = find_word(&code, "fn", end) else {
            return Err("a #[tauri::command] without its fn".into());
        };
        let name_start = skip_space(&code, f + 2);
        let name: String = code[name_start..]
            .iter()
            .take_while(|c| c.is_alphanumeric() || **c == '_')
            .collect();
        let mut open = skip_space(&code, name_start + name.len());
        if code.get(open) == Some(&'<') {
            open = skip_space(&code, generics_end(&code, open).ok_or("unclosed generics")?);
        }
        let close = group_end(&code, open).ok_or(format!("fn {name}: no parameters"))?;
        let command = command_case(&settings)
            .and_then(|camel_case| command_args(&code[open + 1..close - 1], camel_case, &aliases))
            .map(|args| Command { args });
        found.insert(name, command);
    }
    Ok(found)
}

/// The paths in `main.rs`'s `generate_handler![…]`, each as its names.
fn handlers(text: &str) -> Result<Vec<Vec<String>>, String> {
    let code = rust_code(text);
    let i = find_word(&code, "generate_handler", 0)
        .ok_or("main.rs registers no command (no generate_handler![…])")?;
    let open = skip_space(&code, i + "generate_handler".len() + 1);
    let close = group_end(&code, open).ok_or("generate_handler! is not closed")?;
    Ok(top_level(&code[open + 1..close - 1])
        .iter()
        .map(|p| path_names(p))
        .collect())
}

/// The app's Rust side: each source file's module name (`commands` for
/// `commands.rs`, `main` for `main.rs`) → its commands; and the registered
/// paths from `main.rs`.
pub(super) type RustSide = (
    BTreeMap<String, BTreeMap<String, Result<Command, String>>>,
    Vec<Vec<String>>,
);

pub(super) fn rust_side(files: &[(String, String)]) -> Result<RustSide, String> {
    let mut modules = BTreeMap::new();
    let mut registered = None;
    for (module, text) in files {
        modules.insert(
            module.clone(),
            file_commands(text).map_err(|e| format!("{module}.rs: {e}"))?,
        );
        if module == "main" {
            registered = Some(handlers(text)?);
        }
    }
    Ok((modules, registered.ok_or("no main.rs")?))
}
