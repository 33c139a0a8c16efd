import { getVersion } from "@tauri-apps/api/app";
import { api, CatalogGift, errorText, Rate, RerateChange } from "../api";
import { el, mount } from "../dom";
import { formatCount, formatDay, formatDiamonds, formatMoney, formatMoneyExact } from "../format";
import { go } from "../router";
import { attempt, card, clearErrors, confirmDialog, field, Field, isDeclined, showError, table, toast, values } from "../widgets";
import { firstRun } from "../components/firstrun";

/** The sections another view may open Settings at. */
export type SettingsSection = "payout" | "timezone" | "rates";

let pendingSection: SettingsSection | null = null;

/** Opens Settings scrolled to `section`, its first control focused (the
 * readiness blockers' "Settings → Payout" link). */
export function openSettings(section: SettingsSection): void {
  pendingSection = section;
  go("settings");
}

/** Shows the time-zone field's error until a valid zone is saved. */
function tzInvalid(input: HTMLInputElement, box: HTMLElement, text: string | null): void {
  input.closest(".field")?.classList.toggle("invalid", text !== null);
  if (text === null) input.removeAttribute("aria-invalid");
  else input.setAttribute("aria-invalid", "true");
  box.textContent = text ?? "";
}

export async function settingsView(root: HTMLElement): Promise<void> {
  const [settings, rates, catalog, dbPath, empty, stale, version] = await Promise.all([
    api.settings(), api.rates(), api.catalog(), api.databasePath(), api.isEmpty(), api.reratePreview(), getVersion(),
  ]);
  const again = () => settingsView(root);

  // Payout prerequisites and time zone.
  const age = el("input", { type: "checkbox", id: "age-confirmed", checked: settings.age_confirmed });
  age.addEventListener("change", () => void attempt(() => api.setSetting("age_confirmed", String(age.checked)), "Saved"));
  const method = el("input", { id: "payout-method", value: settings.payout_method, placeholder: "PayPal, bank transfer…" });
  method.addEventListener("change", () => void attempt(() => api.setSetting("payout_method", method.value), "Saved"));
  const zones = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  const tz = el("input", { id: "timezone", value: settings.timezone, list: "zones", autocomplete: "off", "aria-describedby": "timezone-error" });
  const tzError = el("div", { class: "field-error", id: "timezone-error", role: "alert", "aria-live": "polite" });
  // A zone the core refuses is not saved; its error stays beside the field
  // until a valid one is.
  let savedTz = settings.timezone;
  tz.addEventListener("change", async () => {
    try {
      await api.setSetting("timezone", tz.value);
      savedTz = tz.value.trim();
      tzInvalid(tz, tzError, null);
      toast("Time zone saved");
    } catch {
      tzInvalid(tz, tzError, `"${tz.value.trim()}" is not a time zone we know, so it was not saved (yours is still ${savedTz}). Pick one from the list, e.g. Europe/Berlin.`);
    }
  });

  // Rates.
  // The creator's day, from the core: the UI never computes a calendar day.
  const today = await api.today();
  const latest = rates[rates.length - 1];
  const rateFields: Field[] = [
    field("From day", "effective_from", { type: "date", value: today }),
    field("Diamonds per coin", "diamonds_per_coin", { value: latest?.diamonds_per_coin ?? "1" }),
    field("Money per diamond", "money_per_diamond", { value: latest?.money_per_diamond ?? "0.005" }),
    field("Currency", "currency", { value: latest?.currency ?? "USD" }),
    field("Minimum withdrawal", "min_withdrawal", { value: latest?.min_withdrawal ?? "10", hint: "Set this to what your TikTok wallet shows." }),
    field("Daily maximum", "max_withdrawal_per_day", { value: latest?.max_withdrawal_per_day ?? "" }),
  ];
  const rateMessage = el("div", { class: "form-error", role: "alert" });
  const rateForm = el("form", { class: "form inline", id: "rate-form", novalidate: true }, rateFields.map((f) => f.row), rateMessage,
    el("div", { class: "form-actions" }, el("button", { type: "submit", class: "primary", id: "add-rate" }, "Add rate")));
  rateForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearErrors(rateFields, rateMessage);
    try {
      await api.setRate(values(rateFields) as Record<keyof import("../api").RateForm, string>);
      toast("Rate saved. Sessions already recorded keep the rate they were recorded with.");
      await again();
    } catch (e) {
      showError(rateFields, rateMessage, e);
    }
  });

  // Catalog.
  const giftName = el("input", { id: "catalog-name", placeholder: "Gift name", "aria-label": "Gift name" });
  const giftCoins = el("input", { id: "catalog-coins", type: "number", placeholder: "Coins", "aria-label": "Coins" });
  const catalogForm = el("form", { class: "toolbar", id: "catalog-form" }, giftName, giftCoins, el("button", { type: "submit" }, "Add or change"));
  catalogForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (await attempt(() => api.setCatalogGift(giftName.value, giftCoins.value), "Catalog saved")) await again();
  });

  const exportTo = async (format: string, ext: string) => {
    const path = await api.chooseSavePath(`liveledger-${today}.${ext}`, format, ext);
    if (path) await attempt(() => api.exportFile(format, path), `Exported to ${path}`);
  };
  const backup = async () => {
    const path = await api.chooseSavePath(`liveledger-backup-${today}.db`, "LiveLedger backup", "db");
    if (path) await attempt(() => api.backup(path), `Backed up to ${path}`);
  };

  mount(root,
    el("h1", null, "Settings"),
    el("div", { class: "grid2" },
      withId(card("Payout",
        el("p", { class: "muted" }, "TikTok pays out only to an adult (18+) verified account with a linked payout method. Confirm both here; they are the readiness checks on the dashboard."),
        el("label", { class: "check" }, age, " I am 18 or older and my account is verified"),
        el("div", { class: "field" }, el("label", { for: "payout-method" }, "Payout method linked in TikTok"), method),
        el("button", { class: "link", id: "setup-again", onclick: () => void firstRun(root, () => void again(), true) }, "Answer the first-day questions again")), "settings-payout"),
      withId(card("Time zone",
        el("p", { class: "muted" }, "Days, weeks and months of your statements start at midnight here."),
        el("div", { class: "field" }, el("label", { for: "timezone" }, "Time zone"), tz, el("datalist", { id: "zones" }, zones.map((z) => el("option", { value: z }))), tzError)), "settings-timezone")),
    withId(card("Rates",
      el("p", { class: "muted" }, "TikTok changes what a coin and a diamond are worth. A new rate applies to sessions recorded from its day on. A session keeps the rate it was recorded with — a new rate or time zone never reprices it; re-rate below if you want it to."),
      table<Rate>([
        { title: "From", cell: (r) => formatDay(r.effective_from), sort: (r) => r.effective_from },
        { title: "Diamonds / coin", cell: (r) => r.diamonds_per_coin, numeric: true },
        { title: "Money / diamond", cell: (r) => formatMoneyExact(r.money_per_diamond, r.currency), numeric: true },
        { title: "Minimum", cell: (r) => formatMoney(r.min_withdrawal, r.currency), numeric: true },
        { title: "Daily maximum", cell: (r) => (r.max_withdrawal_per_day ? formatMoney(r.max_withdrawal_per_day, r.currency) : "none"), numeric: true },
        { title: "", cell: (r) => (rates.length > 1 ? el("button", { class: "link", onclick: async () => { if ((await confirmDialog("Delete this rate?", [`The rate from ${formatDay(r.effective_from)}: ${r.diamonds_per_coin} diamonds per coin, ${r.money_per_diamond} ${r.currency} per diamond. Sessions keep the rate they were recorded with.`], "Delete rate")) && (await attempt(() => api.deleteRate(r.id), "Rate deleted"))) await again(); } }, "Delete") : "") },
      ], rates, { id: "rates-table" }),
      rateForm,
      stale.length ? rerateBlock(stale, again) : null), "settings-rates"),
    card("Gift catalog",
      el("p", { class: "muted" }, "Prices in coins of the gifts you can type by name. A gift row keeps the coins it was worth on its day, so editing here never changes the past."),
      catalogForm,
      el("div", { class: "scroll short" }, table<CatalogGift>([
        { title: "Gift", cell: (g) => g.name, sort: (g) => g.name },
        { title: "Coins", cell: (g) => g.coins, sort: (g) => g.coins, numeric: true },
        { title: "", cell: (g) => el("button", { class: "link", onclick: async () => { if ((await confirmDialog("Remove this gift from the catalog?", [`${g.name} (${g.coins} coins). Gifts already recorded keep their coins.`], "Remove")) && (await attempt(() => api.removeCatalogGift(g.name), "Removed"))) await again(); } }, "Remove") },
      ], catalog, { id: "catalog-table" }))),
    el("div", { class: "grid2" },
      card("Export and backup",
        el("p", { class: "muted" }, "For your bookkeeper or tax tool, and against a dead laptop. Backups are safe to take while the app is open."),
        el("div", { class: "actions wrap" },
          el("button", { onclick: () => void exportTo("csv", "csv") }, "Export CSV"),
          el("button", { onclick: () => void exportTo("json", "json") }, "Export JSON"),
          el("button", { onclick: () => void exportTo("hledger", "journal") }, "Export hledger"),
          el("button", { onclick: () => void exportTo("beancount", "beancount") }, "Export beancount"),
          el("button", { class: "primary", onclick: () => void backup() }, "Back up now")),
        el("p", { class: "muted small" }, "Ledger file: ", el("code", null, dbPath))),
      card("Demo data",
        el("p", { class: "muted" }, empty ? "Your ledger is empty. Load six months of made-up lives to see the charts." : "Clearing removes every session, gift, withdrawal and correction. Rates, catalog and settings stay. A copy of the ledger is kept beside it first, and you can undo right after."),
        empty
          ? el("button", { class: "primary", id: "settings-load-demo", onclick: async () => { if (await attempt(api.loadDemo, "Demo data loaded")) go("dashboard"); } }, "Load demo data")
          : el("button", { class: "danger", id: "clear-records", onclick: () => void clearAll(again) }, "Clear all records"))),
    card("About",
      el("p", { id: "about-version" }, `LiveLedger ${version}`),
      el("p", { class: "muted small" }, "The same version as ", el("code", null, "liveledger --version"), ". Offline: no network, no account, no telemetry.")));

  // Opened at a section (a blocker's link): bring it into view, its first
  // control focused.
  const section = pendingSection;
  pendingSection = null;
  if (section) {
    const target = root.querySelector<HTMLElement>(`#settings-${section}`);
    target?.scrollIntoView({ block: "start" });
    target?.querySelector<HTMLElement>("input, select, button")?.focus();
  }
}

