import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

// The books (Withdrawals, Statements, TikTok days) and the charts in another
// language: under the pseudo-locale every word a creator sees or hears is
// pseudo-localised ("[Ŵíţĥďŕáŵáļš~~~~]"), so a word left in English shows
// up as plain letters; under German, money is written the German way.

// The app's commands, faked with one small ledger.
const state = vi.hoisted(() => ({ empty: false, calls: [] as string[] }));
vi.mock("@tauri-apps/api/event", () => ({ listen: async () => () => {} }));
vi.mock("@tauri-apps/api/core", () => ({
  invoke: async (cmd: string, args?: Record<string, unknown>) => {
    state.calls.push(cmd);
    const money = (v: string) => ({ USD: v });
    const row = (period: string, start: string, diamonds: string, withdrawn = "0", adjusted = "0") => ({
      period, start, sessions: 2, hours_live: "3.5", gifts: 40, coins: 1300, diamonds, value: money("6.50"),
      withdrawn_diamonds: withdrawn, withdrawn_gross: withdrawn === "0" ? {} : money("12.50"), fees: money("0.50"),
      net_paid: money("12.00"), adjusted_diamonds: adjusted, closing_balance: "4900",
    });
    const statement = {
      rows: state.empty ? [] : [row("2026-01", "2026-01-01", "1300"), row("2026-02", "2026-02-01", "2500", "2500", "-5")],
      total: row("all", "2026-01-01", "3800", "2500", "-5"),
      rounding: state.empty ? {} : money("0.01"),
      opening_balance: state.empty ? "0" : "1200",
    };
    const day = (d: string, status: string, tiktok: string | null, ledger: string, difference: string | null, bookable: boolean) => ({
      day: d, tiktok_diamonds: tiktok, ledger_diamonds: ledger, lives: ledger === "0" ? 0 : 1, difference, status, bookable,
      reported: { day: d, diamonds: tiktok, live_seconds: 5400, lives: 1, views: 900, unique_viewers: 1234, avg_watch_seconds: null, peak_concurrent: null, avg_concurrent: null, gifters: null, new_followers: null, commenters: null, likes: 5678, shares: null },
    });
    const replies: Record<string, unknown> = {
      summary: { ready: true, withdrawable_now_diamonds: "4900", withdrawable_now_value: "24.50", balance_diamonds: "4900", currency: "USD", rounding: "half-up (away from zero) to 0.01" },
      settings: { timezone: "UTC", payout_method: "PayPal" },
      withdrawals: state.empty ? [] : [
        { id: 1, requested_at: "2026-01-05T10:00:00Z", diamonds: "100", gross: "0.50", currency: "USD", fee: "0.00", net: "0.50", method: "PayPal", status: "paid", reference: "" },
        { id: 2, requested_at: "2026-02-05T10:00:00Z", diamonds: "2500", gross: "12.50", currency: "USD", fee: "0.50", net: "12.00", method: "PayPal", status: "pending", reference: "" },
      ],
      withdrawals_below_minimum: state.empty ? [] : [{ id: 1, minimum: "10.00", currency: "USD" }],
      adjustments: state.empty ? [] : [{ id: 1, at: "2026-02-06T10:00:00Z", diamonds: "-5", reason: "PayPal" }],
      quote_withdrawal: { diamonds: args?.diamonds || "100", gross: "0.50", currency: "USD", minimum: "10.00", below_minimum: true },
      statement,
      reported_days: state.empty
        ? { days: [], tiktok_diamonds: "0", ledger_diamonds: "0", days_differing: 0, bookable_days: 0, bookable_diamonds: "0" }
        : {
            days: [
              day("2026-03-01", "matches", "1000", "1000", "0", false),
              day("2026-03-02", "missing", "1000", "900", "100", false),
              day("2026-03-03", "extra", "900", "1000", "-100", false),
              day("2026-03-04", "no_lives", "700", "0", "700", true),
              day("2026-03-05", "no_lives", "1", "0", "1", true),
              day("2026-03-06", "no_tiktok_diamonds", null, "300", null, false),
            ],
            tiktok_diamonds: "3601", ledger_diamonds: "3200", days_differing: 5, bookable_days: 2, bookable_diamonds: "701",
          },
    };
    if (cmd === "add_withdrawal" && !args?.force) {
      throw { kind: "needs_confirmation", message: "Are you sure?", detail: {
        problems: ["100 diamonds is below the minimum withdrawal of $10.00"],
        messages: [{ id: "core-confirm-below-minimum", args: { gross: { type: "money", value: "0.50", currency: "USD" }, minimum: { type: "money", value: "10.00", currency: "USD" }, day: { type: "day", value: "2026-03-01" } } }],
      } };
    }
    return replies[cmd];
  },
}));

