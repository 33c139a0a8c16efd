import { Adjustment, api, confirmProblems, isCmdError, Quote, Withdrawal, WithdrawalForm, WithdrawalStatus } from "../api";
import { el, mount } from "../dom";
import { diamondsWord, formatDateTime, formatDiamonds, formatMoney, toLocalInput } from "../format";
import { attempt, card, clearErrors, confirmDialog, Declined, field, Field, removeWithUndo, showError, table, toast, values, withConfirmation } from "../widgets";

/** The words of this view that are not a field's label, in one place. */
const T = {
  quote: (q: Quote) => `${diamondsWord(q.diamonds)} ≈ ${formatMoney(q.gross, q.currency)}`,
  quoteBelow: (q: Quote) => ` — less than TikTok's ${formatMoney(q.minimum, q.currency)} minimum`,
  belowTitle: (q: Quote) => `TikTok won't pay out less than ${formatMoney(q.minimum, q.currency)}`,
  belowLine: (q: Quote) => `This withdrawal is ${formatMoney(q.gross, q.currency)}. Record it only if TikTok really paid it.`,
  askTitle: "Record this withdrawal?",
  recordAnyway: "Record it anyway",
  belowBadge: "below minimum",
  belowBadgeTitle: (min: string) => `Below TikTok's minimum of ${min} on its day: recorded because you said TikTok paid it.`,
  historyNote: "Newest first.",
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
    const q = await quote();
    // The core's own sentence for this problem says the same in its figures.
    const ok = q?.below_minimum
      ? await confirmDialog(T.belowTitle(q), [T.belowLine(q), ...problems.filter((p) => !p.includes("below the minimum withdrawal"))], T.recordAnyway)
      : await confirmDialog(T.askTitle, problems.length ? problems : [e.message], T.recordAnyway);
    if (!ok) throw new Declined();
  }
  await api.addWithdrawal(form, true);
}

const STATUSES: [WithdrawalStatus, string][] = [["pending", "Pending"], ["paid", "Paid"], ["failed", "Failed"], ["cancelled", "Cancelled"]];

