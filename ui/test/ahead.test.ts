import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { drawAhead, offstage, stopAhead } from "../src/ahead";
import { enter, forgetDrawn, showKept, Visit } from "../src/router";
import { container as shown } from "./shell";

/** The shell's two places: the view shown, and where views are drawn ahead. */
function container(): HTMLElement {
  if (!offstage.isConnected) document.body.appendChild(offstage);
  return shown();
}

interface State { token: string; draws: number; attached: number; wait?: Promise<void> }

/** A kept view drawn from `state.token`, counting its draws and what it starts when shown. */
function viewOf(key: string, state: State) {
  return (root: HTMLElement, visit: Visit) =>
    showKept(key, root, async () => state.token, async () => {
      state.draws++;
      if (state.wait) await state.wait;
      root.replaceChildren(Object.assign(document.createElement("p"), { textContent: `${key} drawn ${state.draws}` }));
      return true;
    }, visit, () => { state.attached++; });
}

beforeEach(() => {
  vi.useFakeTimers();
  forgetDrawn();
  stopAhead();
});
afterEach(() => {
  stopAhead();
  vi.useRealTimers();
});

describe("drawing the kept views ahead", () => {
  it("draws each view not shown once the window is quiet, and its first visit shows that drawing", async () => {
    const a: State = { token: "1", draws: 0, attached: 0 };
    const b: State = { token: "1", draws: 0, attached: 0 };
    const showA = viewOf("a", a);
    const showB = viewOf("b", b);
    await showA(container(), enter());
    drawAhead([["a", showA], ["b", showB]], "a");
    expect(document.documentElement.dataset.ahead).toBe("drawing");
    await vi.advanceTimersByTimeAsync(500);
    expect(b.draws).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(document.documentElement.dataset.ahead).toBe("done");
    // The view shown is not drawn again; the other is drawn once, unseen,
    // and nothing it runs while shown was started.
    expect([a.draws, b.draws, b.attached]).toEqual([1, 1, 0]);
    expect(offstage.childElementCount).toBe(0);
    // Its first visit puts that drawing back, and starts what it follows.
    const root = container();
    await showB(root, enter());
    expect(b.draws).toBe(1);
    expect(b.attached).toBe(1);
    expect(document.getElementById("view-test")!.textContent).toBe("b drawn 1");
  });

  it("leaves a kept drawing that is still current as it is", async () => {
    const b: State = { token: "1", draws: 0, attached: 0 };
    const showB = viewOf("b", b);
    await showB(container(), enter());
    container();
    drawAhead([["b", showB]], "a");
    await vi.advanceTimersByTimeAsync(1500);
    expect(b.draws).toBe(1);
    // The ledger moved: drawn again, ahead.
    b.token = "2";
    drawAhead([["b", showB]], "a");
    await vi.advanceTimersByTimeAsync(1500);
    expect(b.draws).toBe(2);
  });

  it("waits while the creator types or clicks", async () => {
    const b: State = { token: "1", draws: 0, attached: 0 };
    drawAhead([["b", viewOf("b", b)]], "a");
    await vi.advanceTimersByTimeAsync(800);
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "x" }));
    await vi.advanceTimersByTimeAsync(800);
    window.dispatchEvent(new Event("pointerdown"));
    await vi.advanceTimersByTimeAsync(800);
    expect(b.draws).toBe(0);
    await vi.advanceTimersByTimeAsync(400);
    expect(b.draws).toBe(1);
  });

  it("keeps nothing of a drawing stopped halfway (the creator moved)", async () => {
    let finish = () => {};
    const b: State = { token: "1", draws: 0, attached: 0, wait: new Promise<void>((done) => { finish = done; }) };
    const showB = viewOf("b", b);
    drawAhead([["b", showB]], "a");
    await vi.advanceTimersByTimeAsync(1100);
    expect(b.draws).toBe(1);
    expect(offstage.childElementCount).toBe(1);
    stopAhead();
    expect(offstage.childElementCount).toBe(0);
    finish();
    await vi.advanceTimersByTimeAsync(10);
    b.wait = undefined;
    await showB(container(), enter());
    expect(b.draws).toBe(2);
  });
});

describe("a pass stopped", () => {
  it("is not started again by the window being seen again (the live tally stops them)", async () => {
    const b: State = { token: "1", draws: 0, attached: 0 };
    drawAhead([["b", viewOf("b", b)]], "a");
    stopAhead();
    document.dispatchEvent(new Event("visibilitychange"));
    await vi.advanceTimersByTimeAsync(3000);
    expect(b.draws).toBe(0);
  });
});
