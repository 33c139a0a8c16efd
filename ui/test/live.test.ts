import { describe, expect, it, vi } from "vitest";

// The app's commands, faked: what the live view asks for, and what it deletes.
const calls = vi.hoisted(() => [] as string[]);
vi.mock("@tauri-apps/api/event", () => ({ listen: async () => () => {} }));
vi.mock("@tauri-apps/api/core", () => ({
  invoke: async (cmd: string) => {
    calls.push(cmd);
    const session = { id: 1, title: "", started_at: "2026-01-02T20:00:00Z" };
    const gift = { id: 7, session_id: 1, gift_name: "Rose", count: 1, sender: null };
    const replies: Record<string, unknown> = {
      running_session: session,
      settings: { timezone: "UTC" },
      catalog: [{ name: "Rose", coins: 1 }],
      session_gifts: [gift, { ...gift, id: 8 }],
      session_metrics: { diamonds: "1", value: "0.005", currency: "USD", gift_count: 1 },
      summary: { progress: "0", balance_diamonds: "1", balance_value: "0.005", currency: "USD", min_withdrawal: "100" },
      capture_status: { running: false, state: null, detail: "", stored: 0, recent: [], pending: [], problem: null, source_kind: "ws", address: "" },
      delete_gift: { undo: 3 },
      restore_deleted: { label: "a session" },
    };
    return replies[cmd];
  },
}));

import { enter } from "../src/router";
import { liveView } from "../src/views/live";
import { toast } from "../src/widgets";

const ctrlZ = () => document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true, bubbles: true, cancelable: true }));
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("the live tally's Ctrl+Z", () => {
  it("undoes the last tap, unless the toast on screen took it for its own Undo", async () => {
    const root = document.createElement("div");
    document.body.appendChild(root);
    await liveView(root, enter());
    ctrlZ();
    await settle();
    expect(calls.filter((c) => c === "delete_gift")).toHaveLength(1);
    // Another view's toast still offers Undo: that Ctrl+Z is the toast's.
    let undone = 0;
    toast("Session deleted", "ok", { label: "Undo", run: () => void undone++ });
    ctrlZ();
    await settle();
    expect(undone).toBe(1);
    expect(calls.filter((c) => c === "delete_gift")).toHaveLength(1);
  });

  it("is no longer heard once the view is left", async () => {
    calls.length = 0;
    const root = document.createElement("div");
    document.body.appendChild(root);
    await liveView(root, enter());
    enter();
    ctrlZ();
    await settle();
    expect(calls.filter((c) => c === "delete_gift")).toHaveLength(0);
  });
});

describe("the live view's questions", () => {
  it("asks capture's state with the live and the settings: one round trip, not two", async () => {
    calls.length = 0;
    const root = document.createElement("div");
    document.body.appendChild(root);
    // The first three asked before any answer was awaited.
    const shown = liveView(root, enter());
    expect(calls.slice(0, 3).sort()).toEqual(["capture_status", "running_session", "settings"]);
    await shown;
    expect(calls.filter((c) => c === "capture_status")).toHaveLength(1);
  });
});
