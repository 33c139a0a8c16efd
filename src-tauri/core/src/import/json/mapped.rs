//! The JSON paths `--map` names for a gift event's fields.

use super::event::FIELDS;
use super::node::{get_path, kept_keys, Node};
use crate::events::EventField;

/// The JSON paths `--map` gives (`coins=giftValue,sender=user.uniqueId`):
/// each is read before the shared table's paths for its field, and the
/// keys on them are kept by the lean reader. Without a map, nothing extra.
#[derive(Clone, Copy)]
pub(crate) struct Mapped {
    /// The path `--map` names for each field, in [`HEADER`](super::event::HEADER) order.
    pub(super) paths: [Option<&'static str>; FIELDS],
    /// The keys the lean reader keeps: the shared table's and the map's.
    pub(super) kept: &'static rustc_hash::FxHashSet<&'static str>,
}

/// The longest `--map` a JSON import takes, in bytes: its paths are kept
/// for the life of the process.
const MAX_MAP_BYTES: usize = 2048;

impl Mapped {
    /// No `--map`: the shared table alone.
    pub(super) fn none() -> Mapped {
        Mapped {
            paths: [None; FIELDS],
            kept: kept_keys(),
        }
    }

    /// Reads `--map` for JSON: each field a gift event has, to a dotted
    /// path of keys (letters, digits, `_`, `-`; at most 8 deep).
    pub(super) fn from_map(map: &str) -> std::result::Result<Mapped, crate::l10n::Message> {
        if map.len() > MAX_MAP_BYTES {
            return Err(crate::l10n::Message::new("core-import-file-map-long")
                .text("n", map.len().to_string())
                .text("max", MAX_MAP_BYTES.to_string()));
        }
        let mut paths = [None; FIELDS];
        let mut kept: rustc_hash::FxHashSet<&'static str> = kept_keys().clone();
        for (field, path) in crate::import::sniff::parse_map(map)? {
            let slot = field
                .event_name()
                .and_then(|n| {
                    EventField::ALL
                        .iter()
                        .position(|e| crate::import::sniff::norm(e.column()) == n)
                })
                .ok_or_else(|| {
                    crate::l10n::Message::new("core-import-file-map-event-field")
                        .text("text", field.map_name())
                        .text("fields", "date, sender, nickname, gift_id, gift, coins, count, repeat_end, gift_type, event_id, streakable, streaking")
                })?;
            let segments: Vec<&str> = path.split('.').collect();
            let fine = |s: &&str| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            };
            if segments.len() > 8 || !segments.iter().all(fine) {
                return Err(crate::l10n::Message::new("core-import-file-map-path")
                    .text("text", crate::import::short(&path)));
            }
            // Kept for the process's life: a few hundred bytes at most.
            let path: &'static str = Box::leak(path.into_boxed_str());
            for seg in path.split('.') {
                kept.insert(seg);
            }
            paths[slot] = Some(path);
        }
        Ok(Mapped {
            paths,
            kept: Box::leak(Box::new(kept)),
        })
    }

    /// Whether an object holds a field only a gift has (its id, name or
    /// price) at a path the map names.
    pub(super) fn holds(&self, obj: &[(&'static str, Node<'_>)]) -> bool {
        [EventField::GiftId, EventField::GiftName, EventField::Coins]
            .iter()
            .filter_map(|f| self.paths[*f as usize])
            .any(|p| get_path(obj, p).is_some())
    }
}
