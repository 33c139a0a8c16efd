//! Records beside the gifts: TikTok's reported days, and the count of rows
//! added or skipped.

#[allow(clippy::wildcard_imports)]
use super::*;

impl Writer<'_> {
    /// Writes the withdrawals, balance corrections and reported days the
    /// file holds, each once.
    pub(super) fn records(&mut self, parsed: &Parsed) -> Result<()> {
        for r in &parsed.withdrawals {
            let row = NewWithdrawal {
                requested_at: r.at.timestamp_millis(),
                diamonds: r.diamonds,
                gross: r.gross,
                fee: r.fee,
                net: r.net,
                method: &r.method,
                status: r.status,
                reference: &r.reference,
                currency: None,
                import_id: Some(self.import_id),
                fingerprint: Some(r.fp),
            };
            let added = store::insert_withdrawal(self.tx, &row)?.is_some();
            self.count(added);
        }
        for a in &parsed.adjustments {
            let row = NewAdjustment {
                at: a.at.timestamp_millis(),
                diamonds: a.diamonds,
                reason: &a.reason,
                import_id: Some(self.import_id),
                fingerprint: Some(a.fp),
            };
            let added = store::insert_adjustment(self.tx, &row)?.is_some();
            self.count(added);
        }
        if !parsed.days.is_empty() {
            self.days(&parsed.days)?;
        }
        Ok(())
    }

    /// Writes TikTok's figures per day through the one way they enter the
    /// ledger (`store::put_reported_figure`): a day counts as added when a
    /// figure of it is new or replaces another value, else as skipped. The
    /// report says what the file holds and every figure it replaces.
    pub(super) fn days(
        &mut self,
        days: &BTreeMap<chrono::NaiveDate, BTreeMap<crate::model::DayFigure, Decimal>>,
    ) -> Result<()> {
        let mut read = crate::import::DaysRead {
            days: days.len() as u64,
            first_day: days.keys().next().copied(),
            last_day: days.keys().next_back().copied(),
            ..crate::import::DaysRead::default()
        };
        let mut figures = BTreeSet::new();
        let mut diamonds: Option<Decimal> = None;
        for (day, values) in days {
            let mut changed = false;
            for (figure, value) in values {
                figures.insert(*figure);
                if *figure == crate::model::DayFigure::Diamonds {
                    diamonds = Some(
                        diamonds
                            .unwrap_or_default()
                            .checked_add(*value)
                            .ok_or_else(|| Error::overflow("TikTok's diamonds"))?,
                    );
                }
                match store::put_reported_figure(self.tx, *day, *figure, *value, self.import_id)? {
                    store::FigureWrite::Added => {
                        read.figures_added += 1;
                        changed = true;
                    }
                    store::FigureWrite::Same => read.figures_unchanged += 1,
                    store::FigureWrite::Replaced(was) => {
                        read.figures_replaced += 1;
                        changed = true;
                        if read.replaced.len() < crate::import::MAX_LISTED_REPLACED {
                            read.replaced.push(crate::import::ReplacedFigure {
                                day: *day,
                                figure: figure.name().to_string(),
                                was: was.normalize().to_string(),
                                now: value.normalize().to_string(),
                            });
                        }
                    }
                }
            }
            self.count(changed);
        }
        read.figures = figures.iter().map(|f| f.name().to_string()).collect();
        read.diamonds = diamonds.map(|d| crate::money::Diamonds(d.normalize()));
        self.report.days = Some(read);
        Ok(())
    }

    pub(super) fn count(&mut self, added: bool) {
        if added {
            self.report.rows_added += 1;
        } else {
            self.report.rows_skipped += 1;
        }
    }
}
