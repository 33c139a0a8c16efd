import { afterEach, describe, expect, it, vi } from "vitest";

// The Import view drawn in the pseudo-locale through every state it has
// (a refused file with bad rows, the column pickers of an unknown header,
// the preview with every explanation, the result, undo, the history, a
// TikTok LIVE Center day file): every word it shows or says must come from
// the catalog, so every text is pseudo-localised ([…]) except data (file,
// column and sender names, figures, dates) and the core's own sentences,
// which the core translates itself.

const CORE = {
  refused: "2 rows could not be read (core sentence)",
  refusedLine: "line 3: abc is not a number (core line)",
  problem: "expected a number, found abc (core problem)",
  unknown: "no header LiveLedger knows (core sentence)",
  many: "40 rows could not be read (core sentence)",
  warning: "line 9: a streak never ended (core warning)",
  note: "coins read from Price (core note)",
  encoding: "UTF-8",
  dates: "YYYY-MM-DD",
};

type Reply = unknown | (() => unknown);
const queue = vi.hoisted(() => ({ importFile: [] as unknown[], history: [] as unknown[] }));

vi.mock("@tauri-apps/api/event", () => ({ listen: async () => () => {} }));
vi.mock("@tauri-apps/api/core", () => ({
  invoke: async (cmd: string) => {
    const replies: Record<string, Reply> = {
      settings: { timezone: "UTC", session_gap_minutes: 30, language: "" },
      import_mappings: [["Meine Liste", "date=Zeit,gift=Item"]],
      imports: () => queue.history,
      choose_open_path: "/tmp/gifts.csv",
      undo_import: { gifts: 12, sessions: 2, undo: 3 },
      undo_from_copy: { restored: [] },
      import_file: () => {
        const next = queue.importFile.shift();
        if (next && typeof next === "object" && "kind" in next) throw next;
        return next;
      },
    };
    const r = replies[cmd];
    return typeof r === "function" ? (r as () => unknown)() : r;
  },
}));

import { formatLocale, setLanguage } from "../src/i18n";
import { enter } from "../src/router";
import { importView, queueImport } from "../src/views/import";
import { formatDateTime, formatDay, formatTime } from "../src/format";

const settle = () => new Promise((r) => setTimeout(r, 0));

const history = [{
  id: 4, file_name: "gifts.csv", sha256: "ab", format: "gift-events", imported_at: "2026-11-25T20:00:00Z",
  rows_added: 1234, rows_skipped: 0, sessions_added: 2, streaks_updated: 0, warnings: [CORE.warning],
}];

function report(over: Record<string, unknown> = {}) {
  return {
    file: "gifts.csv", format: "gift-events", sha256: "ab", encoding: CORE.encoding, delimiter: "semicolon", header_line: 2,
    number_format: "plain", date_format: CORE.dates, rows_read: 1240, rows_added: 1234, rows_skipped: 1, totals_skipped: 1,
    summary_skipped: 2, redelivered: 3, blank_skipped: 4, events_skipped: { like: 5 }, sessions_added: 12, sessions_matched: 1,
    streak_steps: 6, unfinished_streaks: 1, days: null, sections_ignored: ["Direct Messages"], streaks_updated: 2, rows_left_out: 2,
    lives: [
      { started_at: "2026-11-25T20:00:00Z", ended_at: "2026-11-25T21:40:00Z", diamonds: "1180" },
      { started_at: "2026-11-26T23:00:00Z", ended_at: "2026-11-27T01:00:00Z", diamonds: "12.5" },
    ],
    coins_added: 2360, diamonds_added: "1192.5", value_added: { EUR: "1234.56" },
    fields: [
      { field: "date", column: 1, header: "Zeit", samples: ["2026-11-25 20:00"], dates: ["2026-11-25T20:00:00Z"] },
      { field: "gift", column: 2, header: "Item", samples: ["Rose", "Galaxy"], dates: [] },
    ],
    columns: ["Zeit", "Item", "Preis", "Anzahl", "Nutzer"], mappable: ["date", "gift", "coins", "count", "sender", "nickname"],
    warnings: [CORE.warning], notes: [CORE.note], dry_run: true, import_id: null, ...over,
  };
}

