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

describe("a check a creator meets", () => {
  afterAll(async () => { await setLanguage("en"); });

  // What the app sends for `settings set timezone Mars/Olympus`: the English
  // sentence after the field, its message, and the field for the form.
  const timeZone = {
    kind: "invalid",
    message: "'Mars/Olympus' is not a time zone (e.g. Europe/Berlin, America/New_York, UTC)",
    said: { id: "core-invalid-time-zone", args: { text: { type: "text", value: "Mars/Olympus" } } },
    detail: { field: "timezone" },
  };
  // More diamonds than the balance: figures are decimals, the command line's
  // way left empty by the app.
  const overBalance = {
    kind: "invalid",
    message: "5000000 diamonds is more than the balance of 246912 diamonds. If your TikTok wallet shows more, enter that balance under Reconcile first",
    said: { id: "core-invalid-over-balance", args: {
      diamonds: { type: "decimal", value: "5000000" },
      balance: { type: "decimal", value: "246912" },
      cli: { type: "text", value: "" },
    } },
    detail: { field: "diamonds" },
  };

  it("is said in English as the core wrote it", async () => {
    await setLanguage("en");
    expect(errorText(timeZone)).toBe(timeZone.message);
  });

  it("is said in Spanish, figures the Spanish way", async () => {
    await setLanguage("es");
    expect(errorText(timeZone)).toBe(
      "'Mars/Olympus' no es una zona horaria (p. ej., Europe/Berlin, America/New_York, UTC)",
    );
    const over = errorText(overBalance);
    expect(over).toMatch(/^5\.000\.000 diamantes es más que el saldo de 246\.912 diamantes\./u);
    expect(over).toContain("Conciliar");
    expect(over).not.toContain("CLI");
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
