import { describe, expect, it, vi } from "vitest";

// Readings of a file can overlap: the creator picks another column while the
// last preview is still being read. The panel must end on the newest
// reading, whatever order the answers come back in, because Import writes
// what the newest reading asked for.

type Pending = { map: string; dryRun: boolean; resolve: (v: unknown) => void };
const calls = vi.hoisted(() => ({ pending: [] as Pending[] }));

vi.mock("@tauri-apps/api/event", () => ({ listen: async () => () => {} }));
vi.mock("@tauri-apps/api/core", () => ({
  invoke: (cmd: string, args: Record<string, unknown>) => {
    const replies: Record<string, unknown> = {
      settings: { timezone: "UTC", session_gap_minutes: 30, language: "" },
      import_mappings: [],
      imports: [],
    };
    if (cmd === "import_file") {
      return new Promise((resolve) => {
        calls.pending.push({ map: String(args.map ?? ""), dryRun: Boolean(args.dryRun), resolve });
      });
    }
    return Promise.resolve(replies[cmd]);
  },
}));

import { enter } from "../src/router";
import { importView, queueImport } from "../src/views/import";

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

/** A preview of a file whose gift column is `gift`. */
function report(gift: string, dryRun = true) {
  return {
    file: "gifts.csv", format: "gift-events", sha256: "ab", encoding: "UTF-8", delimiter: "comma", header_line: 1,
    number_format: "plain", date_format: "YYYY-MM-DD", rows_read: 3, rows_added: dryRun ? 3 : 3, rows_skipped: 0, totals_skipped: 0,
    summary_skipped: 0, redelivered: 0, blank_skipped: 0, events_skipped: {}, sessions_added: 1, sessions_matched: 0,
    streak_steps: 0, unfinished_streaks: 0, days: null, sections_ignored: [], streaks_updated: 0, rows_left_out: 0, lives: [],
    coins_added: 3, diamonds_added: "3", value_added: { USD: "0.01" },
    fields: [
      { field: "date", column: 1, header: "ts", samples: ["2026-11-25 20:00"], dates: ["2026-11-25T20:00:00Z"] },
      { field: "gift", column: gift === "label" ? 2 : 3, header: gift, samples: [gift === "label" ? "Rose" : "mia"], dates: [] },
    ],
    columns: ["ts", "label", "viewer"], mappable: ["date", "gift", "sender"],
    warnings: [], notes: [], dry_run: dryRun, import_id: dryRun ? null : 1,
  };
}

describe("overlapping readings of a file", () => {
  it("end on the newest one, even when an older answer comes back last", async () => {
    document.body.replaceChildren();
    const root = document.createElement("div");
    document.body.appendChild(root);
    queueImport("/tmp/gifts.csv");
    const drawn = importView(root, enter());
    await settle();
    // The first reading (as the file was chosen) answers.
    calls.pending.shift()!.resolve(report("label"));
    await drawn;
    await settle();
    expect(root.querySelector("#import-fields")!.textContent).toContain("Rose");

    // The gift is pointed at "viewer", then at once back at "label": two
    // readings in flight, the older one answering last.
    const gift = () => root.querySelector<HTMLSelectElement>("#import-fields select[data-field='gift']")!;
    gift().value = "viewer";
    gift().dispatchEvent(new Event("change"));
    await settle();
    gift().value = "label";
    gift().dispatchEvent(new Event("change"));
    await settle();
    expect(calls.pending.map((p) => p.map)).toEqual(["date=ts,gift=viewer", "date=ts,gift=label"]);
    const [older, newer] = calls.pending.splice(0);
    newer.resolve(report("label"));
    await settle();
    older.resolve(report("viewer"));
    await settle();

    // The panel shows the newest reading, and Import writes what it shows.
    const fields = root.querySelector("#import-fields")!.textContent!;
    expect(fields).toContain("Rose");
    expect(fields).not.toContain("mia");
    const run = root.querySelector<HTMLButtonElement>("#import-run")!;
    expect(run.disabled).toBe(false);
    expect(root.querySelector("#import-progress")!.classList.contains("hidden")).toBe(true);
    run.click();
    await settle();
    expect(calls.pending.map((p) => [p.map, p.dryRun])).toEqual([["date=ts,gift=label", false]]);
    calls.pending.shift()!.resolve(report("label", false));
    await settle();
    expect(root.querySelector("#import-notice.ok")).not.toBeNull();
  });
});
