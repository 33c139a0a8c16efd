import { describe, expect, it } from "vitest";
import { diamondsWord, formatChange, plural, sameDecimal } from "../src/format";
import { padPeriods } from "../src/pad";

describe("plural", () => {
  it("says one and many properly", () => {
    expect(plural(1, "problem", undefined, "en")).toBe("1 problem");
    expect(plural(4, "problem", undefined, "en")).toBe("4 problems");
    expect(plural(0, "live", "lives", "en")).toBe("0 lives");
    expect(plural(2, "more live", "more lives", "en")).toBe("2 more lives");
  });
});

describe("diamondsWord", () => {
  it("is singular for exactly one", () => {
    expect(diamondsWord("1", "en")).toBe("1 diamond");
    expect(diamondsWord("1965", "en")).toBe("1,965 diamonds");
  });
});

describe("formatChange", () => {
  it("signs the change", () => {
    expect(formatChange("0.125", "en")).toBe("+12.5 %");
    expect(formatChange("-0.3", "en")).toBe("−30.0 %");
    expect(formatChange(null)).toBe("");
  });
});

describe("sameDecimal", () => {
  it("compares typed and stored decimals as numbers written differently", () => {
    expect(sameDecimal("10", "10.00")).toBe(true);
    expect(sameDecimal(" 010.5", "10.50")).toBe(true);
    expect(sameDecimal("10", "10.01")).toBe(false);
    expect(sameDecimal("0", "0.00")).toBe(true);
  });
});

describe("padPeriods", () => {
  it("gives one live's day a fortnight around it", () => {
    const pad = padPeriods(["2026-12-06"], "day");
    expect(pad.length).toBe(13);
    expect(pad[0]).toBe("2026-11-29");
    expect(pad[pad.length - 1]).toBe("2026-12-12");
  });
  it("pads weeks and months by their own steps", () => {
    expect(padPeriods(["2026-11-30"], "week", 3)).toEqual(["2026-11-23", "2026-12-07"]);
    expect(padPeriods(["2026-11-01"], "month", 3)).toEqual(["2026-10-01", "2026-12-01"]);
  });
  it("leaves a long range alone", () => {
    const days = Array.from({ length: 20 }, (_, i) => `2026-01-${String(i + 1).padStart(2, "0")}`);
    expect(padPeriods(days, "day")).toEqual([]);
    expect(padPeriods(["2026-01-01", "2026-03-01"], "day")).toEqual([]);
  });
});
