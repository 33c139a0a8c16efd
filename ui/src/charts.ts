// Charts drawn with uPlot (canvas; thousands of points without stutter).
// Values are converted to numbers here only to be drawn; figures shown as
// text (tooltips, the data tables, the summaries) always come from the
// core's decimal strings, formatted by format.ts.
//
// Every chart is read three ways: a tooltip at the cursor (and on keyboard
// focus: arrow keys walk the points), a summary in its aria-label, and its
// data as a table one toggle away.

import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { DayPoint, LivePoint } from "./api";

/** A bar of the earnings chart: a day, week or month (a statement row or a dashboard day). */
export type Bar = Pick<DayPoint, "start" | "diamonds" | "value">;
import { el, mount } from "./dom";
import { diamondsWord, formatAmounts, formatCount, formatDateTime, formatDiamonds, formatMoney, formatPeriod } from "./format";
import { formatLocale, t } from "./i18n";
import { isKept } from "./router";
import { say } from "./said";

/** Every word a chart shows, from the catalog (charts.ftl): read when a
 * chart is drawn, so a redraw speaks the language chosen since. */
const T = {
  get showTable() { return t("charts-show-table"); },
  get hideTable() { return t("charts-hide-table"); },
  get diamonds() { return t("charts-diamonds"); },
  get value() { return t("charts-value"); },
  get balance() { return t("charts-balance"); },
  get withdrawn() { return t("charts-withdrawn"); },
  get withdrawnMoney() { return t("charts-withdrawn-money"); },
  get live() { return t("charts-live"); },
  get title() { return t("charts-title"); },
  get noneYet() { return t("charts-none-yet"); },
  grain: (g: Grain) => t(GRAIN_IDS[g]),
  perHour: (currency: string) => t("charts-per-hour", { currency }),
  per1k: (currency: string) => t("charts-per-1k", { currency }),
  diamondsN: (v: string) => diamondsWord(v),
  earnedSummary: (grain: Grain, count: number, from: string, to: string, best: string, at: string) =>
    t(EARNED_SUMMARY_IDS[grain], { count, from, to, best, at }),
  earnedCaption: (grain: Grain) => t(EARNED_CAPTION_IDS[grain]),
  balanceSummary: (count: number, from: string, to: string, now: string, high: string, at: string, marks: number) =>
    `${t("charts-balance-summary", { count, from, to, now, high, at })} ${t("charts-balance-marks", { count: marks })}`,
  perLiveSummary: (count: number, currency: string, from: string, to: string, best: string, at: string) =>
    t("charts-per-live-summary", { count, currency, from, to, best, at }),
  balanceAt: (v: string) => t("charts-tip-balance", { diamonds: diamondsWord(v) }),
  withdrawnAt: (v: string, money: string) => (money ? t("charts-tip-withdrawn-money", { diamonds: diamondsWord(v), money }) : t("charts-tip-withdrawn", { diamonds: diamondsWord(v) })),
};

const GRAIN_IDS: Record<Grain, string> = { day: "charts-day", week: "charts-week", month: "charts-month" };
const EARNED_SUMMARY_IDS: Record<Grain, string> = {
  day: "charts-earned-summary-day",
  week: "charts-earned-summary-week",
  month: "charts-earned-summary-month",
};
const EARNED_CAPTION_IDS: Record<Grain, string> = {
  day: "charts-earned-caption-day",
  week: "charts-earned-caption-week",
  month: "charts-earned-caption-month",
};

export type Grain = "day" | "week" | "month";

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

const charts = new Set<{ plot: uPlot; host: HTMLElement }>();

/** Destroys the plots no longer on screen, and any drawn before in `host` (a
 * redraw). A plot in a view kept to be shown again (router.ts) is off screen
 * but not gone: destroying it would leave that view's card blank. */
function forget(host?: HTMLElement): void {
  for (const c of charts) {
    if ((!c.host.isConnected && !isKept(c.host)) || c.host === host) {
      c.plot.destroy();
      charts.delete(c);
    }
  }
}

