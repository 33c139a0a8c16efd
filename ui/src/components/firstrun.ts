// The first day: three questions before the dashboard of an empty ledger
// nobody has set up yet (time zone, TikTok's minimum withdrawal, age and
// payout), skippable, and reachable again from Settings. Answers go through
// the same commands as Settings: the minimum as a rate (effective-dated), the
// rest as settings, none of which changes a stored figure.

import { api, errorText, Rate } from "../api";
import { el, mount } from "../dom";
import { sameDecimal } from "../format";
import { attempt, toast } from "../widgets";

/** Every word this screen shows, in one place. */
const T = {
  title: "Welcome to LiveLedger",
  intro: "Three quick questions so your balance, days and payout checks are right. You can change every answer later in Settings.",
  againTitle: "First-day setup",
  againIntro: "The same three questions as on the first day. Nothing you recorded changes.",
  tzQ: "1. Your time zone",
  tzHint: "Your days, weeks and months start at midnight here. We filled in your computer's.",
  minQ: "2. TikTok's minimum withdrawal",
  minHint: (currency: string) => `Open your TikTok wallet and copy the smallest amount it lets you withdraw, in ${currency}.`,
  payQ: "3. Getting paid",
  age: "I am 18 or older and my TikTok account is verified",
  method: "Payout method linked in TikTok (optional)",
  methodPlaceholder: "PayPal, bank transfer…",
  payHint: "TikTok pays out only to verified adults with a linked payout method.",
  save: "Save and continue",
  skip: "Skip for now",
  saved: "Setup saved",
  demoLead: "Just looking around? ",
  demo: "Load six months of demo data",
  demoLoaded: "Demo data loaded",
  badTz: (v: string) => `"${v}" is not a time zone we know. Pick one from the list, e.g. Europe/Berlin or America/New_York.`,
  badMin: "Enter the minimum as a number, e.g. 10 or 10.00.",
};

/** The computer's time zone, as the webview reports it (empty when it cannot). */
export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {
    return "";
  }
}

/** The rate in force on `today` (the last one that took effect by then). */
function rateOn(rates: Rate[], today: string): Rate | undefined {
  let found: Rate | undefined;
  for (const r of rates) if (r.effective_from <= today) found = r;
  return found ?? rates[0];
}

/**
 * Draws the setup into `root`. `done` runs after it is saved or skipped;
 * `again` is true when opened from Settings (the screen says so).
 */
