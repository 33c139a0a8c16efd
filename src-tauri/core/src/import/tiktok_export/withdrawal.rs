//! A wallet entry as a withdrawal: what kind of transaction it is, and a
//! withdrawal's day, diamonds, money, fee, status, method and reference.

use crate::l10n::Message;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde_json::Value;

use super::fields::{diamonds, instant, money, pick, scalar, text_of, Fields, Read1, MAX_FIGURE};
use crate::dates;
use crate::import::fingerprint;
use crate::import::json::quote;
use crate::import::parse::WithdrawalRow;
use crate::import::sniff::norm;
use crate::model::WithdrawalStatus;
use crate::money::{Diamonds, Money};
use crate::rates::{Rate, RateTable};

/// What a wallet transaction is.
pub(super) enum Txn {
    Withdrawal,
    Spending,
    Other,
}

/// What a wallet transaction is, by its type (or its description).
pub(super) fn transaction_kind(f: &Fields<'_>) -> Txn {
    let what = pick(
        f,
        &[
            "type",
            "transactiontype",
            "category",
            "action",
            "description",
            "title",
            "event",
            "name",
        ],
    )
    .and_then(|(_, v)| scalar(v))
    .map(|t| norm(&t))
    .unwrap_or_default();
    if ["withdraw", "cashout", "payout"]
        .iter()
        .any(|w| what.contains(w))
    {
        Txn::Withdrawal
    } else if ["purchase", "recharge", "topup", "buy", "coin"]
        .iter()
        .any(|w| what.contains(w))
    {
        Txn::Spending
    } else {
        Txn::Other
    }
}

/// A withdrawal's status in TikTok's words, as one of ours.
fn status_of(key: &str, v: &Value) -> Read1<WithdrawalStatus> {
    let t = text_of(key, v, 40)?;
    let n = norm(&t);
    let status = if [
        "success",
        "succeeded",
        "completed",
        "complete",
        "paid",
        "done",
        "arrived",
    ]
    .contains(&n.as_str())
    {
        WithdrawalStatus::Paid
    } else if [
        "pending",
        "processing",
        "inreview",
        "reviewing",
        "underreview",
        "submitted",
        "requested",
    ]
    .contains(&n.as_str())
    {
        WithdrawalStatus::Pending
    } else if [
        "failed", "fail", "rejected", "refused", "returned", "declined",
    ]
    .contains(&n.as_str())
    {
        WithdrawalStatus::Failed
    } else if ["cancelled", "canceled"].contains(&n.as_str()) {
        WithdrawalStatus::Cancelled
    } else {
        return Err((
            Some(key.to_string()),
            Message::new("core-import-tiktok-status").text("text", quote(&t)),
        ));
    };
    Ok(status)
}

/// Keys (normalised) of a withdrawal's day, in the order looked for.
const DATE_KEYS: &[&str] = &[
    "date",
    "time",
    "createtime",
    "transactiontime",
    "requesttime",
    "requestedat",
    "withdrawtime",
    "withdrawaltime",
    "applytime",
];
/// Keys of the diamonds withdrawn.
const DIAMOND_KEYS: &[&str] = &[
    "diamonds",
    "diamondamount",
    "diamondcount",
    "diamondsamount",
    "withdrawdiamonds",
];
/// Keys of the money withdrawn.
const MONEY_KEYS: &[&str] = &[
    "amount",
    "money",
    "value",
    "withdrawamount",
    "withdrawalamount",
    "usd",
    "amountusd",
    "cashamount",
];
/// Keys of how it was paid out.
const METHOD_KEYS: &[&str] = &[
    "method",
    "paymentmethod",
    "withdrawmethod",
    "payoutmethod",
    "channel",
];
/// Keys of its reference.
const REFERENCE_KEYS: &[&str] = &[
    "id",
    "transactionid",
    "orderid",
    "reference",
    "referenceid",
    "withdrawid",
];