const badRows = {
  kind: "import", message: `${CORE.refused}\n${CORE.refusedLine}`,
  detail: { problems: [{ line: 3, column: [2, "Item"], message: CORE.problem }, { line: 5, column: null, message: CORE.problem }], count: 2 },
};
const unknownHeader = { kind: "import", message: CORE.unknown, detail: { names: ["Zeit", "Item", "Preis"], guessed: [["date", "Zeit"], ["coins", "Preis"]] } };
const tooMany = { kind: "import", message: CORE.many, detail: { problems: [{ line: 3, column: null, message: CORE.problem }], count: 40 } };
const days = report({
  format: "tiktok-days", fields: [], columns: [], lives: [], sessions_added: 0, rows_added: 0, rows_left_out: 0, warnings: [], notes: [],
  sections_ignored: [], events_skipped: {}, unfinished_streaks: 0, streaks_updated: 0,
  days: {
    days: 7, first_day: "2026-11-20", last_day: "2026-11-26", figures: ["diamonds", "live_seconds", "likes"], diamonds: "2500",
    figures_added: 14, figures_unchanged: 5, figures_replaced: 1, replaced: [{ day: "2026-11-21", figure: "likes", was: "10", now: "12" }],
  },
});

/** Data a view may show as it is: names, file and column names, dates in
 * the locale, and the core's own sentences. */
function data(): string[] {
  const dates = [
    ...["2026-11-25T20:00:00Z", "2026-11-26T23:00:00Z", "2026-11-27T01:00:00Z"].map((d) => formatDateTime(d, undefined, "UTC")),
    formatTime("2026-11-25T21:40:00Z", undefined, "UTC"),
    ...["2026-11-20", "2026-11-26", "2026-11-21"].map((d) => formatDay(d)),
    // Lists are joined the locale's way ("3 and 5"), as dates are written.
    new Intl.ListFormat(formatLocale(), { type: "conjunction" }).format(["3", "5"]),
  ];
  return [
    ...Object.values(CORE), ...dates, "/tmp/gifts.csv", "gifts.csv", "gift-events", "tiktok-days", "Meine Liste", "Zeit", "Item", "Preis", "Anzahl", "Nutzer",
    "Rose", "Galaxy", "like", "Direct Messages", "EUR", "€", "Ctrl+Z",
  ].sort((a, b) => b.length - a.length);
}

/** Every text a creator can see or hear in `root` that is not pseudo-localised. */
function english(...roots: (Element | null)[]): string[] {
  const allowed = data();
  const texts: string[] = [];
  for (const root of roots) {
    if (!root) continue;
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) texts.push(n.nodeValue ?? "");
    for (const e of [root, ...root.querySelectorAll("*")]) {
      for (const a of ["title", "aria-label", "placeholder"]) {
        const v = e.getAttribute(a);
        if (v !== null) texts.push(v);
      }
    }
  }
  return texts.filter((text) => {
    let rest = text.replace(/\[[^[\]]*~\]/g, " ");
    for (const d of allowed) rest = rest.split(d).join(" ");
    return /\p{L}/u.test(rest);
  });
}

async function draw(file: string | null): Promise<HTMLElement> {
  document.body.replaceChildren();
  const root = document.createElement("div");
  document.body.appendChild(root);
  if (file) queueImport(file);
  await importView(root, enter());
  await settle();
  return root;
}

const click = async (root: ParentNode, sel: string) => {
  const b = root.querySelector<HTMLElement>(sel);
  expect(b, sel).not.toBeNull();
  b!.click();
  await settle();
  await settle();
};
const toastText = () => document.getElementById("toast");

afterEach(async () => {
  await setLanguage("en");
});

