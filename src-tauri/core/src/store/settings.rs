//! The `settings` table: the creator's time zone, session gap and other choices.

use rusqlite::params;

use super::check::clean_text;
use super::Store;
use crate::dates;
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::Settings;

impl Store {
    /// The creator's settings.
    pub fn settings(&self) -> Result<Settings> {
        let get = |k: &str| self.setting(k).map(Option::unwrap_or_default);
        Ok(Settings {
            timezone: self.setting("timezone")?.unwrap_or_else(|| "UTC".into()),
            age_confirmed: get("age_confirmed")? == "true",
            payout_method: get("payout_method")?,
            session_gap_minutes: get("session_gap_minutes")?.parse().unwrap_or(30),
            setup_done: get("setup_done")? == "true",
            language: get("language")?,
        })
    }

    /// Sets one setting after checking its value. Keys: [`Settings::KEYS`].
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        let stored = checked_setting(key, value)?;
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, stored],
        )?;
        Ok(())
    }
}

/// `value` for setting `key` as the ledger stores it, or why it is not one.
pub(super) fn checked_setting(key: &str, value: &str) -> Result<String> {
    let value = value.trim();
    Ok(match key {
        "timezone" => dates::parse_tz(value)
            .map(|tz| tz.name().to_string())
            .ok_or_else(|| {
                Error::invalid_said(
                    key,
                    Message::new("core-invalid-time-zone").text("text", dates::cut(value)),
                )
            })?,
        "age_confirmed" | "setup_done" => match value.to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" => "true".into(),
            "false" | "no" | "0" => "false".into(),
            _ => {
                return Err(Error::invalid_said(
                    key,
                    Message::new("core-invalid-true-false"),
                ))
            }
        },
        "payout_method" => clean_text(key, value, false)?,
        // Empty: the system's language.
        "language" if value.is_empty() => String::new(),
        "language" => crate::l10n::supported(value)
            .map(str::to_string)
            .ok_or_else(|| Error::invalid_said(key, crate::l10n::unknown_language(value)))?,
        "session_gap_minutes" => match value.parse::<i64>() {
            Ok(n) if (1..=24 * 60).contains(&n) => n.to_string(),
            _ => {
                return Err(Error::invalid_said(
                    key,
                    Message::new("core-invalid-gap-minutes"),
                ))
            }
        },
        _ => {
            return Err(Error::invalid_said(
                "setting",
                Message::new("core-invalid-setting")
                    .text("text", dates::cut(key))
                    .text("known", Settings::KEYS.join(", ")),
            ))
        }
    })
}
