import { describe, expect, it, vi } from "vitest";

// uPlot draws on a canvas jsdom does not have: a stand-in that only says
// whether a plot was destroyed.
const { destroyed } = vi.hoisted(() => ({ destroyed: [] as HTMLElement[] }));
vi.mock("uplot", () => {
  class Plot {
    over = document.createElement("div");
    height = 100;
    private target: HTMLElement;
    static paths = { bars: () => () => null };
    constructor(_opts: unknown, _data: unknown, target: HTMLElement) {
      this.target = target;
      target.appendChild(this.over);
    }
    destroy() {
      destroyed.push(this.target);
      this.over.remove();
    }
    setSize() {}
    valToPos() { return 0; }
    setCursor() {}
  }
  return { default: Plot };
});
vi.mock("uplot/dist/uPlot.min.css", () => ({}));

import { timelineChart } from "../src/charts";
import { enter, forgetDrawn, showKept, Visit } from "../src/router";
import { container } from "./shell";


describe("a kept view's charts", () => {
  it("survive another view drawing its own chart; a dropped view's do not", async () => {
    destroyed.length = 0;
    let host: HTMLElement | null = null;
    const charted = (root: HTMLElement, visit: Visit) =>
      showKept("charted", root, async () => "1", async () => {
        host = document.createElement("div");
        root.replaceChildren(host);
        timelineChart(host, [1, 2], [3, 4], [null, null], 5);
        return true;
      }, visit);
    await charted(container(), enter());
    // Another view is shown and draws a chart: the first is kept, off screen.
    const other = document.createElement("div");
    container().replaceChildren(other);
    timelineChart(other, [1], [1], [null], 5);
    expect(destroyed.some((t) => host!.contains(t))).toBe(false);
    // Shown again: the same chart, still there.
    await charted(container(), enter());
    expect(host!.isConnected).toBe(true);
    expect(host!.querySelector(".chart-plot")!.childElementCount).toBeGreaterThan(0);
    // Once no longer kept, its plot is let go at the next chart drawn.
    forgetDrawn();
    container();
    timelineChart(document.createElement("div"), [1], [1], [null], 5);
    expect(destroyed.some((t) => host!.contains(t))).toBe(true);
  });
});
