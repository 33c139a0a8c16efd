import { afterEach, describe, expect, it, vi } from "vitest";

// The figures on a chart's axes are written in the chosen language, as every
// other figure on screen, not in the system's (uPlot's own default).
const made = vi.hoisted(() => [] as { axes: { values?: (u: unknown, splits: number[]) => string[] }[] }[]);
vi.mock("uplot", () => {
  class Plot {
    over = document.createElement("div");
    cursor = {};
    constructor(opts: (typeof made)[number]) {
      made.push(opts);
    }
    static paths = { bars: () => () => null };
  }
  return { default: Plot };
});
vi.mock("uplot/dist/uPlot.min.css", () => ({}));

import { barChart } from "../src/charts";
import { setLanguage } from "../src/i18n";

afterEach(async () => {
  await setLanguage("en");
});

describe("a chart's figure axis", () => {
  it("writes its ticks the chosen language's way", async () => {
    await setLanguage("de");
    const host = document.createElement("div");
    document.body.appendChild(host);
    barChart(host, [{ start: "2026-11-01", diamonds: "30000", value: { EUR: "150" } }], "day", "EUR");
    const y = made[made.length - 1].axes[1];
    expect(y.values!(null, [0, 10000, 30000])).toEqual(["0", "10.000", "30.000"]);
  });
});
