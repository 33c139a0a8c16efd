import { describe, expect, it, vi } from "vitest";

// Counts the catalogs read (parsed), by wrapping Fluent's resource.
const { read } = vi.hoisted(() => ({ read: [] as string[] }));
vi.mock("@fluent/bundle", async (original) => {
  const fluent = await original<typeof import("@fluent/bundle")>();
  class Counted extends fluent.FluentResource {
    constructor(text: string) {
      super(text);
      read.push(text);
    }
  }
  return { ...fluent, FluentResource: Counted };
});

import { has, t } from "../src/i18n";

// Every English catalog the page bundles (cli.ftl is the command line's).
const english = import.meta.glob(["../../assets/locales/en/*.ftl", "!../../assets/locales/en/cli.ftl"], { query: "?raw", import: "default", eager: true }) as Record<string, string>;

describe("the catalogs at launch", () => {
  it("reads only the first screen's, then the others as their messages are asked for", () => {
    const all = Object.keys(english).length;
    // The shell, widgets, dashboard, charts, core and first-day catalogs.
    expect(read.length).toBe(6);
    expect(t("nav-dashboard")).toBe("Dashboard");
    expect(read.length).toBe(6);
    // A view's message: read when first asked, and said in full.
    expect(t("insights-empty-title")).not.toBe("insights-empty-title");
    expect(read.length).toBeGreaterThan(6);
    expect(read.length).toBeLessThan(all);
    // An id no catalog holds: every catalog read once, and the id answered.
    expect(has("no-such-message")).toBe(false);
    expect(read.length).toBe(all);
    expect(t("no-such-message")).toBe("no-such-message");
    expect(read.length).toBe(all);
  });
});
