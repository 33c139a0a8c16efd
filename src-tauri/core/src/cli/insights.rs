//! What `liveledger insights` prints: the best hours, the lengths, a
//! viewer's worth, the plan and who gives, each figure with its sample, in
//! the run's language (`cli-insights-…` in `cli.ftl`).

use liveledger::error::Result;
use liveledger::l10n::Message;
use liveledger::report::{self, Engagement, Figure, Insights, PerView, Plan, Split, Who};

use super::print::emit;
use super::words::Words;

/// A figure, or why there is none.
fn figure(f: &Figure, w: Words) -> String {
    figure_in(f, "", w)
}

/// A figure followed by `unit` (" %"), or why there is none.
fn figure_in(f: &Figure, unit: &str, w: Words) -> String {
    w.say(&figure_message(f, unit, w))
}

fn figure_message(f: &Figure, unit: &str, w: Words) -> Message {
    match f.value {
        Some(v) => Message::new("cli-figure")
            .count("count", f.n)
            .text("value", format!("{}{unit}", w.number(v)))
            .text("lives", w.number(f.n)),
        None => Message::new("cli-figure-none")
            .text("lives", w.number(f.n))
            .text("needed", w.number(report::MIN_SAMPLE)),
    }
}

/// The weekday `i` (0 is Monday) as the language shortens it.
fn weekday(i: u32, w: Words) -> String {
    const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    match DAYS.get(i as usize) {
        Some(day) => w.say(&Message::new("cli-weekday").text("day", *day)),
        None => "?".into(),
    }
}

/// What earns: the best hours, the lengths, a viewer's worth and the plan.
pub(super) fn print(r: &Insights, w: Words) -> Result<()> {
    if r.lives == 0 {
        say!("{}", w.word("cli-insights-none"));
        return Ok(());
    }
    say!(
        "{}",
        w.say(
            &Message::new("cli-insights-looked")
                .count("count", r.lives)
                .text("lives", w.number(r.lives))
                .text("needed", w.number(r.min_sample))
        )
    );
    best_hours(r, w)?;
    lengths(r, w)?;
    per_view(&r.per_view, w)?;
    engagement(&r.engagement, w)?;
    plan(&r.plan, w)?;
    who(&r.who, w)?;
    this_week(&r.plan, w)
}

/// The five best weekday hours to start at.
fn best_hours(r: &Insights, w: Words) -> Result<()> {
    let mut best: Vec<_> = r
        .week
        .iter()
        .filter(|c| c.per_hour.value.is_some())
        .collect();
    best.sort_by_key(|c| std::cmp::Reverse(c.per_hour.value));
    say!("{}", w.word("cli-insights-best"));
    if best.is_empty() {
        say!("  {}", w.word("cli-insights-best-none"));
    }
    for c in best.iter().take(5) {
        let day = weekday(c.weekday, w);
        say!("  {day} {:02}:00  {}", c.hour, figure(&c.per_hour, w));
    }
    Ok(())
}

/// Diamonds by the length of a live.
fn lengths(r: &Insights, w: Words) -> Result<()> {
    say!("{}", w.word("cli-insights-lengths"));
    for b in &r.lengths {
        let band = match b.to_minutes {
            Some(to) => Message::new("cli-insights-band")
                .text("from", b.from_minutes.to_string())
                .text("to", to.to_string()),
            None => Message::new("cli-insights-band-open").text("from", b.from_minutes.to_string()),
        };
        say!(
            "  {} {} | {}",
            crate::table::pad(&w.say(&band), 12),
            figure(&b.per_hour, w),
            figure(&b.per_live, w)
        );
    }
    Ok(())
}

/// A viewer's worth, in diamonds and in each currency.
fn per_view(v: &PerView, w: Words) -> Result<()> {
    say!(
        "{}",
        w.say(
            &Message::new("cli-insights-per-viewer")
                .text("viewer", figure(&v.diamonds_per_viewer, w))
                .text("thousand", figure(&v.diamonds_per_1000_viewers, w))
                .text("hour", figure(&v.diamonds_per_hour, w))
        )
    );
    for (currency, f) in &v.value_per_1000_viewers {
        say!(
            "  {}",
            w.say(
                &Message::new("cli-insights-value-per-1000")
                    .text("currency", currency.clone())
                    .text("figure", figure(f, w))
            )
        );
    }
    if let Some(d) = v.diamonds_per_1000_views_by_day.value {
        let days = v.diamonds_per_1000_views_by_day.n;
        say!(
            "  {}",
            w.say(
                &Message::new("cli-insights-views-by-day")
                    .text("diamonds", w.number(d))
                    .count("count", days)
                    .text("days", w.number(days))
            )
        );
    }
    Ok(())
}

