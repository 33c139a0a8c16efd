//! Which column holds each field: told by the header's names, or by a
//! `--map`.

use super::names::{keys, norm, DAY_NAMES, NAMES, TIME_OF_DAY_NAMES};
use super::Field;

/// The fields an import can read, and which column holds each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    idx: Slots,
}

/// One slot per field: looked up for every cell, so no hashing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Slots([Option<usize>; Field::ALL.len()]);

impl Slots {
    fn get(&self, f: &Field) -> Option<&usize> {
        self.0[*f as usize].as_ref()
    }
    fn insert(&mut self, f: Field, i: usize) {
        self.0[f as usize] = Some(i);
    }
    fn remove(&mut self, f: &Field) -> Option<usize> {
        self.0[*f as usize].take()
    }
    fn contains_key(&self, f: &Field) -> bool {
        self.0[*f as usize].is_some()
    }
    /// Frees column `i` of whatever field held it.
    fn free(&mut self, i: usize) {
        for s in &mut self.0 {
            if *s == Some(i) {
                *s = None;
            }
        }
    }
    fn holds(&self, i: usize) -> bool {
        self.0.contains(&Some(i))
    }
}

impl Columns {
    /// Recognises columns by header name. Earlier names in [`NAMES`] win when
    /// several columns could hold a field, and a whole header beats its
    /// dotted last part or its name before a bracket; a separate time-of-day
    /// column is kept apart from a day column.
    pub fn from_header(header: &[String]) -> Columns {
        let keyed: Vec<[String; 3]> = header.iter().map(|h| keys(h)).collect();
        let mut idx = Slots::default();
        for (field, names) in NAMES {
            // A live tool's own name for the field (`events::PATHS`) first.
            let event = field.event_name();
            let names = event
                .iter()
                .map(String::as_str)
                .chain(names.iter().copied());
            'field: for k in 0..3 {
                for name in names.clone() {
                    if let Some(i) = keyed.iter().position(|h| h[k] == name) {
                        if !idx.holds(i) {
                            idx.insert(*field, i);
                            break 'field;
                        }
                    }
                }
            }
        }
        // A day and a time of day in two columns (`Fecha` + `Hora`): keep both.
        let find = |names: &[&str]| {
            (0..3).find_map(|k| keyed.iter().position(|h| names.contains(&h[k].as_str())))
        };
        if let (Some(d), Some(t)) = (find(DAY_NAMES), find(TIME_OF_DAY_NAMES)) {
            if d != t {
                idx.free(d);
                idx.free(t);
                idx.insert(Field::Date, d);
                idx.insert(Field::Time, t);
            }
        }
        Columns { idx }
    }

    /// Columns from a `--map` text alone: `date=Col,gift=Col,…`.
    pub fn from_map(map: &str, header: &[String]) -> Result<Columns, crate::l10n::Message> {
        let mut cols = Columns::default();
        cols.apply_map(&parse_map(map)?, header)?;
        Ok(cols)
    }

    /// Puts each mapped field on its column, on top of what the header told:
    /// a column mapped to a field holds no other, a field mapped moves. A
    /// mapped date drops a time-of-day column found beside another date
    /// column (map `time` too to keep one); a time without a date is the date.
    pub fn apply_map(
        &mut self,
        pairs: &[(Field, String)],
        header: &[String],
    ) -> Result<(), crate::l10n::Message> {
        let keyed: Vec<[String; 3]> = header.iter().map(|h| keys(h)).collect();
        let mapped_time = pairs.iter().any(|(f, _)| *f == Field::Time);
        for (field, col) in pairs {
            let want = norm(col);
            let i = (0..3)
                .find_map(|k| keyed.iter().position(|h| !h[k].is_empty() && h[k] == want))
                .ok_or_else(|| {
                    crate::import::with_known(
                        crate::l10n::Message::new("core-import-file-map-no-column")
                            .text("text", crate::import::short(col.trim())),
                        header,
                    )
                })?;
            if *field == Field::Date && !mapped_time && self.get(Field::Date) != Some(i) {
                self.idx.remove(&Field::Time);
            }
            self.idx.free(i);
            self.idx.insert(*field, i);
        }
        if !self.has(Field::Date) {
            if let Some(t) = self.idx.remove(&Field::Time) {
                self.idx.insert(Field::Date, t);
            }
        }
        Ok(())
    }

    /// Moves the column of `from`, if any, to `to`.
    pub(crate) fn rename(&mut self, from: Field, to: Field) {
        if let Some(i) = self.idx.remove(&from) {
            self.idx.free(i);
            self.idx.insert(to, i);
        }
    }

    /// The column holding `f`, if any.
    pub fn get(&self, f: Field) -> Option<usize> {
        self.idx.get(&f).copied()
    }

    /// Whether `f` has a column.
    pub fn has(&self, f: Field) -> bool {
        self.idx.contains_key(&f)
    }

    /// Every field with its column, in [`Field::ALL`] order.
    pub fn fields(&self) -> Vec<(Field, usize)> {
        Field::ALL
            .iter()
            .filter_map(|f| self.get(*f).map(|i| (*f, i)))
            .collect()
    }
}

/// Reads a `--map` text: `date=Col,gift=Col,…`, fields named as
/// [`Field::parse_map_name`] reads them.
/// A refusal is a `core-import-file-map-…` message (its `$file` is added
/// where the file is known).
pub fn parse_map(map: &str) -> Result<Vec<(Field, String)>, crate::l10n::Message> {
    let names: Vec<&str> = Field::ALL.iter().map(|f| f.map_name()).collect();
    map.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|pair| {
            let (f, col) = pair.split_once('=').ok_or_else(|| {
                crate::l10n::Message::new("core-import-file-map-pair")
                    .text("text", crate::import::short(pair.trim()))
            })?;
            let field = Field::parse_map_name(f).ok_or_else(|| {
                crate::l10n::Message::new("core-import-file-map-field")
                    .text("text", crate::import::short(f.trim()))
                    .text("fields", names.join(", "))
            })?;
            Ok((field, col.trim().to_string()))
        })
        .collect()
}
