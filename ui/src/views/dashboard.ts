import { api, Dashboard, PeriodRow, Summary } from "../api";
import { balanceChart, barChart, daySeconds, perSessionChart } from "../charts";
import { el, mount } from "../dom";
import { formatAmounts, formatDay, formatMoneyExact, formatDecimal, formatDiamonds, formatMoney, formatPercent } from "../format";
import { go, Visit } from "../router";
import { attempt, card, emptyState } from "../widgets";
import { onCapture } from "../components/capture";

export async function dashboardView(root: HTMLElement, visit: Visit): Promise<void> {
  if (await api.isEmpty()) {
    mount(
      root,
      el("h1", null, "Dashboard"),
      emptyState(
        "No lives recorded yet",
        "Log a live by hand, tally gifts while you are live, or import the CSV files your live tools wrote. Or look around with six months of demo data first — you can clear it in Settings.",
        el("button", { class: "primary", id: "load-demo", onclick: async () => { if (await attempt(api.loadDemo, "Demo data loaded")) go("dashboard"); } }, "Load demo data"),
        el("button", { onclick: () => go("import") }, "Import a CSV"),
        el("button", { onclick: () => go("live") }, "Start a live tally"),
        el("button", { onclick: () => go("sessions") }, "Add a session"),
      ),
    );
    // The first gift a running capture logs fills the dashboard.
    await onCapture(visit, (u) => { if (u.kind === "stored") go("dashboard"); });
    return;
  }
  const d = await api.dashboard();
  render(root, d);
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

function thresholdText(s: Summary): (string | HTMLElement)[] {
  const money = (v: string) => formatMoney(v, s.currency);
  const reached = Number(s.to_go_diamonds) === 0;
  return [
    `${formatMoneyExact(s.balance_value_vs_minimum, s.currency)} of ${money(s.min_withdrawal)} — `,
    reached ? "reached" : `${formatDiamonds(s.to_go_diamonds)} ${s.to_go_diamonds === "1" ? "diamond" : "diamonds"} (${money(s.to_go_value)}) to go`,
    ` · ${formatPercent(s.progress)}`,
  ];
}

function updateBalance(root: HTMLElement, s: Summary): void {
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel);
  const diamonds = q<HTMLElement>("#balance-diamonds");
  if (diamonds) mount(diamonds, formatDiamonds(s.balance_diamonds), el("span", { class: "unit" }, " diamonds"));
  const value = q<HTMLElement>("#balance-value");
  if (value) value.textContent = formatMoney(s.balance_value, s.currency);
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
    verdict.textContent = s.ready ? "Ready to withdraw" : "Not yet";
    q<HTMLElement>("#withdrawable, #blockers")?.replaceWith(readinessDetail(s));
  }
}

/** Under the verdict: what may be withdrawn now, or what is missing. */
function readinessDetail(s: Summary): HTMLElement {
  return s.ready
    ? el("p", { id: "withdrawable" }, `Withdrawable now: ${formatDiamonds(s.withdrawable_now_diamonds)} diamonds = ${formatMoney(s.withdrawable_now_value, s.currency)}`)
    : el("ul", { class: "blockers", id: "blockers" }, s.blockers.map((b) => el("li", null, b)));
}