window.addEventListener("resize", () => {
  forget();
  for (const c of charts) if (c.host.isConnected) c.plot.setSize({ width: Math.max(c.host.clientWidth, 320), height: c.plot.height });
});

/** A cell of a chart's data table: its text, and the core's figure behind it. */
export interface Cell {
  text: string;
  value?: string;
}

/** What makes a chart readable without seeing it. */
interface Readable {
  /** The aria-label: what the chart shows, in one or two sentences. */
  summary: string;
  /** The data table's caption and columns. */
  caption: string;
  columns: string[];
  /** Which columns hold words rather than figures. */
  words?: boolean[];
  /** The table's rows, built when it is first shown. */
  rows: () => Cell[][];
  /** The tooltip's lines for point `i` (the first is its date). */
  tip: (i: number) => string[];
}

let chartSeq = 0;

/** The data table, one toggle away: a real button with aria-expanded. */
function tableToggle(r: Readable): [HTMLButtonElement, HTMLElement] {
  const id = `chart-table-${++chartSeq}`;
  // A region that scrolls is focusable, so the keyboard can scroll it too.
  const box = el("div", { class: "chart-table scroll short", id, hidden: true, role: "region", tabindex: 0, "aria-label": r.caption });
  const button = el("button", { type: "button", class: "link chart-toggle", "aria-expanded": "false", "aria-controls": id }, T.showTable);
  let built = false;
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    if (open && !built) {
      built = true;
      mount(box, el("table", { class: "data" },
        el("caption", { class: "sr-only" }, r.caption),
        el("thead", null, el("tr", null, r.columns.map((c, i) => el("th", { scope: "col", class: i === 0 ? null : r.words?.[i] ? "text" : "num" }, c)))),
        el("tbody", null, r.rows().map((row) => el("tr", null, row.map((c, i) =>
          i === 0 ? el("th", { scope: "row" }, c.text) : el("td", { class: r.words?.[i] ? "text" : "num", "data-value": c.value ?? null }, c.text)))))));
    }
    box.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? T.hideTable : T.showTable;
  });
  return [button, box];
}

/** The first figure at point `i`, from series 1 on, with its series. */
function firstFigure(data: uPlot.AlignedData, i: number): [number, number] | null {
  for (let k = 1; k < data.length; k++) {
    const v = data[k][i];
    if (v !== null && v !== undefined) return [v as number, k];
  }
  return null;
}

