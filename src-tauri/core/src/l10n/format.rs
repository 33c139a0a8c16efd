//! Numbers, money and days written the way each of the ten languages writes
//! them, from a small table rather than ICU4X (see ARCHITECTURE.md,
//! "Languages"): separators, where the currency symbol goes, the symbols of
//! the currencies creators are paid in, and a short date pattern. The table
//! follows CLDR as `Intl` prints it (the UI's formatter); a test compares
//! the two. Figures are written from their decimal text, never a float.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// No-break space, between a figure and a currency written after it.
const NBSP: &str = "\u{A0}";

/// Where a locale puts the currency.
#[derive(Clone, Copy)]
enum Placement {
    /// Before the figure; `spaced`: always with a no-break space between,
    /// else only when the symbol ends in a letter (`IDR 5`, `$5`).
    Before { spaced: bool },
    /// After the figure, with a no-break space.
    After,
}

/// How one locale writes figures.
struct Locale {
    /// Between groups of three digits.
    group: &'static str,
    /// Before the fraction.
    decimal: &'static str,
    /// Digits an integer needs before it is grouped: 5 in Spanish
    /// (`1234`, `12.345`), else 4.
    group_from: usize,
    /// Before a negative figure.
    minus: &'static str,
    /// Where the currency goes.
    placement: Placement,
    /// Written before money (Arabic's right-to-left mark).
    money_mark: &'static str,
    /// Currency symbols by ISO code; a code not listed is written as is.
    symbols: &'static [(&'static str, &'static str)],
    /// A day, as a chrono pattern of two-digit day and month, four-digit year.
    day: &'static str,
}

/// The currencies written without a fraction when it is zero (CLDR's
/// zero-digit currencies among those creators are paid in).
const WHOLE_CURRENCIES: [&str; 6] = ["JPY", "KRW", "VND", "IDR", "CLP", "ISK"];

const EN: Locale = Locale {
    group: ",",
    decimal: ".",
    group_from: 4,
    minus: "-",
    placement: Placement::Before { spaced: false },
    money_mark: "",
    symbols: &[
        ("USD", "$"),
        ("EUR", "€"),
        ("BRL", "R$"),
        ("VND", "₫"),
        ("JPY", "¥"),
        ("MXN", "MX$"),
        ("GBP", "£"),
    ],
    day: "%m/%d/%Y",
};

const ES: Locale = Locale {
    group: ".",
    decimal: ",",
    group_from: 5,
    minus: "-",
    placement: Placement::After,
    money_mark: "",
    symbols: &[("USD", "US$"), ("EUR", "€"), ("VND", "₫")],
    day: "%d/%m/%Y",
};

const PT_BR: Locale = Locale {
    group: ".",
    decimal: ",",
    group_from: 4,
    minus: "-",
    placement: Placement::Before { spaced: true },
    money_mark: "",
    symbols: &[
        ("USD", "US$"),
        ("EUR", "€"),
        ("BRL", "R$"),
        ("VND", "₫"),
        ("JPY", "JP¥"),
        ("MXN", "MX$"),
        ("GBP", "£"),
    ],
    day: "%d/%m/%Y",
};

const ID: Locale = Locale {
    group: ".",
    decimal: ",",
    group_from: 4,
    minus: "-",
    placement: Placement::Before { spaced: false },
    money_mark: "",
    symbols: &[
        ("USD", "US$"),
        ("EUR", "€"),
        ("BRL", "R$"),
        ("IDR", "Rp"),
        ("VND", "₫"),
        ("JPY", "JP¥"),
        ("MXN", "MX$"),
        ("GBP", "£"),
    ],
    day: "%d/%m/%Y",
};

const TR: Locale = Locale {
    group: ".",
    decimal: ",",
    group_from: 4,
    minus: "-",
    placement: Placement::Before { spaced: false },
    money_mark: "",
    symbols: &[
        ("USD", "$"),
        ("EUR", "€"),
        ("BRL", "R$"),
        ("TRY", "₺"),
        ("VND", "₫"),
        ("JPY", "¥"),
        ("MXN", "MX$"),
        ("GBP", "£"),
    ],
    day: "%d.%m.%Y",
};

