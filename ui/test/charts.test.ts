import { describe, expect, it, vi } from "vitest";

// uPlot draws on a canvas jsdom does not have; these tests read only the
// calendar arithmetic and the words.
vi.mock("uplot", () => ({ default: class {} }));
vi.mock("uplot/dist/uPlot.min.css", () => ({}));

import { calendarTicks, daySeconds, tickLabel } from "../src/charts";
import { formatPeriod } from "../src/format";

const day = (s: string) => daySeconds(s);
const iso = (t: number) => new Date(t * 1000).toISOString().slice(0, 10);

describe("calendarTicks", () => {
  it("ticks every day of a short range, never an hour", () => {
    const t = calendarTicks(day("2026-11-01") - 43200, day("2026-11-03") + 43200, 10, 43200);
    expect(t.level).toBe("day");
    expect(t.at.map(iso)).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
  });

  it("one lonely day still gets its tick", () => {
    const t = calendarTicks(day("2026-12-06") - 43200, day("2026-12-06") + 43200, 5, 43200);
    expect(t.at.map(iso)).toEqual(["2026-12-06"]);
  });

  it("goes to Mondays, then month starts, as the range grows", () => {
    const weeks = calendarTicks(day("2026-11-01"), day("2026-11-30"), 6, 43200);
    expect(weeks.level).toBe("week");
    expect(weeks.at.map(iso)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"]);
    const months = calendarTicks(day("2026-05-01"), day("2026-11-24"), 8, 43200);
    expect(months.level).toBe("month");
    expect(months.at.map(iso)).toEqual(["2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"]);
  });

  it("a month chart starts at months, ten years at years", () => {
    const m = calendarTicks(day("2026-01-01"), day("2026-03-01"), 10, 43200, "month");
    expect(m.level).toBe("month");
    expect(m.at.map(iso)).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
    const y = calendarTicks(day("2016-12-06"), day("2026-12-06"), 12, 43200);
    expect(y.level).toBe("year");
    expect(y.at.map(iso)).toEqual(["2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"].map((x) => `${x}-01-01`));
  });
});

describe("labels", () => {
  it("reads as people write dates, in the locale", () => {
    expect(tickLabel(day("2026-11-23"), "day", false)).toBe("Nov 23");
    expect(tickLabel(day("2026-11-01"), "month", false)).toBe("Nov");
    expect(tickLabel(day("2026-11-01"), "month", true)).toBe("Nov 2026");
    expect(tickLabel(day("2027-01-01"), "month", false)).toBe("Jan 2027");
    expect(tickLabel(day("2027-01-01"), "year", false)).toBe("2027");
  });

  it("names statement periods without ISO codes", () => {
    const now = new Date("2026-12-06T12:00:00Z");
    expect(formatPeriod("2026-11", "month", "en-US", now)).toBe("2026-11"); // not a day: left as it came
    expect(formatPeriod("2026-11-01", "month", "en-US", now)).toBe("Nov 2026");
    expect(formatPeriod("2026-11-23", "week", "en-US", now).replace(/\s/g, " ")).toMatch(/^Nov 23 – 29$/);
    expect(formatPeriod("2026-11-30", "week", "en-US", now).replace(/\s/g, " ")).toMatch(/^Nov 30 – Dec 6$/);
    expect(formatPeriod("2025-12-29", "week", "en-US", now)).toMatch(/2025.*2026|Dec 29.*Jan 4, 2026/);
    expect(formatPeriod("2026-11-23", "day", "en-US", now)).toBe("Nov 23, 2026");
    expect(formatPeriod("2026-01-01", "year", "en-US", now)).toBe("2026");
    expect(formatPeriod("2026-11-01", "month", "de-DE", now)).toBe("Nov. 2026");
  });
});
