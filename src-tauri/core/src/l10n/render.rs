//! Messages rendered in a language with `fluent-bundle`, from the catalogs
//! the UI reads (`assets/locales/<tag>/*.ftl`, embedded in the binary), with
//! English for any message a language lacks and figures written in the
//! language's own way ([`super::format`]).

use std::borrow::Cow;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::format;
use super::message::{Arg, Message};
use super::{LANGUAGES, PSEUDO};

/// Every catalog file, by language and area. A new area is one word in
/// `areas!`; `every_catalog_file_the_core_speaks_is_embedded` fails until it is there (the page's own areas are read by the page only).
macro_rules! areas {
    ($($area:literal),+) => {
        /// (language, area, text) of every embedded catalog file.
        const CATALOGS: &[(&str, &str, &str)] = &[
            $(
                ("en", $area, include_str!(concat!("../../../../assets/locales/en/", $area, ".ftl"))),
                ("es", $area, include_str!(concat!("../../../../assets/locales/es/", $area, ".ftl"))),
                ("pt-BR", $area, include_str!(concat!("../../../../assets/locales/pt-BR/", $area, ".ftl"))),
                ("id", $area, include_str!(concat!("../../../../assets/locales/id/", $area, ".ftl"))),
                ("tr", $area, include_str!(concat!("../../../../assets/locales/tr/", $area, ".ftl"))),
                ("ar", $area, include_str!(concat!("../../../../assets/locales/ar/", $area, ".ftl"))),
                ("vi", $area, include_str!(concat!("../../../../assets/locales/vi/", $area, ".ftl"))),
                ("ja", $area, include_str!(concat!("../../../../assets/locales/ja/", $area, ".ftl"))),
                ("de", $area, include_str!(concat!("../../../../assets/locales/de/", $area, ".ftl"))),
                ("fr", $area, include_str!(concat!("../../../../assets/locales/fr/", $area, ".ftl"))),
            )+
        ];
    };
}

areas!(
    "shell",
    "core",
    "core-invalid",
    "core-import",
    "core-capture",
    "cli"
);

/// Words one language speaks: its catalog, and English's for a message it
/// lacks. Build one per language and render many messages with it.
pub struct Localizer {
    /// The language, as [`super::supported`] spells it.
    tag: &'static str,
    /// The language's catalog (English's, accented, for the pseudo-locale).
    bundle: FluentBundle<FluentResource>,
    /// English, for a message the language lacks (`None` for English).
    english: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("tag", &self.tag).finish()
    }
}

impl Localizer {
    /// The words of `tag` (a supported tag or the pseudo-locale); English
    /// for anything else.
    pub fn new(tag: &str) -> Localizer {
        let tag = super::supported(tag).unwrap_or("en");
        let bundle = bundle(tag);
        let english = (tag != "en").then(|| bundle_of("en", "en", false));
        Localizer {
            tag,
            bundle,
            english,
        }
    }

    /// The language these words are in.
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// `message` in this language, else in English, else its id (which the
    /// catalog test forbids: every id the core names is in English).
    pub fn render(&self, message: &Message) -> String {
        let figures = if self.tag == PSEUDO { "en" } else { self.tag };
        let args: FluentArgs = message
            .args
            .iter()
            .map(|(name, arg)| (name.as_str(), self.value(figures, arg)))
            .collect();
        for b in std::iter::once(&self.bundle).chain(&self.english) {
            if let Some(pattern) = b.get_message(message.id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return b
                    .format_pattern(pattern, Some(&args), &mut errors)
                    .into_owned();
            }
        }
        message.id.to_string()
    }
}

/// `id` as the English catalogs the core embeds spell it, when one of them
/// holds a message of that id (a message read back from the ledger keeps a
/// `'static` id, as every message the code makes does).
pub(super) fn known_id(id: &str) -> Option<&'static str> {
    if id.is_empty() || id.starts_with('-') {
        return None;
    }
    CATALOGS
        .iter()
        .filter(|(l, _, _)| *l == "en")
        .find_map(|(_, _, text)| {
            let text: &'static str = text;
            text.match_indices(id).find_map(|(at, _)| {
                let starts_line = at == 0 || text.as_bytes()[at - 1] == b'\n';
                let rest = text[at + id.len()..].trim_start_matches(' ');
                (starts_line && rest.starts_with('=')).then(|| &text[at..at + id.len()])
            })
        })
}

thread_local! {
    /// English, parsed once per thread: the core renders it for every
    /// summary's blockers.
    static ENGLISH: Localizer = Localizer::new("en");
}

