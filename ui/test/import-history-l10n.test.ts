import { describe, expect, it, vi } from "vitest";

// The import history's warnings in the creator's language: a warning the
// import kept as the core's message is said in the chosen language; one
// recorded before the ledger kept messages stays in the English it was
// written in.

const ENGLISH = "the file is not UTF-8; it was read as Windows-1252 (Latin-1): check that names with accents look right";
const OLD = "line 9: the streak of Rose never ended in the file (an older import)";

vi.mock("@tauri-apps/api/event", () => ({ listen: async () => () => {} }));
vi.mock("@tauri-apps/api/core", () => ({
  invoke: async (cmd: string) => {
    const replies: Record<string, unknown> = {
      settings: { timezone: "UTC", session_gap_minutes: 30, language: "" },
      import_mappings: [],
      imports: [
        {
          id: 5, file_name: "latin.csv", sha256: "ab", format: "gift-table", imported_at: "2026-11-26T20:00:00Z",
          rows_added: 3, rows_skipped: 0, sessions_added: 1, streaks_updated: 0,
          warnings: [ENGLISH], warning_messages: [{ id: "core-import-windows-1252", args: {} }],
        },
        {
          id: 4, file_name: "old.csv", sha256: "cd", format: "gift-events", imported_at: "2026-11-25T20:00:00Z",
          rows_added: 1, rows_skipped: 0, sessions_added: 1, streaks_updated: 0, warnings: [OLD], warning_messages: [],
        },
      ],
    };
    return replies[cmd];
  },
}));

import { setLanguage } from "../src/i18n";
import { enter } from "../src/router";
import { importView } from "../src/views/import";

const settle = () => new Promise((r) => setTimeout(r, 0));

async function titles(lang: string): Promise<string[]> {
  await setLanguage(lang);
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  await importView(root, enter());
  for (let i = 0; i < 5; i++) await settle();
  return [...root.querySelectorAll("span.warn[title]")].map((e) => e.getAttribute("title") ?? "");
}

describe("the import history's warnings", () => {
  it("are said in German where the import kept their message, and in English where it did not", async () => {
    expect(await titles("de")).toEqual([
      "die Datei ist nicht UTF-8; sie wurde als Windows-1252 (Latin-1) gelesen: prüfe, ob Namen mit Akzenten richtig aussehen",
      OLD,
    ]);
    expect(await titles("en")).toEqual([ENGLISH, OLD]);
  });
});
