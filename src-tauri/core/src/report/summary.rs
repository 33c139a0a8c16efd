//! Where the balance stands: its value at today's rate, progress to the
//! withdrawal threshold, what blocks a withdrawal, and when the threshold is
//! reached at the current pace.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::dates;
use crate::error::{Error, Result};
use crate::l10n::{self, Message};
use crate::money::{round_money_below, Amounts, Diamonds, Money, ROUNDING};
use crate::rates::Rate;
use crate::snapshot::Snapshot;

/// Days of history the earning pace (and so the ETA) is computed from.
pub const PACE_DAYS: i64 = 30;

/// Lives in the pace window an ETA needs: one short live says nothing about
/// when a creator reaches the minimum (it gave "around 2031" after a minute).
pub const ETA_MIN_LIVES: usize = 3;

/// What stands in the way of a withdrawal, by kind, so a face can word it
/// (and link to where it is cleared) without reading the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum BlockerKind {
    /// More was withdrawn or corrected than earned.
    NegativeBalance,
    /// The balance's value is below today's minimum withdrawal.
    BelowMinimum,
    /// The creator has not confirmed being 18+ with a verified account.
    AgeNotConfirmed,
    /// No payout method is named.
    NoPayoutMethod,
    /// Today's withdrawal maximum is used up.
    DailyMaximumUsed,
}

/// Where the balance stands and whether it can be withdrawn. Field names are
/// the CLI's `summary --json` contract.
///
/// The balance's value is at TODAY's rate (what a withdrawal now would
/// bring); statements value each session at its own day's rate (what it
/// earned then). The two differ when the rate changed in between.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Summary {
    /// Diamonds earned by every session.
    pub diamonds_earned: Diamonds,
    /// Diamonds in withdrawals that are pending or paid.
    pub diamonds_withdrawn: Diamonds,
    /// Net diamonds of balance corrections.
    pub diamonds_adjusted: Diamonds,
    /// earned − withdrawn + adjusted.
    pub balance_diamonds: Diamonds,
    /// The balance's money value at today's rate, rounded by
    /// [`round_money_below`]: the house rule, but never up to the minimum
    /// withdrawal while below it. The one figure every card shows.
    pub balance_value: Money,
    /// The same figure as `balance_value` (kept for `summary --json`).
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub balance_value_vs_minimum: Decimal,
    /// Whether `balance_value` was rounded down so as not to read as the
    /// minimum (9.995 shown as 9.99 against 10.00): worth a word to the creator.
    pub balance_value_rounded_down: bool,
    /// Currency of today's rate: of `balance_value`, `min_withdrawal`,
    /// `to_go_value` and `withdrawable_now_value`.
    pub currency: String,
    /// Today's money per diamond.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub money_per_diamond: Decimal,
    /// Today's minimum withdrawal, in money.
    pub min_withdrawal: Money,
    /// The minimum withdrawal in diamonds (rounded up).
    pub threshold_diamonds: Diamonds,
    /// Diamonds still missing to reach the threshold (0 when reached).
    pub to_go_diamonds: Diamonds,
    /// Their money value, rounded.
    pub to_go_value: Money,
    /// balance value ÷ minimum withdrawal, 4 places, not capped, never
    /// below 0 (a negative balance is a blocker, not a negative progress).
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub progress: Decimal,
    /// Whether a withdrawal can be requested now.
    pub ready: bool,
    /// What stands in the way, each with how to clear it, in English
    /// (`blocker_messages` rendered by the English catalog).
    pub blockers: Vec<String>,
    /// The same blockers as message ids with their arguments, for a face to
    /// word in its language.
    pub blocker_messages: Vec<Message>,
    /// The kind of each of `blockers`, in the same order.
    pub blocker_kinds: Vec<BlockerKind>,
    /// The local day the threshold is reached at the current pace; today when
    /// already reached; `None` when nothing was earned in the pace window or
    /// it holds fewer than [`ETA_MIN_LIVES`] lives.
    pub eta: Option<NaiveDate>,
    /// Lives started in the pace window.
    pub pace_lives: usize,
    /// Lives still needed in the pace window before there is an ETA
    /// (0 when there are enough).
    pub eta_lives_needed: usize,
    /// Average diamonds a day over the last [`PACE_DAYS`] days.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub pace_diamonds_per_day: Decimal,
    /// Days of history the pace is computed from ([`PACE_DAYS`]).
    pub pace_days: i64,
    /// Diamonds that can be withdrawn today, within the daily maximum.
    pub withdrawable_now_diamonds: Diamonds,
    /// Their money value, rounded.
    pub withdrawable_now_value: Money,
    /// Gross value of withdrawals still pending, per currency (each in the
    /// currency of its own day; never added across currencies).
    pub pending: Amounts,
    /// Number of sessions.
    pub sessions: usize,
    /// The day today's rate took effect.
    pub rate_effective_from: NaiveDate,
    /// How money figures are rounded.
    pub rounding: &'static str,
    /// The instant this summary describes.
    pub as_of: DateTime<Utc>,
}

