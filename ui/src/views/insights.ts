// What earns, across all of the creator's lives. Every figure comes from the
// core (report::insights) with the number of lives it rests on; this view
// only lays them out. A figure on too few lives says so instead of a number.

import { api, Figure, HourCell, Insights, LengthBand, LiveGivers, Split, Supporter, Timeline, TimelineMinute } from "../api";
import { timelineChart } from "../charts";
import { el, mount } from "../dom";
import { diamondsWord, formatCount, formatDateTime, formatDay, formatDecimal, formatDiamonds, formatHours, formatMoney, formatTime } from "../format";
import { formatLocale, t, tParts } from "../i18n";
import { go, pageState, showKept, Visit } from "../router";
import { card, emptyState, table } from "../widgets";

/** What a figure's sample counts. */
type Unit = "lives" | "days" | "weeks";

/** Words of this view, in one place: each a catalog message
 * (assets/locales/<language>/insights.ftl), read when drawn. */
const T = {
  get title() { return t("insights-title"); },
  notEnough: (n: number, min: number) => t("insights-not-enough", { n, min }),
  sample: {
    lives: (count: number) => t("insights-sample-lives", { count }),
    days: (count: number) => t("insights-sample-days", { count }),
    weeks: (count: number) => t("insights-sample-weeks", { count }),
  } satisfies Record<Unit, (count: number) => string>,
  get cause() { return t("insights-cause"); },
  minutes: (count: number) => t("insights-timeline-minutes", { count }),
  get uncounted() { return t("insights-timeline-uncounted"); },
  get everyMinute() { return t("insights-timeline-every-minute"); },
  get colMinute() { return t("insights-col-minute"); },
  get colDiamonds() { return t("insights-col-diamonds"); },
  get colComments() { return t("insights-col-comments"); },
  get colLikes() { return t("insights-col-likes"); },
  get colFollowers() { return t("insights-col-new-followers"); },
  get colViewers() { return t("insights-col-viewers"); },
};

/** A percentage the core gave (50.5) as the language writes one ("50.5 %", "%50,5"). */
function percent(v: string): string {
  return t("insights-percent", { value: formatDecimal(v) });
}

/** The creator's minimum sample, as the core says it. */
let MIN = 5;
/** The creator's time zone, for times of day. */
let TZ: string | undefined;

/** A figure with its sample, or why there is none. `key` names it for tests. */
function figure(key: string, f: Figure, show: (v: string) => string = formatDecimal, unit: Unit = "lives"): HTMLElement {
  if (f.value === null) {
    return el("span", { class: "figure none", "data-key": key, "data-n": f.n }, T.notEnough(f.n, MIN));
  }
  return el(
    "span",
    { class: "figure", "data-key": key, "data-value": f.value, "data-n": f.n },
    el("strong", null, show(f.value)),
    el("span", { class: "muted" }, ` ${T.sample[unit](f.n)}`),
  );
}

function weekdayNames(): string[] {
  // 2024-01-01 was a Monday.
  const fmt = new Intl.DateTimeFormat(formatLocale(), { weekday: "short", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2024, 0, 1 + i, 12))));
}

function hourName(h: number): string {
  return new Intl.DateTimeFormat(formatLocale(), { hour: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1, h)));
}

/** Weekday × start hour, as a table: its own text alternative. */
function heatmap(cells: HourCell[]): HTMLElement {
  if (cells.length === 0) return el("p", { class: "muted" }, t("insights-no-lives-in-range"));
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
      el("caption", null, t("insights-week-caption")),
      el("thead", null, el("tr", null, el("th", { scope: "col" }, t("insights-week-day")), hours.map((h) => el("th", { scope: "col", class: "num" }, hourName(h))))),
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
                ? t("insights-cell-few", { day: name, hour: hourName(h), n: c.per_hour.n, min: MIN })
                : t("insights-cell", { day: name, hour: hourName(h), diamonds: diamondsWord(v), count: c.per_hour.n });
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
  return b.to_minutes === null
    ? t("insights-band-longer", { from: h(b.from_minutes) })
    : b.from_minutes === 0
      ? t("insights-band-under", { to: h(b.to_minutes) })
      : t("insights-band-between", { from: h(b.from_minutes), to: h(b.to_minutes) });
}

