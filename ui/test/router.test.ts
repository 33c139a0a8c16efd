import { describe, expect, it, vi } from "vitest";
import { enter, go, setRedraw, Visit } from "../src/router";

describe("router", () => {
  it("runs a view's cleanups once, when the next view is entered", () => {
    const first = enter();
    let removed = 0;
    first.onLeave(() => removed++);
    first.onLeave(() => removed++);
    expect(removed).toBe(0);
    const second = enter();
    expect(first.left).toBe(true);
    expect(second.left).toBe(false);
    expect(removed).toBe(2);
    enter();
    expect(removed).toBe(2);
  });

  it("stops at once what a view starts after it was left", () => {
    // A view awaiting something while the creator moved on.
    const slow = enter();
    enter();
    let stopped = false;
    slow.onLeave(() => (stopped = true));
    expect(stopped).toBe(true);
  });

  it("keeps running cleanups after one fails", () => {
    const v = new Visit();
    let ran = false;
    v.onLeave(() => {
      throw new Error("boom");
    });
    v.onLeave(() => (ran = true));
    v.leave();
    expect(ran).toBe(true);
  });

  it("clears a view's timers and removes its window listeners when it is left", () => {
    vi.useFakeTimers();
    try {
      const v = enter();
      let fired = 0;
      let keys = 0;
      v.later(() => fired++, 100);
      v.listen("keydown", () => keys++);
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "1" }));
      enter();
      vi.advanceTimersByTime(1000);
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "1" }));
      expect(fired).toBe(0);
      expect(keys).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("redraws the view already shown instead of changing the hash", () => {
    let redrawn = 0;
    setRedraw(() => redrawn++);
    location.hash = "#/sessions";
    go("sessions");
    expect(redrawn).toBe(1);
    go("live");
    expect(location.hash).toBe("#/live");
    expect(redrawn).toBe(1);
  });
});