describe("the Import view in the pseudo-locale", () => {
  it("shows no word that is not the catalog's, in any state", async () => {
    await setLanguage("en-XA");
    const found: string[] = [];

    // Nothing imported yet, no file chosen.
    queue.history = [];
    let root = await draw(null);
    found.push(...english(root));
    await click(root, "#import-preview");
    found.push(...english(toastText()));

    // A file with two bad rows; they are skipped, then the preview.
    queue.history = history;
    queue.importFile = [badRows, report(), report({ dry_run: false, import_id: 9 })];
    root = await draw("/tmp/gifts.csv");
    expect(root.querySelector("#import-skip-rows")).not.toBeNull();
    found.push(...english(root));
    await click(root, "#import-skip-rows");
    expect(root.querySelector("#import-left-out")).not.toBeNull();
    expect(root.querySelector("#import-gap-row")).not.toBeNull();
    // Another field asked for, with its column picker.
    const add = root.querySelector<HTMLSelectElement>("#import-add-field")!;
    add.value = "nickname";
    add.dispatchEvent(new Event("change"));
    found.push(...english(root));
    // A gap out of range.
    root.querySelector<HTMLInputElement>("#import-gap")!.value = "0";
    await click(root, "#import-gap-apply");
    found.push(...english(toastText()));
    // The import, then its undo and the undo's undo.
    await click(root, "#import-run");
    expect(root.querySelector("#import-notice.ok")).not.toBeNull();
    found.push(...english(root, toastText()));
    await click(root, "#imports-table [data-undo]");
    expect(document.querySelector("#toast-undo")).not.toBeNull();
    found.push(...english(toastText()));
    await click(document, "#toast-undo");
    found.push(...english(toastText()));

    // An unknown header: a column for each field.
    queue.importFile = [unknownHeader];
    root = await draw("/tmp/gifts.csv");
    expect(root.querySelector("#import-pick-columns")).not.toBeNull();
    found.push(...english(root));

    // Too many bad rows to skip one by one.
    queue.importFile = [tooMany];
    root = await draw("/tmp/gifts.csv");
    found.push(...english(root));

    // TikTok LIVE Center's days.
    queue.importFile = [days];
    root = await draw("/tmp/gifts.csv");
    expect(root.querySelector("#import-days")).not.toBeNull();
    found.push(...english(root));

    expect([...new Set(found)]).toEqual([]);
  });
});

describe("the Import view in German", () => {
  it("writes money, counts and words the German way", async () => {
    await setLanguage("de");
    queue.history = history;
    queue.importFile = [report()];
    const root = await draw("/tmp/gifts.csv");
    expect(root.querySelector("#import-value")?.textContent).toMatch(/^1\.234,56\s€$/);
    expect(root.querySelector("#import-coins")?.textContent).toBe("2.360");
    expect(root.querySelector("#import-rows-explained")?.textContent).toContain("1.234");
    expect(root.querySelector("#import-run")?.textContent).toBe("Importieren");
  });

  it("says how the file wrote its dates in German", async () => {
    await setLanguage("de");
    queue.history = history;
    const said = { id: "core-import-dates-and", args: {
      first: { type: "message", value: { id: "core-import-dates-pattern", args: { pattern: { type: "text", value: "DD.MM.YYYY" } } } },
      then: { type: "message", value: { id: "core-import-dates-epoch-ms", args: {} } },
    } };
    queue.importFile = [report({ date_format: "DD.MM.YYYY and epoch milliseconds", date_format_said: said })];
    const root = await draw("/tmp/gifts.csv");
    expect(root.textContent).toContain("DD.MM.YYYY und Epoch-Millisekunden");
    expect(root.textContent).not.toContain("epoch milliseconds");
  });
});

describe("the Import view's counted sentences in English", () => {
  it("say one row and several rows, and name the lines left out", async () => {
    await setLanguage("en");
    queue.history = [];
    queue.importFile = [{ ...badRows, detail: { problems: [badRows.detail.problems[0]], count: 1 } }];
    let root = await draw("/tmp/gifts.csv");
    expect(root.querySelector("#import-skip-rows")?.textContent).toBe("Skip this row, import the rest");
    queue.importFile = [badRows, report()];
    root = await draw("/tmp/gifts.csv");
    expect(root.querySelector("#import-skip-rows")?.textContent).toBe("Skip these 2 rows, import the rest");
    await click(root, "#import-skip-rows");
    expect(root.querySelector("#import-left-out")?.textContent).toContain("2 rows with problems left out (lines 3 and 5).");
    expect(root.querySelector("#import-rows-explained")?.textContent).toContain("1,234 rows to add");
  });
});

