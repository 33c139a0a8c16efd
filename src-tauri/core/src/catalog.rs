//! The default gift catalog shipped in `assets/gift-catalog.csv`.
//!
//! It seeds a new ledger's editable catalog; gift prices drift, so a gift row
//! always stores its own coins and the catalog only fills them in.

/// The catalog file as shipped, `name,coins` with a header.
pub const DEFAULT_CATALOG_CSV: &str = include_str!("../../../assets/gift-catalog.csv");

/// The shipped gifts and their prices in coins. Malformed lines are skipped
/// (the file is ours and tested; see the test below).
pub fn default_catalog() -> Vec<(String, i64)> {
    DEFAULT_CATALOG_CSV
        .lines()
        .skip(1)
        .filter_map(|line| {
            let (name, coins) = line.rsplit_once(',')?;
            Some((name.trim().to_string(), coins.trim().parse().ok()?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_line_parses() {
        let lines = DEFAULT_CATALOG_CSV
            .lines()
            .filter(|l| !l.trim().is_empty())
            .count()
            - 1;
        let gifts = default_catalog();
        assert_eq!(gifts.len(), lines);
        assert!(gifts.contains(&("Rose".to_string(), 1)));
        assert!(gifts.contains(&("Lion".to_string(), 29_999)));
        assert!(gifts.contains(&("TikTok Universe".to_string(), 44_999)));
    }
}
