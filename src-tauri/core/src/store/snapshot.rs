//! The store's reading of a [`Snapshot`]: everything the reports need, read
//! once from kept totals, never from the gift rows.

use super::Store;
use crate::error::{Error, Result};
use crate::snapshot::{NameTotal, Snapshot, TopNames, TOP_NAMES};

impl Store {
    /// The snapshot the reports read: sessions with their kept totals,
    /// withdrawals, corrections, rates, settings and the [`TOP_NAMES`] gift
    /// names and senders with the most coins. Reads per-session and per-name
    /// totals, never every gift row. A ledger with no rate is refused.
    pub fn snapshot(&self) -> Result<Snapshot> {
        let ledger = Snapshot {
            sessions: self.sessions()?,
            withdrawals: self.withdrawals()?,
            adjustments: self.adjustments()?,
            rates: self.rates()?,
            settings: self.settings()?,
            tz: self.tz()?,
            top_names: TopNames {
                gifts: self.name_totals("gift")?,
                senders: self.name_totals("sender")?,
            },
        };
        if ledger.rates.all().is_empty() {
            return Err(Error::invalid_said(
                "rate",
                crate::l10n::Message::new("core-invalid-no-rate-add-one"),
            ));
        }
        Ok(ledger)
    }

    /// A snapshot of session `id` alone, for its figures (a live tally asks
    /// them after every tap): that session, the rates, settings and time
    /// zone; no withdrawals, corrections or names, so its balance and lists
    /// are not the ledger's. `NotFound` when there is no such session.
    pub fn session_snapshot(&self, id: i64) -> Result<Snapshot> {
        Ok(Snapshot {
            sessions: vec![self.session(id)?],
            withdrawals: Vec::new(),
            adjustments: Vec::new(),
            rates: self.rates()?,
            settings: self.settings()?,
            tz: self.tz()?,
            top_names: TopNames::default(),
        })
    }

    /// The [`TOP_NAMES`] names of `kind` with the most coins.
    fn name_totals(&self, kind: &str) -> Result<Vec<NameTotal>> {
        Ok(self
            .top_names(kind, TOP_NAMES)?
            .into_iter()
            .map(|(name, gifts, coins)| NameTotal { name, gifts, coins })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{GiftInput, SessionInput};

    fn gift(session_id: i64, name: &str, coins: i64, count: i64, sender: &str) -> GiftInput {
        GiftInput {
            session_id,
            gift_name: name.into(),
            coins_each: Some(coins),
            count,
            sender: Some(sender.into()),
            at: None,
        }
    }

    #[test]
    fn a_snapshot_keeps_the_names_with_the_most_coins() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.db")).unwrap();
        let id = store
            .add_session(&SessionInput {
                started_at: Some("2026-11-01T18:00:00Z".parse().unwrap()),
                ..Default::default()
            })
            .unwrap();
        // ann: 5 Roses (5 coins) + 1 Galaxy (1,000); bo: 3 Doughnuts (90).
        store.add_gift(&gift(id, "Rose", 1, 5, "ann")).unwrap();
        store.add_gift(&gift(id, "Galaxy", 1000, 1, "ann")).unwrap();
        store.add_gift(&gift(id, "Doughnut", 30, 3, "bo")).unwrap();
        // Twelve senders of one Rose each: more than a snapshot keeps.
        for n in 0..12 {
            store
                .add_gift(&gift(id, "Rose", 1, 1, &format!("fan{n:02}")))
                .unwrap();
        }
        let snap = store.snapshot().unwrap();
        let names = |v: &[NameTotal]| {
            v.iter()
                .map(|n| (n.name.clone(), n.gifts, n.coins))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names(&snap.top_names.gifts),
            [
                ("Galaxy".to_string(), 1, 1000),
                ("Doughnut".to_string(), 3, 90),
                ("Rose".to_string(), 17, 17),
            ]
        );
        assert_eq!(snap.top_names.senders.len(), TOP_NAMES);
        assert_eq!(
            names(&snap.top_names.senders[..3]),
            [
                ("ann".to_string(), 6, 1005),
                ("bo".to_string(), 3, 90),
                ("fan00".to_string(), 1, 1),
            ]
        );
        let one = store.session_snapshot(id).unwrap();
        assert_eq!(one.sessions.len(), 1);
        assert_eq!(one.sessions[0].coins_total.0, 5 + 1000 + 90 + 12);
        assert!(one.top_names.gifts.is_empty());
        assert!(matches!(
            store.session_snapshot(id + 1),
            Err(Error::NotFound { .. })
        ));
    }
}