function lengths(bands: LengthBand[]): HTMLElement {
  const max = Math.max(1, ...bands.map((b) => Number(b.per_hour.value ?? 0)));
  return table<LengthBand>(
    [
      { title: t("insights-col-length"), cell: (b) => bandName(b), nowrap: true },
      {
        title: t("insights-col-per-hour"),
        cell: (b) => [
          b.per_hour.value === null ? null : el("meter", { min: 0, max, value: Number(b.per_hour.value), "aria-hidden": "true" }),
          " ",
          figure(`lengths.${b.from_minutes}.per_hour`, b.per_hour, formatDiamonds),
        ],
      },
      { title: t("insights-col-per-live"), cell: (b) => figure(`lengths.${b.from_minutes}.per_live`, b.per_live, formatDiamonds) },
    ],
    bands,
    { id: "insights-lengths", caption: t("insights-lengths-caption") },
  );
}

function perView(r: Insights): HTMLElement {
  const v = r.per_view;
  const money = Object.entries(v.value_per_1000_viewers);
  return card(
    t("insights-per-view-title"),
    el("p", { class: "lead" }, t("insights-per-view-answer")),
    el(
      "dl",
      { class: "facts" },
      el("dt", null, t("insights-per-viewer")),
      el("dd", null, figure("per_view.diamonds_per_viewer", v.diamonds_per_viewer)),
      el("dt", null, t("insights-per-1000-viewers")),
      el("dd", null, figure("per_view.diamonds_per_1000_viewers", v.diamonds_per_1000_viewers, formatDiamonds)),
      money.map(([currency, f]) => [
        el("dt", null, t("insights-money-per-1000-viewers", { currency })),
        el("dd", null, figure(`per_view.value_per_1000_viewers.${currency}`, f, (v) => formatMoney(v, currency))),
      ]),
      el("dt", null, t("insights-per-hour-same-lives")),
      el("dd", null, figure("per_view.diamonds_per_hour", v.diamonds_per_hour, formatDiamonds)),
      v.diamonds_per_1000_views_by_day.n > 0
        ? [
            el("dt", null, t("insights-per-1000-views-days")),
            el("dd", null, figure("per_view.diamonds_per_1000_views_by_day", v.diamonds_per_1000_views_by_day, formatDiamonds, "days")),
          ]
        : null,
    ),
    el("p", { class: "muted" }, t("insights-per-view-note")),
  );
}

/** What a split of the room measured: its two sentences, and what its
 * sample counts (lives, or TikTok's days). */
interface Measure {
  unit: Unit;
  few: (count: number) => string;
  line: (cut: string, above: Node, below: Node) => (string | Node)[];
}

const MEASURES = {
  comments: {
    unit: "lives",
    few: (count) => t("insights-split-comments-few", { count, min: MIN }),
    line: (cut, above, below) => tParts("insights-split-comments", { cut }, { above, below }),
  },
  likes: {
    unit: "lives",
    few: (count) => t("insights-split-likes-few", { count, min: MIN }),
    line: (cut, above, below) => tParts("insights-split-likes", { cut }, { above, below }),
  },
  followers: {
    unit: "lives",
    few: (count) => t("insights-split-followers-few", { count, min: MIN }),
    line: (cut, above, below) => tParts("insights-split-followers", { cut }, { above, below }),
  },
  daysLikes: {
    unit: "days",
    few: (count) => t("insights-split-days-likes-few", { count, min: MIN }),
    line: (cut, above, below) => tParts("insights-split-days-likes", { cut }, { above, below }),
  },
} satisfies Record<string, Measure>;

function splitLine(key: string, m: Measure, s: Split): HTMLElement {
  if (s.cut.value === null || s.above.value === null || s.below.value === null) {
    return el("li", { "data-key": key }, m.few(s.cut.n));
  }
  return el(
    "li",
    { "data-key": key },
    m.line(formatDecimal(s.cut.value), figure(`${key}.above`, s.above, formatDiamonds, m.unit), figure(`${key}.below`, s.below, formatDiamonds, m.unit)),
  );
}

function room(r: Insights): HTMLElement {
  const e = r.engagement;
  return card(
    t("insights-room-title"),
    e.lives === 0 && e.days_by_likes.cut.n === 0
      ? el("p", { class: "muted" }, t("insights-room-empty"))
      : [
          el("p", null, tParts("insights-room-counted", { count: e.lives }, {
            comments: figure("engagement.comments_per_minute", e.comments_per_minute),
            likes: figure("engagement.likes_per_minute", e.likes_per_minute),
          })),
          el(
            "ul",
            { class: "splits" },
            splitLine("engagement.by_comments", MEASURES.comments, e.by_comments),
            splitLine("engagement.by_likes", MEASURES.likes, e.by_likes),
            splitLine("engagement.by_followers", MEASURES.followers, e.by_followers),
            e.days_by_likes.cut.n > 0 ? splitLine("engagement.days_by_likes", MEASURES.daysLikes, e.days_by_likes) : null,
          ),
          el("p", { class: "muted" }, T.cause),
        ],
  );
}

