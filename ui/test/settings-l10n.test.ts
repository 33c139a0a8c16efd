import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// Settings, the first-day screen and the shared widgets, drawn in the
// pseudo-locale: every word a creator can see or hear must come from the
// catalog (pseudo text is wrapped in [ ]); only figures, names and
// punctuation may stay as they are. Then once in German, for the way a
// money figure is written, and the language picker itself.

const calls = vi.hoisted(() => [] as { cmd: string; args: unknown }[]);
const state = vi.hoisted(() => ({ empty: false, language: "" }));
vi.mock("@tauri-apps/api/event", () => ({ listen: async () => () => {} }));
vi.mock("@tauri-apps/api/app", () => ({ getVersion: async () => "1.2.3" }));
vi.mock("@tauri-apps/api/core", () => ({
  invoke: async (cmd: string, args: unknown) => {
    calls.push({ cmd, args });
    const rate = { id: 1, effective_from: "2026-01-01", diamonds_per_coin: "1", money_per_diamond: "0.005", currency: "EUR", min_withdrawal: "10", max_withdrawal_per_day: null };
    const sessionRate = { diamonds_per_coin: "1", money_per_diamond: "0.005", currency: "EUR" };
    const replies: Record<string, unknown> = {
      settings: { timezone: "UTC", age_confirmed: false, payout_method: "", session_gap_minutes: 30, setup_done: false, language: state.language },
      rates: [rate, { ...rate, id: 2, effective_from: "2026-02-01", max_withdrawal_per_day: "500" }],
      catalog: [{ name: "Rose", coins: 1 }, { name: "Galaxy", coins: 1000 }],
      database_path: "/home/mia/ledger.db",
      is_empty: state.empty,
      today: "2026-03-01",
      rerate_preview: [{ session_id: 4, day: "2026-02-10", title: "", from: sessionRate, to: sessionRate, diamonds_before: "100", diamonds_after: "90", value_before: "0.50", value_after: "0.45" }],
      sessions: [],
      withdrawals: [],
    };
    if (cmd === "set_setting") {
      const { key, value } = args as { key: string; value: string };
      if (key === "language") state.language = value;
      return null;
    }
    return replies[cmd];
  },
}));

import { formatDay } from "../src/format";
import { language, LANGUAGES, PSEUDO, setLanguage } from "../src/i18n";
import { setRedraw } from "../src/router";
import { settingsView } from "../src/views/settings";
import { firstRun, typedMinimum } from "../src/components/firstrun";
import { confirmDialog, table, toast, withConfirmation } from "../src/widgets";

beforeAll(() => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) { this.open = true; };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) { this.open = false; };
});

afterEach(async () => {
  document.body.replaceChildren();
  state.empty = false;
  state.language = "";
  calls.length = 0;
  await setLanguage("en");
});

const settle = () => new Promise((r) => setTimeout(r, 0));

/** Data the views show as it is: names, paths, a version, zones, currency codes. */
function data(): string[] {
  return ["Rose", "Galaxy", "/home/mia/ledger.db", "1.2.3", "UTC", "EUR", "USD", "Europe/Berlin", "liveledger --version",
    ...LANGUAGES.map((l) => l.name),
    ...["2026-01-01", "2026-02-01", "2026-02-10"].map((d) => formatDay(d))];
}

/** Whether `text` holds only pseudo-localised words, data and figures. */
function localised(text: string): boolean {
  let rest = text.replace(/\[[^\]]*\]/g, "");
  for (const d of data().sort((a, b) => b.length - a.length)) rest = rest.split(d).join("");
  return /^[\s\d.,:;()#%+\-−–—→/$€·|"'\u00a0\u202f\u2068\u2069]*$/.test(rest);
}

/** Every visible text and spoken attribute under `root` that is not localised. */
function unlocalised(root: Element): string[] {
  const bad: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // A language's own name, a command and the list of zones are data.
    if (n.parentElement?.closest("code, option[lang], datalist")) continue;
    if (!localised(n.textContent ?? "")) bad.push(JSON.stringify(n.textContent));
  }
  for (const e of [root, ...root.querySelectorAll("*")]) {
    for (const a of ["title", "aria-label", "placeholder"]) {
      const v = e.getAttribute(a);
      if (v !== null && !localised(v)) bad.push(`${a}=${JSON.stringify(v)}`);
    }
  }
  return bad;
}

