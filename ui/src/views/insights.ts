// What earns, across all of the creator's lives. Every figure comes from the
// core (report::insights) with the number of lives it rests on; this view
// only lays them out. A figure on too few lives says so instead of a number.

import { api, Figure, HourCell, Insights, LengthBand, LiveGivers, Split, Supporter, Timeline, TimelineMinute } from "../api";
import { timelineChart } from "../charts";
import { el, mount } from "../dom";
import { formatCount, formatDateTime, formatDay, formatDecimal, formatDiamonds, formatHours, formatMoney, formatTime } from "../format";
import { go, Visit } from "../router";
import { card, emptyState, table } from "../widgets";

/** Words of this view, in one place (catalogs come later). */
const T = {
  title: "What earns",
  notEnough: (n: number, min: number) => `not enough lives yet (${n} of ${min})`,
  lives: (n: number) => (n === 1 ? "1 live" : `${formatCount(n)} lives`),
  days: (n: number) => (n === 1 ? "1 day" : `${formatCount(n)} days`),
  cause: "These show what went together, not what caused it: a busy chat may bring gifts, or gifts may bring a busy chat.",
};

/** The creator's minimum sample, as the core says it. */
let MIN = 5;
/** The creator's time zone, for times of day. */
let TZ: string | undefined;

/** A figure with its sample, or why there is none. `key` names it for tests. */
function figure(key: string, f: Figure, show: (v: string) => string = formatDecimal, unit = T.lives): HTMLElement {
  if (f.value === null) {
    return el("span", { class: "figure none", "data-key": key, "data-n": f.n }, T.notEnough(f.n, MIN));
  }
  return el(
    "span",
    { class: "figure", "data-key": key, "data-value": f.value, "data-n": f.n },
    el("strong", null, show(f.value)),
    el("span", { class: "muted" }, ` (${unit(f.n)})`),
  );
}

function weekdayNames(): string[] {
  // 2024-01-01 was a Monday.
  const fmt = new Intl.DateTimeFormat(undefined, { weekday: "short", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2024, 0, 1 + i, 12))));
}

function hourName(h: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1, h)));
}

