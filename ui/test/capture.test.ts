import { beforeEach, describe, expect, it, vi } from "vitest";

// The Tauri event bus, faked: who listens to what, and a way to send.
type Handler = (ev: { payload: unknown }) => void;
const bus = vi.hoisted(() => ({
  handlers: new Map<number, Handler>(),
  next: 0,
  // Resolves `listen` only when the test says so.
  hold: null as null | Promise<void>,
}));
vi.mock("@tauri-apps/api/event", () => ({
  listen: async (_event: string, handler: Handler) => {
    const id = bus.next++;
    bus.handlers.set(id, handler);
    if (bus.hold) await bus.hold;
    return () => bus.handlers.delete(id);
  },
}));

import { onCapture } from "../src/components/capture";
import { enter } from "../src/router";

const send = (payload: unknown) => {
  for (const h of [...bus.handlers.values()]) h({ payload });
};

describe("the capture subscription", () => {
  beforeEach(() => {
    bus.handlers.clear();
    bus.hold = null;
  });

  it("ends when the router leaves the view, not later", async () => {
    const visit = enter();
    const seen: unknown[] = [];
    await onCapture(visit, (u) => seen.push(u));
    send({ kind: "problem", message: "one" });
    expect(seen).toHaveLength(1);
    enter();
    expect(bus.handlers.size).toBe(0);
    send({ kind: "problem", message: "two" });
    expect(seen).toHaveLength(1);
  });

  it("ends at once for a view left while it was subscribing", async () => {
    let release!: () => void;
    bus.hold = new Promise((r) => (release = r));
    const visit = enter();
    const seen: unknown[] = [];
    const subscribing = onCapture(visit, (u) => seen.push(u));
    enter();
    // Sent to a view already left: not shown.
    send({ kind: "problem", message: "late" });
    release();
    await subscribing;
    expect(seen).toEqual([]);
    expect(bus.handlers.size).toBe(0);
  });
});