function make(host: HTMLElement, opts: Omit<uPlot.Options, "width">, data: uPlot.AlignedData, r: Readable): uPlot {
  forget(host);
  const plotBox = el("div", { class: "chart-plot", role: "img", tabindex: 0, "aria-label": r.summary });
  const tip = el("div", { class: "chart-tip", "aria-hidden": "true", hidden: true });
  const spoken = el("div", { class: "sr-only", "aria-live": "polite" });
  const [button, box] = tableToggle(r);
  mount(host, plotBox, spoken, el("div", { class: "chart-foot" }, button), box);
  host.dataset.drawn = String(data[0].length);

  // Figures on an axis are written in the chosen language ("30.000" in
  // German); uPlot's own would follow the system's. Calendar and time axes
  // bring their own labels.
  const axis = {
    stroke: cssVar("--muted"), grid: { stroke: cssVar("--grid"), width: 1 }, ticks: { stroke: cssVar("--grid") }, labelFont: "600 12px system-ui, sans-serif", font: "12px system-ui, sans-serif",
    values: (_u: uPlot, splits: number[]) => splits.map((v) => formatCount(v)),
  };
  const showTip = (u: uPlot, i: number | null | undefined) => {
    if (i === null || i === undefined || u.cursor.left === undefined || u.cursor.left < 0) {
      tip.hidden = true;
      return;
    }
    mount(tip, r.tip(i).map((line, k) => el("div", { class: k === 0 ? "tip-head" : null }, line)));
    tip.hidden = false;
    const w = u.over.clientWidth;
    const left = u.cursor.left;
    const top = u.cursor.top ?? 0;
    // Beside the cursor, flipped to its left near the right edge.
    tip.style.left = `${left + 12}px`;
    tip.style.top = `${Math.max(0, top - 10)}px`;
    if (left + 12 + tip.offsetWidth > w) tip.style.left = `${Math.max(0, left - 12 - tip.offsetWidth)}px`;
  };
  const plot = new uPlot(
    {
      width: Math.max(host.clientWidth, 320),
      ...opts,
      legend: { show: true, live: false },
      cursor: { points: { size: 8 }, ...(opts.cursor ?? {}) },
      axes: (opts.axes ?? [{}, {}]).map((a) => ({ ...axis, ...a })),
      hooks: { setCursor: [(u) => showTip(u, u.cursor.idx)] },
    },
    data,
    plotBox,
  );
  plot.over.appendChild(tip);
  charts.add({ plot, host });

  // Keyboard: focus shows the latest point; arrows, Home and End walk them.
  const n = data[0].length;
  let at = -1;
  const point = (i: number) => {
    at = Math.max(0, Math.min(n - 1, i));
    const x = plot.valToPos(data[0][at], "x");
    const f = firstFigure(data, at);
    const y = f === null ? plot.over.clientHeight / 2 : plot.valToPos(f[0], opts.series[f[1]]?.scale ?? "y");
    plot.setCursor({ left: x, top: y });
    spoken.textContent = r.tip(at).join(", ");
  };
  plotBox.addEventListener("focus", () => {
    if (n > 0) point(at >= 0 ? at : n - 1);
  });
  plotBox.addEventListener("blur", () => {
    plot.setCursor({ left: -10, top: -10 });
    tip.hidden = true;
  });
  plotBox.addEventListener("keydown", (ev) => {
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageUp: -10, PageDown: 10 };
    if (ev.key in step) point(at + step[ev.key]);
    else if (ev.key === "Home") point(0);
    else if (ev.key === "End") point(n - 1);
    else return;
    ev.preventDefault();
  });
  return plot;
}

/** The day `YYYY-MM-DD` as seconds at noon UTC (stable across zones for plotting days). */
export function daySeconds(day: string): number {
  return Date.parse(day + "T12:00:00Z") / 1000;
}

const DAY = 86400;

/** Half a bar's period in seconds: the x range is padded by it, so the first and last bars are whole. */
function halfPeriod(grain: Grain): number {
  return grain === "day" ? DAY / 2 : grain === "week" ? 3.5 * DAY : 15.5 * DAY;
}

const fmtCache = new Map<string, Intl.DateTimeFormat>();
/** A date format in the chosen language (not the system's), for calendar days kept as UTC. */
function utcFormat(opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = formatLocale();
  const key = locale + JSON.stringify(opts);
  let f = fmtCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: "UTC" });
    fmtCache.set(key, f);
  }
  return f;
}

type Level = "day" | "week" | "month" | "quarter" | "year";

/** Calendar ticks between `min` and `max` (seconds; calendar days as UTC), at
 * `offset` seconds into their day: days, Mondays, month, quarter or year
 * starts — the finest of these that fits `most` labels. Never hours. */
export function calendarTicks(min: number, max: number, most: number, offset: number, finest: Level = "day"): { at: number[]; level: Level } {
  const levels: Level[] = ["day", "week", "month", "quarter", "year"];
  const first = new Date(Math.floor(min / DAY) * DAY * 1000);
  for (const level of levels.slice(levels.indexOf(finest))) {
    const at: number[] = [];
    const d = new Date(Date.UTC(first.getUTCFullYear(), level === "day" || level === "week" ? first.getUTCMonth() : 0, level === "day" || level === "week" ? first.getUTCDate() : 1));
    while (at.length <= most + 1) {
      const t = d.getTime() / 1000 + offset;
      if (t > max) break;
      const keep =
        level === "day" ||
        (level === "week" && d.getUTCDay() === 1) ||
        (level === "month" && d.getUTCDate() === 1) ||
        (level === "quarter" && d.getUTCDate() === 1 && d.getUTCMonth() % 3 === 0) ||
        (level === "year" && d.getUTCDate() === 1 && d.getUTCMonth() === 0);
      if (keep && t >= min) at.push(t);
      if (level === "day" || level === "week") d.setUTCDate(d.getUTCDate() + 1);
      else d.setUTCMonth(d.getUTCMonth() + 1);
    }
    if (at.length <= most || level === "year") return { at, level };
  }
  return { at: [], level: "year" };
}

