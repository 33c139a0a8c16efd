//! What the page calls: every `invoke("name", { key })` in a TypeScript file.

use super::scan::{generics_end, group_end, skip_space, string_end};
use super::Call;

/// `text` with every comment blanked (strings kept), so the offsets and
/// line numbers stay those of the file.
fn without_comments(text: &str) -> Vec<char> {
    let mut out: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut quote: Option<char> = None;
    while i < out.len() {
        let c = out[i];
        match quote {
            Some(q) => {
                if c == '\\' {
                    i += 1;
                } else if c == q || (c == '\n' && q != '`') {
                    // A quote in a regex literal ends at its line, not later.
                    quote = None;
                }
                i += 1;
            }
            None if c == '"' || c == '\'' || c == '`' => {
                quote = Some(c);
                i += 1;
            }
            None if c == '/' && out.get(i + 1) == Some(&'/') => {
                while i < out.len() && out[i] != '\n' {
                    out[i] = ' ';
                    i += 1;
                }
            }
            None if c == '/' && out.get(i + 1) == Some(&'*') => {
                while i < out.len() && !(out[i] == '*' && out.get(i + 1) == Some(&'/')) {
                    if out[i] != '\n' {
                        out[i] = ' ';
                    }
                    i += 1;
                }
                for _ in 0..2 {
                    if i < out.len() {
                        out[i] = ' ';
                        i += 1;
                    }
                }
            }
            None => i += 1,
        }
    }
    out
}

/// The keys of an object literal's text (between its braces), split at its
/// top-level commas.
fn object_keys(body: &[char]) -> Result<Vec<String>, String> {
    let mut keys = Vec::new();
    let mut start = 0;
    let mut j = 0;
    let mut entries = Vec::new();
    while j <= body.len() {
        if j == body.len() || body[j] == ',' {
            entries.push(body[start..j].iter().collect::<String>());
            start = j + 1;
            j += 1;
            continue;
        }
        j = match body[j] {
            '"' | '\'' | '`' => string_end(body, j).ok_or("an unclosed string")?,
            '(' | '[' | '{' => group_end(body, j).ok_or("an unclosed bracket")?,
            _ => j + 1,
        };
    }
    for entry in entries {
        let entry = entry.trim();
        if entry.is_empty() {
            continue;
        }
        let key = entry.split(':').next().unwrap_or("").trim();
        let key = key.trim_matches(|c| c == '"' || c == '\'');
        let is_name = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
            && !key.starts_with(|c: char| c.is_ascii_digit());
        if !is_name {
            return Err(format!("cannot read the argument `{entry}`"));
        }
        keys.push(key.to_string());
    }
    Ok(keys)
}

/// Every `invoke(…)` call in one TypeScript file.
pub(super) fn calls(file: &str, text: &str) -> Result<Vec<Call>, String> {
    let code = without_comments(text);
    let line = |i: usize| 1 + code[..i].iter().filter(|&&c| c == '\n').count();
    let word: Vec<char> = "invoke".chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i + word.len() <= code.len() {
        let at_word = code[i..i + word.len()] == word[..]
            && (i == 0 || !(code[i - 1].is_alphanumeric() || code[i - 1] == '_'))
            && code
                .get(i + word.len())
                .is_none_or(|c| !(c.is_alphanumeric() || *c == '_'));
        if !at_word {
            i += 1;
            continue;
        }
        let at = format!("{file}:{}", line(i));
        let mut j = skip_space(&code, i + word.len());
        if code.get(j) == Some(&'<') {
            j = skip_space(
                &code,
                generics_end(&code, j).ok_or(format!("{at}: unclosed <…>"))?,
            );
        }
        if code.get(j) != Some(&'(') {
            // `import { invoke }`, not a call.
            i += word.len();
            continue;
        }
        j = skip_space(&code, j + 1);
        let name = match code.get(j) {
            Some('"') | Some('\'') => {
                let end = string_end(&code, j).ok_or(format!("{at}: unclosed name"))?;
                let name: String = code[j + 1..end - 1].iter().collect();
                j = skip_space(&code, end);
                name
            }
            _ => return Err(format!("{at}: the command's name is not a string literal")),
        };
        let keys = match code.get(j) {
            Some(')') => Vec::new(),
            Some(',') => {
                j = skip_space(&code, j + 1);
                if code.get(j) != Some(&'{') {
                    return Err(format!(
                        "{at}: `{name}`'s arguments are not an object literal"
                    ));
                }
                let end = group_end(&code, j).ok_or(format!("{at}: unclosed arguments"))?;
                object_keys(&code[j + 1..end - 1]).map_err(|e| format!("{at}: `{name}`: {e}"))?
            }
            _ => return Err(format!("{at}: cannot read the call to `{name}`")),
        };
        found.push(Call { at, name, keys });
        i = j;
    }
    Ok(found)
}
