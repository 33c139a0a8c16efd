import { getVersion } from "@tauri-apps/api/app";
import { api, CatalogGift, errorText, Rate, RerateChange } from "../api";
import { el, mount } from "../dom";
import { coins, formatDay, formatDecimal, formatDiamonds, formatMoney, formatMoneyExact } from "../format";
import { t, tParts } from "../i18n";
import { go } from "../router";
import { attempt, card, clearErrors, confirmDialog, field, Field, isDeclined, languagePicker, showError, table, toast, values } from "../widgets";
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
  age.addEventListener("change", () => void attempt(() => api.setSetting("age_confirmed", String(age.checked)), t("settings-saved")));
  const method = el("input", { id: "payout-method", value: settings.payout_method, placeholder: t("settings-payout-method-placeholder") });
  method.addEventListener("change", () => void attempt(() => api.setSetting("payout_method", method.value), t("settings-saved")));
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
      toast(t("settings-timezone-saved"));
    } catch {
      tzInvalid(tz, tzError, t("settings-timezone-invalid", { zone: tz.value.trim(), saved: savedTz }));
    }
  });

  // Rates.
  // The creator's day, from the core: the UI never computes a calendar day.
  const today = await api.today();
  const latest = rates[rates.length - 1];
  const rateFields: Field[] = [
    field(t("settings-rate-from-day"), "effective_from", { type: "date", value: today }),
    field(t("settings-rate-diamonds-per-coin"), "diamonds_per_coin", { value: latest?.diamonds_per_coin ?? "1" }),
    field(t("settings-rate-money-per-diamond"), "money_per_diamond", { value: latest?.money_per_diamond ?? "0.005" }),
    field(t("settings-rate-currency"), "currency", { value: latest?.currency ?? "USD" }),
    field(t("settings-rate-minimum"), "min_withdrawal", { value: latest?.min_withdrawal ?? "10", hint: t("settings-rate-minimum-hint") }),
    field(t("settings-rate-daily-maximum"), "max_withdrawal_per_day", { value: latest?.max_withdrawal_per_day ?? "" }),
  ];
  const rateMessage = el("div", { class: "form-error", role: "alert" });
  const rateForm = el("form", { class: "form inline", id: "rate-form", novalidate: true }, rateFields.map((f) => f.row), rateMessage,
    el("div", { class: "form-actions" }, el("button", { type: "submit", class: "primary", id: "add-rate" }, t("settings-rate-add"))));
  rateForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearErrors(rateFields, rateMessage);
    try {
      await api.setRate(values(rateFields) as Record<keyof import("../api").RateForm, string>);
      toast(t("settings-rate-saved"));
      await again();
    } catch (e) {
      showError(rateFields, rateMessage, e);
    }
  });

  // Catalog.
  const giftName = el("input", { id: "catalog-name", placeholder: t("settings-gift-name"), "aria-label": t("settings-gift-name") });
  const giftCoins = el("input", { id: "catalog-coins", type: "number", placeholder: t("settings-gift-coins"), "aria-label": t("settings-gift-coins") });
  const catalogForm = el("form", { class: "toolbar", id: "catalog-form" }, giftName, giftCoins, el("button", { type: "submit" }, t("settings-gift-save")));
  catalogForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (await attempt(() => api.setCatalogGift(giftName.value, giftCoins.value), t("settings-catalog-saved"))) await again();
  });

  const exportTo = async (format: string, ext: string) => {
    const path = await api.chooseSavePath(`liveledger-${today}.${ext}`, format, ext);
    if (path) await attempt(() => api.exportFile(format, path), t("settings-exported", { path }));
  };
  const backup = async () => {
    const path = await api.chooseSavePath(`liveledger-backup-${today}.db`, t("settings-backup-kind"), "db");
    if (path) await attempt(() => api.backup(path), t("settings-backed-up", { path }));
  };

  // The language: stored in the ledger, then this view drawn again in it.
  const picker = languagePicker("language", settings.language, () => {
    toast(t("settings-language-saved"));
    go("settings");
  });

  mount(root,
    el("h1", null, t("settings-title")),
    withId(card(t("settings-language-title"),
      el("p", { class: "muted" }, t("settings-language-intro")),
      el("div", { class: "field" }, el("label", { for: "language" }, t("settings-language-label")), picker)), "settings-language"),
    el("div", { class: "grid2" },
      withId(card(t("settings-payout-title"),
        el("p", { class: "muted" }, t("settings-payout-intro")),
        el("label", { class: "check" }, age, " ", t("settings-age")),
        el("div", { class: "field" }, el("label", { for: "payout-method" }, t("settings-payout-method")), method),
        el("button", { class: "link", id: "setup-again", onclick: () => void firstRun(root, () => void again(), true) }, t("settings-setup-again"))), "settings-payout"),
      withId(card(t("settings-timezone-title"),
        el("p", { class: "muted" }, t("settings-timezone-intro")),
        el("div", { class: "field" }, el("label", { for: "timezone" }, t("settings-timezone-label")), tz, el("datalist", { id: "zones" }, zones.map((z) => el("option", { value: z }))), tzError)), "settings-timezone")),
    withId(card(t("settings-rates-title"),
      el("p", { class: "muted" }, t("settings-rates-intro")),
      table<Rate>([
        { title: t("settings-rates-from"), cell: (r) => formatDay(r.effective_from), sort: (r) => r.effective_from },
        { title: t("settings-rates-diamonds-per-coin"), cell: (r) => formatDecimal(r.diamonds_per_coin), numeric: true },
        { title: t("settings-rates-money-per-diamond"), cell: (r) => formatMoneyExact(r.money_per_diamond, r.currency), numeric: true },
        { title: t("settings-rates-minimum"), cell: (r) => formatMoney(r.min_withdrawal, r.currency), numeric: true },
        { title: t("settings-rates-daily-maximum"), cell: (r) => (r.max_withdrawal_per_day ? formatMoney(r.max_withdrawal_per_day, r.currency) : t("settings-rates-no-maximum")), numeric: true },
        { title: "", cell: (r) => (rates.length > 1 ? el("button", { class: "link", onclick: () => void deleteRate(r, again) }, t("settings-rate-delete")) : "") },
      ], rates, { id: "rates-table" }),
      rateForm,
      stale.length ? rerateBlock(stale, again) : null), "settings-rates"),
    card(t("settings-catalog-title"),
      el("p", { class: "muted" }, t("settings-catalog-intro")),
      catalogForm,
      el("div", { class: "scroll short" }, table<CatalogGift>([
        { title: t("settings-catalog-gift"), cell: (g) => g.name, sort: (g) => g.name },
        { title: t("settings-catalog-coins"), cell: (g) => g.coins, sort: (g) => g.coins, numeric: true },
        { title: "", cell: (g) => el("button", { class: "link", onclick: () => void removeGift(g, again) }, t("settings-gift-remove")) },
      ], catalog, { id: "catalog-table" }))),
    el("div", { class: "grid2" },
      card(t("settings-export-title"),
        el("p", { class: "muted" }, t("settings-export-intro")),
        el("div", { class: "actions wrap" },
          el("button", { onclick: () => void exportTo("csv", "csv") }, t("settings-export-csv")),
          el("button", { onclick: () => void exportTo("json", "json") }, t("settings-export-json")),
          el("button", { onclick: () => void exportTo("hledger", "journal") }, t("settings-export-hledger")),
          el("button", { onclick: () => void exportTo("beancount", "beancount") }, t("settings-export-beancount")),
          el("button", { class: "primary", onclick: () => void backup() }, t("settings-backup-now"))),
        el("p", { class: "muted small" }, tParts("settings-ledger-file", {}, { path: el("code", null, dbPath) }))),
      card(t("settings-demo-title"),
        el("p", { class: "muted" }, empty ? t("settings-demo-empty") : t("settings-demo-clear-intro")),
        empty
          ? el("button", { class: "primary", id: "settings-load-demo", onclick: async () => { if (await attempt(api.loadDemo, t("settings-demo-loaded"))) go("dashboard"); } }, t("settings-demo-load"))
          : el("button", { class: "danger", id: "clear-records", onclick: () => void clearAll(again) }, t("settings-clear")))),
    card(t("settings-about-title"),
      el("p", { id: "about-version" }, t("settings-about-version", { version })),
      el("p", { class: "muted small" }, tParts("settings-about-offline", {}, { command: el("code", null, "liveledger --version") }))));

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