/// Arabic with Western digits (`ar-u-nu-latn`, as the UI writes it).
const AR: Locale = Locale {
    group: ",",
    decimal: ".",
    group_from: 4,
    minus: "\u{200E}-",
    placement: Placement::After,
    money_mark: "\u{200F}",
    symbols: &[
        ("USD", "US$"),
        ("EUR", "€"),
        ("BRL", "R$"),
        ("SAR", "ر.س.\u{200F}"),
        ("AED", "د.إ.\u{200F}"),
        ("EGP", "ج.م.\u{200F}"),
        ("VND", "₫"),
        ("JPY", "JP¥"),
        ("MXN", "MX$"),
        ("GBP", "UK£"),
    ],
    day: "%d\u{200F}/%m\u{200F}/%Y",
};

const VI: Locale = Locale {
    group: ".",
    decimal: ",",
    group_from: 4,
    minus: "-",
    placement: Placement::After,
    money_mark: "",
    symbols: &[
        ("USD", "US$"),
        ("EUR", "€"),
        ("BRL", "R$"),
        ("VND", "₫"),
        ("JPY", "¥"),
        ("MXN", "MX$"),
        ("GBP", "£"),
    ],
    day: "%d/%m/%Y",
};

const JA: Locale = Locale {
    group: ",",
    decimal: ".",
    group_from: 4,
    minus: "-",
    placement: Placement::Before { spaced: false },
    money_mark: "",
    symbols: &[
        ("USD", "$"),
        ("EUR", "€"),
        ("BRL", "R$"),
        ("VND", "₫"),
        ("JPY", "￥"),
        ("MXN", "MX$"),
        ("GBP", "£"),
    ],
    day: "%Y/%m/%d",
};

const DE: Locale = Locale {
    group: ".",
    decimal: ",",
    group_from: 4,
    minus: "-",
    placement: Placement::After,
    money_mark: "",
    symbols: &[
        ("USD", "$"),
        ("EUR", "€"),
        ("BRL", "R$"),
        ("VND", "₫"),
        ("JPY", "¥"),
        ("MXN", "MX$"),
        ("GBP", "£"),
    ],
    day: "%d.%m.%Y",
};

/// French groups with a narrow no-break space, as `Intl` writes it.
const FR: Locale = Locale {
    group: "\u{202F}",
    decimal: ",",
    group_from: 4,
    minus: "-",
    placement: Placement::After,
    money_mark: "",
    symbols: &[
        ("USD", "$US"),
        ("EUR", "€"),
        ("BRL", "R$"),
        ("VND", "₫"),
        ("MXN", "$MX"),
        ("GBP", "£GB"),
    ],
    day: "%d/%m/%Y",
};

/// The table row of `tag` (a supported tag; the pseudo-locale and anything
/// else write as English).
fn locale(tag: &str) -> &'static Locale {
    match tag {
        "es" => &ES,
        "pt-BR" => &PT_BR,
        "id" => &ID,
        "tr" => &TR,
        "ar" => &AR,
        "vi" => &VI,
        "ja" => &JA,
        "de" => &DE,
        "fr" => &FR,
        _ => &EN,
    }
}

/// `value` as `tag` writes a number, with every decimal place it has:
/// `decimal("de", 1234.5)` is `1.234,5`.
pub fn decimal(tag: &str, value: Decimal) -> String {
    let l = locale(tag);
    let (negative, digits) = grouped(l, value);
    if negative {
        format!("{}{digits}", l.minus)
    } else {
        digits
    }
}