describe("the Import view in Arabic", () => {
  it("counts with Arabic's forms (two rows are a dual) and runs right to left", async () => {
    await setLanguage("ar");
    queue.history = [];
    queue.importFile = [badRows, report()];
    const root = await draw("/tmp/gifts.csv");
    expect(document.documentElement.dir).toBe("rtl");
    expect(root.querySelector("#import-skip-rows")?.textContent).toBe("تخطي هذين الصفين واستيراد الباقي");
    await click(root, "#import-skip-rows");
    // 1,234 rows to add: "many"/"other" forms take the figure, in Western digits.
    expect(root.querySelector("#import-rows-explained li")?.textContent).toContain("1,234");
    expect(root.querySelector("#import-left-out")?.textContent).toContain("صفان");
    // The minutes field inside its sentence: the words around it, each a
    // label, carry no half of an isolating pair.
    const around = [...root.querySelectorAll("#import-gap-row label")].map((l) => l.textContent);
    expect(around).toEqual(["يبدأ بث مباشر جديد بعد توقف بلا هدايا مدته", "دقيقة"]);
  });
});

describe("the core's words in the Import view", () => {
  const note = {
    id: "core-import-price-coins",
    args: {
      coins_column: { type: "text", value: "3" }, coins_header: { type: "text", value: "Preis" },
      diamonds_column: { type: "text", value: "4" }, diamonds_header: { type: "text", value: "Diamanten" },
    },
  };
  const warning = { id: "core-import-windows-1252", args: {} };
  const openQuote = { id: "core-import-problem-open-quote", args: {} };
  const refused = {
    kind: "import", message: "gifts.csv: 2 rows have problems; nothing was imported",
    said: { id: "core-import-page-rows", args: { file: { type: "text", value: "gifts.csv" }, count: { type: "count", value: 2 }, n: { type: "text", value: "2" } } },
    detail: { problems: [{ line: 3, column: [2, "Item"], message: "a field runs over several lines", said: openQuote }, { line: 5, column: null, message: CORE.problem, said: null }], count: 2 },
  };

  it("says a report's notes and warnings in German", async () => {
    await setLanguage("de");
    queue.history = [];
    queue.importFile = [report({ notes: ["each gift's price is read from column 3 (Preis)…"], note_messages: [note], warnings: ["the file is not UTF-8…"], warning_messages: [warning] })];
    const root = await draw("/tmp/gifts.csv");
    expect(root.querySelector("#import-notes li")?.textContent).toBe(
      "der Preis jedes Geschenks wird aus Spalte 3 (Preis) gelesen, seinen Münzen; Spalte 4 (Diamanten) wird nur gelesen, wo eine Zeile keine Münzen angibt");
    expect(root.querySelector("#import-warnings li")?.textContent).toContain("die Datei ist nicht UTF-8");
  });

  it("says a refused file and its problems in German, English where the core has no words", async () => {
    await setLanguage("de");
    queue.history = [];
    queue.importFile = [refused];
    const root = await draw("/tmp/gifts.csv");
    const alert = root.querySelector("[role=alert]")?.textContent ?? "";
    expect(alert).toContain("gifts.csv: 2 Zeilen haben Probleme; nichts wurde importiert");
    const cells = [...root.querySelectorAll("#import-problems tbody tr")].map((tr) => tr.lastElementChild?.textContent);
    expect(cells).toEqual(["ein Feld läuft über mehrere Zeilen: ein Anführungszeichen (\") ist wohl nicht geschlossen", CORE.problem]);
  });

  it("keeps the English text for a core message the page does not know", async () => {
    await setLanguage("de");
    queue.history = [];
    queue.importFile = [report({ notes: ["an English note"], note_messages: [{ id: "core-import-from-a-newer-core", args: {} }] })];
    const root = await draw("/tmp/gifts.csv");
    expect(root.querySelector("#import-notes li")?.textContent).toBe("an English note");
  });
});
