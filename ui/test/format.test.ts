import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatDecimal,
  formatDiamonds,
  formatHours,
  formatMoney,
  formatPercent,
  roundForDisplay,
  toLocalInput,
} from "../src/format";

describe("roundForDisplay", () => {
  it("rounds half away from zero as text", () => {
    expect(roundForDisplay("0.005", 2)).toBe("0.01");
    expect(roundForDisplay("0.025", 2)).toBe("0.03");
    expect(roundForDisplay("9.995", 2)).toBe("10.00");
    expect(roundForDisplay("-1.005", 2)).toBe("-1.01");
    expect(roundForDisplay("12", 2)).toBe("12.00");
    expect(roundForDisplay("-0.001", 2)).toBe("0.00");
  });
  it("keeps precision a float would lose", () => {
    expect(roundForDisplay("12345678901234567.125", 2)).toBe("12345678901234567.13");
  });
});

describe("formatDecimal", () => {
  it("groups digits for the locale", () => {
    expect(formatDecimal("1234567.5", { locale: "en-US" })).toBe("1,234,567.5");
    expect(formatDecimal("1234567.5", { locale: "de-DE" })).toBe("1.234.567,5");
    expect(formatDecimal("-1000", { locale: "en-US" })).toBe("−1,000");
    expect(formatDecimal("999", { locale: "en-US" })).toBe("999");
  });
  it("leaves text that is not a number alone", () => {
    expect(formatDecimal("n/a")).toBe("n/a");
  });
});

describe("formatDiamonds", () => {
  it("shows whole diamonds whole", () => {
    expect(formatDiamonds("30203", "en-US")).toBe("30,203");
    expect(formatDiamonds("12.5", "en-US")).toBe("12.50");
    expect(formatDiamonds("12.00", "en-US")).toBe("12");
  });
});

describe("formatCount", () => {
  it("groups whole counts and marks a missing one", () => {
    expect(formatCount(1111, "en-US")).toBe("1,111");
    expect(formatCount(1234567, "de-DE")).toBe("1.234.567");
    expect(formatCount(0, "en-US")).toBe("0");
    expect(formatCount(null)).toBe("—");
    expect(formatCount(undefined)).toBe("—");
  });
});

describe("formatMoney", () => {
  it("places the currency as the locale does", () => {
    expect(formatMoney("151.02", "USD", "en-US")).toBe("$151.02");
    expect(formatMoney("1234.5", "EUR", "de-DE")).toBe("1.234,50\u00a0€"); // a no-break space, as Intl writes it
    expect(formatMoney("-7.25", "USD", "en-US")).toBe("−$7.25");
  });
  it("falls back for an unknown currency code", () => {
    expect(formatMoney("3", "XYZ1", "en-US")).toBe("3.00 XYZ1");
  });
});

describe("formatPercent", () => {
  it("turns a ratio into a percentage", () => {
    expect(formatPercent("0.725", "en-US")).toBe("72.5 %");
    expect(formatPercent("15.1015", "en-US")).toBe("1,510.2 %");
    expect(formatPercent("1", "en-US")).toBe("100.0 %");
  });
});

describe("formatHours", () => {
  it("reads like a person would say it", () => {
    expect(formatHours("1.5")).toBe("1 h 30 min");
    expect(formatHours("0.75")).toBe("45 min");
    expect(formatHours("2")).toBe("2 h");
  });
});

describe("toLocalInput", () => {
  it("shows an instant in the creator's zone", () => {
    const t = new Date("2026-02-28T23:30:00Z");
    expect(toLocalInput(t, "Europe/Berlin")).toBe("2026-03-01T00:30");
    expect(toLocalInput(t, "UTC")).toBe("2026-02-28T23:30");
  });
});

describe("validLocale", () => {
  it("accepts real tags and refuses POSIX names", async () => {
    const { validLocale } = await import("../src/locale");
    expect(validLocale("de-DE")).toBe("de-DE");
    expect(validLocale("en_US.UTF-8")).toBe("en-US");
    expect(validLocale("C")).toBeUndefined();
    expect(validLocale(undefined)).toBeUndefined();
  });
});