/// `value` in `currency` as `tag` writes money: `money("de", 1234.56, "EUR")`
/// is `1.234,56 €`. Every decimal place of `value` is kept; a zero fraction
/// of a currency without one (JPY, VND, IDR…) is left out.
pub fn money(tag: &str, value: Decimal, currency: &str) -> String {
    let l = locale(tag);
    let value = if WHOLE_CURRENCIES.contains(&currency) && value.fract().is_zero() {
        value.trunc()
    } else {
        value
    };
    let (negative, digits) = grouped(l, value);
    let symbol = l
        .symbols
        .iter()
        .find(|(code, _)| *code == currency)
        .map_or(currency, |(_, s)| s);
    let minus = if negative { l.minus } else { "" };
    match l.placement {
        Placement::Before { spaced } => {
            let space = spaced || symbol.chars().last().is_some_and(char::is_alphabetic);
            let space = if space { NBSP } else { "" };
            format!("{}{minus}{symbol}{space}{digits}", l.money_mark)
        }
        Placement::After => format!("{}{minus}{digits}{NBSP}{symbol}", l.money_mark),
    }
}

/// A calendar day as `tag` writes it, short and with the year:
/// `05.12.2026` (de), `12/05/2026` (en), `2026/12/05` (ja).
pub fn day(tag: &str, value: NaiveDate) -> String {
    value.format(locale(tag).day).to_string()
}

