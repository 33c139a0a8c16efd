import { afterEach, describe, expect, it, vi } from "vitest";

// The Dashboard and Insights views drawn in the pseudo-locale: every word a
// creator can see or hear (text, title, aria-label, placeholder) must come
// from the catalog, so it shows up [bracketed and accented]. Figures, names
// and the words Intl writes itself (weekdays, months, AM/PM) are data.
// Then once in German: the money is written the German way and the blockers'
// link sits inside a German sentence.

// The charts are their own area (charts.ts, with uPlot, which jsdom cannot draw).
vi.mock("../src/charts", () => ({ balanceChart: () => {}, barChart: () => {}, perSessionChart: () => {}, timelineChart: () => {} }));
vi.mock("@tauri-apps/api/event", () => ({ listen: async () => () => {} }));

const replies = vi.hoisted(() => ({} as Record<string, unknown>));
vi.mock("@tauri-apps/api/core", () => ({ invoke: async (cmd: string) => structuredClone(replies[cmd]) }));

import { LANGUAGES, setLanguage } from "../src/i18n";
import { enter, forgetDrawn } from "../src/router";
import { dashboardView } from "../src/views/dashboard";
import { insightsView } from "../src/views/insights";
import type { Dashboard, Insights, Summary, Timeline } from "../src/api";

const NAMES = ["Rose", "Galaxy", "alice", "bob", "EUR"];

const fig = (value: string | null, n: number) => ({ value, n });

function summary(over: Partial<Summary> = {}): Summary {
  return {
    diamonds_earned: "2000", diamonds_withdrawn: "0", diamonds_adjusted: "-5", balance_diamonds: "1995",
    balance_value: "1234.56", balance_value_vs_minimum: "1234.56", balance_value_rounded_down: true, currency: "EUR",
    money_per_diamond: "0.005", min_withdrawal: "2000.00", threshold_diamonds: "400000", to_go_diamonds: "1500",
    to_go_value: "7.50", progress: "0.6172", ready: false,
    blockers: ["a", "b", "c", "d", "e"],
    blocker_kinds: ["negative_balance", "below_minimum", "age_not_confirmed", "no_payout_method", "daily_maximum_used"],
    blocker_messages: [],
    eta: null, pace_lives: 1, eta_lives_needed: 2, pace_diamonds_per_day: "12.5", pace_days: 28,
    withdrawable_now_diamonds: "1995", withdrawable_now_value: "9.97", pending: { EUR: "3.00" }, sessions: 4,
    rate_effective_from: "2026-01-01", rounding: "half_even", as_of: "2026-03-01T12:00:00Z",
    ...over,
  };
}

const period = (start: string) => ({
  period: start, start, sessions: 1, hours_live: "1", gifts: 1, coins: 10, diamonds: "5", value: { EUR: "0.03" },
  withdrawn_diamonds: "0", withdrawn_gross: {}, fees: {}, net_paid: {}, adjusted_diamonds: "0", closing_balance: "5",
});

function dashboard(over: Partial<Summary> = {}, lives = 4): Dashboard {
  const cmp = (change: string | null) => ({
    start: "2026-02-23", end: "2026-03-01", previous_start: "2026-02-16", previous_end: "2026-02-22",
    diamonds: "120", previous_diamonds: "100", lives: 1, previous_lives: 2, change,
  });
  return {
    summary: summary(over),
    daily: [period("2026-02-27"), period("2026-02-28")],
    lives,
    worth: Array.from({ length: lives }, () => ({
      started_at: "2026-02-27T20:00:00Z", local_start: "2026-02-27T20:00:00", title: "", diamonds: "5",
      value_per_hour: "0.03", value_per_1000_viewers: null,
    })),
    top_gifts: [{ name: "Rose", gifts: 1, coins: 1, share: "0.1" }, { name: "Galaxy", gifts: 1, coins: 1000, share: "0.9" }],
    top_supporters: [],
    withdrawals: [],
    timezone: "UTC",
    compare: { week: cmp("0.2"), month: cmp(null) },
  };
}

