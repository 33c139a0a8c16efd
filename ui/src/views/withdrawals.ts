import { Adjustment, api, confirmIds, confirmProblems, isCmdError, Quote, Withdrawal, WithdrawalForm, WithdrawalStatus } from "../api";
import { el, mount } from "../dom";
import { t } from "../i18n";
import { diamondsWord, formatDateTime, formatDiamonds, formatMoney, toLocalInput } from "../format";
import { attempt, card, clearErrors, confirmDialog, Declined, field, Field, removeWithUndo, showError, table, toast, values, withConfirmation } from "../widgets";

/** The words of this view, from the catalog (withdrawals.ftl): read when
 * drawn, so a redraw speaks the language chosen since. */
const T = {
  get title() { return t("withdrawals-title"); },
  quote: (q: Quote) => t("withdrawals-quote", { diamonds: diamondsWord(q.diamonds), money: formatMoney(q.gross, q.currency) }),
  quoteBelow: (q: Quote) => t("withdrawals-quote-below", { minimum: formatMoney(q.minimum, q.currency) }),
  belowTitle: (q: Quote) => t("withdrawals-below-title", { minimum: formatMoney(q.minimum, q.currency) }),
  belowLine: (q: Quote) => t("withdrawals-below-line", { money: formatMoney(q.gross, q.currency) }),
  get askTitle() { return t("withdrawals-ask-title"); },
  get recordAnyway() { return t("withdrawals-record-anyway"); },
  get belowBadge() { return t("withdrawals-below-badge"); },
  belowBadgeTitle: (minimum: string) => t("withdrawals-below-badge-title", { minimum }),
  get historyNote() { return t("withdrawals-newest-first"); },
  get diamonds() { return t("withdrawals-diamonds"); },
  get requested() { return t("withdrawals-requested"); },
  get fee() { return t("withdrawals-fee"); },
  get method() { return t("withdrawals-method"); },
  get status() { return t("withdrawals-status"); },
};

/** Records a withdrawal, asking first about anything TikTok would not have
 * paid; a withdrawal below the minimum is asked about in plain words. */
async function record(form: Partial<WithdrawalForm>, quote: () => Promise<Quote | null>): Promise<void> {
  try {
    await api.addWithdrawal(form, false);
    return;
  } catch (e) {
    if (!isCmdError(e) || e.kind !== "needs_confirmation") throw e;
    const problems = confirmProblems(e);
    const ids = confirmIds(e);
    const q = await quote();
    // The core's own sentence for this problem says the same in its figures.
    const ok = q?.below_minimum
      ? await confirmDialog(T.belowTitle(q), [T.belowLine(q), ...problems.filter((_, i) => ids[i] !== "core-confirm-below-minimum")], T.recordAnyway)
      : await confirmDialog(T.askTitle, problems.length ? problems : [e.message], T.recordAnyway);
    if (!ok) throw new Declined();
  }
  await api.addWithdrawal(form, true);
}

const STATUS_IDS: Record<WithdrawalStatus, string> = {
  pending: "withdrawals-status-pending",
  paid: "withdrawals-status-paid",
  failed: "withdrawals-status-failed",
  cancelled: "withdrawals-status-cancelled",
};

/** Each status with its name in the chosen language, in the order offered. */
const statuses = (): [WithdrawalStatus, string][] => (["pending", "paid", "failed", "cancelled"] as const).map((s) => [s, t(STATUS_IDS[s])]);