export async function withdrawalsView(root: HTMLElement): Promise<void> {
  const [oldestFirst, summary, settings, adjustments, below] = await Promise.all([api.withdrawals(), api.summary(), api.settings(), api.adjustments(), api.withdrawalsBelowMinimum()]);
  const list = [...oldestFirst].reverse();
  const flagged = new Map(below.map((b) => [b.id, formatMoney(b.minimum, b.currency)]));
  const money = (v: string) => formatMoney(v, summary.currency);
  const fields: Field[] = [
    field("Diamonds", "diamonds", { type: "number", value: summary.ready ? summary.withdrawable_now_diamonds : "", hint: summary.ready ? `Withdrawable now: ${formatDiamonds(summary.withdrawable_now_diamonds)} (${money(summary.withdrawable_now_value)})` : "Not ready yet — see the dashboard for what is missing." }),
    field("Requested", "at", { type: "datetime-local", value: toLocalInput(new Date(), settings.timezone) }),
    field("Fee", "fee", { value: "", placeholder: "0.00" }),
    field("Method", "method", { value: settings.payout_method }),
    field("Status", "status", { options: STATUSES, value: "pending" }),
    field("Reference", "reference"),
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
    mount(quoteLine, q ? [T.quote(q), q.below_minimum ? el("span", { class: "warn" }, T.quoteBelow(q)) : null] : null);
  };
  fields[0].input.addEventListener("input", () => void showQuote());
  fields[1].input.addEventListener("change", () => void showQuote());
  void showQuote();
  const message = el("div", { class: "form-error", role: "alert" });
  const form = el("form", { class: "form", id: "withdraw-form", novalidate: true }, fields.map((f) => f.row), message,
    el("button", { type: "submit", class: "primary" }, "Record withdrawal"));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearErrors(fields, message);
    try {
      const form = values(fields);
      await record(form, quote);
      toast("Withdrawal recorded");
      await withdrawalsView(root);
    } catch (e) {
      if (e instanceof Declined) toast(e.message);
      else showError(fields, message, e);
    }
  });

  const reconcileFields = [field("Diamonds your TikTok wallet shows", "balance", { type: "number" }), field("Why they differ (if you know)", "reason")];
  const recMessage = el("div", { class: "form-error", role: "alert" });
  const reconcile = el("form", { class: "form", id: "reconcile-form", novalidate: true }, reconcileFields.map((f) => f.row), recMessage,
    el("button", { type: "submit" }, "Reconcile"));
  reconcile.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearErrors(reconcileFields, recMessage);
    try {
      const r = await api.reconcile(reconcileFields[0].input.value, reconcileFields[1].input.value);
      toast(r.adjustment_id === null ? "Your ledger matches TikTok" : `Recorded a correction of ${r.difference.startsWith("-") ? "" : "+"}${formatDiamonds(r.difference)} diamonds`);
      await withdrawalsView(root);
    } catch (e) {
      showError(reconcileFields, recMessage, e);
    }
  });

  const statusSelect = (w: Withdrawal) => {
    const s = el("select", { "aria-label": "Status", "data-withdrawal": w.id }, STATUSES.map(([v, t]) => el("option", { value: v }, t)));
    s.value = w.status;
    s.addEventListener("change", async () => {
      const status = STATUSES.find(([v]) => v === s.value)?.[0];
      if (status && (await attempt(() => api.setWithdrawalStatus(w.id, status), "Status changed"))) await withdrawalsView(root);
    });
    return s;
  };

  mount(root,
    el("h1", null, "Withdrawals"),
    el("div", { class: "grid2" },
      card("Record a withdrawal", form),
      card("Reconcile with TikTok",
        el("p", { class: "muted" }, `Your ledger says ${formatDiamonds(summary.balance_diamonds)} diamonds. If TikTok shows another number, enter it: the difference is recorded as a correction with its reason.`),
        reconcile)),
    card("History",
      list.length > 1 ? el("p", { class: "muted small" }, T.historyNote) : null,
      list.length === 0
        ? el("p", { class: "muted" }, "No withdrawals yet. When you cash out in TikTok, record it here so your balance stays true.")
        : table<Withdrawal>([
            { title: "Requested", cell: (w) => formatDateTime(w.requested_at, undefined, settings.timezone), sort: (w) => w.requested_at },
            { title: "Diamonds", cell: (w) => formatDiamonds(w.diamonds), sort: (w) => Number(w.diamonds), numeric: true },
            { title: "Amount", cell: (w) => {
              const min = flagged.get(w.id);
              return min === undefined
                ? formatMoney(w.gross, w.currency)
                : el("span", null, formatMoney(w.gross, w.currency), " ", el("span", { class: "badge warn", "data-below-minimum": w.id, title: T.belowBadgeTitle(min) }, T.belowBadge));
            }, numeric: true },
            { title: "Fee", cell: (w) => formatMoney(w.fee, w.currency), numeric: true },
            { title: "You get", cell: (w) => formatMoney(w.net, w.currency), numeric: true },
            { title: "Method", cell: (w) => w.method },
            { title: "Status", cell: statusSelect, sort: (w) => w.status },
            { title: "", cell: (w) => el("button", { class: "link", "data-delete-withdrawal": w.id, "aria-label": `Delete the withdrawal of ${formatDiamonds(w.diamonds)} diamonds`, onclick: async () => {
              let undo = 0;
              await removeWithUndo(
                { title: "Delete this withdrawal record?", lines: [`${formatDiamonds(w.diamonds)} diamonds (${formatMoney(w.gross, w.currency)}) requested ${formatDateTime(w.requested_at, undefined, settings.timezone)}.`, "Your balance goes up by its diamonds. You can undo this right after."], confirm: "Delete withdrawal" },
                async () => {
                  undo = (await api.deleteWithdrawal(w.id)).undo;
                },
                "Withdrawal deleted",
                () => withConfirmation((force) => api.restoreDeleted(undo, force), "Put it back anyway"),
                () => withdrawalsView(root));
            } }, "Delete") },
          ], list, { id: "withdrawals-table" })),
    adjustments.length
      ? card("Corrections", table<Adjustment>([
          { title: "When", cell: (a) => formatDateTime(a.at, undefined, settings.timezone) },
          { title: "Diamonds", cell: (a) => formatDiamonds(a.diamonds), numeric: true },
          { title: "Reason", cell: (a) => a.reason },
        ], adjustments, { id: "adjustments-table" }))
      : null);
}
