import { describe, expect, it } from "vitest";
import { el, mount } from "../src/dom";

describe("el", () => {
  it("renders hostile text as text, never markup", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const node = el("td", null, hostile);
    expect(node.textContent).toBe(hostile);
    expect(node.querySelector("img")).toBeNull();
    const root = el("div");
    mount(root, el("span", { title: hostile }, hostile, "<b>bold?</b>"));
    expect(root.querySelector("img, b")).toBeNull();
    expect(root.textContent).toBe(hostile + "<b>bold?</b>");
  });
  it("refuses inline styles, which the CSP forbids", () => {
    expect(() => el("div", { style: "color: red" })).toThrow(/CSP/);
  });
  it("wires events and skips empty children", () => {
    let clicked = 0;
    const b = el("button", { onclick: () => clicked++ }, null, false, "Go");
    b.click();
    expect(clicked).toBe(1);
    expect(b.textContent).toBe("Go");
  });
});