function newRoot(): HTMLElement {
  const root = document.createElement("div");
  document.body.appendChild(root);
  return root;
}

describe("Settings in the pseudo-locale", () => {
  it("shows no word that is not from the catalog", async () => {
    await setLanguage(PSEUDO);
    const root = newRoot();
    await settingsView(root);
    expect(root.querySelector("#rates-table")).not.toBeNull();
    expect(root.querySelector("#rerate")).not.toBeNull();
    expect(unlocalised(root)).toEqual([]);
  });

  it("says an unknown time zone in the catalog's words", async () => {
    await setLanguage(PSEUDO);
    const root = newRoot();
    await settingsView(root);
    const tz = root.querySelector<HTMLInputElement>("#timezone")!;
    tz.value = "Mars/Olympus";
    // The mock accepts every setting; a refused zone is what the core says.
    const api = (await import("../src/api")).api;
    const spy = vi.spyOn(api, "setSetting").mockRejectedValueOnce({ kind: "invalid", message: "bad", detail: null });
    tz.dispatchEvent(new Event("change"));
    await settle();
    spy.mockRestore();
    const error = root.querySelector("#timezone-error")!;
    expect(error.textContent).toContain("Mars/Olympus");
    expect(localised((error.textContent ?? "").replace("Mars/Olympus", ""))).toBe(true);
  });
});

describe("the first-day screen in the pseudo-locale", () => {
  it("shows no word that is not from the catalog", async () => {
    state.empty = true;
    await setLanguage(PSEUDO);
    const root = newRoot();
    await firstRun(root, () => {});
    expect(root.querySelector("#first-run")).not.toBeNull();
    expect(root.querySelector("#load-demo")).not.toBeNull();
    expect(unlocalised(root)).toEqual([]);
    // A minimum that is no number: the error beside the field.
    root.querySelector<HTMLInputElement>("#setup-minimum")!.value = "ten";
    root.querySelector<HTMLFormElement>("#first-run")!.requestSubmit();
    await settle();
    expect(root.querySelector("#setup-minimum-error")!.textContent).not.toBe("");
    expect(unlocalised(root)).toEqual([]);
  });

  it("asked again from Settings, too", async () => {
    await setLanguage(PSEUDO);
    const root = newRoot();
    await firstRun(root, () => {}, true);
    expect(unlocalised(root)).toEqual([]);
  });
});

describe("the shared widgets in the pseudo-locale", () => {
  it("page a long table, ask, and offer Undo in the catalog's words", async () => {
    await setLanguage(PSEUDO);
    const t = table<{ n: number }>([{ title: "", cell: (r) => r.n }], [1, 2, 3].map((n) => ({ n })), { page: 1 });
    document.body.appendChild(t);
    expect(t.querySelector("tr.more-rows button")).not.toBeNull();
    expect(unlocalised(t)).toEqual([]);

    const asked = confirmDialog("[x]", ["[y]"], "[z]", { typed: "[w]" });
    const dialog = document.getElementById("confirm-dialog")!;
    expect(unlocalised(dialog)).toEqual([]);
    dialog.querySelector<HTMLButtonElement>("#confirm-no")!.click();
    expect(await asked).toBe(false);

    // The core asks for a confirmation; declining says so.
    const refused = withConfirmation(async (force) => {
      if (!force) throw { kind: "needs_confirmation", message: "[m]", detail: null };
    });
    await settle();
    const ask = document.getElementById("confirm-dialog")!;
    expect(unlocalised(ask)).toEqual([]);
    ask.querySelector<HTMLButtonElement>("#confirm-no")!.click();
    const declined = await refused.then(() => null, (e: Error) => e);
    expect(declined).not.toBeNull();
    expect(localised(declined!.message)).toBe(true);

    toast("[done]", "ok", { label: "[u]", run: () => {} });
    expect(unlocalised(document.getElementById("toast")!)).toEqual([]);
  });
});