function insights(): Insights {
  const split = (ok: boolean) => ({ cut: fig(ok ? "3.5" : null, ok ? 10 : 3), above: fig(ok ? "40" : null, 5), below: fig(ok ? "20" : null, 5) });
  return {
    lives: 12, min_sample: 5,
    week: [{ weekday: 0, hour: 20, per_hour: fig("55.5", 6) }, { weekday: 4, hour: 9, per_hour: fig(null, 1) }],
    lengths: [
      { from_minutes: 0, to_minutes: 30, per_hour: fig("10", 5), per_live: fig("5", 5) },
      { from_minutes: 30, to_minutes: 90, per_hour: fig(null, 2), per_live: fig(null, 2) },
      { from_minutes: 90, to_minutes: null, per_hour: fig("30", 5), per_live: fig("60", 5) },
    ],
    per_view: {
      diamonds_per_viewer: fig("0.25", 6), diamonds_per_1000_viewers: fig("250", 6),
      value_per_1000_viewers: { EUR: fig("1.25", 6) }, diamonds_per_hour: fig("40", 6),
      diamonds_per_1000_views_by_day: fig(null, 1),
    },
    plan: { diamonds_to_go: "1500", per_hour: fig("40", 12), hours_needed: "37.5", this_week: "120", average_week: fig("300", 1), by: "2026-04-01", hours_per_week: "1.5" },
    who: {
      gifters_per_live: fig("4", 12), returning_percent: fig("50", 11),
      top_share: [{ top: 1, percent: fig("30.5", 12) }, { top: 5, percent: fig("70", 12) }],
      lives: [{ session_id: 3, started_at: "2026-02-27T20:00:00Z", gifters: 2, new: 1, returning: 1 }],
      supporters: [{ name: "alice", diamonds: "900", lives: 3, first_gift: "2026-01-02T20:00:00Z", last_gift: null }, { name: "bob", diamonds: "1", lives: 1, first_gift: null, last_gift: null }],
    },
    engagement: {
      lives: 1, comments_per_minute: fig(null, 1), likes_per_minute: fig("12", 6),
      by_comments: split(true), by_likes: split(false), by_followers: split(true), days_by_likes: split(false),
    },
  };
}

const timeline: Timeline = {
  session_id: 3, counted: true,
  minutes: [{ minute: "2026-02-27T20:00:00Z", diamonds: "5", likes: 3, comments: 2, joins: 1, follows: 0, shares: 0, viewers: null }],
};

/** Words Intl writes by itself in English (the pseudo-locale formats as "en"). */
function intlWords(): Set<string> {
  const words = new Set<string>(["AM", "PM"]);
  const add = (d: Date, o: Intl.DateTimeFormatOptions) => {
    for (const w of new Intl.DateTimeFormat("en", { ...o, timeZone: "UTC" }).format(d).match(/\p{L}+/gu) ?? []) words.add(w);
  };
  for (let i = 0; i < 12; i++) {
    add(new Date(Date.UTC(2024, i, 1, 12)), { month: "short" });
    add(new Date(Date.UTC(2024, i, 1, 12)), { month: "long" });
  }
  for (let i = 0; i < 7; i++) {
    add(new Date(Date.UTC(2024, 0, 1 + i, 12)), { weekday: "short" });
    add(new Date(Date.UTC(2024, 0, 1 + i, 12)), { weekday: "long" });
  }
  return words;
}

/** Every text and spoken attribute under `root` with a word that is not pseudo-localised. */
function english(root: HTMLElement): string[] {
  const allowed = new Set([...intlWords(), ...NAMES]);
  const bad: string[] = [];
  const check = (text: string, where: string) => {
    const rest = text.replace(/\[[^\]]*\]/g, " ");
    const words = (rest.match(/\p{L}+/gu) ?? []).filter((w) => !allowed.has(w));
    if (words.length) bad.push(`${where}: ${JSON.stringify(text.trim())}`);
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.textContent?.trim()) check(n.textContent, `<${n.parentElement?.tagName.toLowerCase()}>`);
  }
  for (const e of root.querySelectorAll("*")) {
    for (const a of ["title", "aria-label", "placeholder"]) {
      const v = e.getAttribute(a);
      if (v) check(v, `${e.tagName.toLowerCase()}[${a}]`);
    }
  }
  return bad;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

async function draw(view: (root: HTMLElement) => Promise<void>): Promise<HTMLElement> {
  // The mocked ledger changes between tests without a version to say so.
  forgetDrawn();
  const root = document.createElement("main");
  document.body.replaceChildren(root);
  await view(root);
  await settle();
  return root;
}

const drawDashboard = () => draw((root) => dashboardView(root, enter()));
const drawInsights = () => draw((root) => insightsView(root, enter()));

function base(): void {
  Object.assign(replies, {
    is_empty: false,
    settings: { timezone: "UTC", age_confirmed: false, payout_method: "", session_gap_minutes: 30, setup_done: true, language: "" },
    dashboard: dashboard(),
    summary: summary(),
    statement: { rows: [] },
    insights: insights(),
    timeline,
  });
}

