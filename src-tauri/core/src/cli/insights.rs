//! What `liveledger insights` prints: the best hours, the lengths, a
//! viewer's worth, the plan and who gives, each figure with its sample.

use rust_decimal::Decimal;

use liveledger::error::Result;
use liveledger::report::{self, Engagement, Figure, Insights, Split};

use super::print::emit;

/// A figure, or why there is none.
fn figure(f: &Figure) -> String {
    figure_in(f, "")
}

/// A figure followed by `unit` (" %"), or why there is none.
fn figure_in(f: &Figure, unit: &str) -> String {
    match f.value {
        Some(v) => format!("{v}{unit} ({} lives)", f.n),
        None => format!("not enough lives yet ({} of {})", f.n, report::MIN_SAMPLE),
    }
}

/// What earns: the best hours, the lengths, a viewer's worth and the plan.
pub(super) fn print(r: &Insights) -> Result<()> {
    if r.lives == 0 {
        say!("No lives yet: record or import a few; each figure needs 5 lives behind it.");
        return Ok(());
    }
    say!(
        "{} lives looked at. Medians; a figure needs {} lives.",
        r.lives,
        r.min_sample
    );
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let mut best: Vec<_> = r
        .week
        .iter()
        .filter(|c| c.per_hour.value.is_some())
        .collect();
    best.sort_by_key(|c| std::cmp::Reverse(c.per_hour.value));
    say!("Best start times (diamonds per live hour):");
    if best.is_empty() {
        say!("  not enough lives at any one weekday and hour yet");
    }
    for c in best.iter().take(5) {
        let day = DAYS.get(c.weekday as usize).unwrap_or(&"?");
        say!("  {day} {:02}:00  {}", c.hour, figure(&c.per_hour));
    }
    say!("By length (diamonds per live hour | per live):");
    for b in &r.lengths {
        let band = match b.to_minutes {
            Some(to) => format!("{}–{} min", b.from_minutes, to),
            None => format!("{}+ min", b.from_minutes),
        };
        say!(
            "  {band:<12} {} | {}",
            figure(&b.per_hour),
            figure(&b.per_live)
        );
    }
    let v = &r.per_view;
    say!("Per viewer: {} diamonds; per 1,000 viewers: {} diamonds (per hour of the same lives: {}). TikTok pays per gift, not per view.",
        figure(&v.diamonds_per_viewer), figure(&v.diamonds_per_1000_viewers), figure(&v.diamonds_per_hour));
    for (currency, f) in &v.value_per_1000_viewers {
        say!("  {currency} per 1,000 viewers: {}", figure(f));
    }
    if let Some(d) = v.diamonds_per_1000_views_by_day.value {
        say!(
            "  From TikTok's LIVE Center days: {d} diamonds per 1,000 views ({} days).",
            v.diamonds_per_1000_views_by_day.n
        );
    }
    engagement(&r.engagement)?;
    let p = &r.plan;
    match p.hours_needed {
        Some(_) if p.diamonds_to_go.0.is_zero() => say!("Minimum reached."),
        Some(h) => say!(
            "About {h} more {} live to reach the minimum ({} diamonds to go, at {} a live hour).",
            if h == Decimal::ONE { "hour" } else { "hours" },
            p.diamonds_to_go.0,
            figure(&p.per_hour)
        ),
        None => say!(
            "{} diamonds to go; the hours needed show after 5 lives.",
            p.diamonds_to_go.0
        ),
    }
    if let (Some(by), Some(h)) = (p.by, p.hours_per_week) {
        say!("To reach it by {by}: about {h} hours live a week.");
    }
    let w = &r.who;
    say!(
        "Gifters a live: {}; returning: {}.",
        figure(&w.gifters_per_live),
        figure_in(&w.returning_percent, " %")
    );
    for t in &w.top_share {
        say!(
            "  top {}: {} of gift diamonds",
            t.top,
            figure_in(&t.percent, " %")
        );
    }
    for s in &w.supporters {
        say!(
            "  {:<20} {} diamonds in {} lives",
            s.name,
            s.diamonds.0,
            s.lives
        );
    }
    say!(
        "This week: {} diamonds; your weekly average: {}.",
        p.this_week.0,
        match p.average_week.value {
            Some(a) => format!("{a} ({} weeks)", p.average_week.n),
            None => format!("shown after {} weeks", report::MIN_SAMPLE),
        }
    );
    Ok(())
}

/// One split in words: what went together, never what caused what.
fn split(what: &str, s: &Split) -> Result<()> {
    match (s.cut.value, s.above.value, s.below.value) {
        (Some(line), Some(above), Some(below)) => say!(
            "  Lives with more than {line} {what}: {above} diamonds a live hour ({} lives); the others: {below} ({} lives).",
            s.above.n,
            s.below.n
        ),
        _ => say!(
            "  By {what}: not enough lives on each side yet ({} of {} on each side).",
            s.cut.n,
            2 * report::MIN_SAMPLE
        ),
    }
    Ok(())
}

/// How diamonds went with the room, where it was counted.
fn engagement(e: &Engagement) -> Result<()> {
    say!(
        "The room (counted by live capture in {} lives): {} comments, {} likes a minute.",
        e.lives,
        figure(&e.comments_per_minute),
        figure(&e.likes_per_minute)
    );
    split("comments a minute", &e.by_comments)?;
    split("likes a minute", &e.by_likes)?;
    split("new followers an hour", &e.by_followers)?;
    if e.days_by_likes.cut.n > 0 {
        split(
            "likes a minute on TikTok's LIVE Center days",
            &e.days_by_likes,
        )?;
    }
    say!("  These show what went together, not what caused it.");
    Ok(())
}
