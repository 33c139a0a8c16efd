// Charts drawn with uPlot (canvas; thousands of points without stutter).
// Values are converted to numbers here only to be drawn; figures shown as
// text always come from the core's decimal strings.

import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

const charts = new Set<{ plot: uPlot; host: HTMLElement }>();

window.addEventListener("resize", () => {
  for (const c of charts) {
    if (!c.host.isConnected) {
      c.plot.destroy();
      charts.delete(c);
    } else {
      c.plot.setSize({ width: c.host.clientWidth, height: c.plot.height });
    }
  }
});

function make(host: HTMLElement, opts: Omit<uPlot.Options, "width">, data: uPlot.AlignedData): uPlot {
  for (const c of charts) {
    if (!c.host.isConnected) {
      c.plot.destroy();
      charts.delete(c);
    }
  }
  const axis = { stroke: cssVar("--muted"), grid: { stroke: cssVar("--grid"), width: 1 }, ticks: { stroke: cssVar("--grid") } };
  const plot = new uPlot(
    { width: Math.max(host.clientWidth, 320), ...opts, axes: (opts.axes ?? [{}, {}]).map((a) => ({ ...axis, ...a })) },
    data,
    host,
  );
  charts.add({ plot, host });
  host.dataset.drawn = String(data[0].length);
  return plot;
}

/** The day `YYYY-MM-DD` as seconds at noon UTC (stable across zones for plotting days). */
export function daySeconds(day: string): number {
  return Date.parse(day + "T12:00:00Z") / 1000;
}

export function barChart(host: HTMLElement, xs: number[], ys: number[], label: string, unit: string): uPlot {
  const bars = uPlot.paths.bars!({ size: [0.8, 40] });
  return make(
    host,
    {
      height: 220,
      legend: { show: true },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.05] } },
      series: [
        { label: "Date", value: (_u, v) => (v == null ? "" : new Date(v * 1000).toISOString().slice(0, 10)) },
        { label, stroke: cssVar("--accent"), fill: cssVar("--accent-soft"), paths: bars, points: { show: false }, value: (_u, v) => (v == null ? "" : `${Math.round(v).toLocaleString()} ${unit}`) },
      ],
      axes: [{}, { size: 60 }],
    },
    [xs, ys],
  );
}

export function balanceChart(host: HTMLElement, xs: number[], balance: number[], withdrawals: (number | null)[]): uPlot {
  return make(
    host,
    {
      height: 220,
      scales: { x: { time: true } },
      series: [
        { label: "Date", value: (_u, v) => (v == null ? "" : new Date(v * 1000).toISOString().slice(0, 10)) },
        { label: "Balance (diamonds)", stroke: cssVar("--accent"), width: 2, points: { show: false } },
        { label: "Withdrawn", stroke: cssVar("--warn"), fill: cssVar("--warn"), width: 0, points: { show: true, size: 9, fill: cssVar("--warn") }, paths: () => null },
      ],
      axes: [{}, { size: 60 }],
    },
    [xs, balance, withdrawals],
  );
}

export function perSessionChart(host: HTMLElement, xs: number[], perHour: (number | null)[], per1k: (number | null)[], currency: string): uPlot {
  return make(
    host,
    {
      height: 220,
      scales: { x: { time: true }, y: {}, y2: {} },
      series: [
        { label: "Session", value: (_u, v) => (v == null ? "" : new Date(v * 1000).toISOString().slice(0, 10)) },
        { label: `${currency} per hour live`, scale: "y", stroke: cssVar("--accent"), width: 0, points: { show: true, size: 6, fill: cssVar("--accent") }, paths: () => null },
        { label: `${currency} per 1,000 viewers`, scale: "y2", stroke: cssVar("--accent-2"), width: 0, points: { show: true, size: 6, fill: cssVar("--accent-2") }, paths: () => null },
      ],
      axes: [{}, { scale: "y", size: 60 }, { scale: "y2", side: 1, size: 60, grid: { show: false } }],
    },
    [xs, perHour, per1k],
  );
}

/** One live over time, in steps of `minutes`: diamonds as bars, comments
 * as a line on its own labelled axis (null where capture counted nothing). */
export function timelineChart(host: HTMLElement, xs: number[], diamonds: number[], comments: (number | null)[], minutes: number): uPlot {
  const per = minutes === 1 ? "a minute" : `per ${minutes} minutes`;
  const time = (v: number) => new Date(v * 1000).toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit" });
  return make(
    host,
    {
      height: 220,
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.05] }, y2: { range: (_u, _min, max) => [0, Math.max(max, 1) * 1.05] } },
      series: [
        { label: "Minute", value: (_u, v) => (v == null ? "" : time(v)) },
        { label: `Diamonds ${per}`, scale: "y", stroke: cssVar("--accent"), fill: cssVar("--accent-soft"), paths: uPlot.paths.bars!({ size: [0.8, 12] }), points: { show: false } },
        { label: `Comments ${per}`, scale: "y2", stroke: cssVar("--accent-2"), width: 2, points: { show: false }, spanGaps: false },
      ],
      axes: [{}, { scale: "y", size: 60, label: "Diamonds" }, { scale: "y2", side: 1, size: 60, grid: { show: false }, label: "Comments" }],
    },
    [xs, diamonds, comments],
  );
}
