//! Reading code as characters: brackets, strings and words, shared by the
//! readers of the page's TypeScript and of the app's Rust.

pub(super) fn skip_space(code: &[char], mut i: usize) -> usize {
    while i < code.len() && code[i].is_whitespace() {
        i += 1;
    }
    i
}

/// The end (exclusive) of the quoted string starting at `i`.
pub(super) fn string_end(code: &[char], i: usize) -> Option<usize> {
    let q = code[i];
    let mut j = i + 1;
    while j < code.len() {
        match code[j] {
            '\\' => j += 2,
            c if c == q => return Some(j + 1),
            _ => j += 1,
        }
    }
    None
}

/// The end (exclusive) of the bracketed group that opens at `i`
/// (`(`, `[`, `{`), strings inside skipped; `None` when none opens there.
pub(super) fn group_end(code: &[char], i: usize) -> Option<usize> {
    if !matches!(code.get(i), Some('(' | '[' | '{')) {
        return None;
    }
    let mut depth = 0usize;
    let mut j = i;
    while j < code.len() {
        match code[j] {
            '"' | '\'' | '`' => {
                j = string_end(code, j)?;
                continue;
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(j + 1);
                }
            }
            _ => {}
        }
        j += 1;
    }
    None
}

/// The end (exclusive) of `<…>` type arguments starting at `i` (an arrow's
/// `=>` inside is not a bracket).
pub(super) fn generics_end(code: &[char], i: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, &c) in code.iter().enumerate().skip(i) {
        match c {
            '<' => depth += 1,
            '>' if j > 0 && code[j - 1] == '=' => {}
            '>' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(j + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Where `word` stands alone in `code`, from `from` on.
pub(super) fn find_word(code: &[char], word: &str, from: usize) -> Option<usize> {
    let w: Vec<char> = word.chars().collect();
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    (from..code.len().saturating_sub(w.len() - 1)).find(|&i| {
        code[i..i + w.len()] == w[..]
            && (i == 0 || !ident(code[i - 1]))
            && code.get(i + w.len()).is_none_or(|&c| !ident(c))
    })
}

/// `text` split at the commas outside any bracket (`<>` too, not `->`'s).
pub(super) fn top_level(text: &[char]) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut depth = 0i32;
    for (j, &c) in text.iter().enumerate() {
        match c {
            '(' | '[' | '{' | '<' => depth += 1,
            '>' if j > 0 && text[j - 1] == '-' => {}
            ')' | ']' | '}' | '>' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(last) = parts.last_mut() {
            last.push(c);
        }
    }
    parts
        .into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}