function plan(r: Insights, reachBy: (by: string) => void): HTMLElement {
  const p = r.plan;
  const by = el("input", { type: "date", id: "insights-by", value: p.by ?? "", "aria-label": t("insights-plan-by-label") });
  const toGo = Number(p.diamonds_to_go) === 0;
  const hours = p.hours_needed;
  return card(
    t("insights-plan-title"),
    el(
      "p",
      { class: "lead", id: "insights-plan", "data-value": hours ?? "" },
      toGo
        ? t("insights-plan-reached")
        : hours === null
          ? t("insights-plan-wait", { diamonds: diamondsWord(p.diamonds_to_go), min: MIN })
          : t("insights-plan-hours", {
              diamonds: diamondsWord(p.diamonds_to_go),
              perHour: diamondsWord(p.per_hour.value ?? "0"),
              lives: p.per_hour.n,
              hours: formatDecimal(hours),
              count: Number(hours),
            }),
    ),
    el(
      "p",
      null,
      tParts("insights-plan-week", { count: Number(p.this_week) }, {
        thisWeek: el("strong", { "data-key": "plan.this_week", "data-value": p.this_week }, formatDiamonds(p.this_week)),
        average: figure("plan.average_week", p.average_week, formatDiamonds, "weeks"),
      }),
    ),
    toGo || hours === null
      ? null
      : el(
          "form",
          { class: "range", onsubmit: (ev: Event) => { ev.preventDefault(); reachBy(by.value); } },
          el("label", null, tParts("insights-plan-by", {}, { date: by })),
          el("button", { type: "submit", id: "insights-plan-by" }, t("insights-plan-button")),
          p.by && p.hours_per_week !== null
            ? el("span", { id: "insights-per-week", "data-value": p.hours_per_week },
                t("insights-plan-per-week", { hours: formatDecimal(p.hours_per_week), count: Number(p.hours_per_week), day: formatDay(p.by) }))
            : p.by
              ? el("span", { class: "muted" }, t("insights-plan-passed"))
              : null,
        ),
  );
}

function who(r: Insights): HTMLElement {
  const w = r.who;
  return card(
    t("insights-who-title"),
    el(
      "dl",
      { class: "facts" },
      el("dt", null, t("insights-gifters-per-live")),
      el("dd", null, figure("who.gifters_per_live", w.gifters_per_live)),
      el("dt", null, t("insights-returning-gifters")),
      el("dd", null, figure("who.returning_percent", w.returning_percent, percent)),
      w.top_share.map((s) => [
        el("dt", null, t("insights-top-share", { count: s.top })),
        el("dd", null, figure(`who.top_share.${s.top}`, s.percent, (v) => t("insights-top-share-value", { percent: percent(v) }))),
      ]),
    ),
    w.supporters.length === 0
      ? el("p", { class: "muted" }, t("insights-no-senders"))
      : table<Supporter>(
          [
            { title: t("insights-col-supporter"), cell: (s) => s.name },
            { title: t("insights-col-diamonds"), cell: (s) => formatDiamonds(s.diamonds), numeric: true, sort: (s) => Number(s.diamonds) },
            { title: t("insights-col-lives"), cell: (s) => formatCount(s.lives), numeric: true, sort: (s) => s.lives },
            { title: t("insights-col-first-gift"), cell: (s) => (s.first_gift ? formatDateTime(s.first_gift, undefined, TZ) : "—"), nowrap: true },
            { title: t("insights-col-last-gift"), cell: (s) => (s.last_gift ? formatDateTime(s.last_gift, undefined, TZ) : "—"), nowrap: true },
          ],
          w.supporters,
          { id: "insights-supporters", caption: t("insights-supporters-caption") },
        ),
  );
}