afterEach(async () => {
  await setLanguage("en");
});

describe("the dashboard and insights in the pseudo-locale", () => {
  it("say every word of the dashboard through the catalog, blockers and all", async () => {
    base();
    await setLanguage("en-XA");
    const root = await drawDashboard();
    expect(root.querySelector("#blockers a.blocker-link")).not.toBeNull();
    expect(english(root)).toEqual([]);
  });

  it("say every word of a ready dashboard with a forecast, under three lives", async () => {
    base();
    replies.dashboard = dashboard({ ready: true, blockers: [], blocker_kinds: [], eta: "2026-03-20", balance_value_rounded_down: false, pending: {} }, 2);
    await setLanguage("en-XA");
    const root = await drawDashboard();
    expect(root.querySelector("#withdrawable")).not.toBeNull();
    expect(english(root)).toEqual([]);
    // Reached, with nothing in the pace window.
    replies.dashboard = dashboard({ to_go_diamonds: "0", pace_lives: 0, eta_lives_needed: 3 }, 0);
    expect(english(await drawDashboard())).toEqual([]);
    replies.dashboard = dashboard({ to_go_diamonds: "10", pace_lives: 0, eta_lives_needed: 3 }, 0);
    expect(english(await drawDashboard())).toEqual([]);
  });

  it("say every word of the empty dashboard", async () => {
    base();
    replies.dashboard = null;
    await setLanguage("en-XA");
    const root = await drawDashboard();
    expect(root.querySelector("#load-demo")).not.toBeNull();
    expect(english(root)).toEqual([]);
  });

  it("say every word of insights: the heat table, lengths, per view, the room, plan, who gives, a live's minutes", async () => {
    base();
    await setLanguage("en-XA");
    const root = await drawInsights();
    expect(root.querySelector("#insights-week")).not.toBeNull();
    expect(root.querySelector("#timeline-live option")).not.toBeNull();
    expect(english(root)).toEqual([]);
  });

  it("say every word of insights' other states", async () => {
    base();
    await setLanguage("en-XA");
    const r = insights();
    r.engagement = { ...r.engagement, lives: 0, days_by_likes: { cut: fig(null, 0), above: fig(null, 0), below: fig(null, 0) } };
    r.plan = { ...r.plan, hours_needed: null, by: null, hours_per_week: null };
    r.who = { ...r.who, supporters: [], lives: [] };
    r.week = [];
    r.per_view.diamonds_per_1000_views_by_day = fig("7", 6);
    replies.insights = r;
    expect(english(await drawInsights())).toEqual([]);
    replies.insights = { ...insights(), plan: { ...insights().plan, diamonds_to_go: "0" } };
    expect(english(await drawInsights())).toEqual([]);
    replies.insights = { ...insights(), plan: { ...insights().plan, hours_per_week: null } };
    expect(english(await drawInsights())).toEqual([]);
    replies.timeline = { ...timeline, counted: false };
    expect(english(await drawInsights())).toEqual([]);
    replies.insights = { ...insights(), lives: 0 };
    expect(english(await drawInsights())).toEqual([]);
  });
});

describe("the dashboard in German", () => {
  it("writes money the German way and words the blockers in German around their link", async () => {
    base();
    await setLanguage("de");
    const root = await drawDashboard();
    expect(root.querySelector("#balance-value")?.textContent?.replace(/\s/g, " ")).toBe("1.234,56 €");
    expect(root.querySelector("h1")?.textContent).toBe("Übersicht");
    const payout = root.querySelector('#blockers li[data-kind="no_payout_method"]');
    expect(payout?.querySelector("a.blocker-link")?.textContent).toBe("Einstellungen → Auszahlung");
    expect(payout?.textContent).toMatch(/Auszahlungsmethode/);
  });
});

describe("the dashboard and insights in every language", () => {
  for (const { tag } of LANGUAGES) {
    it(`draw in ${tag} with every message whole (no id, no missing placeable)`, async () => {
      base();
      await setLanguage(tag);
      for (const root of [await drawDashboard(), await drawInsights()]) {
        const text = [root.textContent ?? "", ...[...root.querySelectorAll("[title], [aria-label]")].map((e) => `${e.getAttribute("title") ?? ""} ${e.getAttribute("aria-label") ?? ""}`)].join("\n");
        expect(text).not.toMatch(/\b(dashboard|insights)-[a-z0-9-]+\b|\{\s*\$|\$[a-z]/);
      }
    });
  }
});
