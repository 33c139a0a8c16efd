// The first day: four questions before the dashboard of an empty ledger
// nobody has set up yet (language, time zone, TikTok's minimum withdrawal,
// age and payout), skippable, and reachable again from Settings. Answers go through
// the same commands as Settings: the minimum as a rate (effective-dated), the
// rest as settings, none of which changes a stored figure.

import { api, errorText, Rate } from "../api";
import { el, mount } from "../dom";
import { formatDecimal, sameDecimal, separators } from "../format";
import { t, tParts } from "../i18n";
import { attempt, languagePicker, toast } from "../widgets";

/** Every word this screen shows, in one place, in the chosen language. */
const T = {
  get title() { return t("firstrun-title"); },
  get intro() { return t("firstrun-intro"); },
  get againTitle() { return t("firstrun-again-title"); },
  get againIntro() { return t("firstrun-again-intro"); },
  get languageQ() { return t("firstrun-language-question"); },
  get languageLabel() { return t("firstrun-language-label"); },
  get languageHint() { return t("firstrun-language-hint"); },
  get tzQ() { return t("firstrun-timezone-question"); },
  get tzLabel() { return t("firstrun-timezone-label"); },
  get tzHint() { return t("firstrun-timezone-hint"); },
  get minQ() { return t("firstrun-minimum-question"); },
  minLabel: (currency: string) => t("firstrun-minimum-label", { currency }),
  minHint: (currency: string) => t("firstrun-minimum-hint", { currency }),
  get payQ() { return t("firstrun-pay-question"); },
  get age() { return t("firstrun-age"); },
  get method() { return t("firstrun-method"); },
  get methodPlaceholder() { return t("firstrun-method-placeholder"); },
  get payHint() { return t("firstrun-pay-hint"); },
  get save() { return t("firstrun-save"); },
  get skip() { return t("firstrun-skip"); },
  get saved() { return t("firstrun-saved"); },
  demoOffer: (demo: Node) => tParts("firstrun-demo-offer", {}, { demo }),
  get demo() { return t("firstrun-demo"); },
  get demoLoaded() { return t("firstrun-demo-loaded"); },
  badTz: (zone: string) => t("firstrun-bad-timezone", { zone }),
  get badMin() { return t("firstrun-bad-minimum", { whole: formatDecimal("10"), exact: formatDecimal("10.00") }); },
};

/** A minimum as typed, with the chosen language's decimal comma read as
 * the core's point ("10,50" → "10.50"); null when it is not an amount. */
export function typedMinimum(text: string): string | null {
  const v = text.trim();
  const comma = separators().decimal === "," ? /^(\d+),(\d{1,2})$/.exec(v) : null;
  const plain = comma ? `${comma[1]}.${comma[2]}` : v;
  return /^\d+(\.\d{1,2})?$/.test(plain) ? plain : null;
}

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

/** What was typed on the screen before it was drawn again in another language. */
export interface Draft {
  timezone: string;
  minimum: string;
  age: boolean;
  method: string;
}

/**
 * Draws the setup into `root`. `done` runs after it is saved or skipped;
 * `again` is true when opened from Settings (the screen says so); `draft`
 * is what was typed before a language was chosen here.
 */
export async function firstRun(root: HTMLElement, done: () => void, again = false, draft?: Draft): Promise<void> {
  const [settings, rates, today, empty] = await Promise.all([api.settings(), api.rates(), api.today(), api.isEmpty()]);
  const rate = rateOn(rates, today);
  const currency = rate?.currency ?? "USD";
  const zones = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  const system = systemTimeZone();
  // A ledger never set up still says UTC: offer the computer's zone instead.
  const tzValue = !settings.setup_done && system ? system : settings.timezone;

  const errorBox = (id: string) => el("div", { class: "field-error", id, role: "alert", "aria-live": "polite" });
  // A language chosen here redraws the screen in it, keeping what was typed.
  const language = languagePicker("setup-language", settings.language, async () => {
    await firstRun(root, done, again, { timezone: tz.value, minimum: min.value, age: age.checked, method: method.value });
    root.querySelector<HTMLElement>("#setup-language")?.focus();
  });
  language.setAttribute("aria-describedby", "setup-language-hint");
  const tz = el("input", { id: "setup-timezone", name: "timezone", value: draft?.timezone ?? tzValue, list: "setup-zones", autocomplete: "off", "aria-describedby": "setup-timezone-hint setup-timezone-error" });
  const tzError = errorBox("setup-timezone-error");
  const min = el("input", { id: "setup-minimum", name: "minimum", inputmode: "decimal", value: draft?.minimum ?? rate?.min_withdrawal ?? "10", autocomplete: "off", "aria-describedby": "setup-minimum-hint setup-minimum-error" });
  const minError = errorBox("setup-minimum-error");
  const age = el("input", { type: "checkbox", id: "setup-age", checked: draft?.age ?? settings.age_confirmed });
  const method = el("input", { id: "setup-method", value: draft?.method ?? settings.payout_method, placeholder: T.methodPlaceholder, autocomplete: "off" });
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
    const minimum = typedMinimum(min.value);
    if (minimum === null) return invalid(min, minError, T.badMin);
    try {
      await api.setSetting("timezone", tz.value);
    } catch {
      return invalid(tz, tzError, T.badTz(tz.value.trim()));
    }
    try {
      if (rate && !sameDecimal(minimum, rate.min_withdrawal)) {
        // A minimum is part of a rate, which keeps its first day: on an empty
        // ledger the rate in force now is corrected; with lives recorded, a
        // rate from today on is added (as the Rates form does).
        await api.setRate({
          effective_from: empty ? rate.effective_from : today,
          diamonds_per_coin: rate.diamonds_per_coin,
          money_per_diamond: rate.money_per_diamond,
          currency: rate.currency,
          min_withdrawal: minimum,
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
      el("legend", null, T.languageQ),
      el("div", { class: "field" },
        el("label", { for: "setup-language" }, T.languageLabel), language,
        el("div", { class: "hint", id: "setup-language-hint" }, T.languageHint))),
    el("fieldset", null,
      el("legend", null, T.tzQ),
      el("div", { class: "field" },
        el("label", { for: "setup-timezone" }, T.tzLabel), tz,
        el("datalist", { id: "setup-zones" }, zones.map((z) => el("option", { value: z }))),
        el("div", { class: "hint", id: "setup-timezone-hint" }, T.tzHint), tzError)),
    el("fieldset", null,
      el("legend", null, T.minQ),
      el("div", { class: "field" },
        el("label", { for: "setup-minimum" }, T.minLabel(currency)), min,
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
      ? el("p", { class: "demo-offer small muted" }, T.demoOffer(
          el("button", { type: "button", class: "link", id: "load-demo", onclick: async () => { if (await attempt(api.loadDemo, T.demoLoaded)) done(); } }, T.demo)))
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
  // The language is asked first but comes with the system's already chosen;
  // the keyboard starts at the time zone, the first answer to check.
  tz.focus();
}