export async function withdrawalsView(root: HTMLElement): Promise<void> {
  const [oldestFirst, summary, settings, adjustments, below] = await Promise.all([api.withdrawals(), api.summary(), api.settings(), api.adjustments(), api.withdrawalsBelowMinimum()]);
  const list = [...oldestFirst].reverse();
  const flagged = new Map(below.map((b) => [b.id, formatMoney(b.minimum, b.currency)]));
  const money = (v: string) => formatMoney(v, summary.currency);
  const STATUSES = statuses();
  const fields: Field[] = [
    field(T.diamonds, "diamonds", { type: "number", value: summary.ready ? summary.withdrawable_now_diamonds : "", hint: summary.ready ? t("withdrawals-withdrawable", { diamonds: formatDiamonds(summary.withdrawable_now_diamonds), money: money(summary.withdrawable_now_value) }) : t("withdrawals-not-ready") }),
    field(T.requested, "at", { type: "datetime-local", value: toLocalInput(new Date(), settings.timezone) }),
    // What the core reads (a point, no grouping), whatever the language.
    field(T.fee, "fee", { value: "", placeholder: "0.00" }),
    field(T.method, "method", { value: settings.payout_method }),
    field(T.status, "status", { options: STATUSES, value: "pending" }),
    field(t("withdrawals-reference"), "reference"),
  ];
  // "100 diamonds ≈ $0.50" under the field as the creator types, from the
  // core (the rule that records it), the latest answer only.
  const quoteLine = el("div", { class: "hint quote", id: "withdraw-quote", "aria-live": "polite" });
  fields[0].row.insertBefore(quoteLine, fields[0].error);
  let asked = 0;
  const quote = () => api.quoteWithdrawal(fields[0].input.value, fields[1].input.value);
  const showQuote = async () => {
    const n = ++asked;
    const q = await quote().catch(() => null);
    if (n !== asked) return;
    mount(quoteLine, q ? [T.quote(q), q.below_minimum ? [" ", el("span", { class: "warn" }, T.quoteBelow(q))] : null] : null);
  };
  fields[0].input.addEventListener("input", () => void showQuote());
  fields[1].input.addEventListener("change", () => void showQuote());
  void showQuote();
  const message = el("div", { class: "form-error", role: "alert" });
  const form = el("form", { class: "form", id: "withdraw-form", novalidate: true }, fields.map((f) => f.row), message,
    el("button", { type: "submit", class: "primary" }, t("withdrawals-record-button")));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearErrors(fields, message);
    try {
      const form = values(fields);
      await record(form, quote);
      toast(t("withdrawals-recorded"));
      await withdrawalsView(root);
    } catch (e) {
      if (e instanceof Declined) toast(e.message);
      else showError(fields, message, e);
    }
  });

  const reconcileFields = [field(t("withdrawals-wallet-balance"), "balance", { type: "number" }), field(t("withdrawals-wallet-reason"), "reason")];
  const recMessage = el("div", { class: "form-error", role: "alert" });
  const reconcile = el("form", { class: "form", id: "reconcile-form", novalidate: true }, reconcileFields.map((f) => f.row), recMessage,
    el("button", { type: "submit" }, t("withdrawals-reconcile-button")));
  reconcile.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearErrors(reconcileFields, recMessage);
    try {
      const r = await api.reconcile(reconcileFields[0].input.value, reconcileFields[1].input.value);
      toast(r.adjustment_id === null
        ? t("withdrawals-reconciled")
        : t("withdrawals-correction-recorded", { count: Number(r.difference), shown: `${r.difference.startsWith("-") ? "" : "+"}${formatDiamonds(r.difference)}` }));
      await withdrawalsView(root);
    } catch (e) {
      showError(reconcileFields, recMessage, e);
    }
  });

  const statusSelect = (w: Withdrawal) => {
    const s = el("select", { "aria-label": T.status, "data-withdrawal": w.id }, STATUSES.map(([v, name]) => el("option", { value: v }, name)));
    s.value = w.status;
    s.addEventListener("change", async () => {
      const status = STATUSES.find(([v]) => v === s.value)?.[0];
      if (status && (await attempt(() => api.setWithdrawalStatus(w.id, status), t("withdrawals-status-changed")))) await withdrawalsView(root);
    });
    return s;
  };

  mount(root,
    el("h1", null, T.title),
    el("div", { class: "grid2" },
      card(t("withdrawals-record-title"), form),
      card(t("withdrawals-reconcile-title"),
        el("p", { class: "muted" }, t("withdrawals-reconcile-text", { diamonds: diamondsWord(summary.balance_diamonds) })),
        reconcile)),
    card(t("withdrawals-history-title"),
      list.length > 1 ? el("p", { class: "muted small" }, T.historyNote) : null,
      list.length === 0
        ? el("p", { class: "muted" }, t("withdrawals-empty"))
        : table<Withdrawal>([
            { title: T.requested, cell: (w) => formatDateTime(w.requested_at, undefined, settings.timezone), sort: (w) => w.requested_at },
            { title: T.diamonds, cell: (w) => formatDiamonds(w.diamonds), sort: (w) => Number(w.diamonds), numeric: true },
            { title: t("withdrawals-amount"), cell: (w) => {
              const min = flagged.get(w.id);
              return min === undefined
                ? formatMoney(w.gross, w.currency)
                : el("span", null, formatMoney(w.gross, w.currency), " ", el("span", { class: "badge warn", "data-below-minimum": w.id, title: T.belowBadgeTitle(min) }, T.belowBadge));
            }, numeric: true },
            { title: T.fee, cell: (w) => formatMoney(w.fee, w.currency), numeric: true },
            { title: t("withdrawals-net"), cell: (w) => formatMoney(w.net, w.currency), numeric: true },
            { title: T.method, cell: (w) => w.method },
            { title: T.status, cell: statusSelect, sort: (w) => w.status },
            { title: "", hiddenTitle: t("withdrawals-actions"), cell: (w) => el("button", { class: "link", "data-delete-withdrawal": w.id, "aria-label": t("withdrawals-delete-label", { diamonds: diamondsWord(w.diamonds) }), onclick: async () => {
              let undo = 0;
              await removeWithUndo(
                {
                  title: t("withdrawals-delete-title"),
                  lines: [
                    t("withdrawals-delete-line", { diamonds: diamondsWord(w.diamonds), money: formatMoney(w.gross, w.currency), when: formatDateTime(w.requested_at, undefined, settings.timezone) }),
                    t("withdrawals-delete-effect"),
                  ],
                  confirm: t("withdrawals-delete-confirm"),
                },
                async () => {
                  undo = (await api.deleteWithdrawal(w.id)).undo;
                },
                t("withdrawals-deleted"),
                () => withConfirmation((force) => api.restoreDeleted(undo, force), t("withdrawals-restore-anyway")),
                () => withdrawalsView(root));
            } }, t("withdrawals-delete")) },
          ], list, { id: "withdrawals-table" })),
    adjustments.length
      ? card(t("withdrawals-corrections-title"), table<Adjustment>([
          { title: t("withdrawals-when"), cell: (a) => formatDateTime(a.at, undefined, settings.timezone) },
          { title: T.diamonds, cell: (a) => formatDiamonds(a.diamonds), numeric: true },
          { title: t("withdrawals-reason"), cell: (a) => a.reason },
        ], adjustments, { id: "adjustments-table" }))
      : null);
}
