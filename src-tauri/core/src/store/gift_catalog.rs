//! The `gift_catalog` table: gift names and their prices in coins.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::check::clean_text;
use super::Store;
use crate::error::{Error, Result};
use crate::l10n::Message;

/// A gift in the catalog and its price in coins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct CatalogGift {
    /// Name as shown and typed (matched without regard to case).
    pub name: String,
    /// Price of one in coins.
    pub coins: i64,
}

impl Store {
    /// The gift catalog, cheapest first.
    pub fn catalog(&self) -> Result<Vec<CatalogGift>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, coins FROM gift_catalog ORDER BY coins, name")?;
        let rows = stmt.query_map([], |r| {
            Ok(CatalogGift {
                name: r.get(0)?,
                coins: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The coins of catalog gift `name` (any case), if listed.
    pub fn catalog_coins(&self, name: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT coins FROM gift_catalog WHERE name = ?1",
                [name.trim()],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Adds a gift to the catalog or changes its price.
    pub fn set_catalog_gift(&mut self, name: &str, coins: i64) -> Result<()> {
        let name = clean_text("gift", name, false)?;
        if name.is_empty() {
            return Err(Error::invalid_said(
                "gift",
                Message::new("core-invalid-name-required"),
            ));
        }
        if coins < 0 {
            return Err(Error::invalid_said(
                "coins",
                Message::new("core-invalid-not-negative"),
            ));
        }
        self.conn.execute(
            "INSERT INTO gift_catalog (name, coins) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET coins = excluded.coins",
            params![name, coins],
        )?;
        Ok(())
    }

    /// Removes a gift from the catalog (gift rows keep their coins).
    pub fn remove_catalog_gift(&mut self, name: &str) -> Result<()> {
        if self
            .conn
            .execute("DELETE FROM gift_catalog WHERE name = ?1", [name.trim()])?
            == 0
        {
            return Err(Error::invalid_said(
                "gift",
                Message::new("core-invalid-catalog-missing").text("text", name.trim()),
            ));
        }
        Ok(())
    }
}