/// Computes the summary of `ledger` at instant `now`.
pub fn summary(ledger: &Snapshot, now: DateTime<Utc>) -> Result<Summary> {
    let rate = ledger.rate_at(now);
    let today = dates::local_date(now, ledger.tz);
    let parts = ledger.balance()?;
    let balance = parts.total()?;
    let standing = Standing::of(&rate, balance)?;
    let room_today = room_today(ledger, &rate, today)?;
    let (blocker_kinds, blocker_messages): (Vec<_>, Vec<_>) =
        blockers(ledger, &rate, &standing, room_today)
            .into_iter()
            .unzip();
    let blockers: Vec<String> = blocker_messages.iter().map(l10n::english).collect();
    let ready = blockers.is_empty();
    let withdrawable = if ready {
        withdrawable(&rate, balance, room_today)
    } else {
        Diamonds::ZERO
    };
    let (pace, pace_lives) = pace(ledger, now)?;
    let eta_lives_needed = ETA_MIN_LIVES.saturating_sub(pace_lives);
    let eta = eta(&standing, pace, today).filter(|day| *day == today || eta_lives_needed == 0);
    let pending = pending(ledger)?;
    let Standing {
        shown,
        rounded_down,
        threshold,
        to_go,
        progress,
        ..
    } = standing;
    let overflow = || Error::overflow("the balance's value");
    Ok(Summary {
        diamonds_earned: parts.earned.normalize(),
        diamonds_withdrawn: parts.withdrawn.normalize(),
        diamonds_adjusted: parts.adjusted.normalize(),
        balance_diamonds: balance.normalize(),
        balance_value: shown,
        balance_value_vs_minimum: shown.0,
        balance_value_rounded_down: rounded_down,
        currency: rate.currency.clone(),
        money_per_diamond: rate.money_per_diamond.normalize(),
        min_withdrawal: Money(rate.min_withdrawal).rounded(),
        threshold_diamonds: threshold.normalize(),
        to_go_diamonds: to_go.normalize(),
        to_go_value: to_go
            .value(rate.money_per_diamond)
            .ok_or_else(overflow)?
            .rounded(),
        progress,
        ready,
        blockers,
        blocker_messages,
        blocker_kinds,
        eta,
        pace_lives,
        eta_lives_needed,
        pace_diamonds_per_day: pace.round_dp(2).normalize(),
        pace_days: PACE_DAYS,
        withdrawable_now_diamonds: withdrawable.normalize(),
        withdrawable_now_value: withdrawable
            .value(rate.money_per_diamond)
            .ok_or_else(overflow)?
            .rounded(),
        pending: pending.rounded(),
        sessions: ledger.sessions.len(),
        rate_effective_from: rate.effective_from,
        rounding: ROUNDING,
        as_of: now,
    })
}

/// Where the balance stands against today's minimum withdrawal.
struct Standing {
    /// The balance in diamonds.
    balance: Diamonds,
    /// Its value as shown ([`round_money_below`] against the minimum).
    shown: Money,
    /// Whether `shown` was rounded down so as not to read as the minimum.
    rounded_down: bool,
    /// The minimum withdrawal in diamonds.
    threshold: Diamonds,
    /// Diamonds missing to the threshold (0 when reached).
    to_go: Diamonds,
    /// Value ÷ minimum, 4 places, never below 0.
    progress: Decimal,
    /// Whether the balance is below zero.
    negative: bool,
    /// Whether its value is below the minimum withdrawal.
    below: bool,
}

