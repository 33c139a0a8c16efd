import { describe, expect, it } from "vitest";
import { table } from "../src/widgets";

describe("a long table", () => {
  const rows = [5, 3, 9, 1, 7].map((n) => ({ n }));
  const make = () => table<{ n: number }>([{ title: "N", cell: (r) => r.n, sort: (r) => r.n, numeric: true }], rows, { page: 2 });
  const shown = (t: HTMLElement) => [...t.querySelectorAll("tbody tr:not(.more-rows) td")].map((td) => td.textContent);

  it("draws a page of rows and offers the rest", () => {
    const t = make();
    expect(shown(t)).toEqual(["5", "3"]);
    const more = t.querySelector<HTMLButtonElement>("tr.more-rows button")!;
    expect(more.textContent).toBe("Show 2 more of 3");
    more.click();
    expect(shown(t)).toEqual(["5", "3", "9", "1"]);
    t.querySelector<HTMLButtonElement>("tr.more-rows button")!.click();
    expect(shown(t)).toEqual(["5", "3", "9", "1", "7"]);
    expect(t.querySelector("tr.more-rows")).toBeNull();
  });

  it("sorts over every row, not only the page drawn", () => {
    const t = make();
    t.querySelector<HTMLElement>("th")!.click();
    expect(shown(t)).toEqual(["9", "7"]);
  });
});