/// Whether `value` is negative, and its digits grouped as `l` groups them.
fn grouped(l: &Locale, value: Decimal) -> (bool, String) {
    let text = value.to_string();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (!value.is_zero(), rest),
        None => (false, text.as_str()),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut out = String::with_capacity(text.len() + 8);
    let group = int.len() >= l.group_from;
    for (i, c) in int.chars().enumerate() {
        if group && i > 0 && (int.len() - i) % 3 == 0 {
            out.push_str(l.group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push_str(l.decimal);
        out.push_str(frac);
    }
    (negative, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::LANGUAGES;
    use rust_decimal_macros::dec;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn money_by_hand() {
        assert_eq!(money("de", dec!(1234.56), "EUR"), "1.234,56\u{A0}€");
        assert_eq!(money("en", dec!(1234.56), "USD"), "$1,234.56");
        assert_eq!(money("fr", dec!(1234.56), "EUR"), "1\u{202F}234,56\u{A0}€");
        assert_eq!(money("ja", dec!(1234.00), "JPY"), "￥1,234");
        // A fraction a yen figure does have is kept: never rounded here.
        assert_eq!(money("ja", dec!(1234.5), "JPY"), "￥1,234.5");
        assert_eq!(
            money("ar", dec!(1234.56), "USD"),
            "\u{200F}1,234.56\u{A0}US$"
        );
        assert_eq!(
            money("ar", dec!(-7.5), "SAR"),
            "\u{200F}\u{200E}-7.5\u{A0}ر.س.\u{200F}"
        );
        assert_eq!(money("pt-BR", dec!(7.50), "BRL"), "R$\u{A0}7,50");
        assert_eq!(money("id", dec!(15000.00), "IDR"), "Rp\u{A0}15.000");
        assert_eq!(money("id", dec!(2.50), "USD"), "US$2,50");
        assert_eq!(money("en", dec!(-2.50), "XYZ"), "-XYZ\u{A0}2.50");
        assert_eq!(money("tr", dec!(1000000.10), "TRY"), "₺1.000.000,10");
        assert_eq!(money("es", dec!(1234.56), "EUR"), "1234,56\u{A0}€");
        assert_eq!(money("es", dec!(12345.6), "USD"), "12.345,6\u{A0}US$");
        assert_eq!(money("vi", dec!(20000), "VND"), "20.000\u{A0}₫");
        assert_eq!(money("en-XA", dec!(1), "USD"), "$1");
    }

    #[test]
    fn decimals_keep_every_place_and_their_sign() {
        assert_eq!(decimal("en", dec!(0)), "0");
        assert_eq!(decimal("en", dec!(-0.00)), "0.00");
        assert_eq!(decimal("en", dec!(123)), "123");
        assert_eq!(decimal("de", dec!(-1250.5)), "-1.250,5");
        assert_eq!(
            decimal("fr", dec!(1234567.891)),
            "1\u{202F}234\u{202F}567,891"
        );
        assert_eq!(
            decimal("en", dec!(79228162514264337593543950335)),
            "79,228,162,514,264,337,593,543,950,335"
        );
        assert_eq!(
            decimal("de", dec!(0.0000000000000000000000000001)),
            "0,0000000000000000000000000001"
        );
        assert_eq!(decimal("ar", dec!(-3)), "\u{200E}-3");
    }

    #[test]
    fn days_by_hand() {
        let day5 = d(2026, 12, 5);
        let want = [
            ("en", "12/05/2026"),
            ("es", "05/12/2026"),
            ("de", "05.12.2026"),
            ("tr", "05.12.2026"),
            ("ja", "2026/12/05"),
            ("ar", "05\u{200F}/12\u{200F}/2026"),
        ];
        for (tag, text) in want {
            assert_eq!(day(tag, day5), text, "{tag}");
        }
    }

    /// The table against `Intl` (ICU's CLDR data) as node prints it, for a
    /// table of figures in every language. Skipped, with a word, without node.
    #[test]
    fn the_table_writes_what_intl_writes() {
        let figures = [
            dec!(0),
            dec!(7.5),
            dec!(-7.50),
            dec!(1234.56),
            dec!(-1234.56),
            dec!(12345.678),
            dec!(1000000),
            dec!(999.99),
        ];
        let currencies = [
            "USD", "EUR", "BRL", "IDR", "TRY", "SAR", "AED", "EGP", "VND", "JPY", "MXN", "GBP",
            "XYZ",
        ];
        let days = [d(2026, 12, 5), d(2027, 1, 31), d(1999, 10, 1)];
        // Each case: [intl locale, kind, value, currency or fraction digits].
        let mut cases: Vec<[String; 4]> = Vec::new();
        let mut ours = Vec::new();
        for tag in LANGUAGES {
            let intl = if tag == "ar" { "ar-u-nu-latn" } else { tag };
            for f in figures {
                let places = f.scale().to_string();
                cases.push([intl.into(), "n".into(), f.to_string(), places]);
                ours.push(decimal(tag, f));
                for c in currencies {
                    let shown = money(tag, f, c);
                    let places = if WHOLE_CURRENCIES.contains(&c) && f.fract().is_zero() {
                        0
                    } else {
                        f.scale()
                    };
                    cases.push([
                        intl.into(),
                        "m".into(),
                        f.to_string(),
                        format!("{c}:{places}"),
                    ]);
                    ours.push(shown);
                }
            }
            for day5 in days {
                cases.push([intl.into(), "d".into(), day5.to_string(), String::new()]);
                ours.push(day(tag, day5));
            }
        }
        let script = r#"
const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
console.log(JSON.stringify(cases.map(([loc, kind, v, extra]) => {
  if (kind === "d") return new Intl.DateTimeFormat(loc, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" }).format(new Date(v + "T12:00:00Z"));
  if (kind === "n") { const p = Number(extra); return new Intl.NumberFormat(loc, { minimumFractionDigits: p, maximumFractionDigits: p }).format(Number(v)); }
  const [currency, p] = extra.split(":");
  return new Intl.NumberFormat(loc, { style: "currency", currency, minimumFractionDigits: Number(p), maximumFractionDigits: Number(p) }).format(Number(v));
})));
"#;
        let child = std::process::Command::new("node")
            .arg("-e")
            .arg(script)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn();
        let Ok(mut child) = child else {
            eprintln!("node is not installed: the table is not compared with Intl");
            return;
        };
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().unwrap();
            stdin
                .write_all(serde_json::to_string(&cases).unwrap().as_bytes())
                .unwrap();
        }
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "node failed");
        let intl: Vec<String> = serde_json::from_slice(&out.stdout).unwrap();
        let differ: Vec<String> = cases
            .iter()
            .zip(intl.iter().zip(&ours))
            .filter(|(_, (i, o))| i != o)
            .map(|(c, (i, o))| format!("{c:?}: Intl {i:?}, ours {o:?}"))
            .collect();
        assert_eq!(cases.len(), ours.len());
        assert!(differ.is_empty(), "{}", differ.join("\n"));
    }
}