impl Standing {
    /// The standing of `balance` at `rate`.
    fn of(rate: &Rate, balance: Diamonds) -> Result<Standing> {
        let overflow = || Error::overflow("the balance's value");
        let value = balance.value(rate.money_per_diamond).ok_or_else(overflow)?;
        let threshold = Diamonds(rate.threshold_diamonds());
        let to_go = Diamonds(
            threshold
                .checked_sub(balance)
                .ok_or_else(overflow)?
                .0
                .max(Decimal::ZERO),
        );
        let (shown, rounded_down) = round_money_below(value.0, rate.min_withdrawal);
        let progress = if rate.min_withdrawal.is_zero() {
            Decimal::ONE
        } else {
            (value.0 / rate.min_withdrawal)
                .round_dp(4)
                .max(Decimal::ZERO)
                .normalize()
        };
        Ok(Standing {
            balance,
            shown,
            rounded_down,
            threshold,
            to_go,
            progress,
            negative: balance.0 < Decimal::ZERO,
            below: value.0 < rate.min_withdrawal,
        })
    }
}

/// What is left of today's withdrawal maximum (`None` when there is none).
fn room_today(ledger: &Snapshot, rate: &Rate, today: NaiveDate) -> Result<Option<Decimal>> {
    let used_today = ledger.gross_withdrawn_on(today)?;
    Ok(rate
        .max_withdrawal_per_day
        .map(|max| (max - used_today.0).max(Decimal::ZERO)))
}

/// What stands in the way of a withdrawal now, each with how to clear it.
fn blockers(
    ledger: &Snapshot,
    rate: &Rate,
    standing: &Standing,
    room_today: Option<Decimal>,
) -> Vec<(BlockerKind, Message)> {
    let mut blockers = Vec::new();
    let currency = rate.currency.as_str();
    if standing.negative {
        blockers.push((
            BlockerKind::NegativeBalance,
            Message::new("core-blocker-negative-balance")
                .diamonds("balance", standing.balance.normalize().0),
        ));
    }
    if standing.below && !standing.negative {
        blockers.push((
            BlockerKind::BelowMinimum,
            Message::new("core-blocker-below-minimum")
                .money("balance", standing.shown.0, currency)
                .money("minimum", Money(rate.min_withdrawal).rounded().0, currency)
                .diamonds("missing", standing.to_go.normalize().0),
        ));
    }
    if !ledger.settings.age_confirmed {
        blockers.push((
            BlockerKind::AgeNotConfirmed,
            Message::new("core-blocker-age-not-confirmed"),
        ));
    }
    if ledger.settings.payout_method.trim().is_empty() {
        blockers.push((
            BlockerKind::NoPayoutMethod,
            Message::new("core-blocker-no-payout-method"),
        ));
    }
    if let (Some(room), false) = (room_today, standing.below) {
        if room < rate.min_withdrawal {
            blockers.push((
                BlockerKind::DailyMaximumUsed,
                Message::new("core-blocker-daily-maximum-used").money(
                    "maximum",
                    Money(rate.max_withdrawal_per_day.unwrap_or_default())
                        .rounded()
                        .0,
                    currency,
                ),
            ));
        }
    }
    blockers
}

impl Summary {
    /// The threshold's line: the minimum, its diamonds and the progress
    /// to it in percent (one decimal place).
    pub fn threshold_message(&self) -> Message {
        Message::new("core-summary-threshold")
            .money("minimum", self.min_withdrawal.0, &self.currency)
            .diamonds("diamonds", self.threshold_diamonds.0)
            .decimal(
                "percent",
                (self.progress * Decimal::ONE_HUNDRED)
                    .round_dp(1)
                    .normalize(),
            )
    }

    /// When the minimum is reached: the day (at the pace of the last
    /// [`PACE_DAYS`] days), reached, the lives still needed for an
    /// estimate, or none.
    pub fn eta_message(&self) -> Message {
        match self.eta {
            Some(d) if self.to_go_diamonds.0.is_zero() => {
                Message::new("core-summary-eta-reached").day("day", d)
            }
            Some(d) => Message::new("core-summary-eta-day")
                .day("day", d)
                .decimal("pace", self.pace_diamonds_per_day)
                .count("days", self.pace_days),
            None if self.eta_lives_needed > 0 && self.pace_lives > 0 => {
                Message::new("core-summary-eta-wait")
                    .count("count", self.eta_lives_needed as u64)
                    .count("days", self.pace_days)
                    .count("needed", ETA_MIN_LIVES as u64)
            }
            None => Message::new("core-summary-eta-none").count("days", self.pace_days),
        }
    }