/** One live minute by minute: diamonds beside comments. */
function timelineCard(looked: LiveGivers[], visit: OnScreen): { card: HTMLElement; draw: () => Promise<void> } {
  const host = el("div", { class: "chart", id: "timeline-chart" });
  const note = el("p", { class: "muted", "aria-live": "polite" });
  const data = el("div", { class: "chart-data" });
  // The lives looked at, newest first (the insights list them already).
  const lives = [...looked].reverse().slice(0, 60);
  const pick = el(
    "select",
    { id: "timeline-live", "aria-label": t("insights-timeline-pick") },
    lives.map((s) => el("option", { value: s.session_id }, formatDateTime(s.started_at, undefined, TZ))),
  );
  const draw = async () => {
    const id = Number(pick.value);
    if (!id) return;
    const t: Timeline = await api.timeline(id);
    if (visit.left) return;
    mount(note, t.counted ? T.minutes(t.minutes.length) : T.uncounted);
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
        el("summary", null, T.everyMinute),
        table<TimelineMinute>(
          [
            { title: T.colMinute, cell: (m) => formatTime(m.minute, undefined, TZ), nowrap: true },
            { title: T.colDiamonds, cell: (m) => formatDiamonds(m.diamonds), numeric: true },
            { title: T.colComments, cell: (m) => formatCount(m.comments), numeric: true },
            { title: T.colLikes, cell: (m) => formatCount(m.likes), numeric: true },
            { title: T.colFollowers, cell: (m) => formatCount(m.follows), numeric: true },
            { title: T.colViewers, cell: (m) => formatCount(m.viewers), numeric: true },
          ],
          t.minutes,
        ),
      ),
    );
  };
  pick.addEventListener("change", () => void draw());
  const c = card(
    t("insights-timeline-title"),
    lives.length === 0
      ? el("p", { class: "muted" }, t("insights-no-lives-in-range"))
      : [el("label", null, tParts("insights-timeline-live", {}, { pick })), note, host, data, el("p", { class: "muted" }, t("insights-timeline-note"))],
  );
  return { card: c, draw: lives.length > 0 ? draw : async () => {} };
}

function range(r: Insights, from: string, to: string, apply: (from: string, to: string) => void): HTMLElement {
  const f = el("input", { type: "date", id: "insights-from", value: from, "aria-label": t("insights-from-label") });
  const u = el("input", { type: "date", id: "insights-to", value: to, "aria-label": t("insights-to-label") });
  return el(
    "form",
    { class: "range", onsubmit: (ev: Event) => { ev.preventDefault(); apply(f.value, u.value); } },
    el("label", null, tParts("insights-range-from", {}, { date: f })),
    el("label", null, tParts("insights-range-to", {}, { date: u })),
    el("button", { type: "submit" }, t("insights-show")),
    from || to ? el("button", { type: "button", onclick: () => apply("", "") }, t("insights-all-lives")) : null,
    el("span", { class: "muted", id: "insights-lives", "data-value": r.lives }, t("insights-looked-at", { count: r.lives, min: MIN })),
  );
}

/** Whether a drawing is still on screen. */
type OnScreen = Pick<Visit, "left">;

/** The showing of the insights drawn: a drawing shown again (`showKept`)
 * keeps its closures, which ask this one whether they are on screen. */
let showing: OnScreen = { left: true };
const onScreen: OnScreen = { get left() { return showing.left; } };

/** The insights over every live; the ones drawn before are shown again
 * (with the range chosen then) while the ledger, the minute and the page
 * are unchanged. */
export async function insightsView(root: HTMLElement, visit: Visit): Promise<void> {
  showing = visit;
  await showKept("insights", root, async () => `${await api.ledgerVersion()} ${pageState()}`, async () => {
    await drawInsights(root, onScreen);
    return !visit.left;
  }, visit, (v) => {
    showing = v;
  });
}

async function drawInsights(root: HTMLElement, visit: OnScreen, from = "", to = "", by = ""): Promise<void> {
  const [r, settings] = await Promise.all([api.insights(from || null, to || null, by || null), api.settings()]);
  TZ = settings.timezone;
  if (visit.left) return;
  MIN = r.min_sample;
  if (r.lives === 0 && !from && !to) {
    mount(
      root,
      el("h1", null, T.title),
      emptyState(
        t("insights-empty-title"),
        t("insights-empty-text", { min: MIN }),
        el("button", { class: "primary", onclick: () => go("sessions") }, t("insights-add-live")),
        el("button", { onclick: () => go("import") }, t("insights-import-lives")),
      ),
    );
    return;
  }
  const apply = (f: string, t: string) => void drawInsights(root, visit, f, t, by);
  const timeline = timelineCard(r.who.lives, visit);
  mount(
    root,
    el("h1", null, T.title),
    range(r, from, to, apply),
    perView(r),
    card(t("insights-when-title"), heatmap(r.week), el("p", { class: "muted" }, t("insights-when-note", { min: MIN }))),
    card(t("insights-how-long"), lengths(r.lengths)),
    room(r),
    timeline.card,
    plan(r, (b) => void drawInsights(root, visit, from, to, b)),
    who(r),
  );
  // Drawn once in the page, so the chart takes the card's width.
  await timeline.draw();
}

