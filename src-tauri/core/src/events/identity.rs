//! **The identity of an event**, the same whichever road brought it (a file
//! or live capture): a row's fingerprint, a message's key, a streak's
//! identity and the fingerprint of the `n`th of identical rows. A change
//! here changes every fingerprint and makes re-imports add rows twice:
//! these are fixed, published rules.

/// A 64-bit fingerprint of a row's identifying parts: XXH3-64, a fixed,
/// published algorithm, so a fingerprint never changes between versions
/// (which would make re-imports add rows twice). Not cryptographic: the rows
/// are the creator's own files, and SHA-256 cost a quarter of import time.
pub(crate) fn fingerprint(parts: &[&str]) -> i64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update(&[0x1f]);
    }
    h.digest() as i64
}

/// **The identity rule for a message:** its id, with its count and end
/// flag (a tool may reuse one id across a streak's steps). One message is
/// one message whichever road brought it: live capture keeps these keys
/// for a replay, and an import skips a message whose key it has read.
pub(crate) fn message_key(msg_id: &str, count: i64, repeat_end: bool) -> i64 {
    fingerprint(&[
        "capture-msg",
        msg_id,
        &count.to_string(),
        if repeat_end { "1" } else { "0" },
    ])
}

/// The fingerprint of a gift-event row before its occurrence is counted:
/// the time as written, sender, gift id and name, price and count. Live
/// capture uses the same, so a later import of the same log adds nothing.
pub(crate) fn gift_event_fingerprint(
    stamp: &str,
    sender: Option<&str>,
    gift_id: &str,
    name: &str,
    coins: i64,
    count: i64,
) -> i64 {
    fingerprint(&[
        "gift-event",
        stamp,
        sender.unwrap_or(""),
        gift_id,
        name,
        &coins.to_string(),
        &count.to_string(),
    ])
}

/// The identity of a streak before its occurrence is counted: whose gift,
/// and the time cells of its first event as written. Live capture uses the
/// same, so a row a stop writes is the estimated row a later import completes.
pub(crate) fn streak_fingerprint(sender: &str, gift: &str, stamp: &str, time: &str) -> i64 {
    fingerprint(&["streak", sender, gift, stamp, time])
}

/// The fingerprint of the `n`th row (from 1) of a file with fingerprint `base`.
pub(crate) fn occurrence_fingerprint(base: i64, n: u32) -> i64 {
    if n <= 1 {
        base
    } else {
        fingerprint(&[&base.to_string(), &n.to_string()])
    }
}