    /// Whether a withdrawal can be made now, and of what.
    pub fn ready_message(&self) -> Message {
        if self.ready {
            Message::new("core-summary-ready-yes")
                .diamonds("diamonds", self.withdrawable_now_diamonds.0)
                .money("value", self.withdrawable_now_value.0, &self.currency)
        } else {
            Message::new("core-summary-ready-not-yet")
        }
    }

    /// The balance in diamonds and its value at today's rate.
    pub fn balance_message(&self) -> Message {
        Message::new("core-summary-balance")
            .diamonds("diamonds", self.balance_diamonds.0)
            .money("value", self.balance_value.0, &self.currency)
    }

    /// Today's rate, since when, and how money is rounded.
    pub fn rate_message(&self) -> Message {
        Message::new("core-summary-rate")
            .day("day", self.rate_effective_from)
            .money("rate", self.money_per_diamond, &self.currency)
            .decimal("step", Decimal::new(1, crate::money::MONEY_DP))
    }
}

/// The whole diamonds of `balance` a withdrawal may take today, within
/// what is left of the day's maximum; never below 0.
fn withdrawable(rate: &Rate, balance: Diamonds, room_today: Option<Decimal>) -> Diamonds {
    let cap = room_today.map(|room| (room / rate.money_per_diamond).floor());
    let whole_balance = balance.0.floor();
    Diamonds(
        cap.map_or(whole_balance, |c| c.min(whole_balance))
            .max(Decimal::ZERO),
    )
}

/// Average diamonds a day earned by the sessions started in the last
/// [`PACE_DAYS`] days up to `now`, and how many sessions those are.
fn pace(ledger: &Snapshot, now: DateTime<Utc>) -> Result<(Decimal, usize)> {
    let window_start = now - Duration::days(PACE_DAYS);
    let mut recent = Diamonds::ZERO;
    let mut lives = 0;
    for s in ledger
        .sessions
        .iter()
        .filter(|s| s.started_at > window_start && s.started_at <= now)
    {
        recent = recent
            .checked_add(ledger.session_diamonds(s)?)
            .ok_or_else(|| Error::overflow("the recent pace"))?;
        lives += 1;
    }
    Ok((recent.0 / Decimal::from(PACE_DAYS), lives))
}

/// The local day the threshold is reached at `pace`: today when already
/// reached, `None` when nothing is being earned.
fn eta(standing: &Standing, pace: Decimal, today: NaiveDate) -> Option<NaiveDate> {
    if standing.to_go.0.is_zero() && !standing.negative {
        Some(today)
    } else if pace > Decimal::ZERO {
        let days = (standing.to_go.0 / pace).ceil();
        days.try_into()
            .ok()
            .and_then(|d: u64| today.checked_add_days(chrono::Days::new(d)))
    } else {
        None
    }
}