/** A tick's label for its level, in the locale: "Nov 23", "Nov", "Jan 2026", "2026". */
export function tickLabel(t: number, level: Level, first: boolean): string {
  const d = new Date(t * 1000);
  if (level === "day" || level === "week") return utcFormat({ month: "short", day: "numeric" }).format(d);
  if (level === "year") return utcFormat({ year: "numeric" }).format(d);
  return first || d.getUTCMonth() === 0 ? utcFormat({ month: "short", year: "numeric" }).format(d) : utcFormat({ month: "short" }).format(d);
}

/** The x axis of calendar data: padded by `pad`, ticked by [`calendarTicks`]. */
function calendarAxis(title: string, offset: number, finest: Level): uPlot.Axis {
  let level: Level = finest;
  return {
    label: title,
    space: 60,
    splits: (u, _i, min, max) => {
      const most = Math.max(1, Math.floor(u.bbox.width / devicePixelRatio / 68));
      const t = calendarTicks(min, max, most, offset, finest);
      level = t.level;
      return t.at;
    },
    values: (_u, splits) => splits.map((t, i) => tickLabel(t, level, i === 0)),
  };
}

function padded(pad: number): uPlot.Scale {
  return { time: false, range: (_u, min, max) => [min - pad, max + pad] };
}

function moneyOr0(amounts: Record<string, string>, currency: string): string {
  return formatAmounts(amounts) || formatMoney("0", currency);
}

/** The index of the largest of `values` (first on ties), or -1. */
function largest(values: (number | null)[]): number {
  let best = -1;
  values.forEach((v, i) => {
    if (v !== null && (best < 0 || v > (values[best] as number))) best = i;
  });
  return best;
}

/** Diamonds earned per day, week or month: one bar per statement row. */
export function barChart(host: HTMLElement, rows: Bar[], grain: Grain, currency: string, pad: Bar[] = []): uPlot {
  // Empty periods that only widen a short axis are drawn, never tabled or summed up.
  const plot = pad.length ? [...rows, ...pad].sort((a, b) => a.start.localeCompare(b.start)) : rows;
  const xs = plot.map((r) => daySeconds(r.start));
  const ys = plot.map((r) => Number(r.diamonds));
  const label = (r: Bar) => formatPeriod(r.start, grain);
  const best = largest(rows.map((r) => Number(r.diamonds)));
  const summary = rows.length
    ? T.earnedSummary(grain, rows.length, label(rows[0]), label(rows[rows.length - 1]), T.diamondsN(rows[best].diamonds), label(rows[best]))
    : T.noneYet;
  const bars = uPlot.paths.bars!({ size: [0.8, 40] });
  return make(
    host,
    {
      height: 230,
      scales: { x: padded(halfPeriod(grain)), y: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.05] } },
      series: [
        { label: T.grain(grain) },
        { label: T.diamonds, stroke: cssVar("--accent"), fill: cssVar("--accent-soft"), paths: bars, points: { show: false } },
      ],
      axes: [calendarAxis(T.grain(grain), DAY / 2, grain === "month" ? "month" : grain === "week" ? "week" : "day"), { label: T.diamonds, size: 64 }],
    },
    [xs, ys],
    {
      summary,
      caption: T.earnedCaption(grain),
      columns: [T.grain(grain), T.diamonds, T.value],
      rows: () => rows.map((r) => [{ text: label(r), value: r.start }, { text: formatDiamonds(r.diamonds), value: r.diamonds }, { text: moneyOr0(r.value, currency) }]),
      tip: (i) => [label(plot[i]), T.diamondsN(plot[i].diamonds), moneyOr0(plot[i].value, currency)],
    },
  );
}