export async function firstRun(root: HTMLElement, done: () => void, again = false): Promise<void> {
  const [settings, rates, today, empty] = await Promise.all([api.settings(), api.rates(), api.today(), api.isEmpty()]);
  const rate = rateOn(rates, today);
  const currency = rate?.currency ?? "USD";
  const zones = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  const system = systemTimeZone();
  // A ledger never set up still says UTC: offer the computer's zone instead.
  const tzValue = !settings.setup_done && system ? system : settings.timezone;

  const errorBox = (id: string) => el("div", { class: "field-error", id, role: "alert", "aria-live": "polite" });
  const tz = el("input", { id: "setup-timezone", name: "timezone", value: tzValue, list: "setup-zones", autocomplete: "off", "aria-describedby": "setup-timezone-hint setup-timezone-error" });
  const tzError = errorBox("setup-timezone-error");
  const min = el("input", { id: "setup-minimum", name: "minimum", inputmode: "decimal", value: rate?.min_withdrawal ?? "10", autocomplete: "off", "aria-describedby": "setup-minimum-hint setup-minimum-error" });
  const minError = errorBox("setup-minimum-error");
  const age = el("input", { type: "checkbox", id: "setup-age", checked: settings.age_confirmed });
  const method = el("input", { id: "setup-method", value: settings.payout_method, placeholder: T.methodPlaceholder, autocomplete: "off" });
  const message = el("div", { class: "form-error", role: "alert" });

  const invalid = (input: HTMLInputElement, box: HTMLElement, text: string) => {
    input.closest(".field")?.classList.add("invalid");
    input.setAttribute("aria-invalid", "true");
    box.textContent = text;
    input.focus();
  };
  const valid = (input: HTMLInputElement, box: HTMLElement) => {
    input.closest(".field")?.classList.remove("invalid");
    input.removeAttribute("aria-invalid");
    box.textContent = "";
  };

  const save = async () => {
    valid(tz, tzError);
    valid(min, minError);
    message.textContent = "";
    if (!/^\d+(\.\d{1,2})?$/.test(min.value.trim())) return invalid(min, minError, T.badMin);
    try {
      await api.setSetting("timezone", tz.value);
    } catch {
      return invalid(tz, tzError, T.badTz(tz.value.trim()));
    }
    try {
      if (rate && !sameDecimal(min.value, rate.min_withdrawal)) {
        // A minimum is part of a rate, which keeps its first day: on an empty
        // ledger the rate in force now is corrected; with lives recorded, a
        // rate from today on is added (as the Rates form does).
        await api.setRate({
          effective_from: empty ? rate.effective_from : today,
          diamonds_per_coin: rate.diamonds_per_coin,
          money_per_diamond: rate.money_per_diamond,
          currency: rate.currency,
          min_withdrawal: min.value.trim(),
          max_withdrawal_per_day: rate.max_withdrawal_per_day ?? "",
        });
      }
      await api.setSetting("age_confirmed", String(age.checked));
      await api.setSetting("payout_method", method.value);
      await api.setSetting("setup_done", "true");
    } catch (e) {
      message.textContent = errorText(e);
      return;
    }
    toast(T.saved);
    done();
  };
  const skip = async () => {
    try {
      await api.setSetting("setup_done", "true");
    } catch (e) {
      message.textContent = errorText(e);
      return;
    }
    done();
  };

  const form = el("form", { class: "setup", id: "first-run", novalidate: true, "aria-labelledby": "setup-title" },
    el("fieldset", null,
      el("legend", null, T.tzQ),
      el("div", { class: "field" },
        el("label", { for: "setup-timezone" }, "Time zone"), tz,
        el("datalist", { id: "setup-zones" }, zones.map((z) => el("option", { value: z }))),
        el("div", { class: "hint", id: "setup-timezone-hint" }, T.tzHint), tzError)),
    el("fieldset", null,
      el("legend", null, T.minQ),
      el("div", { class: "field" },
        el("label", { for: "setup-minimum" }, `Minimum withdrawal (${currency})`), min,
        el("div", { class: "hint", id: "setup-minimum-hint" }, T.minHint(currency)), minError)),
    el("fieldset", null,
      el("legend", null, T.payQ),
      el("p", { class: "muted small" }, T.payHint),
      el("label", { class: "check" }, age, " ", T.age),
      el("div", { class: "field" }, el("label", { for: "setup-method" }, T.method), method)),
    message,
    el("div", { class: "actions" },
      el("button", { type: "submit", class: "primary", id: "setup-save" }, T.save),
      el("button", { type: "button", id: "setup-skip", onclick: () => void skip() }, T.skip)),
    // Demo data fills the ledger, so the questions wait until it is cleared.
    empty && !again
      ? el("p", { class: "demo-offer small muted" }, T.demoLead,
          el("button", { type: "button", class: "link", id: "load-demo", onclick: async () => { if (await attempt(api.loadDemo, T.demoLoaded)) done(); } }, T.demo))
      : null);
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    void save();
  });
  // Escape skips, as it closes a dialog.
  form.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") {
      ev.preventDefault();
      void skip();
    }
  });

  mount(root,
    el("section", { class: "card setup-card" },
      el("h1", { id: "setup-title" }, again ? T.againTitle : T.title),
      el("p", { class: "muted" }, again ? T.againIntro : T.intro),
      form));
  tz.focus();
}
