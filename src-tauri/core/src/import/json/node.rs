//! A JSON value as the lean tree an event is read from: objects keep only
//! the keys a gift event is read by (and a `--map`'s), arrays nothing, so
//! a connector log full of avatars and badges costs little to read.

use super::mapped::Mapped;

/// A JSON value as an event is read by: objects keep only [`KEPT_KEYS`],
/// arrays nothing, and text stays in the file's bytes unless it holds an
/// escape.
#[derive(Debug)]
pub(super) enum Node<'de> {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Text(std::borrow::Cow<'de, str>),
    Array,
    /// Kept keys in file order; a key given twice counts as its last.
    Object(Vec<(&'static str, Node<'de>)>),
}

impl<'de> Node<'de> {
    fn as_str(&self) -> Option<&str> {
        match self {
            Node::Text(s) => Some(s),
            _ => None,
        }
    }

    fn as_object(&self) -> Option<&[(&'static str, Node<'de>)]> {
        match self {
            Node::Object(o) => Some(o),
            _ => None,
        }
    }
}

/// The value of `key` in `obj` (its last, as for a key given twice).
fn get<'a, 'de>(obj: &'a [(&'static str, Node<'de>)], key: &str) -> Option<&'a Node<'de>> {
    obj.iter().rev().find(|(k, _)| *k == key).map(|(_, v)| v)
}

/// The value at a dotted `path` of keys in `obj`; `None` for null.
pub(super) fn get_path<'a, 'de>(
    obj: &'a [(&'static str, Node<'de>)],
    path: &str,
) -> Option<&'a Node<'de>> {
    let mut parts = path.split('.');
    let mut v = get(obj, parts.next()?)?;
    for p in parts {
        v = get(v.as_object()?, p)?;
    }
    (!matches!(v, Node::Null)).then_some(v)
}

/// What `v` is, as the catalogs' `$kind` selector names it (`core-import-json-…`):
/// null, bool, number, text, array or object.
pub(super) fn kind_key(v: &Node<'_>) -> &'static str {
    match v {
        Node::Null => "null",
        Node::Bool(_) => "bool",
        Node::Int(_) | Node::Uint(_) | Node::Float(_) => "number",
        Node::Text(_) => "text",
        Node::Array => "array",
        Node::Object(_) => "object",
    }
}

impl crate::events::Tree for Node<'_> {
    fn member(&self, key: &str) -> Option<&Self> {
        get(self.as_object()?, key)
    }
    fn text(&self) -> Option<&str> {
        self.as_str()
    }
    fn is_object(&self) -> bool {
        matches!(self, Node::Object(_))
    }
    fn is_null(&self) -> bool {
        matches!(self, Node::Null)
    }
}

/// Keys read from an event (at any depth): `events::KEYS`. The values of
/// all others are passed over unread, which halves the work on connector
/// logs full of avatars, badges and ids.
const KEPT_KEYS: &[&str] = &crate::events::KEYS;

/// The kept keys as a set: [`KEPT_KEYS`].
pub(super) fn kept_keys() -> &'static rustc_hash::FxHashSet<&'static str> {
    static KEPT: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    KEPT.get_or_init(|| KEPT_KEYS.iter().copied().collect())
}

/// Reads a JSON value keeping only the keys of its set ([`KEPT_KEYS`],
/// and a `--map`'s) of its objects.
#[derive(Clone, Copy)]
struct Lean(&'static rustc_hash::FxHashSet<&'static str>);

/// An object key, `None` when it is not kept.
struct LeanKey(&'static rustc_hash::FxHashSet<&'static str>);

impl<'de> serde::de::DeserializeSeed<'de> for LeanKey {
    type Value = Option<&'static str>;
    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> serde::de::Visitor<'de> for LeanKey {
    type Value = Option<&'static str>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E>(self, k: &str) -> std::result::Result<Self::Value, E> {
        // Hashed: an event has some twenty keys, each compared with every
        // kept one was a tenth of reading it.
        Ok(self.0.get(k).copied())
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Lean {
    type Value = Node<'de>;
    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<Node<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Lean {
    type Value = Node<'de>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Node<'de>, A::Error> {
        let mut m = Vec::new();
        while let Some(key) = map.next_key_seed(LeanKey(self.0))? {
            match key {
                Some(k) => {
                    let v = map.next_value_seed(self)?;
                    m.push((k, v));
                }
                None => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Node::Object(m))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<Node<'de>, A::Error> {
        // No field read is an array: only that it is one matters.
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(Node::Array)
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Text(std::borrow::Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Text(std::borrow::Cow::Owned(s.to_string())))
    }
    fn visit_string<E>(self, s: String) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Text(std::borrow::Cow::Owned(s)))
    }
    fn visit_i64<E>(self, n: i64) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Int(n))
    }
    fn visit_u64<E>(self, n: u64) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Uint(n))
    }
    fn visit_f64<E>(self, n: f64) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Float(n))
    }
    fn visit_bool<E>(self, b: bool) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Bool(b))
    }
    fn visit_unit<E>(self) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Null)
    }
}

/// Parses one value's bytes, keeping the keys an event is read by.
pub(super) fn parse_lean<'b>(bytes: &'b [u8], mapped: &Mapped) -> serde_json::Result<Node<'b>> {
    use serde::de::DeserializeSeed;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let v = Lean(mapped.kept).deserialize(&mut de)?;
    de.end()?;
    Ok(v)
}
