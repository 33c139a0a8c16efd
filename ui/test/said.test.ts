// The core's messages said in the chosen language: a command's error and a
// confirmation's problems, with figures written in the locale.

import { afterAll, describe, expect, it } from "vitest";
import { confirmIds, confirmProblems, errorText } from "../src/api";
import { setLanguage } from "../src/i18n";

const notFound = {
  kind: "not_found",
  message: "session 9 does not exist",
  said: { id: "core-error-not-found", args: { what: { type: "text", value: "session" }, id: { type: "text", value: "9" } } },
  detail: null,
};

const below = {
  kind: "needs_confirmation",
  message: "… (CLI: --force)",
  said: null,
  detail: {
    problems: ["1234.5 USD is below the minimum withdrawal of 10.00 USD in force on 2026-03-01"],
    messages: [{ id: "core-confirm-below-minimum", args: {
      gross: { type: "money", value: "1234.50", currency: "EUR" },
      minimum: { type: "money", value: "10.00", currency: "EUR" },
      day: { type: "day", value: "2026-03-01" },
    } }],
  },
};

describe("the core's messages", () => {
  afterAll(async () => { await setLanguage("en"); });

  it("are said in English as the core wrote them", async () => {
    await setLanguage("en");
    expect(errorText(notFound)).toBe("session 9 does not exist");
  });

  it("are said in German, figures the German way", async () => {
    await setLanguage("de");
    expect(errorText(notFound)).toMatch(/^(?!session 9 does not exist).*9/);
    const [problem] = confirmProblems(below);
    expect(problem).toMatch(/1\.234,50\s€/u);
    expect(problem).toContain("Mindestauszahlung");
    expect(confirmIds(below)).toEqual(["core-confirm-below-minimum"]);
  });

  it("fall back to the English sentence for an id the page does not know", async () => {
    await setLanguage("de");
    const newer = { ...notFound, said: { id: "core-error-from-a-newer-core", args: {} } };
    expect(errorText(newer)).toBe("session 9 does not exist");
  });
});

describe("signed figures in right-to-left text", () => {
  afterAll(async () => { await setLanguage("en"); });

  it("keep their minus in front of the digits", async () => {
    const { formatDecimal, formatMoney, formatChange } = await import("../src/format");
    await setLanguage("ar");
    expect(formatDecimal("-120")).toBe("\u2066−120\u2069");
    expect(formatMoney("-5.5", "USD")).toMatch(/^\u2066−.*5\.50.*\u2069$/u);
    expect(formatChange("-0.3")).toBe("\u2066−30.0 %\u2069");
    expect(formatDecimal("120")).toBe("120");
    await setLanguage("en");
    expect(formatDecimal("-120")).toBe("−120");
    expect(formatMoney("-0.001", "USD")).toBe("$0.00");
  });
});
