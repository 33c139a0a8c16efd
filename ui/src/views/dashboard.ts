import { api, BlockerKind, Dashboard, PeriodComparison, Summary } from "../api";
import type { Bar } from "../charts";
import { balanceChart, barChart, perSessionChart } from "../charts";
import { Child, el, mount } from "../dom";
import { coins, diamondsWord, formatAmounts, formatChange, formatDay, formatDiamonds, formatMoney, formatMoneyExact, formatPercent } from "../format";
import { t, tParts } from "../i18n";
import { go, pageState, showKept, Visit } from "../router";
import { attempt, card, emptyState } from "../widgets";
import { onCapture } from "../components/capture";
import { firstRun } from "../components/firstrun";
import { padPeriods } from "../pad";
import { openSettings } from "./settings";

/** Lives a chart of lives needs before it says anything (one dot is no trend). */
const CHART_MIN_LIVES = 3;

/** Every word the dashboard shows, in one place: each a catalog message
 * (assets/locales/<language>/dashboard.ftl), read when drawn. */
const T = {
  get title() { return t("dashboard-title"); },
  get emptyTitle() { return t("dashboard-empty-title"); },
  get emptyText() { return t("dashboard-empty-text"); },
  get addLive() { return t("dashboard-add-live"); },
  get importFile() { return t("dashboard-import-file"); },
  get tally() { return t("dashboard-tally"); },
  demoOffer: (load: Node) => tParts("dashboard-demo-offer", {}, { load }),
  get demo() { return t("dashboard-demo-load"); },
  get demoLoaded() { return t("dashboard-demo-loaded"); },
  get balance() { return t("dashboard-balance"); },
  diamondsUnit: (count: number) => ` ${t("dashboard-diamonds-unit", { count })}`,
  get earned() { return t("dashboard-earned"); },
  get withdrawn() { return t("dashboard-withdrawn"); },
  get corrections() { return t("dashboard-corrections"); },
  get pending() { return t("dashboard-pending"); },
  roundedDown: (min: string) => t("dashboard-rounded-down", { min }),
  valuedToday: (rate: string) => t("dashboard-valued-today", { rate }),
  get thresholdTitle() { return t("dashboard-threshold-title"); },
  get progressLabel() { return t("dashboard-progress-label"); },
  thresholdReached: (balance: string, min: string, percent: string) => t("dashboard-threshold-reached", { balance, min, percent }),
  thresholdToGo: (balance: string, min: string, diamonds: string, value: string, percent: string) =>
    t("dashboard-threshold-to-go", { balance, min, diamonds, value, percent }),
  get canCashOut() { return t("dashboard-can-cash-out"); },
  eta: (days: number, pace: string, day: string) => t("dashboard-eta", { days, pace, day }),
  etaWait: (count: number, days: number) => t("dashboard-eta-wait", { count, days, min: CHART_MIN_LIVES }),
  etaNone: (days: number) => t("dashboard-eta-none", { days }),
  get readyTitle() { return t("dashboard-ready-title"); },
  get ready() { return t("dashboard-ready"); },
  get notYet() { return t("dashboard-not-yet"); },
  withdrawable: (diamonds: string, value: string) => t("dashboard-withdrawable", { diamonds, value }),
  rateSince: (day: string, rate: string) => t("dashboard-rate-since", { day, rate }),
  get payoutLink() { return t("dashboard-payout-link"); },
  blocker: {
    negative_balance: (s: Summary) => [t("dashboard-blocker-negative-balance", { diamonds: diamondsWord(s.balance_diamonds) })],
    below_minimum: (s: Summary) => [t("dashboard-blocker-below-minimum", { balance: money(s, s.balance_value), min: money(s, s.min_withdrawal), diamonds: diamondsWord(s.to_go_diamonds) })],
    age_not_confirmed: () => tParts("dashboard-blocker-age", {}, { link: payoutLink() }),
    no_payout_method: () => tParts("dashboard-blocker-payout", {}, { link: payoutLink() }),
    daily_maximum_used: () => [t("dashboard-blocker-daily-maximum")],
  } satisfies Record<BlockerKind, (s: Summary) => Child[]>,
  get compareTitle() { return t("dashboard-compare-title"); },
  get compareNote() { return t("dashboard-compare-note"); },
  get week() { return t("dashboard-week"); },
  get month() { return t("dashboard-month"); },
  compareLives: (count: number, from: string, to: string) => t("dashboard-compare-lives", { count, from, to }),
  change: {
    week: (change: string, before: string) => t("dashboard-change-week", { change, before }),
    month: (change: string, before: string) => t("dashboard-change-month", { change, before }),
  },
  nothingBefore: {
    get week() { return t("dashboard-nothing-week"); },
    get month() { return t("dashboard-nothing-month"); },
  },
  get earnedTitle() { return t("dashboard-earned-title"); },
  get groupBy() { return t("dashboard-group-by"); },
  by: {
    get day() { return t("dashboard-by-day"); },
    get week() { return t("dashboard-by-week"); },
    get month() { return t("dashboard-by-month"); },
  },
  get balanceTitle() { return t("dashboard-balance-chart-title"); },
  waitChart: (count: number) => t("dashboard-chart-wait", { count, min: CHART_MIN_LIVES }),
  get topGifts() { return t("dashboard-top-gifts"); },
  get topGiftsEmpty() { return t("dashboard-top-gifts-empty"); },
  get topSupporters() { return t("dashboard-top-supporters"); },
  get topSupportersEmpty() { return t("dashboard-top-supporters-empty"); },
  get worthTitle() { return t("dashboard-worth-title"); },
  get worthNote() { return t("dashboard-worth-note"); },
  topRow: (coins: string, share: string) => t("dashboard-top-row", { coins, share }),
};