/** Weekday × start hour, as a table: its own text alternative. */
function heatmap(cells: HourCell[]): HTMLElement {
  if (cells.length === 0) return el("p", { class: "muted" }, "No lives in this range.");
  const hours = [...new Set(cells.map((c) => c.hour))].sort((a, b) => a - b);
  const max = Math.max(1, ...cells.map((c) => Number(c.per_hour.value ?? 0)));
  const days = weekdayNames();
  const at = new Map(cells.map((c) => [`${c.weekday}:${c.hour}`, c]));
  return el(
    "div",
    { class: "table-wrap" },
    el(
      "table",
      { class: "data heatmap", id: "insights-week" },
      el("caption", null, "Median diamonds per live hour by weekday and start hour (your time zone), with the lives in each cell"),
      el("thead", null, el("tr", null, el("th", { scope: "col" }, "Day"), hours.map((h) => el("th", { scope: "col", class: "num" }, hourName(h))))),
      el(
        "tbody",
        null,
        days.map((name, wd) =>
          el(
            "tr",
            null,
            el("th", { scope: "row" }, name),
            hours.map((h) => {
              const c = at.get(`${wd}:${h}`);
              if (!c) return el("td", { class: "num heat-none" });
              const v = c.per_hour.value;
              const level = v === null ? "few" : String(Math.min(4, Math.floor((Number(v) / max) * 5)));
              const label = v === null
                ? `${name} ${hourName(h)}: ${T.notEnough(c.per_hour.n, MIN)}`
                : `${name} ${hourName(h)}: ${formatDiamonds(v)} diamonds an hour, ${T.lives(c.per_hour.n)}`;
              return el(
                "td",
                { class: `num heat-${level}`, title: label, "data-key": `week.${wd}.${h}`, "data-value": v ?? "", "data-n": c.per_hour.n },
                v === null ? "–" : el("strong", null, formatDiamonds(v)),
                el("span", { class: "n", "aria-hidden": "true" }, `${c.per_hour.n}`),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

function bandName(b: LengthBand): string {
  const h = (m: number) => formatHours(String(m / 60));
  return b.to_minutes === null ? `${h(b.from_minutes)} and longer` : b.from_minutes === 0 ? `under ${h(b.to_minutes)}` : `${h(b.from_minutes)} to ${h(b.to_minutes)}`;
}

function lengths(bands: LengthBand[]): HTMLElement {
  const max = Math.max(1, ...bands.map((b) => Number(b.per_hour.value ?? 0)));
  return table<LengthBand>(
    [
      { title: "Live length", cell: (b) => bandName(b), nowrap: true },
      {
        title: "Diamonds per live hour",
        cell: (b) => [
          b.per_hour.value === null ? null : el("meter", { min: 0, max, value: Number(b.per_hour.value), "aria-hidden": "true" }),
          " ",
          figure(`lengths.${b.from_minutes}.per_hour`, b.per_hour, formatDiamonds),
        ],
      },
      { title: "Diamonds per live", cell: (b) => figure(`lengths.${b.from_minutes}.per_live`, b.per_live, formatDiamonds) },
    ],
    bands,
    { id: "insights-lengths", caption: "Median diamonds by how long the live ran: where extra time stops paying" },
  );
}

function perView(r: Insights): HTMLElement {
  const v = r.per_view;
  const money = Object.entries(v.value_per_1000_viewers);
  return card(
    "Do I get paid per view?",
    el("p", { class: "lead" }, "No. TikTok pays for gifts, not for views. What a viewer was worth in your own lives:"),
    el(
      "dl",
      { class: "facts" },
      el("dt", null, "Diamonds per viewer"),
      el("dd", null, figure("per_view.diamonds_per_viewer", v.diamonds_per_viewer)),
      el("dt", null, "Diamonds per 1,000 viewers"),
      el("dd", null, figure("per_view.diamonds_per_1000_viewers", v.diamonds_per_1000_viewers, formatDiamonds)),
      money.map(([currency, f]) => [
        el("dt", null, `${currency} per 1,000 viewers`),
        el("dd", null, figure(`per_view.value_per_1000_viewers.${currency}`, f, (v) => formatMoney(v, currency))),
      ]),
      el("dt", null, "Diamonds per live hour, same lives"),
      el("dd", null, figure("per_view.diamonds_per_hour", v.diamonds_per_hour, formatDiamonds)),
      v.diamonds_per_1000_views_by_day.n > 0
        ? [
            el("dt", null, "Per 1,000 views, from TikTok's LIVE Center days"),
            el("dd", null, figure("per_view.diamonds_per_1000_views_by_day", v.diamonds_per_1000_views_by_day, formatDiamonds, T.days)),
          ]
        : null,
    ),
    el("p", { class: "muted" }, "Lives count here when their viewers were typed in, imported or captured."),
  );
}

function splitLine(key: string, what: string, s: Split, unit = T.lives): HTMLElement {
  if (s.cut.value === null || s.above.value === null || s.below.value === null) {
    return el("li", { "data-key": key }, `By ${what}: not enough ${unit === T.days ? "days" : "lives"} on each side yet (${unit(s.cut.n)} so far; at least ${MIN} on each side are needed).`);
  }
  return el(
    "li",
    { "data-key": key },
    `When ${what} was above ${formatDecimal(s.cut.value)}: `,
    figure(`${key}.above`, s.above, formatDiamonds, unit),
    " diamonds a live hour; at or below it: ",
    figure(`${key}.below`, s.below, formatDiamonds, unit),
    ".",
  );
}

function room(r: Insights): HTMLElement {
  const e = r.engagement;
  return card(
    "The room and the gifts",
    e.lives === 0 && e.days_by_likes.cut.n === 0
      ? el("p", { class: "muted" }, "Live capture counts likes, comments, joins and new followers per minute while it runs (never the chat's words). Capture a few lives, or import TikTok's LIVE Center day files, and this shows how your diamonds moved with the room.")
      : [
          el("p", null, `Live capture counted the room in ${T.lives(e.lives)}: `, figure("engagement.comments_per_minute", e.comments_per_minute), " comments and ", figure("engagement.likes_per_minute", e.likes_per_minute), " likes a minute (medians)."),
          el(
            "ul",
            { class: "splits" },
            splitLine("engagement.by_comments", "comments a minute", e.by_comments),
            splitLine("engagement.by_likes", "likes a minute", e.by_likes),
            splitLine("engagement.by_followers", "new followers an hour", e.by_followers),
            e.days_by_likes.cut.n > 0 ? splitLine("engagement.days_by_likes", "likes a live minute on TikTok's LIVE Center days", e.days_by_likes, T.days) : null,
          ),
          el("p", { class: "muted" }, T.cause),
        ],
  );
}

function plan(r: Insights, reachBy: (by: string) => void): HTMLElement {
  const p = r.plan;
  const by = el("input", { type: "date", id: "insights-by", value: p.by ?? "", "aria-label": "Reach the minimum by" });
  const toGo = Number(p.diamonds_to_go) === 0;
  const hours = p.hours_needed;
  return card(
    "Plan",
    el(
      "p",
      { class: "lead", id: "insights-plan", "data-value": hours ?? "" },
      toGo
        ? "You have reached the minimum withdrawal."
        : hours === null
          ? `${formatDiamonds(p.diamonds_to_go)} diamonds to go. The hours you need show after ${MIN} lives.`
          : `${formatDiamonds(p.diamonds_to_go)} diamonds to go: at your median of ${formatDiamonds(p.per_hour.value ?? "0")} diamonds a live hour (last ${T.lives(p.per_hour.n)}), about ${formatDecimal(hours)} more ${hours === "1" ? "hour" : "hours"} live.`,
    ),
    el(
      "p",
      null,
      `This week: `,
      el("strong", { "data-key": "plan.this_week", "data-value": p.this_week }, formatDiamonds(p.this_week)),
      " diamonds; your weekly average over the weeks before: ",
      figure("plan.average_week", p.average_week, formatDiamonds, (n) => (n === 1 ? "1 week" : `${n} weeks`)),
      ".",
    ),
    toGo || hours === null
      ? null
      : el(
          "form",
          { class: "range", onsubmit: (ev: Event) => { ev.preventDefault(); reachBy(by.value); } },
          el("label", null, "Reach it by ", by),
          el("button", { type: "submit", id: "insights-plan-by" }, "Plan"),
          p.by && p.hours_per_week !== null
            ? el("span", { id: "insights-per-week", "data-value": p.hours_per_week }, `About ${formatDecimal(p.hours_per_week)} hours live a week until ${formatDay(p.by)}.`)
            : p.by
              ? el("span", { class: "muted" }, "That day has passed.")
              : null,
        ),
  );
}

function who(r: Insights): HTMLElement {
  const w = r.who;
  return card(
    "Who gives",
    el(
      "dl",
      { class: "facts" },
      el("dt", null, "Gifters per live"),
      el("dd", null, figure("who.gifters_per_live", w.gifters_per_live)),
      el("dt", null, "Returning gifters"),
      el("dd", null, figure("who.returning_percent", w.returning_percent, (v) => `${formatDecimal(v)} %`)),
      w.top_share.map((t) => [
        el("dt", null, t.top === 1 ? "Your top supporter brought" : `Your top ${t.top} supporters brought`),
        el("dd", null, figure(`who.top_share.${t.top}`, t.percent, (v) => `${formatDecimal(v)} % of gift diamonds`)),
      ]),
    ),
    w.supporters.length === 0
      ? el("p", { class: "muted" }, "No gifts with a sender's name in these lives.")
      : table<Supporter>(
          [
            { title: "Supporter", cell: (s) => s.name },
            { title: "Diamonds", cell: (s) => formatDiamonds(s.diamonds), numeric: true, sort: (s) => Number(s.diamonds) },
            { title: "Lives", cell: (s) => formatCount(s.lives), numeric: true, sort: (s) => s.lives },
            { title: "First gift", cell: (s) => (s.first_gift ? formatDateTime(s.first_gift, undefined, TZ) : "—"), nowrap: true },
            { title: "Last gift", cell: (s) => (s.last_gift ? formatDateTime(s.last_gift, undefined, TZ) : "—"), nowrap: true },
          ],
          w.supporters,
          { id: "insights-supporters", caption: "Top supporters in these lives (only in your own view; exports leave names out unless you ask)" },
        ),
  );
}

/** One live minute by minute: diamonds beside comments. */
function timelineCard(looked: LiveGivers[], visit: Visit): { card: HTMLElement; draw: () => Promise<void> } {
  const host = el("div", { class: "chart", id: "timeline-chart" });
  const note = el("p", { class: "muted", "aria-live": "polite" });
  const data = el("div", { class: "chart-data" });
  // The lives looked at, newest first (the insights list them already).
  const lives = [...looked].reverse().slice(0, 60);
  const pick = el(
    "select",
    { id: "timeline-live", "aria-label": "Live to show" },
    lives.map((s) => el("option", { value: s.session_id }, formatDateTime(s.started_at, undefined, TZ))),
  );
  const draw = async () => {
    const id = Number(pick.value);
    if (!id) return;
    const t: Timeline = await api.timeline(id);
    if (visit.left) return;
    mount(note, t.counted ? `${formatCount(t.minutes.length)} minutes with gifts or counts.` : "Live capture did not count the room in this live: only its gifts are shown.");
    host.replaceChildren();
    if (t.minutes.length > 0) {
      // A long live is drawn in steps of a few minutes (at most ~60 bars);
      // the table below keeps every minute.
      const x0 = Date.parse(t.minutes[0].minute) / 1000;
      const span = Date.parse(t.minutes[t.minutes.length - 1].minute) / 1000 - x0;
      const step = Math.max(1, Math.ceil(span / 60 / 60)) * 60;
      const xs: number[] = [];
      const diamonds: number[] = [];
      const comments: (number | null)[] = [];
      for (const m of t.minutes) {
        const x = x0 + Math.floor((Date.parse(m.minute) / 1000 - x0) / step) * step;
        if (xs[xs.length - 1] !== x) {
          xs.push(x);
          diamonds.push(0);
          comments.push(t.counted ? 0 : null);
        }
        diamonds[diamonds.length - 1] += Number(m.diamonds);
        if (t.counted) comments[comments.length - 1] = (comments[comments.length - 1] ?? 0) + m.comments;
      }
      timelineChart(host, xs, diamonds, comments, step / 60, TZ);
    }
    mount(
      data,
      el(
        "details",
        null,
        el("summary", null, "Every minute, with likes, new followers and viewers"),
        table<TimelineMinute>(
          [
            { title: "Minute", cell: (m) => formatTime(m.minute, undefined, TZ), nowrap: true },
            { title: "Diamonds", cell: (m) => formatDiamonds(m.diamonds), numeric: true },
            { title: "Comments", cell: (m) => formatCount(m.comments), numeric: true },
            { title: "Likes", cell: (m) => formatCount(m.likes), numeric: true },
            { title: "New followers", cell: (m) => formatCount(m.follows), numeric: true },
            { title: "Viewers", cell: (m) => formatCount(m.viewers), numeric: true },
          ],
          t.minutes,
        ),
      ),
    );
  };
  pick.addEventListener("change", () => void draw());
  const c = card(
    "A live, minute by minute",
    lives.length === 0
      ? el("p", { class: "muted" }, "No lives in this range.")
      : [el("label", null, "Live ", pick), note, host, data, el("p", { class: "muted" }, "Bars: diamonds. Line: comments, where live capture counted them. A long live is drawn in steps of a few minutes.")],
  );
  return { card: c, draw: lives.length > 0 ? draw : async () => {} };
}

function range(r: Insights, from: string, to: string, apply: (from: string, to: string) => void): HTMLElement {
  const f = el("input", { type: "date", id: "insights-from", value: from, "aria-label": "From" });
  const t = el("input", { type: "date", id: "insights-to", value: to, "aria-label": "To" });
  return el(
    "form",
    { class: "range", onsubmit: (ev: Event) => { ev.preventDefault(); apply(f.value, t.value); } },
    el("label", null, "From ", f),
    el("label", null, "to ", t),
    el("button", { type: "submit" }, "Show"),
    from || to ? el("button", { type: "button", onclick: () => apply("", "") }, "All lives") : null,
    el("span", { class: "muted", id: "insights-lives", "data-value": r.lives }, `${T.lives(r.lives)} looked at · medians · a figure needs ${MIN} lives`),
  );
}

export async function insightsView(root: HTMLElement, visit: Visit, from = "", to = "", by = ""): Promise<void> {
  const [r, settings] = await Promise.all([api.insights(from || null, to || null, by || null), api.settings()]);
  TZ = settings.timezone;
  if (visit.left) return;
  MIN = r.min_sample;
  if (r.lives === 0 && !from && !to) {
    mount(
      root,
      el("h1", null, T.title),
      emptyState(
        "No lives to learn from yet",
        `Insights compare your lives with each other: the best hours to go live, how long pays, what a viewer is worth and who gives. Each figure needs ${MIN} lives of 15 minutes or more.`,
        el("button", { class: "primary", onclick: () => go("sessions") }, "Add a live"),
        el("button", { onclick: () => go("import") }, "Import your lives"),
      ),
    );
    return;
  }
  const apply = (f: string, t: string) => void insightsView(root, visit, f, t, by);
  const timeline = timelineCard(r.who.lives, visit);
  mount(
    root,
    el("h1", null, T.title),
    range(r, from, to, apply),
    perView(r),
    card("When you go live", heatmap(r.week), el("p", { class: "muted" }, `Each cell: the median diamonds per live hour of the lives started then, and (small) how many lives. A cell with fewer than ${MIN} lives shows only its count.`)),
    card("How long", lengths(r.lengths)),
    room(r),
    timeline.card,
    plan(r, (b) => void insightsView(root, visit, from, to, b)),
    who(r),
  );
  // Drawn once in the page, so the chart takes the card's width.
  await timeline.draw();
}