/** The balance at the end of each day, days with a withdrawal marked. */
export function balanceChart(host: HTMLElement, daily: DayPoint[], currency: string): uPlot {
  const xs = daily.map((r) => daySeconds(r.start));
  const balance = daily.map((r) => Number(r.closing_balance));
  const marks = daily.map((r) => (Number(r.withdrawn_diamonds) > 0 ? Number(r.closing_balance) : null));
  const day = (r: DayPoint) => formatPeriod(r.start, "day");
  const high = largest(balance);
  const summary = daily.length
    ? T.balanceSummary(daily.length, day(daily[0]), day(daily[daily.length - 1]), T.diamondsN(daily[daily.length - 1].closing_balance), T.diamondsN(daily[high].closing_balance), day(daily[high]), marks.filter((m) => m !== null).length)
    : T.noneYet;
  return make(
    host,
    {
      height: 230,
      scales: { x: padded(DAY / 2) },
      series: [
        { label: T.grain("day") },
        { label: T.balance, stroke: cssVar("--accent"), width: 2, points: { show: false } },
        { label: T.withdrawn, stroke: cssVar("--warn"), fill: cssVar("--warn"), width: 0, points: { show: true, size: 9, fill: cssVar("--warn") }, paths: () => null },
      ],
      axes: [calendarAxis(T.grain("day"), DAY / 2, "day"), { label: T.diamonds, size: 64 }],
    },
    [xs, balance, marks],
    {
      summary,
      caption: T.balance,
      columns: [T.grain("day"), T.balance, T.withdrawn, T.withdrawnMoney],
      rows: () => daily.map((r) => [
        { text: day(r), value: r.start },
        { text: formatDiamonds(r.closing_balance), value: r.closing_balance },
        { text: formatDiamonds(r.withdrawn_diamonds), value: r.withdrawn_diamonds },
        { text: moneyOr0(r.withdrawn_gross, currency) },
      ]),
      tip: (i) => {
        const r = daily[i];
        return [day(r), T.balanceAt(r.closing_balance), ...(Number(r.withdrawn_diamonds) > 0 ? [T.withdrawnAt(r.withdrawn_diamonds, formatAmounts(r.withdrawn_gross))] : [])];
      },
    },
  );
}

/** What each live earned per hour live (left axis) and per 1,000 viewers (right axis). */
export function perSessionChart(host: HTMLElement, lives: LivePoint[], currency: string, tz: string): uPlot {
  // The core gives each start on the creator's clock: no time-zone
  // arithmetic per live here (it was 3,650 Intl formatters at 10 years).
  const xs = lives.map((m) => Date.parse(m.local_start + "Z") / 1000);
  const perHour = lives.map((m) => (m.value_per_hour === null ? null : Number(m.value_per_hour)));
  const per1k = lives.map((m) => (m.value_per_1000_viewers === null ? null : Number(m.value_per_1000_viewers)));
  const when = (m: LivePoint) => formatDateTime(m.started_at, undefined, tz);
  const money = (v: string | null) => (v === null ? "—" : formatMoney(v, currency));
  const best = largest(perHour);
  const summary = lives.length
    ? T.perLiveSummary(lives.length, currency, when(lives[0]), when(lives[lives.length - 1]), best >= 0 ? money(lives[best].value_per_hour) : "—", best >= 0 ? when(lives[best]) : "—")
    : T.noneYet;
  const span = xs.length ? xs[xs.length - 1] - xs[0] : 0;
  return make(
    host,
    {
      height: 240,
      scales: { x: padded(Math.max(DAY / 2, span * 0.02)), y: {}, y2: {} },
      series: [
        { label: T.live },
        { label: T.perHour(currency), scale: "y", stroke: cssVar("--accent"), width: 0, points: { show: true, size: 6, fill: cssVar("--accent") }, paths: () => null },
        { label: T.per1k(currency), scale: "y2", stroke: cssVar("--accent-2"), width: 0, points: { show: true, size: 6, fill: cssVar("--accent-2") }, paths: () => null },
      ],
      axes: [
        calendarAxis(T.live, 0, "day"),
        { scale: "y", size: 64, label: T.perHour(currency), stroke: cssVar("--accent") },
        { scale: "y2", side: 1, size: 64, label: T.per1k(currency), stroke: cssVar("--accent-2"), grid: { show: false } },
      ],
    },
    [xs, perHour, per1k],
    {
      summary,
      caption: t("charts-per-live-caption", { currency }),
      columns: [T.live, T.title, T.diamonds, T.perHour(currency), T.per1k(currency)],
      words: [false, true],
      rows: () => lives.map((m) => [
        { text: when(m), value: m.started_at },
        { text: (m.title && say(m.title_said, m.title)) || "—" },
        { text: formatDiamonds(m.diamonds), value: m.diamonds },
        { text: money(m.value_per_hour), value: m.value_per_hour ?? "" },
        { text: money(m.value_per_1000_viewers), value: m.value_per_1000_viewers ?? "" },
      ]),
      tip: (i) => {
        const m = lives[i];
        return [when(m) + (m.title ? ` · ${say(m.title_said, m.title)}` : ""), T.diamondsN(m.diamonds), t("charts-tip-per-hour", { money: money(m.value_per_hour) }), t("charts-tip-per-1k", { money: money(m.value_per_1000_viewers) })];
      },
    },
  );
}