// uPlot draws on a canvas jsdom lacks: this one keeps what it was asked to draw.
const plots = vi.hoisted(() => [] as { opts: any; over: HTMLElement; cursor: any }[]);
vi.mock("uplot", () => {
  class FakePlot {
    static paths = { bars: () => () => null };
    opts: any;
    over: HTMLElement;
    cursor: any = {};
    height = 200;
    constructor(opts: any, _data: unknown, target: HTMLElement) {
      this.opts = opts;
      this.over = document.createElement("div");
      target.appendChild(this.over);
      plots.push(this);
    }
    destroy() {}
    setCursor() {}
    setSize() {}
    valToPos() { return 0; }
  }
  return { default: FakePlot };
});
vi.mock("uplot/dist/uPlot.min.css", () => ({}));

import type { LivePoint, PeriodRow } from "../src/api";
import { balanceChart, barChart, daySeconds, perSessionChart, tickLabel, timelineChart } from "../src/charts";
import { setLanguage } from "../src/i18n";
import { daysView } from "../src/views/days";
import { statementsView } from "../src/views/statements";
import { withdrawalsView } from "../src/views/withdrawals";
import { forgetDrawn } from "../src/router";

// Data the ledger holds (names, methods, reasons) and what Intl writes for
// a date in the pseudo-locale (its English month names) are not words of the app.
const DATA = /(?<!\p{L})(PayPal|Lion night|USD|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|AM|PM)(?!\p{L})/gu;

/** What is left of `s` once data and pseudo-localised text are taken out: letters there are English. */
const left = (s: string) => s.replace(DATA, "").replace(/\[[^[\]]*\]/g, "");

/** Every text a creator sees or hears under `root` that is not pseudo-localised. */
function untranslated(root: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? "";
    if (/\p{L}/u.test(left(text))) out.push(text.trim());
  }
  for (const e of [root, ...root.querySelectorAll("*")]) {
    for (const a of ["title", "aria-label", "placeholder"]) {
      const v = e.getAttribute(a);
      if (v !== null && /\p{L}/u.test(left(v))) out.push(`${a}="${v}"`);
    }
  }
  return out;
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

function fresh(): HTMLElement {
  // The mocked ledger changes between tests without a version to say so.
  forgetDrawn();
  document.body.replaceChildren();
  const root = document.createElement("div");
  document.body.appendChild(root);
  return root;
}

/** The open confirmation's own words (its Cancel button belongs to widgets.ts). */
function dialogWords(): Element[] {
  const d = document.getElementById("confirm-dialog");
  expect(d).not.toBeNull();
  return [d!.querySelector("#confirm-title")!, ...d!.querySelectorAll("ul li"), d!.querySelector("#confirm-yes")!];
}

beforeAll(() => {
  // jsdom has <dialog> but no modal.
  const proto = HTMLDialogElement.prototype as any;
  proto.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
  proto.close ??= function (this: HTMLDialogElement) { this.open = false; };
});

