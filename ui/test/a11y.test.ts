import { describe, expect, it } from "vitest";
import { el } from "../src/dom";
import { announce, table, trapFocus } from "../src/widgets";

describe("accessibility helpers", () => {
  it("names a column of buttons for screen readers", () => {
    const t = table<{ n: string }>([
      { title: "Name", cell: (r) => r.n },
      { title: "", cell: () => el("button", null, "Delete") },
      { title: "", hiddenTitle: "Note", cell: () => "" },
    ], [{ n: "Rose" }]);
    const heads = [...t.querySelectorAll("th")].map((th) => th.textContent);
    expect(heads).toEqual(["Name", "Actions", "Note"]);
    expect(t.querySelectorAll("th .sr-only").length).toBe(2);
  });

  it("changes its live region even when the same words come twice", async () => {
    announce("Logged 1 × Rose.");
    await new Promise((r) => setTimeout(r, 80));
    const region = document.getElementById("announce")!;
    expect(region.getAttribute("aria-live")).toBe("polite");
    expect(region.textContent?.trim()).toBe("Logged 1 × Rose.");
    const first = region.textContent;
    announce("Logged 1 × Rose.");
    expect(region.textContent).not.toBe(first);
    expect(region.textContent?.trim()).toBe("Logged 1 × Rose.");
  });

  it("keeps Tab and Shift+Tab inside a dialog", () => {
    const a = el("button", null, "Cancel");
    const b = el("button", null, "Delete");
    const box = el("div", null, el("p", null, "Sure?"), a, b);
    document.body.appendChild(box);
    // jsdom lays nothing out: every element counts as shown.
    for (const x of [a, b]) x.getClientRects = () => [{}] as unknown as DOMRectList;
    trapFocus(box);
    b.focus();
    box.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(a);
    box.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", shiftKey: true, bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(b);
    box.remove();
  });
});