function money(s: Summary, v: string): string {
  return formatMoney(v, s.currency);
}

function payoutLink(): HTMLElement {
  return el("a", { href: "#/settings", class: "blocker-link", onclick: (ev: Event) => {
    ev.preventDefault();
    openSettings("payout");
  } }, T.payoutLink);
}

/** The dashboard; drawn again only when the ledger, the minute or the page
 * (language, size, theme) changed since it was last drawn (`showKept`). */
export async function dashboardView(root: HTMLElement, visit: Visit): Promise<void> {
  let empty = false;
  await showKept("dashboard", root, async () => `${await api.ledgerVersion()} ${pageState()}`, async () => {
    const d = await api.dashboard();
    if (d === null || visit.left) {
      empty = d === null;
      return false;
    }
    // The launch's marks (tests/bench): not for a drawing ahead.
    if (!visit.ahead) performance.mark("ll-dashboard-data");
    render(root, d);
    if (!visit.ahead) performance.mark("ll-dashboard-drawn");
    return true;
  }, visit, (v, shown) => (empty ? firstDay(shown, v) : follow(shown, v)));
}

/** The first day's dashboard: an empty ledger. */
async function firstDay(root: HTMLElement, visit: Visit): Promise<void> {
  const settings = await api.settings();
  if (!settings.setup_done) {
    // The first day: three questions before the empty dashboard.
    await firstRun(root, () => go("dashboard"));
  } else {
    const empty = emptyState(
      T.emptyTitle,
      T.emptyText,
      el("button", { class: "primary", id: "add-live", onclick: () => go("sessions") }, T.addLive),
      el("button", { id: "import-live", onclick: () => go("import") }, T.importFile),
      el("button", { onclick: () => go("live") }, T.tally),
    );
    empty.appendChild(el("p", { class: "demo-offer small" }, T.demoOffer(
      el("button", { class: "link", id: "load-demo", onclick: async () => { if (await attempt(api.loadDemo, T.demoLoaded)) go("dashboard"); } }, T.demo))));
    mount(root, el("h1", null, T.title), empty);
  }
  // The first gift a running capture logs fills the dashboard.
  await onCapture(visit, (u) => { if (u.kind === "stored") go("dashboard"); });
}

/** What the drawn dashboard follows while it is shown. */
async function follow(root: HTMLElement, visit: Visit): Promise<void> {
  // Gifts logged by a running capture move the balance and the threshold
  // bar while the dashboard is open (at most every 300 ms).
  let queued = false;
  await onCapture(visit, (u) => {
    if (u.kind !== "stored" || queued) return;
    queued = true;
    visit.later(() => {
      queued = false;
      void api.summary().then((s) => { if (!visit.left) updateBalance(root, s); });
    }, 300);
  });
}

function thresholdText(s: Summary): Child[] {
  const reached = Number(s.to_go_diamonds) === 0;
  const balance = money(s, s.balance_value);
  const min = money(s, s.min_withdrawal);
  const percent = formatPercent(s.progress);
  return [reached
    ? T.thresholdReached(balance, min, percent)
    : T.thresholdToGo(balance, min, diamondsWord(s.to_go_diamonds), money(s, s.to_go_value), percent)];
}