describe("Settings in German", () => {
  it("writes money the German way", async () => {
    await setLanguage("de");
    const root = newRoot();
    await settingsView(root);
    const cells = [...root.querySelectorAll("#rates-table td")].map((td) => td.textContent?.replace(/\s/g, " "));
    expect(cells).toContain("10,00 €");
    expect(cells).toContain("500,00 €");
    expect(root.querySelector("h1")?.textContent).toBe("Einstellungen");
    // The rate named in the question to delete it: its figures the German way.
    root.querySelector<HTMLButtonElement>("#rates-table tbody tr button")!.click();
    await settle();
    const ask = document.getElementById("confirm-dialog")!;
    expect(ask.textContent?.replace(/\s/g, " ")).toContain("0,005 €");
    ask.querySelector<HTMLButtonElement>("#confirm-no")!.click();
  });
});

describe("the language picker", () => {
  it("lists every language in its own name, and the system's, never the pseudo-locale", async () => {
    const root = newRoot();
    await settingsView(root);
    const picker = root.querySelector<HTMLSelectElement>("#language")!;
    expect(picker).not.toBeNull();
    const options = [...picker.options];
    expect(options[0].value).toBe("");
    expect(options.slice(1).map((o) => [o.value, o.lang, o.textContent])).toEqual(LANGUAGES.map((l) => [l.tag, l.tag, l.name]));
    expect(options.some((o) => o.value === PSEUDO)).toBe(false);
    expect(picker.value).toBe("");
  });

  it("in Settings stores the choice in the ledger and redraws in it", async () => {
    const root = newRoot();
    location.hash = "#/settings";
    setRedraw(() => void settingsView(root));
    await settingsView(root);
    const picker = root.querySelector<HTMLSelectElement>("#language")!;
    picker.value = "de";
    picker.dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(root.querySelector("h1")?.textContent).toBe("Einstellungen"));
    expect(calls).toContainEqual({ cmd: "set_setting", args: { key: "language", value: "de" } });
    expect(language()).toBe("de");
    expect(root.querySelector<HTMLSelectElement>("#language")!.value).toBe("de");
    // Back to the system's language: stored as empty.
    root.querySelector<HTMLSelectElement>("#language")!.value = "";
    root.querySelector<HTMLSelectElement>("#language")!.dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(calls).toContainEqual({ cmd: "set_setting", args: { key: "language", value: "" } }));
    await vi.waitFor(() => expect(root.querySelector<HTMLSelectElement>("#language")?.value).toBe(""));
  });

  it("on the first-day screen is the first question, and keeps the answers typed so far", async () => {
    state.empty = true;
    const root = newRoot();
    await firstRun(root, () => {});
    const first = root.querySelector("#first-run fieldset");
    const picker = first?.querySelector<HTMLSelectElement>("select#setup-language");
    expect(picker).not.toBeNull();
    root.querySelector<HTMLInputElement>("#setup-minimum")!.value = "25";
    picker!.value = "ar";
    picker!.dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(document.documentElement.dir).toBe("rtl"));
    await vi.waitFor(() => expect(root.querySelector("#setup-title")?.textContent).not.toBe("Welcome to LiveLedger"));
    expect(calls).toContainEqual({ cmd: "set_setting", args: { key: "language", value: "ar" } });
    expect(root.querySelector<HTMLInputElement>("#setup-minimum")!.value).toBe("25");
    expect(root.querySelector<HTMLSelectElement>("#setup-language")!.value).toBe("ar");
  });
});

describe("the first day's minimum", () => {
  it("may be typed with the language's decimal comma, and reaches the core with its point", async () => {
    await setLanguage("de");
    expect(typedMinimum("10,50")).toBe("10.50");
    expect(typedMinimum(" 25 ")).toBe("25");
    expect(typedMinimum("10.5")).toBe("10.5");
    expect(typedMinimum("1.000,00")).toBeNull();
    await setLanguage("en");
    expect(typedMinimum("10,50")).toBeNull();
    expect(typedMinimum("ten")).toBeNull();

    await setLanguage("de");
    state.empty = true;
    const root = newRoot();
    await firstRun(root, () => {});
    root.querySelector<HTMLInputElement>("#setup-minimum")!.value = "12,50";
    root.querySelector<HTMLFormElement>("#first-run")!.requestSubmit();
    await vi.waitFor(() => expect(calls.some((c) => c.cmd === "set_rate")).toBe(true));
    const rate = calls.find((c) => c.cmd === "set_rate")!.args as { form: { min_withdrawal: string } };
    expect(JSON.stringify(rate)).toContain('"min_withdrawal":"12.50"');
  });
});
