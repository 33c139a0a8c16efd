import { describe, expect, it } from "vitest";
import { enter, forgetDrawn, showKept, Visit } from "../src/router";
import { container } from "./shell";


/** Shows a view kept as `key` drawn from `token`, counting its draws. */
function viewOf(key: string, state: { token: string; draws: number; attached: HTMLElement[] }) {
  return (root: HTMLElement, visit: Visit) =>
    showKept(key, root, async () => state.token, async () => {
      state.draws++;
      const b = document.createElement("button");
      b.textContent = `drawn ${state.draws} from ${state.token}`;
      root.replaceChildren(b);
      return true;
    }, visit, (_v, shown) => { state.attached.push(shown); });
}

describe("a view shown again", () => {
  it("is the container drawn before while what it was drawn from is the same", async () => {
    forgetDrawn();
    const state = { token: "7-100 en 1280 820 light", draws: 0, attached: [] as HTMLElement[] };
    const show = viewOf("v", state);
    const first = container();
    await show(first, enter());
    let clicked = 0;
    first.querySelector("button")!.addEventListener("click", () => clicked++);
    const second = container();
    await show(second, enter());
    expect(state.draws).toBe(1);
    // The first container is back in the page, with its listeners.
    expect(second.isConnected).toBe(false);
    expect(first.isConnected).toBe(true);
    first.querySelector("button")!.click();
    expect(clicked).toBe(1);
    // What it follows while shown is started again, on what is shown.
    expect(state.attached).toEqual([first, first]);
  });

  it("is drawn afresh once the ledger, the minute or the page changed", async () => {
    forgetDrawn();
    const state = { token: "7-100 en 1280 820 light", draws: 0, attached: [] as HTMLElement[] };
    const show = viewOf("v", state);
    await show(container(), enter());
    for (const token of ["8-100 en 1280 820 light", "8-101 en 1280 820 light", "8-101 de 1280 820 light", "8-101 de 960 680 light", "8-101 de 960 680 dark"]) {
      state.token = token;
      const root = container();
      await show(root, enter());
      expect(root.isConnected).toBe(true);
      expect(root.textContent).toBe(`drawn ${state.draws} from ${token}`);
    }
    expect(state.draws).toBe(6);
  });

  it("is drawn afresh, and not kept, when its version cannot be read or it asks not to be", async () => {
    forgetDrawn();
    let draws = 0;
    const failing = (root: HTMLElement) => showKept("f", root, () => Promise.reject(new Error("no ledger")), async () => { draws++; return true; }, enter());
    await failing(container());
    await failing(container());
    expect(draws).toBe(2);
    const notKept = (root: HTMLElement) => showKept("n", root, async () => "1", async () => { draws++; return false; }, enter());
    await notKept(container());
    await notKept(container());
    expect(draws).toBe(4);
  });

  it("draws afresh into the container it is shown in (a view refreshing itself)", async () => {
    forgetDrawn();
    const state = { token: "1", draws: 0, attached: [] as HTMLElement[] };
    const show = viewOf("v", state);
    const root = container();
    await show(root, enter());
    await show(root, enter());
    expect(state.draws).toBe(2);
  });

  it("is not drawn or kept for a showing left meanwhile", async () => {
    forgetDrawn();
    const state = { token: "1", draws: 0, attached: [] as HTMLElement[] };
    const show = viewOf("v", state);
    const visit = enter();
    const shown = show(container(), visit);
    enter();
    await shown;
    expect(state.draws).toBe(0);
    await show(container(), enter());
    expect(state.draws).toBe(1);
  });
});