function withId(node: HTMLElement, id: string): HTMLElement {
  node.id = id;
  return node;
}

/** Clears the ledger: a typed confirmation here, the app's own native
 * confirmation, a copy kept first, and Undo (or Ctrl+Z) right after. */
async function clearAll(again: () => Promise<void>): Promise<void> {
  const sessions = await api.sessions();
  const withdrawals = await api.withdrawals();
  const gifts = sessions.reduce((n, s) => n + s.gift_count, 0);
  const ok = await confirmDialog("Clear all records?", [
    `This removes ${formatCount(sessions.length)} sessions with ${formatCount(gifts)} gifts and ${formatCount(withdrawals.length)} withdrawals, and every correction and import. Rates, catalog and settings stay.`,
    "A copy of the ledger as it is now is kept beside it first, and you can undo this right after.",
  ], "Clear all records", { typed: "clear" });
  if (!ok) return;
  try {
    const cleared = await api.clearRecords();
    await again();
    toast("Ledger cleared. A copy from before is kept beside it.", "ok", {
      label: "Undo",
      run: async () => {
        if (await attempt(() => api.undoFromCopy(cleared.undo), "Every record is back")) await again();
      },
    });
  } catch (e) {
    toast(errorText(e), isDeclined(e) ? "ok" : "error");
  }
}