/// The hours to the minimum withdrawal, and a week's share by a day.
fn plan(p: &Plan, w: Words) -> Result<()> {
    let to_go = w.number(p.diamonds_to_go.0);
    match p.hours_needed {
        Some(_) if p.diamonds_to_go.0.is_zero() => say!("{}", w.word("cli-insights-reached")),
        Some(h) => say!(
            "{}",
            w.say(
                &Message::new("cli-insights-hours-to-go")
                    // English's "one" is exactly 1, as it always said "hour".
                    .count("count", h)
                    .text("hours", w.number(h))
                    .text("diamonds", to_go)
                    .text("pace", figure(&p.per_hour, w))
            )
        ),
        None => say!(
            "{}",
            w.say(&Message::new("cli-insights-hours-unknown").text("diamonds", to_go))
        ),
    }
    if let (Some(by), Some(h)) = (p.by, p.hours_per_week) {
        say!(
            "{}",
            w.say(
                &Message::new("cli-insights-by")
                    .text("day", w.day(by))
                    .count("count", h)
                    .text("hours", w.number(h))
            )
        );
    }
    Ok(())
}

/// Who gives: gifters a live, the returning share, the top shares and the
/// best supporters.
fn who(who: &Who, w: Words) -> Result<()> {
    say!(
        "{}",
        w.say(
            &Message::new("cli-insights-gifters")
                .text("gifters", figure(&who.gifters_per_live, w))
                .text("returning", figure_in(&who.returning_percent, " %", w))
        )
    );
    for t in &who.top_share {
        say!(
            "  {}",
            w.say(
                &Message::new("cli-insights-top")
                    .text("top", w.number(t.top))
                    .text("share", figure_in(&t.percent, " %", w))
            )
        );
    }
    for s in &who.supporters {
        say!(
            "  {:<20} {}",
            s.name,
            w.say(
                &Message::new("cli-insights-supporter")
                    .count("count", s.lives)
                    .text("diamonds", w.number(s.diamonds.0))
                    .text("lives", w.number(s.lives))
            )
        );
    }
    Ok(())
}

/// This week's diamonds beside the weekly average.
fn this_week(p: &Plan, w: Words) -> Result<()> {
    let average = match p.average_week.value {
        Some(a) => Message::new("cli-insights-average")
            .text("average", w.number(a))
            .count("count", p.average_week.n)
            .text("weeks", w.number(p.average_week.n)),
        None => {
            Message::new("cli-insights-average-none").text("weeks", w.number(report::MIN_SAMPLE))
        }
    };
    say!(
        "{}",
        w.say(
            &Message::new("cli-insights-this-week")
                .text("diamonds", w.number(p.this_week.0))
                .text("average", w.say(&average))
        )
    );
    Ok(())
}

/// One split in words: what went together, never what caused what. `what`
/// picks the measure in each language's sentence (`comments`, `likes`,
/// `followers`, `days`).
fn split(what: &'static str, s: &Split, w: Words) -> Result<()> {
    let m = match (s.cut.value, s.above.value, s.below.value) {
        (Some(line), Some(above), Some(below)) => Message::new("cli-insights-split")
            .text("what", what)
            .text("line", w.number(line))
            .text("above", w.number(above))
            .text("above_lives", w.number(s.above.n))
            .text("below", w.number(below))
            .text("below_lives", w.number(s.below.n)),
        _ => Message::new("cli-insights-split-none")
            .text("what", what)
            .text("lives", w.number(s.cut.n))
            .text("needed", w.number(2 * report::MIN_SAMPLE)),
    };
    say!("  {}", w.say(&m));
    Ok(())
}

