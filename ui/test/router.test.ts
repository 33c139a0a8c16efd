import { describe, expect, it } from "vitest";
import { go, leave, onLeave, setRedraw } from "../src/router";

describe("router", () => {
  it("runs a view's cleanups once when it is left", () => {
    let removed = 0;
    onLeave(() => removed++);
    onLeave(() => removed++);
    leave();
    expect(removed).toBe(2);
    leave();
    expect(removed).toBe(2);
  });

  it("keeps running cleanups after one fails", () => {
    let ran = false;
    onLeave(() => {
      throw new Error("boom");
    });
    onLeave(() => {
      ran = true;
    });
    leave();
    expect(ran).toBe(true);
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