/** Sessions whose fixed rate differs from the rate now in force on their day,
 * with what re-rating them would change, and the button that does it. */
function rerateBlock(changes: RerateChange[], again: () => Promise<void>): HTMLElement {
  const money = (v: string, c: string | undefined) => formatMoney(v, c ?? "");
  return el("div", { class: "notice", id: "rerate" },
    el("h3", null, `${changes.length} session${changes.length === 1 ? "" : "s"} on an older rate`),
    el("p", { class: "muted small" }, "These sessions were recorded before the rate now in force on their day was entered (or your time zone changed which day they fall on). Re-rating moves them to it; nothing changes until you do."),
    table<RerateChange>([
      { title: "Day", cell: (c) => formatDay(c.day), sort: (c) => c.day },
      { title: "Session", cell: (c) => c.title || `#${c.session_id}` },
      { title: "Diamonds", cell: (c) => `${formatDiamonds(c.diamonds_before)} → ${formatDiamonds(c.diamonds_after)}`, numeric: true },
      { title: "Value", cell: (c) => `${money(c.value_before, c.from?.currency)} → ${money(c.value_after, c.to.currency)}`, numeric: true },
    ], changes, { id: "rerate-table" }),
    el("button", { id: "rerate-apply", onclick: async () => {
      if (await attempt(() => api.rerate(), "Sessions re-rated")) await again();
    } }, "Re-rate these sessions"));
}