function roundedNote(s: Summary): string {
  return s.balance_value_rounded_down ? T.roundedDown(money(s, s.min_withdrawal)) : "";
}

function updateBalance(root: HTMLElement, s: Summary): void {
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel);
  const diamonds = q<HTMLElement>("#balance-diamonds");
  if (diamonds) mount(diamonds, formatDiamonds(s.balance_diamonds), el("span", { class: "unit" }, T.diamondsUnit(Number(s.balance_diamonds))));
  const value = q<HTMLElement>("#balance-value");
  if (value) value.textContent = money(s, s.balance_value);
  const note = q<HTMLElement>("#balance-note");
  if (note) note.textContent = roundedNote(s);
  const pct = Math.min(Number(s.progress), 1) * 100;
  const fill = q<HTMLElement>(".progress-fill");
  if (fill) fill.style.width = `${pct.toFixed(1)}%`;
  q<HTMLElement>("[role=progressbar]")?.setAttribute("aria-valuenow", String(Math.round(pct)));
  const text = q<HTMLElement>("#threshold-text");
  if (text) mount(text, thresholdText(s));
  // The verdict is a live region: changed in place, a screen reader reads it out.
  const verdict = q<HTMLElement>("#ready");
  if (verdict && verdict.classList.contains("ok") !== s.ready) {
    verdict.className = `verdict ${s.ready ? "ok" : "no"}`;
    verdict.textContent = s.ready ? T.ready : T.notYet;
    q<HTMLElement>("#withdrawable, #blockers")?.replaceWith(readinessDetail(s));
  }
}

/** Under the verdict: what may be withdrawn now, or what is missing. */
function readinessDetail(s: Summary): HTMLElement {
  return s.ready
    ? el("p", { id: "withdrawable" }, T.withdrawable(diamondsWord(s.withdrawable_now_diamonds), money(s, s.withdrawable_now_value)))
    : el("ul", { class: "blockers", id: "blockers" }, s.blockers.map((text, i) => {
        const kind = s.blocker_kinds[i];
        return el("li", { "data-kind": kind ?? "" }, kind ? T.blocker[kind](s) : text);
      }));
}

function etaText(s: Summary): string {
  if (Number(s.to_go_diamonds) === 0) return T.canCashOut;
  if (s.eta) return T.eta(Number(s.pace_days), diamondsWord(s.pace_diamonds_per_day), formatDay(s.eta));
  if (s.pace_lives > 0 && s.eta_lives_needed > 0) return T.etaWait(s.eta_lives_needed, Number(s.pace_days));
  return T.etaNone(Number(s.pace_days));
}

function comparison(title: string, id: string, c: PeriodComparison, before: "week" | "month"): HTMLElement {
  const direction = c.change === null ? "" : c.change.startsWith("-") ? "down" : "up";
  return el("div", { class: "compare-item", id },
    el("h3", null, title),
    el("div", { class: "big" }, formatDiamonds(c.diamonds), el("span", { class: "unit" }, T.diamondsUnit(Number(c.diamonds)))),
    el("p", { class: "muted small" }, T.compareLives(c.lives, formatDay(c.start), formatDay(c.end))),
    el("p", { class: `change ${direction}` },
      c.change === null ? T.nothingBefore[before] : T.change[before](formatChange(c.change), diamondsWord(c.previous_diamonds))));
}