/** One live over time, in steps of `minutes`: diamonds as bars, comments
 * as a line on its own labelled axis (null where capture counted nothing).
 * Times read in the locale's own clock (Intl), in the creator's zone `tz`. */
export function timelineChart(host: HTMLElement, xs: number[], diamonds: number[], comments: (number | null)[], minutes: number, tz?: string): uPlot {
  const clock = new Intl.DateTimeFormat(formatLocale(), { hour: "numeric", minute: "2-digit", timeZone: tz });
  const time = (v: number) => clock.format(new Date(v * 1000));
  const diamondsAt = (n: number | null) => (n === null ? "—" : diamondsWord(String(n)));
  const commentsAt = (n: number | null) => (n === null ? "—" : t("charts-comments-count", { count: n }));
  const diamondsPer = t("charts-timeline-diamonds", { count: minutes });
  const commentsPer = t("charts-timeline-comments", { count: minutes });
  const timeWord = t("charts-time");
  const best = largest(diamonds);
  const summary = xs.length
    ? t("charts-timeline-summary", { count: minutes, from: time(xs[0]), to: time(xs[xs.length - 1]), best: diamondsAt(diamonds[best]), at: time(xs[best]) })
    : T.noneYet;
  return make(
    host,
    {
      height: 220,
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.05] }, y2: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.05] } },
      series: [
        { label: timeWord },
        { label: diamondsPer, scale: "y", stroke: cssVar("--accent"), fill: cssVar("--accent-soft"), paths: uPlot.paths.bars!({ size: [0.8, 12] }), points: { show: false } },
        { label: commentsPer, scale: "y2", stroke: cssVar("--accent-2"), width: 2, points: { show: false }, spanGaps: false },
      ],
      axes: [
        { label: timeWord, space: 70, values: (_u, splits) => splits.map(time) },
        { scale: "y", size: 60, label: T.diamonds },
        { scale: "y2", side: 1, size: 60, grid: { show: false }, label: t("charts-comments"), stroke: cssVar("--accent-2") },
      ],
    },
    [xs, diamonds, comments],
    {
      summary,
      caption: t("charts-timeline-caption", { count: minutes }),
      columns: [timeWord, diamondsPer, commentsPer],
      rows: () => xs.map((x, i) => [{ text: time(x) }, { text: formatCount(diamonds[i]), value: String(diamonds[i]) }, { text: comments[i] === null ? "—" : formatCount(comments[i]), value: comments[i] === null ? "" : String(comments[i]) }]),
      tip: (i) => [time(xs[i]), diamondsAt(diamonds[i]), commentsAt(comments[i])],
    },
  );
}
