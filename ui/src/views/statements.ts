import { api, PeriodRow, Summary } from "../api";
import { el, mount } from "../dom";
import { formatAmounts, formatDecimal, formatDiamonds, formatHours } from "../format";
import { card, emptyState, table } from "../widgets";

type By = "day" | "week" | "month" | "year";

export async function statementsView(root: HTMLElement): Promise<void> {
  const summary: Summary = await api.summary();
  const host = el("div", { id: "statement" });
  const group = el("div", { class: "segmented", role: "group", "aria-label": "Period" });

  const draw = async (by: By) => {
    for (const b of group.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.dataset.by === by));
    const st = await api.statement(by);
    const rows = st.rows.reverse();
    if (rows.length === 0) {
      mount(host, emptyState("Nothing to report yet", "Statements appear once you have sessions or withdrawals."));
      return;
    }
    mount(host, table<PeriodRow>([
      { title: "Period", cell: (r) => r.period, sort: (r) => r.start, nowrap: true },
      { title: "Sessions", cell: (r) => r.sessions, numeric: true },
      { title: "Hours live", cell: (r) => formatHours(r.hours_live), numeric: true, nowrap: true },
      { title: "Gifts", cell: (r) => formatDecimal(String(r.gifts)), numeric: true },
      { title: "Coins", cell: (r) => formatDecimal(String(r.coins)), numeric: true },
      { title: "Diamonds", cell: (r) => formatDiamonds(r.diamonds), sort: (r) => Number(r.diamonds), numeric: true },
      { title: "Value", cell: (r) => formatAmounts(r.value), numeric: true },
      { title: "Withdrawn", cell: (r) => formatDiamonds(r.withdrawn_diamonds), numeric: true },
      { title: "Fees", cell: (r) => formatAmounts(r.fees), numeric: true },
      { title: "Net paid", cell: (r) => formatAmounts(r.net_paid), numeric: true },
      { title: "Corrections", cell: (r) => formatDiamonds(r.adjusted_diamonds), numeric: true },
      { title: "Closing balance", cell: (r) => formatDiamonds(r.closing_balance), numeric: true },
    ], rows, { id: "statement-table" }),
    el("table", { class: "data totals", id: "statement-total" }, el("tbody", null,
      el("tr", null, el("th", { scope: "row" }, "Total"),
        el("td", null, `${st.total.sessions} sessions · ${formatHours(st.total.hours_live)} live · ${formatDiamonds(st.total.diamonds)} diamonds`),
        el("td", { class: "num" }, formatAmounts(st.total.value) || "—")),
      Object.keys(st.rounding).length
        ? el("tr", { id: "statement-rounding" }, el("th", { scope: "row" }, "Rounding"),
            el("td", { class: "muted small" }, "Each row is rounded on its own; the total rounds the exact sum, so it can differ by a cent."),
            el("td", { class: "num" }, formatAmounts(st.rounding)))
        : null)));
  };
  for (const by of ["day", "week", "month", "year"] as const) {
    group.appendChild(el("button", { "data-by": by, onclick: () => void draw(by) }, by[0].toUpperCase() + by.slice(1)));
  }
  mount(root,
    el("h1", null, "Statements"),
    card("By period",
      el("div", { class: "card-head" },
        el("p", { class: "muted small" }, `Days start at midnight in your time zone. Values use the rate each session was recorded with; each row is rounded once; money rounded ${summary.rounding}. Export for your bookkeeper in Settings.`),
        group),
      el("div", { class: "scroll" }, host)));
  await draw("month");
}