function render(root: HTMLElement, d: Dashboard): void {
  const s = d.summary;
  const money = (v: string) => formatMoney(v, s.currency);
  const pct = Math.min(Number(s.progress), 1) * 100;
  const bar = el("div", { class: "progress-fill" });
  bar.style.width = `${pct.toFixed(1)}%`; // CSSOM, allowed by the CSP (no style attribute)

  const balance = card(
    "Balance",
    el("div", { class: "big", id: "balance-diamonds" }, formatDiamonds(s.balance_diamonds), el("span", { class: "unit" }, " diamonds")),
    el("div", { class: "sub", id: "balance-value" }, money(s.balance_value)),
    el("dl", { class: "facts" },
      el("dt", null, "Earned"), el("dd", null, formatDiamonds(s.diamonds_earned)),
      el("dt", null, "Withdrawn"), el("dd", null, formatDiamonds(s.diamonds_withdrawn)),
      el("dt", null, "Adjusted"), el("dd", null, formatDiamonds(s.diamonds_adjusted)),
      formatAmounts(s.pending) ? [el("dt", null, "Payouts pending"), el("dd", { id: "pending" }, formatAmounts(s.pending))] : null,
    ),
    el("p", { class: "muted small" }, `Valued at today's rate (${s.money_per_diamond} ${s.currency} a diamond); statements value each live at its own day's rate.`),
  );

  const reached = Number(s.to_go_diamonds) === 0;
  const progress = card(
    "Withdrawal threshold",
    el("div", { class: "progress", role: "progressbar", "aria-label": "Balance towards the withdrawal minimum", "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": Math.round(pct) }, bar),
    el("p", { id: "threshold-text" }, thresholdText(s)),
    el("p", { class: "muted", id: "eta" },
      reached
        ? "You can cash out once the other conditions are met."
        : s.eta
          ? `At your last-${s.pace_days}-days pace (${formatDiamonds(s.pace_diamonds_per_day)} diamonds a day) you reach it around ${formatDay(s.eta)}.`
          : `No lives in the last ${s.pace_days} days, so no estimate yet.`,
    ),
  );

  const readiness = card(
    "Can I withdraw?",
    el("div", { class: `verdict ${s.ready ? "ok" : "no"}`, id: "ready", role: "status", "aria-live": "polite" }, s.ready ? "Ready to withdraw" : "Not yet"),
    readinessDetail(s),
    el("p", { class: "muted small" }, `Rate since ${formatDay(s.rate_effective_from)}: ${s.money_per_diamond} ${s.currency} a diamond; money rounded ${s.rounding}.`),
  );

  const earningsHost = el("div", { class: "chart", id: "chart-earnings" });
  const period = el("div", { class: "segmented", role: "group", "aria-label": "Group by" });
  const drawEarnings = async (by: "day" | "week" | "month") => {
    for (const b of period.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.dataset.by === by));
    const rows: PeriodRow[] = by === "day" ? d.daily : (await api.statement(by)).rows;
    mount(earningsHost);
    barChart(earningsHost, rows.map((r) => daySeconds(r.start)), rows.map((r) => Number(r.diamonds)), "Diamonds", "diamonds");
  };
  for (const by of ["day", "week", "month"] as const) {
    period.appendChild(el("button", { "data-by": by, onclick: () => void drawEarnings(by) }, by[0].toUpperCase() + by.slice(1)));
  }

  const balanceHost = el("div", { class: "chart", id: "chart-balance" });
  const perSessionHost = el("div", { class: "chart", id: "chart-per-session" });

  const top = (title: string, id: string, rows: Dashboard["top_gifts"], empty: string) =>
    card(
      title,
      rows.length === 0
        ? el("p", { class: "muted" }, empty)
        : el("ol", { class: "toplist", id }, rows.map((r) => {
            const fill = el("span", { class: "fill" });
            fill.style.width = `${(Number(r.share) * 100).toFixed(1)}%`;
            return el("li", null,
              el("span", { class: "name" }, r.name),
              el("span", { class: "meter" }, fill),
              el("span", { class: "num" }, `${formatDecimal(String(r.coins))} coins · ${formatPercent(r.share)}`));
          })),
    );

  mount(
    root,
    el("h1", null, "Dashboard"),
    el("div", { class: "grid3" }, balance, progress, readiness),
    el("section", { class: "card" }, el("div", { class: "card-head" }, el("h2", null, "Diamonds earned"), period), earningsHost),
    el("section", { class: "card" }, el("h2", null, "Balance over time, withdrawals marked"), balanceHost),
    el("div", { class: "grid2" },
      top("Top gifts (by coins spent)", "top-gifts", d.top_gifts, "Gift rows appear here once you log or import gifts."),
      top("Top supporters (by coins spent)", "top-supporters", d.top_supporters, "Senders appear here once gifts carry a sender."),
    ),
    el("section", { class: "card" },
      el("h2", null, "What is an hour live, and a viewer, worth?"),
      el("p", { class: "muted small" }, "TikTok pays nothing per view; these are your gifts divided by your hours and viewers, per session."),
      perSessionHost),
  );

  void drawEarnings("day");
  const xs = d.daily.map((r) => daySeconds(r.start));
  const marks = d.daily.map((r) => (Number(r.withdrawn_diamonds) > 0 ? Number(r.closing_balance) : null));
  balanceChart(balanceHost, xs, d.daily.map((r) => Number(r.closing_balance)), marks);
  const ss = d.sessions.filter((m) => m.value_per_hour !== null || m.value_per_1000_viewers !== null);
  perSessionChart(
    perSessionHost,
    ss.map((m) => Date.parse(m.started_at) / 1000),
    ss.map((m) => (m.value_per_hour === null ? null : Number(m.value_per_hour))),
    ss.map((m) => (m.value_per_1000_viewers === null ? null : Number(m.value_per_1000_viewers))),
    s.currency,
  );
}