/// `message` in English (the text kept beside the ids in JSON).
pub fn english(message: &Message) -> String {
    ENGLISH.with(|en| en.render(message))
}

/// The bundle of `tag`: the pseudo-locale is English, accented.
fn bundle(tag: &'static str) -> FluentBundle<FluentResource> {
    if tag == PSEUDO {
        bundle_of("en", "en", true)
    } else {
        bundle_of(tag, tag, false)
    }
}

/// A bundle of the catalogs of `files`, its plural rules and numbers those
/// of `tag`.
fn bundle_of(tag: &'static str, files: &str, pseudo: bool) -> FluentBundle<FluentResource> {
    let lang = tag.parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![lang]);
    // Isolation marks keep a figure or a name the right way round inside
    // right-to-left text, as the UI does; elsewhere they are noise.
    b.set_use_isolating(tag == "ar");
    set_count_formatter(&mut b, index(tag));
    if pseudo {
        b.set_transform(Some(pseudo_text));
    }
    for (_, _, text) in CATALOGS.iter().filter(|(l, _, _)| *l == files) {
        // A catalog that does not parse is the catalog test's failure; what
        // parsed of it is still used.
        let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(resource);
    }
    b
}

impl Localizer {
    /// An argument as Fluent takes it: a count as a number (it picks the
    /// plural form), every other figure already written in the language of
    /// `tag`, a message inside said in this language.
    fn value(&self, tag: &str, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Text { value } => FluentValue::String(Cow::Owned(value.clone())),
            Arg::Count { value } => FluentValue::Number(selector(*value)),
            Arg::Decimal { value } => format::decimal(tag, *value).into(),
            Arg::Money { value, currency } => format::money(tag, *value, currency).into(),
            Arg::Day { value } => format::day(tag, *value).into(),
            Arg::Message { value } => self.render(value).into(),
        }
    }
}

/// A count as a Fluent number for picking a plural form (and for
/// `{ $count }`): exact below 10^15 with up to six decimal places; past
/// that only its last six whole digits are kept, all CLDR's rules look at,
/// so Fluent's plural operands cannot overflow.
fn selector(count: Decimal) -> FluentNumber {
    let whole = count.trunc().abs();
    // Exact as a float below 10^15; beyond, the last six digits decide.
    let (million, bound) = (
        Decimal::from(1_000_000),
        Decimal::from(1_000_000_000_000_000_i64),
    );
    let whole = if whole >= bound {
        whole % million + million
    } else {
        whole
    };
    let frac = count.fract().abs().trunc_with_scale(6).normalize();
    let places = frac.scale() as usize;
    FluentNumber::new(
        (whole + frac).to_f64().unwrap_or(0.0),
        FluentNumberOptions {
            minimum_fraction_digits: (places > 0).then_some(places),
            ..Default::default()
        },
    )
}

/// The position of `tag` in [`LANGUAGES`] (English for the pseudo-locale).
fn index(tag: &str) -> usize {
    LANGUAGES.iter().position(|l| *l == tag).unwrap_or(0)
}

/// Sets the formatter of counts of language number `i` of [`LANGUAGES`]
/// (Fluent's formatter is a plain function, so the language is a constant
/// of it).
fn set_count_formatter<M>(
    b: &mut fluent_bundle::bundle::FluentBundle<FluentResource, M>,
    i: usize,
) {
    b.set_formatter(Some(match i {
        1 => count_in::<1, M>,
        2 => count_in::<2, M>,
        3 => count_in::<3, M>,
        4 => count_in::<4, M>,
        5 => count_in::<5, M>,
        6 => count_in::<6, M>,
        7 => count_in::<7, M>,
        8 => count_in::<8, M>,
        9 => count_in::<9, M>,
        _ => count_in::<0, M>,
    }));
}

/// A count written in language `L` of [`LANGUAGES`] (`{ $count }` in a
/// message): whole counts exactly, grouped as the language groups them.
fn count_in<const L: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let text = n.as_string();
            let figure: Decimal = text.parse().ok()?;
            Some(format::decimal(LANGUAGES[L], figure))
        }
        _ => None,
    }
}