/// A wallet entry as a withdrawal, valued at the rate of its day in `tz`.
pub(super) fn withdrawal(f: &Fields<'_>, rates: &RateTable, tz: Tz) -> Read1<WithdrawalRow> {
    let (at, rate) = day_and_rate(f, rates, tz)?;
    let (d, gross) = amount(f, rate)?;
    let fee = fee(f, &rate.currency, gross)?;
    let status = match pick(f, &["status", "state", "result"]) {
        Some((k, v)) => status_of(k, v)?,
        // A withdrawal in the history without a status went through.
        None => WithdrawalStatus::Paid,
    };
    let method = match pick(f, METHOD_KEYS) {
        Some((k, v)) => text_of(k, v, 100)?,
        None => "TikTok".to_string(),
    };
    let reference = match pick(f, REFERENCE_KEYS) {
        Some((k, v)) => text_of(k, v, 100)?,
        None => String::new(),
    };
    let fp = fingerprint(&[
        "tiktok-withdrawal",
        &at.timestamp_millis().to_string(),
        &reference,
        &d.normalize().to_string(),
    ]);
    Ok(WithdrawalRow {
        at,
        diamonds: d,
        gross: gross.0,
        fee: fee.0,
        // fee ≤ gross was checked above.
        net: gross.0 - fee.0,
        method,
        status,
        reference,
        fp,
    })
}

/// When the withdrawal was made (required), and the rate of its day in `tz`.
fn day_and_rate<'r>(
    f: &Fields<'_>,
    rates: &'r RateTable,
    tz: Tz,
) -> Read1<(DateTime<Utc>, &'r Rate)> {
    let (k, v) =
        pick(f, DATE_KEYS).ok_or_else(|| (None, Message::new("core-import-tiktok-no-date")))?;
    let at = instant(k, v)?;
    let rate = rates.on(dates::local_date(at, tz)).ok_or_else(|| {
        (
            Some(k.to_string()),
            Message::new("core-import-tiktok-no-rate"),
        )
    })?;
    Ok((at, rate))
}

/// The diamonds withdrawn and their value: the stated diamonds, else the
/// stated money turned into diamonds at `rate`; the value is the stated
/// money, else the diamonds valued at `rate`.
fn amount(f: &Fields<'_>, rate: &Rate) -> Read1<(Decimal, Money)> {
    let stated_diamonds = match pick(f, DIAMOND_KEYS) {
        Some((k, v)) => Some((k, diamonds(k, v)?)),
        None => None,
    };
    let stated_money = match pick(f, MONEY_KEYS) {
        Some((k, v)) => Some((k, money(k, v, &rate.currency)?)),
        None => None,
    };
    let d = match (stated_diamonds, stated_money) {
        (Some((_, d)), _) => d,
        (None, Some((k, m))) => m
            .checked_div(rate.money_per_diamond)
            .map(|d| d.normalize())
            .ok_or_else(|| {
                (
                    Some(k.to_string()),
                    Message::new("core-import-tiktok-money-to-diamonds"),
                )
            })?,
        (None, None) => return Err((None, Message::new("core-import-tiktok-no-amount"))),
    };
    if d <= Decimal::ZERO || d > Decimal::from(MAX_FIGURE) {
        let key = stated_diamonds.map(|s| s.0).or(stated_money.map(|s| s.0));
        return Err((
            key.map(str::to_string),
            Message::new("core-import-tiktok-withdrawal-range")
                .text("max", MAX_FIGURE.to_string())
                .text("text", d.to_string()),
        ));
    }
    let gross = match stated_money {
        Some((_, m)) => Money(m).rounded(),
        None => Diamonds(d)
            .value(rate.money_per_diamond)
            .map(Money::rounded)
            .ok_or_else(|| {
                (
                    None,
                    Message::new("core-import-tiktok-too-many-to-value")
                        .text("text", d.to_string()),
                )
            })?,
    };
    Ok((d, gross))
}

/// The fee, in `currency`, never more than the withdrawal's `gross` value;
/// none stated is none.
fn fee(f: &Fields<'_>, currency: &str, gross: Money) -> Read1<Money> {
    match pick(f, &["fee", "fees", "servicefee", "handlingfee"]) {
        Some((k, v)) => {
            let fee = Money(money(k, v, currency)?).rounded();
            if fee > gross {
                return Err((
                    Some(k.to_string()),
                    Message::new("core-import-tiktok-fee-above")
                        .text("fee", fee.to_string())
                        .text("gross", gross.to_string()),
                ));
            }
            Ok(fee)
        }
        None => Ok(Money(Decimal::ZERO).rounded()),
    }
}