/// How diamonds went with the room, where it was counted.
fn engagement(e: &Engagement, w: Words) -> Result<()> {
    say!(
        "{}",
        w.say(
            &Message::new("cli-insights-room")
                .count("count", e.lives)
                .text("lives", w.number(e.lives))
                .text("comments", figure(&e.comments_per_minute, w))
                .text("likes", figure(&e.likes_per_minute, w))
        )
    );
    split("comments", &e.by_comments, w)?;
    split("likes", &e.by_likes, w)?;
    split("followers", &e.by_followers, w)?;
    if e.days_by_likes.cut.n > 0 {
        split("days", &e.days_by_likes, w)?;
    }
    say!("  {}", w.word("cli-insights-together"));
    Ok(())
}

#[cfg(test)]
mod tests {
    //! English is held to the old code's sentences, copied as they were.
    use super::*;
    use liveledger::l10n::Localizer;
    use rust_decimal::Decimal;

    #[test]
    fn english_is_the_old_code_s() {
        let l = Localizer::new("en");
        let w = Words::new(&l);
        let f = |value: Option<Decimal>, n: usize| Figure { value, n };
        let old_figure = |f: &Figure, unit: &str| match f.value {
            Some(v) => format!("{v}{unit} ({} lives)", f.n),
            None => format!("not enough lives yet ({} of {})", f.n, report::MIN_SAMPLE),
        };
        for fig in [
            f(Some(Decimal::new(123456, 2)), 1),
            f(Some(Decimal::ONE), 1234),
            f(None, 0),
        ] {
            assert_eq!(figure(&fig, w), old_figure(&fig, ""));
            assert_eq!(figure_in(&fig, " %", w), old_figure(&fig, " %"));
        }
        // "hour" for exactly one, "hours" else, as the old code chose.
        for h in [
            Decimal::ONE,
            Decimal::new(10, 1),
            Decimal::new(15, 1),
            Decimal::new(5, 1),
            Decimal::from(1420),
        ] {
            let pace = f(Some(Decimal::new(12345, 1)), 6);
            let said = w.say(
                &Message::new("cli-insights-hours-to-go")
                    .count("count", h)
                    .text("hours", w.number(h))
                    .text("diamonds", "1753088")
                    .text("pace", figure(&pace, w)),
            );
            let old = format!(
                "About {h} more {} live to reach the minimum ({} diamonds to go, at {} a live hour).",
                if h == Decimal::ONE { "hour" } else { "hours" },
                1753088,
                old_figure(&pace, "")
            );
            assert_eq!(said, old);
        }
        for (what, words) in [
            ("comments", "comments a minute"),
            ("likes", "likes a minute"),
            ("followers", "new followers an hour"),
            ("days", "likes a minute on TikTok's LIVE Center days"),
        ] {
            let said = w.say(
                &Message::new("cli-insights-split")
                    .text("what", what)
                    .text("line", "6.5")
                    .text("above", "1200")
                    .text("above_lives", "1")
                    .text("below", "300.5")
                    .text("below_lives", "1234"),
            );
            assert_eq!(
                said,
                format!("Lives with more than 6.5 {words}: 1200 diamonds a live hour (1 lives); the others: 300.5 (1234 lives).")
            );
            let said = w.say(
                &Message::new("cli-insights-split-none")
                    .text("what", what)
                    .text("lives", "3")
                    .text("needed", "10"),
            );
            assert_eq!(
                said,
                format!("By {words}: not enough lives on each side yet (3 of 10 on each side).")
            );
        }
        let by = chrono::NaiveDate::from_ymd_opt(2027, 1, 31).unwrap();
        let said = w.say(
            &Message::new("cli-insights-by")
                .text("day", w.day(by))
                .count("count", 1)
                .text("hours", "1"),
        );
        assert_eq!(
            said,
            format!("To reach it by {by}: about 1 hours live a week.")
        );
        for (id, old) in [
            ("cli-insights-reached", "Minimum reached."),
            (
                "cli-insights-best",
                "Best start times (diamonds per live hour):",
            ),
            (
                "cli-insights-best-none",
                "not enough lives at any one weekday and hour yet",
            ),
            (
                "cli-insights-lengths",
                "By length (diamonds per live hour | per live):",
            ),
        ] {
            assert_eq!(w.word(id), old);
        }
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        for (i, day) in days.iter().enumerate() {
            assert_eq!(weekday(i as u32, w), *day);
        }
        assert_eq!(weekday(7, w), "?");
    }
}