function render(root: HTMLElement, d: Dashboard): void {
  const s = d.summary;
  const pct = Math.min(Number(s.progress), 1) * 100;
  const bar = el("div", { class: "progress-fill" });
  bar.style.width = `${pct.toFixed(1)}%`; // CSSOM, allowed by the CSP (no style attribute)
  const rate = formatMoneyExact(s.money_per_diamond, s.currency);

  const balance = card(
    T.balance,
    el("div", { class: "big", id: "balance-diamonds" }, formatDiamonds(s.balance_diamonds), el("span", { class: "unit" }, T.diamondsUnit(Number(s.balance_diamonds)))),
    el("div", { class: "sub", id: "balance-value" }, money(s, s.balance_value)),
    el("p", { class: "muted small", id: "balance-note" }, roundedNote(s)),
    el("dl", { class: "facts" },
      el("dt", null, T.earned), el("dd", null, formatDiamonds(s.diamonds_earned)),
      el("dt", null, T.withdrawn), el("dd", null, formatDiamonds(s.diamonds_withdrawn)),
      el("dt", null, T.corrections), el("dd", null, formatDiamonds(s.diamonds_adjusted)),
      formatAmounts(s.pending) ? [el("dt", null, T.pending), el("dd", { id: "pending" }, formatAmounts(s.pending))] : null,
    ),
    el("p", { class: "muted small" }, T.valuedToday(rate)),
  );

  const progress = card(
    T.thresholdTitle,
    el("div", { class: "progress", role: "progressbar", "aria-label": T.progressLabel, "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": Math.round(pct) }, bar),
    el("p", { id: "threshold-text" }, thresholdText(s)),
    el("p", { class: "muted", id: "eta" }, etaText(s)),
  );

  const readiness = card(
    T.readyTitle,
    el("div", { class: `verdict ${s.ready ? "ok" : "no"}`, id: "ready", role: "status", "aria-live": "polite" }, s.ready ? T.ready : T.notYet),
    readinessDetail(s),
    el("p", { class: "muted small" }, T.rateSince(formatDay(s.rate_effective_from), rate)),
  );

  const compare = el("section", { class: "card", id: "compare" },
    el("h2", null, T.compareTitle),
    el("div", { class: "compare" },
      comparison(T.week, "compare-week", d.compare.week, "week"),
      comparison(T.month, "compare-month", d.compare.month, "month")),
    el("p", { class: "muted small" }, T.compareNote));

  const earningsHost = el("div", { class: "chart", id: "chart-earnings" });
  const period = el("div", { class: "segmented", role: "group", "aria-label": T.groupBy });
  const drawEarnings = async (by: "day" | "week" | "month") => {
    for (const b of period.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.dataset.by === by));
    const rows: Bar[] = by === "day" ? d.daily : (await api.statement(by)).rows;
    // A short range is padded with empty periods, so one live draws one bar
    // on a short axis.
    const pad: Bar[] = padPeriods(rows.map((r) => r.start), by).map((day) => emptyPeriod(day));
    mount(earningsHost);
    barChart(earningsHost, rows, by, s.currency, pad);
  };
  for (const by of ["day", "week", "month"] as const) {
    period.appendChild(el("button", { "data-by": by, onclick: () => void drawEarnings(by) }, T.by[by]));
  }

  const lives = d.lives;
  const enough = lives >= CHART_MIN_LIVES;
  const waiting = (id: string) => el("p", { class: "chart-wait muted", id }, T.waitChart(lives));
  const balanceHost = enough ? el("div", { class: "chart", id: "chart-balance" }) : waiting("chart-balance-wait");
  const perSessionHost = enough ? el("div", { class: "chart", id: "chart-per-session" }) : waiting("chart-per-session-wait");

  const top = (title: string, id: string, rows: Dashboard["top_gifts"], empty: string) =>
    card(
      title,
      rows.length === 0
        ? el("p", { class: "muted" }, empty)
        : el("ol", { class: "toplist", id }, rows.map((r) => {
            const fill = el("span", { class: "fill" });
            // Drawn against the top item (rows come largest first), so the bars tell apart.
            fill.style.width = `${((r.coins / Math.max(rows[0].coins, 1)) * 100).toFixed(1)}%`;
            return el("li", null,
              el("span", { class: "name", title: r.name }, r.name),
              el("span", { class: "meter", "aria-hidden": "true" }, fill),
              el("span", { class: "num" }, T.topRow(coins(r.coins), formatPercent(r.share))));
          })),
    );

  mount(
    root,
    el("h1", null, T.title),
    el("div", { class: "grid3" }, balance, progress, readiness),
    compare,
    el("section", { class: "card" }, el("div", { class: "card-head" }, el("h2", null, T.earnedTitle), period), earningsHost),
    el("section", { class: "card" }, el("h2", null, T.balanceTitle), balanceHost),
    el("div", { class: "grid2" },
      top(T.topGifts, "top-gifts", d.top_gifts, T.topGiftsEmpty),
      top(T.topSupporters, "top-supporters", d.top_supporters, T.topSupportersEmpty),
    ),
    el("section", { class: "card" },
      el("h2", null, T.worthTitle),
      el("p", { class: "muted small" }, T.worthNote),
      perSessionHost),
  );

  void drawEarnings("day");
  if (!enough) return;
  balanceChart(balanceHost, d.daily, s.currency);
  perSessionChart(perSessionHost, d.worth, s.currency, d.timezone);
}

/** A period with nothing in it, to pad a short chart (never a figure of the core's). */
function emptyPeriod(start: string): Bar {
  return { start, diamonds: "0", value: {} };
}