describe("the books under the pseudo-locale", () => {
  beforeAll(async () => {
    await setLanguage("en-XA");
  });

  it("Withdrawals: every word, the quote, the badge, the below-minimum question and the delete question", async () => {
    state.empty = false;
    const root = fresh();
    await withdrawalsView(root);
    await settle();
    expect(root.querySelector("h1")!.textContent).toMatch(/^\[/);
    expect(root.querySelector("#withdraw-quote")!.textContent).toMatch(/4,900.*≈.*\$0\.50/);
    expect(root.querySelector("[data-below-minimum]")).not.toBeNull();
    expect(untranslated(root)).toEqual([]);

    // Below TikTok's minimum: asked in the view's own words.
    (root.querySelector("#withdraw-form") as HTMLFormElement).requestSubmit();
    await settle();
    const below = dialogWords();
    expect(below[0].textContent).toContain("$10.00");
    expect(below.flatMap(untranslated)).toEqual([]);
    (document.getElementById("confirm-no") as HTMLButtonElement).click();
    await settle();

    // Deleting a withdrawal.
    const root2 = fresh();
    await withdrawalsView(root2);
    (root2.querySelector("[data-delete-withdrawal]") as HTMLButtonElement).click();
    await settle();
    expect(dialogWords().flatMap(untranslated)).toEqual([]);
  });

  it("Withdrawals with none yet", async () => {
    state.empty = true;
    const root = fresh();
    await withdrawalsView(root);
    await settle();
    expect(untranslated(root)).toEqual([]);
    state.empty = false;
  });

  it("Statements: the period picker, columns, totals, rounding, export, every grain", async () => {
    state.empty = false;
    const root = fresh();
    await statementsView(root);
    await settle();
    expect(root.querySelector("#statement-table")).not.toBeNull();
    expect(root.querySelector("#statement-rounding")).not.toBeNull();
    expect(root.querySelector("#statement-opening")).not.toBeNull();
    expect(root.querySelectorAll("#statement-export button")).toHaveLength(4);
    expect(untranslated(root)).toEqual([]);
    for (const b of ["day", "week", "year"]) {
      (root.querySelector(`button[data-by='${b}']`) as HTMLButtonElement).click();
      await settle();
      expect(untranslated(root)).toEqual([]);
    }
    const range = root.querySelector("#statement-range") as HTMLSelectElement;
    range.value = "custom";
    range.dispatchEvent(new Event("change"));
    await settle();
    expect(untranslated(root)).toEqual([]);
  });

  it("Statements with nothing in them", async () => {
    state.empty = true;
    const root = fresh();
    await statementsView(root);
    await settle();
    expect(root.querySelector(".empty")).not.toBeNull();
    expect(untranslated(root)).toEqual([]);
    state.empty = false;
  });

  it("TikTok days: the table, the sentences, the booking question", async () => {
    state.empty = false;
    const root = fresh();
    await daysView(root);
    expect(root.querySelectorAll("#days-sentences li")).toHaveLength(5);
    expect(untranslated(root)).toEqual([]);
    (root.querySelector("#days-book-all") as HTMLButtonElement).click();
    await settle();
    expect(dialogWords().flatMap(untranslated)).toEqual([]);
    (document.getElementById("confirm-no") as HTMLButtonElement).click();
    (root.querySelector("[data-book]") as HTMLButtonElement).click();
    await settle();
    expect(dialogWords().flatMap(untranslated)).toEqual([]);
  });

  it("TikTok days with none yet", async () => {
    state.empty = true;
    const root = fresh();
    await daysView(root);
    expect(untranslated(root)).toEqual([]);
    state.empty = false;
  });
});

describe("the charts under the pseudo-locale", () => {
  beforeAll(async () => {
    await setLanguage("en-XA");
  });

  const row = (start: string, diamonds: string, withdrawn = "0"): PeriodRow => ({
    period: start, start, sessions: 1, hours_live: "2", gifts: 3, coins: 40, diamonds, value: { USD: "1.00" },
    withdrawn_diamonds: withdrawn, withdrawn_gross: withdrawn === "0" ? {} : { USD: "5.00" } as Record<string, string>, fees: {}, net_paid: {}, adjusted_diamonds: "0", closing_balance: "1000",
  });
  const life: LivePoint = { started_at: "2026-03-01T19:00:00Z", local_start: "2026-03-01T19:00:00", title: "Lion night", diamonds: "1000", value_per_hour: "2.50", value_per_1000_viewers: "4.00" };

  /** Draws a chart, shows its tooltip at the first point and opens its table; returns what is not pseudo. */
  function check(draw: (host: HTMLElement) => void): string[] {
    const host = fresh();
    draw(host);
    const plot = plots[plots.length - 1];
    const labels = [...plot.opts.series.map((s: any) => s.label), ...plot.opts.axes.map((a: any) => a.label)];
    const bad = labels.filter((l: string) => !/\[/.test(l ?? "") || /\p{L}/u.test(left(l)));
    plot.cursor = { idx: 0, left: 5, top: 5 };
    plot.opts.hooks.setCursor[0](plot);
    expect(host.querySelector(".chart-tip")!.textContent).not.toBe("");
    (host.querySelector("button.chart-toggle") as HTMLButtonElement).click();
    expect(host.querySelector(".chart-table table")).not.toBeNull();
    expect(host.querySelector(".chart-plot")!.getAttribute("aria-label")!.length).toBeGreaterThan(20);
    return [...bad.map((l: string) => `label "${l}"`), ...untranslated(host)];
  }

  it("diamonds by day, week and month", () => {
    for (const grain of ["day", "week", "month"] as const) {
      expect(check((h) => barChart(h, [row("2026-03-01", "1000"), row("2026-03-02", "1")], grain, "USD"))).toEqual([]);
    }
  });

  it("the balance, with a withdrawal marked", () => {
    expect(check((h) => balanceChart(h, [row("2026-03-01", "1000", "200"), row("2026-03-02", "1")], "USD"))).toEqual([]);
  });

  it("per live", () => {
    expect(check((h) => perSessionChart(h, [life, { ...life, title: "", started_at: "2026-03-02T19:00:00Z", local_start: "2026-03-02T19:00:00" }], "USD", "UTC"))).toEqual([]);
  });

  it("one live's timeline, by the minute and by five", () => {
    for (const minutes of [1, 5]) {
      expect(check((h) => timelineChart(h, [1772391600, 1772391900], [10, 1], [2, null], minutes, "UTC"))).toEqual([]);
    }
  });
});

describe("German", () => {
  beforeAll(async () => {
    await setLanguage("de");
  });

  it("writes a withdrawal's money the German way", async () => {
    state.empty = false;
    const root = fresh();
    await withdrawalsView(root);
    await settle();
    const table = root.querySelector("#withdrawals-table")!.textContent!;
    expect(table).toContain("12,50\u00a0$");
    expect(table).toContain("2.500");
    expect(root.querySelector("#withdraw-quote")!.textContent).toContain("Diamanten");
  });

  it("dates on a chart's axis follow the chosen language, not the system's", () => {
    expect(tickLabel(daySeconds("2026-11-01"), "month", true)).toBe("Nov. 2026");
    expect(tickLabel(daySeconds("2026-03-23"), "day", false)).toBe("23. März");
  });
});

describe("Arabic", () => {
  it("keeps a chart's time running left to right, its words following the page", () => {
    const css = readFileSync(join(__dirname, "..", "src", "style.css"), "utf8").replace(/\s+/g, " ");
    expect(css).toMatch(/\.chart-plot \.u-wrap \{[^}]*direction: ltr/);
  });
});

describe("every language", () => {
  // A placeable a translation names wrongly shows as "{$name}"; a message
  // missing everywhere shows its id. Neither may reach the screen.
  const broken = (root: Element): string[] => {
    const text = [root.textContent ?? "", ...[...root.querySelectorAll("[aria-label],[title]")].map((e) => `${e.getAttribute("aria-label")} ${e.getAttribute("title")}`)].join("\n");
    return [...text.matchAll(/\{\s*\$?[a-z]+\s*\}|\b(?:withdrawals|statements|days|charts)-[a-z0-9-]+/g)].map((m) => m[0]);
  };

  for (const tag of ["en", "es", "pt-BR", "id", "tr", "ar", "vi", "ja", "de", "fr"]) {
    it(`${tag}: the books and the charts draw whole`, async () => {
      await setLanguage(tag);
      state.empty = false;
      const problems: string[] = [];
      for (const view of [withdrawalsView, statementsView, daysView]) {
        const root = fresh();
        await view(root);
        await settle();
        problems.push(...broken(root));
      }
      (document.querySelector("#days-book-all") as HTMLButtonElement).click();
      await settle();
      problems.push(...broken(document.getElementById("confirm-dialog")!));
      for (const minutes of [1, 5]) {
        const host = fresh();
        timelineChart(host, [1772391600, 1772391900], [10, 1], [2, null], minutes, "UTC");
        const plot = plots[plots.length - 1];
        problems.push(...broken(host), ...[...plot.opts.series, ...plot.opts.axes].flatMap((s: any) => (s.label ? broken(Object.assign(document.createElement("p"), { textContent: s.label })) : [])));
      }
      for (const counts of [[1, 1], [2, 2], [3, 3], [11, 11], [100, 100]]) {
        const rows = Array.from({ length: counts[0] }, (_, i) => ({
          period: "", start: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10), sessions: 1, hours_live: "1", gifts: 1, coins: 1, diamonds: String(i + 1),
          value: { USD: "1.00" }, withdrawn_diamonds: i === 0 ? "5" : "0", withdrawn_gross: {}, fees: {}, net_paid: {}, adjusted_diamonds: "0", closing_balance: "10",
        }));
        for (const draw of [(h: HTMLElement) => barChart(h, rows, "week", "USD"), (h: HTMLElement) => balanceChart(h, rows, "USD")]) {
          const host = fresh();
          draw(host);
          problems.push(...broken(host));
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
