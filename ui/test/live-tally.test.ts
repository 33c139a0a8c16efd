import { describe, expect, it, vi } from "vitest";

// The app's commands, faked: what the tally sends for each tap.
const sent = vi.hoisted(() => [] as { cmd: string; args: Record<string, unknown> }[]);
vi.mock("@tauri-apps/api/event", () => ({ listen: async () => () => {} }));
vi.mock("@tauri-apps/api/core", () => ({
  invoke: async (cmd: string, args: Record<string, unknown> = {}) => {
    sent.push({ cmd, args });
    const session = { id: 1, title: "", started_at: "2026-01-02T20:00:00Z" };
    const form = (args.form ?? {}) as Record<string, string>;
    const replies: Record<string, unknown> = {
      running_session: session,
      settings: { timezone: "UTC" },
      catalog: [{ name: "Rose", coins: 1 }, { name: "Finger Heart", coins: 5 }],
      session_gifts: [{ id: 1, session_id: 1, gift_name: "Rose", count: 1, sender: "amy" }, { id: 2, session_id: 1, gift_name: "Rose", count: 1, sender: "bo" }],
      session_metrics: { diamonds: "1", value: "0.005", currency: "USD", gift_count: 1 },
      summary: { progress: "0", balance_diamonds: "1", balance_value: "0.005", currency: "USD", min_withdrawal: "100" },
      capture_status: { running: false, state: null, detail: "", stored: 0, recent: [], pending: [], problem: null, source_kind: "ws", address: "" },
      add_gift: { id: 9, session_id: 1, gift_name: form.gift, count: Number(form.count), sender: form.sender || null },
    };
    return replies[cmd];
  },
}));

import { enter } from "../src/router";
import { liveView, recentSenders } from "../src/views/live";

const settle = () => new Promise((r) => setTimeout(r, 0));
const adds = () => sent.filter((s) => s.cmd === "add_gift").map((s) => s.args.form as Record<string, string>);

describe("the live tally", () => {
  it("counts ×5 for the next gift only, and gives the sender to that gift only", async () => {
    const root = document.createElement("div");
    document.body.appendChild(root);
    await liveView(root, enter());
    const click = (css: string) => (root.querySelector(css) as HTMLButtonElement).click();
    click("button[data-mult='5']");
    expect(root.querySelector("#live-armed")?.textContent).toContain("×5");
    (root.querySelector("#live-sender") as HTMLInputElement).value = "amy";
    click("button[data-gift='Finger Heart']");
    await settle();
    click("button[data-gift='Rose']");
    await settle();
    expect(adds()).toEqual([
      expect.objectContaining({ gift: "Finger Heart", count: "5", sender: "amy" }),
      expect.objectContaining({ gift: "Rose", count: "1", sender: "" }),
    ]);
    expect(root.querySelector("#live-armed")?.textContent).toBe("");
    expect((root.querySelector("#live-sender") as HTMLInputElement).value).toBe("");
    // A recent sender is one click away.
    click("#live-senders button[data-sender='bo']");
    click("button[data-gift='Rose']");
    await settle();
    expect(adds()[2]).toEqual(expect.objectContaining({ gift: "Rose", sender: "bo" }));
  });

  it("offers the last distinct senders, newest first", () => {
    const g = (sender: string | null) => ({ sender }) as never;
    expect(recentSenders([g("a"), g("b"), g(null), g("a"), g("c")], 2)).toEqual(["c", "a"]);
  });
});