/** Asks, then deletes rate `r` (sessions keep the rate they were recorded with). */
async function deleteRate(r: Rate, again: () => Promise<void>): Promise<void> {
  const line = t("settings-rate-delete-line", {
    day: formatDay(r.effective_from),
    diamonds: formatDecimal(r.diamonds_per_coin),
    money: formatMoneyExact(r.money_per_diamond, r.currency),
  });
  if ((await confirmDialog(t("settings-rate-delete-title"), [line], t("settings-rate-delete-confirm"))) && (await attempt(() => api.deleteRate(r.id), t("settings-rate-deleted")))) await again();
}

/** Asks, then removes gift `g` from the catalog (recorded gifts keep their coins). */
async function removeGift(g: CatalogGift, again: () => Promise<void>): Promise<void> {
  const line = t("settings-gift-remove-line", { gift: g.name, coins: coins(g.coins) });
  if ((await confirmDialog(t("settings-gift-remove-title"), [line], t("settings-gift-remove"))) && (await attempt(() => api.removeCatalogGift(g.name), t("settings-gift-removed")))) await again();
}

/** Clears the ledger: a typed confirmation here, the app's own native
 * confirmation, a copy kept first, and Undo (or Ctrl+Z) right after. */
async function clearAll(again: () => Promise<void>): Promise<void> {
  const [gifts, sessions, withdrawals] = await api.recordCounts();
  const ok = await confirmDialog(t("settings-clear-title"), [
    t("settings-clear-what", {
      sessions: t("settings-clear-sessions", { count: sessions }),
      gifts: t("settings-clear-gifts", { count: gifts }),
      withdrawals: t("settings-clear-withdrawals", { count: withdrawals }),
    }),
    t("settings-clear-copy"),
  ], t("settings-clear"), { typed: t("settings-clear-word") });
  if (!ok) return;
  try {
    const cleared = await api.clearRecords();
    await again();
    toast(t("settings-cleared"), "ok", {
      label: t("widgets-undo"),
      run: async () => {
        if (await attempt(() => api.undoFromCopy(cleared.undo), t("settings-records-back"))) await again();
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
    el("h3", null, t("settings-rerate-title", { count: changes.length })),
    el("p", { class: "muted small" }, t("settings-rerate-intro")),
    table<RerateChange>([
      { title: t("settings-rerate-day"), cell: (c) => formatDay(c.day), sort: (c) => c.day },
      { title: t("settings-rerate-session"), cell: (c) => c.title || `#${c.session_id}` },
      { title: t("settings-rerate-diamonds"), cell: (c) => `${formatDiamonds(c.diamonds_before)} → ${formatDiamonds(c.diamonds_after)}`, numeric: true },
      { title: t("settings-rerate-value"), cell: (c) => `${money(c.value_before, c.from?.currency)} → ${money(c.value_after, c.to.currency)}`, numeric: true },
    ], changes, { id: "rerate-table" }),
    el("button", { id: "rerate-apply", onclick: async () => {
      if (await attempt(() => api.rerate(), t("settings-rerate-done"))) await again();
    } }, t("settings-rerate-apply")));
}
