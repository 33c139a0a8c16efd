import { api, errorText, PeriodRow, Statement, Summary } from "../api";
import { el, mount } from "../dom";
import { t } from "../i18n";
import { pageState, showKept, Visit } from "../router";
import { diamondsWord, formatAmounts, formatDecimal, formatDiamonds, formatMoney, formatPeriod } from "../format";
import { attempt, card, emptyState, toast } from "../widgets";

type By = "day" | "week" | "month" | "year";

/** Every word the view shows, from the catalog (statements.ftl): read when
 * drawn, so a redraw speaks the language chosen since. */
const T = {
  get title() { return t("statements-title"); },
  get byPeriod() { return t("statements-by-period"); },
  get periodGroup() { return t("statements-period"); },
  get range() { return t("statements-range"); },
  get allTime() { return t("statements-all-time"); },
  get custom() { return t("statements-custom"); },
  get from() { return t("statements-from"); },
  get to() { return t("statements-to"); },
  get apply() { return t("statements-apply"); },
  explain: () => t("statements-explain", { step: formatDecimal("0.01") }),
  get emptyTitle() { return t("statements-empty-title"); },
  get emptyText() { return t("statements-empty-text"); },
  get emptyRange() { return t("statements-empty-range"); },
  opening: (diamonds: string) => t("statements-opening", { diamonds: diamondsWord(diamonds) }),
  get total() { return t("statements-total"); },
  rounding: (amounts: string) => t("statements-rounding", { amounts }),
  get exportTitle() { return t("statements-export-title"); },
  get exportText() { return t("statements-export-text"); },
  exported: (path: string) => t("statements-exported", { path }),
  buttons: () => [
    ["csv", "csv", t("statements-export-csv")],
    ["json", "json", t("statements-export-json")],
    ["hledger", "journal", t("statements-export-hledger")],
    ["beancount", "beancount", t("statements-export-beancount")],
  ] as const,
  // Hours as a decimal ("214.5 h"), with the unit the durations use.
  hours: (hours: string) => t("duration-hours", { hours }),
  by: (b: By) => t(BY_IDS[b]),
  cols: {
    get period() { return t("statements-period"); },
    get sessions() { return t("statements-col-lives"); },
    get hours() { return t("statements-col-hours"); },
    get gifts() { return t("statements-col-gifts"); },
    get coins() { return t("statements-col-coins"); },
    get diamonds() { return t("statements-col-diamonds"); },
    get value() { return t("statements-col-value"); },
    get withdrawn() { return t("statements-col-withdrawn"); },
    get fees() { return t("statements-col-fees"); },
    get net() { return t("statements-col-net"); },
    get corrections() { return t("statements-col-corrections"); },
    get closing() { return t("statements-col-closing"); },
  },
};

const BY_IDS: Record<By, string> = {
  day: "statements-by-day",
  week: "statements-by-week",
  month: "statements-by-month",
  year: "statements-by-year",
};

interface Col {
  title: string;
  cell: (r: PeriodRow) => string;
  /** Shown only in a wide window (the figure is in the export too)… */
  wide?: boolean;
  /** …unless this statement needs it (a correction moved the balance). */
  shownWhen?: (st: Statement) => boolean;
  numeric?: boolean;
}

/** The statements; the one drawn before is shown again while the ledger,
 * the minute and the page are unchanged. */
export async function statementsView(root: HTMLElement, visit?: Visit): Promise<void> {
  await showKept("statements", root, async () => `${await api.ledgerVersion()} ${pageState()}`, async () => {
    await drawStatements(root);
    return true;
  }, visit);
}