/// Gross money of the withdrawals still pending, per currency.
fn pending(ledger: &Snapshot) -> Result<Amounts> {
    let mut pending = Amounts::default();
    for w in ledger
        .withdrawals
        .iter()
        .filter(|w| w.status == crate::model::WithdrawalStatus::Pending)
    {
        pending
            .checked_add(&w.currency, w.gross)
            .ok_or_else(|| Error::overflow("the pending withdrawals"))?;
    }
    Ok(pending)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Period;
    use crate::model::{Adjustment, WithdrawalStatus};
    use crate::report::fixtures::{arb_ledger, ledger, session, t, withdrawal};
    use crate::report::statement;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    #[test]
    fn summary_by_hand() {
        // 1,500 coins over two sessions in the last 30 days at 1 diamond/coin,
        // $0.005/diamond, $10 minimum = 2,000 diamonds.
        let l = ledger(vec![
            session(1, "2026-11-01T18:00:00Z", 2, 1000),
            session(2, "2026-11-20T18:00:00Z", 1, 500),
            session(3, "2026-11-22T18:00:00Z", 1, 0),
        ]);
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!(s.balance_diamonds, Diamonds(dec!(1500)));
        assert_eq!(s.balance_value.to_string(), "7.50");
        assert_eq!(s.threshold_diamonds, Diamonds(dec!(2000)));
        assert_eq!(s.to_go_diamonds, Diamonds(dec!(500)));
        assert_eq!(s.progress, dec!(0.75));
        assert!(!s.ready);
        assert_eq!(s.blockers.len(), 1);
        assert!(
            s.blockers[0].contains("$7.50 of $10.00 — 500 diamonds to go"),
            "{:?}",
            s.blockers
        );
        // Pace: 1,500 / 30 = 50 a day; 500 to go = 10 days.
        assert_eq!(s.pace_diamonds_per_day, dec!(50));
        assert_eq!(s.eta, Some("2026-12-05".parse().unwrap()));
        assert_eq!(s.withdrawable_now_diamonds, Diamonds::ZERO);
    }

    #[test]
    fn the_forecast_waits_for_three_lives() {
        // One short live of 35 diamonds: a pace of 1.17 a day would put the
        // minimum years away; say nothing until there are three lives.
        let mut l = ledger(vec![session(1, "2026-11-20T18:00:00Z", 1, 35)]);
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!((s.eta, s.pace_lives, s.eta_lives_needed), (None, 1, 2));
        l.sessions.push(session(2, "2026-11-21T18:00:00Z", 1, 35));
        l.sessions.push(session(3, "2026-11-22T18:00:00Z", 1, 35));
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!((s.pace_lives, s.eta_lives_needed), (3, 0));
        assert!(s.eta.is_some());
    }

    #[test]
    fn every_card_shows_the_same_value_of_the_balance() {
        // 35 diamonds × 0.005 = 0.175: once $0.18 on the balance and $0.17
        // beside the minimum; now one figure, rounded by the house rule.
        let l = ledger(vec![session(1, "2026-11-20T18:00:00Z", 1, 35)]);
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!(s.balance_value.to_string(), "0.18");
        assert_eq!(s.balance_value_vs_minimum.to_string(), "0.18");
        assert!(!s.balance_value_rounded_down);
        assert!(
            s.blockers[0].contains("$0.18 of $10.00"),
            "{:?}",
            s.blockers
        );
        assert_eq!(s.blocker_kinds[0], BlockerKind::BelowMinimum);
    }

    #[test]
    fn ready_and_capped_by_the_daily_maximum() {
        // 300,000 diamonds = $1,500; the daily maximum is $1,000.
        let mut l = ledger(vec![session(1, "2026-11-01T18:00:00Z", 2, 300_000)]);
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert!(s.ready, "{:?}", s.blockers);
        assert_eq!(s.withdrawable_now_diamonds, Diamonds(dec!(200000)));
        assert_eq!(s.withdrawable_now_value.to_string(), "1000.00");
        assert_eq!(s.eta, Some("2026-11-25".parse().unwrap()));
        // After withdrawing $1,000 today, nothing more today.
        l.withdrawals.push(withdrawal(
            "2026-11-25T09:00:00Z",
            dec!(200000),
            WithdrawalStatus::Pending,
        ));
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert!(!s.ready);
        assert!(s.blockers[0].contains("maximum"), "{:?}", s.blockers);
        assert_eq!(s.balance_diamonds, Diamonds(dec!(100000)));
        assert_eq!(s.pending.describe(), "1000.00 USD");
    }

    #[test]
    fn prerequisites_block_and_say_how() {
        let mut l = ledger(vec![session(1, "2026-11-01T18:00:00Z", 2, 5000)]);
        l.settings.age_confirmed = false;
        l.settings.payout_method.clear();
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert!(!s.ready);
        assert_eq!(s.blockers.len(), 2);
        assert!(s.blockers.iter().all(|b| b.contains("Settings")));
        assert_eq!(
            s.blocker_kinds,
            [BlockerKind::AgeNotConfirmed, BlockerKind::NoPayoutMethod]
        );
    }

    #[test]
    fn no_recent_earnings_means_no_eta() {
        let l = ledger(vec![session(1, "2026-01-01T18:00:00Z", 2, 10)]);
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!(s.eta, None);
        assert_eq!(s.pace_diamonds_per_day, Decimal::ZERO);
    }

    #[test]
    fn one_diamond_short_of_the_minimum_does_not_contradict_itself() {
        // 1,999 diamonds × 0.005 = 9.995 USD against a 10.00 minimum.
        let l = ledger(vec![session(1, "2026-11-20T18:00:00Z", 1, 1999)]);
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!(s.to_go_diamonds, Diamonds(dec!(1)));
        assert!(
            s.blockers[0].contains("$9.99 of $10.00 — 1 diamond to go"),
            "{:?}",
            s.blockers
        );
        assert_eq!(s.balance_value.to_string(), "9.99");
        assert!(s.balance_value_rounded_down);
    }

    #[test]
    fn blockers_are_messages_each_face_words_in_its_language() {
        let l = ledger(vec![session(1, "2026-11-20T18:00:00Z", 1, 1999)]);
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!(s.blocker_messages.len(), s.blockers.len());
        assert_eq!(s.blocker_messages[0].id, "core-blocker-below-minimum");
        assert_eq!(l10n::english(&s.blocker_messages[0]), s.blockers[0]);
        assert_eq!(
            l10n::Localizer::new("de").render(&s.blocker_messages[0]),
            "Unter der Mindestauszahlung: 9,99\u{A0}$ von 10,00\u{A0}$ — noch 1 Diamant. Geh weiter LIVE."
        );
        assert_eq!(
            l10n::Localizer::new("de").render(&s.eta_message()),
            "nach 2 weiteren LIVEs in den letzten 30 Tagen (eine Prognose braucht 3)"
        );
    }

    #[test]
    fn a_negative_balance_is_a_blocker_not_a_negative_progress() {
        let mut l = ledger(vec![session(1, "2026-11-20T18:00:00Z", 1, 1000)]);
        l.adjustments.push(Adjustment {
            id: 1,
            at: t("2026-11-21T12:00:00Z"),
            diamonds: Diamonds(dec!(-9000)),
            reason: "test".into(),
        });
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!(s.balance_diamonds, Diamonds(dec!(-8000)));
        assert_eq!(s.progress, Decimal::ZERO);
        assert!(!s.ready);
        assert!(s.blockers[0].contains("negative"), "{:?}", s.blockers);
    }

    #[test]
    fn absurd_stored_figures_give_an_error_not_a_panic() {
        let mut l = ledger(vec![session(1, "2026-11-01T18:00:00Z", 1, 10)]);
        l.sessions[0].reported_diamonds = Diamonds(Decimal::MAX);
        l.adjustments.push(Adjustment {
            id: 1,
            at: t("2026-11-02T12:00:00Z"),
            diamonds: Diamonds(Decimal::MAX),
            reason: "test".into(),
        });
        assert!(matches!(
            summary(&l, t("2026-11-25T12:00:00Z")),
            Err(Error::Overflow { .. })
        ));
        assert!(statement(&l, Period::Month).is_err());
    }

    proptest! {
        #[test]
        fn balance_is_earned_minus_withdrawn_plus_adjusted(l in arb_ledger()) {
            let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
            let earned: Decimal = l.sessions.iter().map(|x| l.session_diamonds(x).unwrap().0).sum();
            let withdrawn: Decimal = l.withdrawals.iter()
                .filter(|w| matches!(w.status, WithdrawalStatus::Pending | WithdrawalStatus::Paid))
                .map(|w| w.diamonds.0).sum();
            let adjusted: Decimal = l.adjustments.iter().map(|a| a.diamonds.0).sum();
            prop_assert_eq!(s.balance_diamonds.0, earned - withdrawn + adjusted);
            prop_assert_eq!(s.diamonds_earned.0, earned);
            prop_assert_eq!(s.diamonds_withdrawn.0, withdrawn);
        }

        #[test]
        fn withdrawable_never_exceeds_balance(l in arb_ledger()) {
            let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
            prop_assert!(s.withdrawable_now_diamonds.0 <= s.balance_diamonds.0.max(Decimal::ZERO));
            prop_assert!(s.withdrawable_now_diamonds.0 >= Decimal::ZERO);
            prop_assert_eq!(s.ready, s.blockers.is_empty());
            prop_assert_eq!(s.blockers.len(), s.blocker_kinds.len());
        }
    }
}