/// English made strange but readable, as the UI's `pseudo` does: accented,
/// about 40 % longer, in brackets.
fn pseudo_text(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let accented: String = text
        .chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'y' => 'ý',
            'c' => 'ç',
            'n' => 'ñ',
            's' => 'š',
            'z' => 'ž',
            'A' => 'Á',
            'E' => 'É',
            'I' => 'Í',
            'O' => 'Ó',
            'U' => 'Ú',
            'Y' => 'Ý',
            'C' => 'Ç',
            'N' => 'Ñ',
            'S' => 'Š',
            'Z' => 'Ž',
            c => c,
        })
        .collect();
    // JavaScript counts UTF-16 units; so does the UI's rule.
    let pad = (text.encode_utf16().count() * 2).div_ceil(5);
    // A space every fourth place but the last: the padding wraps as words
    // would, and still ends in "~]".
    let padding: String = (0..pad)
        .map(|i| if i % 4 == 3 && i + 1 < pad { ' ' } else { '~' })
        .collect();
    Cow::Owned(format!("[{accented}{padding}]"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;
    use std::path::Path;

    #[test]
    fn every_catalog_file_the_core_speaks_is_embedded() {
        // The page's own areas (dashboard.ftl, import.ftl, …) are read by
        // the page only; the core renders `core-…` and the shared units.
        let spoken = |area: &str| area == "shell" || area == "cli" || area.starts_with("core");
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/locales");
        let mut on_disk = Vec::new();
        for lang in std::fs::read_dir(&root).unwrap().flatten() {
            for file in std::fs::read_dir(lang.path()).unwrap().flatten() {
                let name = file.file_name().to_string_lossy().into_owned();
                if let Some(area) = name.strip_suffix(".ftl").filter(|a| spoken(a)) {
                    let tag = lang.file_name().to_string_lossy().into_owned();
                    on_disk.push((tag, area.to_string()));
                }
            }
        }
        on_disk.sort();
        let mut embedded: Vec<(String, String)> = CATALOGS
            .iter()
            .map(|(l, a, _)| (l.to_string(), a.to_string()))
            .collect();
        embedded.sort();
        assert_eq!(
            on_disk, embedded,
            "add the new area to areas! in l10n/render.rs"
        );
    }

    #[test]
    fn every_language_has_its_own_formatter() {
        for (i, tag) in LANGUAGES.iter().enumerate() {
            assert_eq!(index(tag), i);
        }
        assert_eq!(index(PSEUDO), 0);
    }

    #[test]
    fn counts_pick_plural_forms_and_are_written_in_the_language() {
        let m = |n: i64| Message::new("coins-count").count("count", n);
        assert_eq!(Localizer::new("en").render(&m(1)), "1 coin");
        assert_eq!(Localizer::new("en").render(&m(12345)), "12,345 coins");
        assert_eq!(Localizer::new("de").render(&m(12345)), "12.345 Münzen");
        let ar = Localizer::new("ar");
        assert_eq!(ar.render(&m(2)), "عملتان");
        assert_eq!(ar.render(&m(3)), "\u{2068}3\u{2069} عملات");
        assert_eq!(ar.render(&m(11)), "\u{2068}11\u{2069} عملة");
        // Huge counts still pick a form (no overflow in the plural rules).
        assert!(Localizer::new("fr")
            .render(&Message::new("coins-count").count("count", Decimal::MAX))
            .ends_with("pièces"));
        // A fraction picks "other" in English, "one" in French (i = 1).
        let d = |tag: &str, v: Decimal| {
            Localizer::new(tag).render(&Message::new("diamonds-count").diamonds("shown", v))
        };
        assert_eq!(d("en", dec!(1.5)), "1.5 diamonds");
        assert_eq!(d("en", dec!(1)), "1 diamond");
        assert_eq!(d("fr", dec!(1.5)), "1,5 diamant");
    }

    #[test]
    fn the_pseudo_locale_accents_and_lengthens() {
        let en = Localizer::new("en").render(&Message::new("nav-settings"));
        let xa = Localizer::new(PSEUDO).render(&Message::new("nav-settings"));
        assert_eq!(en, "Settings");
        // "Settings": 8 units, ceil(3.2) = 4 places, as ui/src/i18n.ts.
        assert_eq!(xa, "[Šéttíñgš~~~~]");
        // A longer text's padding has a space every fourth place, so it wraps.
        let long = Localizer::new(PSEUDO).render(&Message::new("view-failed"));
        assert_eq!(long, "[Šóméthíñg wéñt wróñg~~~ ~~~~]");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_its_id() {
        assert_eq!(
            Localizer::new("ja").render(&Message::new("no-such-message")),
            "no-such-message"
        );
        assert_eq!(Localizer::new("xx").tag(), "en");
    }
}