async function drawStatements(root: HTMLElement): Promise<void> {
  // The first table (by month, all time) is asked for with the rest: one round trip.
  let firstTable: Promise<Statement> | null = api.statement("month");
  firstTable.catch(() => undefined);
  const [summary, years]: [Summary, Statement] = await Promise.all([api.summary(), api.statement("year")]);
  const currency = summary.currency;
  const money = (a: Record<string, string>) => formatAmounts(a) || formatMoney("0", currency);
  const host = el("div", { id: "statement" });
  const group = el("div", { class: "segmented", role: "group", "aria-label": T.periodGroup });

  // The dates shown: all time, a calendar year, or a range of days.
  const range = el("select", { id: "statement-range", "aria-label": T.range },
    el("option", { value: "all" }, T.allTime),
    [...years.rows].reverse().map((r) => el("option", { value: r.period }, formatPeriod(r.start, "year"))),
    el("option", { value: "custom" }, T.custom));
  const from = el("input", { type: "date", id: "statement-from", "aria-label": T.from });
  const to = el("input", { type: "date", id: "statement-to", "aria-label": T.to });
  const custom = el("div", { class: "range-custom", id: "statement-custom", hidden: true },
    el("label", { for: "statement-from" }, T.from), from, el("label", { for: "statement-to" }, T.to), to,
    el("button", { type: "button", id: "statement-apply", onclick: () => void draw() }, T.apply));
  if (years.rows.length) {
    from.value = years.rows[0].start;
    to.value = new Date().toISOString().slice(0, 10);
  }
  let by: By = "month";
  const span = (): [string | null, string | null] => {
    if (range.value === "all") return [null, null];
    if (range.value === "custom") return [from.value || null, to.value || null];
    return [`${range.value}-01-01`, `${range.value}-12-31`];
  };
  range.addEventListener("change", () => {
    custom.hidden = range.value !== "custom";
    if (range.value !== "custom") void draw();
  });

  const cols: Col[] = [
    { title: T.cols.sessions, cell: (r) => String(r.sessions), numeric: true },
    // Hours as a decimal (as a timesheet writes them): "214.5 h" is narrower than "214 h 30 min".
    { title: T.cols.hours, cell: (r) => T.hours(formatDecimal(r.hours_live)), numeric: true },
    { title: T.cols.gifts, cell: (r) => formatDecimal(String(r.gifts)), numeric: true, wide: true },
    { title: T.cols.coins, cell: (r) => formatDecimal(String(r.coins)), numeric: true, wide: true },
    { title: T.cols.diamonds, cell: (r) => formatDiamonds(r.diamonds), numeric: true },
    { title: T.cols.value, cell: (r) => money(r.value), numeric: true },
    { title: T.cols.withdrawn, cell: (r) => formatDiamonds(r.withdrawn_diamonds), numeric: true },
    { title: T.cols.fees, cell: (r) => money(r.fees), numeric: true },
    { title: T.cols.net, cell: (r) => money(r.net_paid), numeric: true },
    { title: T.cols.corrections, cell: (r) => formatDiamonds(r.adjusted_diamonds), numeric: true, wide: true, shownWhen: (st) => Number(st.total.adjusted_diamonds) !== 0 || st.rows.some((r) => Number(r.adjusted_diamonds) !== 0) },
    { title: T.cols.closing, cell: (r) => formatDiamonds(r.closing_balance), numeric: true },
  ];

  const draw = async () => {
    for (const b of group.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.dataset.by === by));
    const [first, last] = span();
    let st: Statement;
    try {
      // The first draw is by month over all time (`by` and the range's defaults).
      const asked = firstTable ?? api.statement(by, first, last);
      firstTable = null;
      st = await asked;
    } catch (e) {
      toast(errorText(e), "error");
      return;
    }
    const rows = [...st.rows].reverse();
    if (rows.length === 0) {
      mount(host, range.value === "all" ? emptyState(T.emptyTitle, T.emptyText) : el("p", { class: "muted", id: "statement-empty" }, T.emptyRange));
      return;
    }
    const cls = (c: Col) => [c.numeric ? "num" : "", c.wide && !c.shownWhen?.(st) ? "wide-only" : ""].join(" ").trim() || null;
    const opening = Number(st.opening_balance) !== 0 ? el("p", { class: "muted small", id: "statement-opening" }, T.opening(st.opening_balance)) : null;
    const tableEl = el("table", { class: "data statement", id: "statement-table" },
      el("thead", null, el("tr", null,
        el("th", { scope: "col" }, T.cols.period),
        cols.map((c) => el("th", { scope: "col", class: cls(c) }, c.title)))),
      el("tbody", null, rows.map((r) => el("tr", null,
        el("th", { scope: "row", class: "period", "data-start": r.start }, formatPeriod(r.start, by)),
        cols.map((c) => el("td", { class: cls(c) }, c.cell(r)))))),
      el("tfoot", null,
        el("tr", { id: "statement-total" },
          el("th", { scope: "row" }, T.total),
          cols.map((c) => el("td", { class: cls(c) }, c.cell(st.total)))),
));
    const rounding = Object.keys(st.rounding).length
      ? el("p", { class: "muted small", id: "statement-rounding" }, T.rounding(formatAmounts(st.rounding)))
      : null;
    mount(host, opening, el("div", { class: "statement-scroll", id: "statement-scroll", role: "region", tabindex: 0, "aria-label": T.byPeriod }, tableEl), rounding);
  };
  for (const b of ["day", "week", "month", "year"] as const) {
    group.appendChild(el("button", { "data-by": b, onclick: () => { by = b; void draw(); } }, T.by(b)));
  }

  const today = new Date().toISOString().slice(0, 10);
  const exportTo = async (format: string, ext: string) => {
    // The path is chosen in the app's own native dialog; the page cannot name one.
    const path = await api.chooseSavePath(`liveledger-${today}.${ext}`, format, ext);
    if (path) await attempt(() => api.exportFile(format, path), T.exported(path));
  };

  mount(root,
    el("h1", null, T.title),
    card(T.byPeriod,
      el("div", { class: "card-head wrap" },
        el("div", { class: "toolbar tight" }, range, group),
        custom),
      el("p", { class: "muted small" }, T.explain()),
      host),
    card(T.exportTitle,
      el("p", { class: "muted small" }, T.exportText),
      el("div", { class: "actions wrap", id: "statement-export" },
        T.buttons().map(([format, ext, label]) => el("button", { type: "button", "data-format": format, onclick: () => void exportTo(format, ext) }, label)))));
  await draw();
}
