import { listen } from "@tauri-apps/api/event";
import { api, DaysRead, errorText, FieldSource, ImportProgress, ImportRecord, ImportReport, isCmdError, RowProblem, rowProblems } from "../api";
import { el, mount } from "../dom";
import { formatAmounts, formatDateTime, formatDay, formatDecimal, formatDiamonds } from "../format";
import type { Visit } from "../router";
import { attempt, card, isDeclined, table, toast } from "../widgets";

const FORMATS: [string, string][] = [
  ["auto", "Detect from the content"],
  ["gift-events", "Gift-event log, CSV (TikTok LIVE tools)"],
  ["json-events", "Gift events, JSON or JSON Lines (webcast tools, TikFinity)"],
  ["tiktok-data", "TikTok's \"Download your data\" (JSON or .zip)"],
  ["gift-table", "Table of gifts"],
  ["session-summary", "Session summaries (LIVE analytics)"],
  ["tiktok-days", "TikTok LIVE Center days (Revenue, Activity, Viewers, Engagement)"],
  ["liveledger", "LiveLedger export"],
];

// A file LiveLedger was opened with (file association), previewed on the
// next render of this view.
let queued: string | null = null;

/** Queues `file` for the import view, which previews it when it next renders. */
export function queueImport(file: string): void {
  queued = file;
}

export async function importView(root: HTMLElement, visit: Visit): Promise<void> {
  // The file is chosen in the app's own open dialog (the app reads only what
  // the creator chose there, or opened it with); this field only shows it.
  const path = el("input", { id: "import-path", readonly: true, placeholder: "No file chosen yet", "aria-label": "Chosen file" });
  const format = el("select", { id: "import-format", "aria-label": "Format" }, FORMATS.map(([v, t]) => el("option", { value: v }, t)));
  const map = el("input", { id: "import-map", placeholder: "date=When,gift=Item,coins=Price,count=Qty,sender=User", "aria-label": "Column mapping" });
  const result = el("div", { id: "import-result" });
  const bar = el("div", { class: "progress-fill" });
  const progress = el("div", { class: "progress hidden", id: "import-progress" }, bar);
  const history = el("div", { id: "import-history" });
  const importButton = el("button", { class: "primary", id: "import-run", disabled: true }, "Import");
  const saveAs = el("input", { id: "import-save-as", placeholder: "e.g. My tool's log", "aria-label": "Save this mapping as" });
  const saved = await api.importMappings();
  const savedSelect = el("select", { id: "import-saved", "aria-label": "Saved mappings" },
    el("option", { value: "" }, saved.length ? "Use a saved mapping…" : "No saved mappings yet"),
    saved.map(([name, m]) => el("option", { value: m }, name)));
  savedSelect.addEventListener("change", () => {
    if (!savedSelect.value) return;
    map.value = savedSelect.value;
    if (path.value.trim()) void run(true);
  });

  const unlisten = await listen<ImportProgress>("import-progress", (ev) => {
    const { done, total } = ev.payload;
    if (total > 0) bar.style.width = `${Math.min(100, (done / total) * 100).toFixed(0)}%`;
  });
  visit.onLeave(unlisten);

  const run = async (dryRun: boolean) => {
    if (!path.value.trim()) return toast("Choose a file first", "error");
    importButton.disabled = true;
    progress.classList.remove("hidden");
    bar.style.width = "0%";
    try {
      const report = await api.importFile(path.value.trim(), format.value, dryRun, map.value, dryRun ? "" : saveAs.value.trim());
      showReport(result, report, (newMap) => {
        map.value = newMap;
        void run(true);
      });
      importButton.disabled = !dryRun || report.rows_added + report.sessions_added === 0;
      if (!dryRun) {
        toast(`Imported ${report.rows_added} rows`);
        await drawHistory();
      }
    } catch (e) {
      showProblems(result, e);
    } finally {
      progress.classList.add("hidden");
    }
  };
  importButton.addEventListener("click", () => void run(false));

  const choose = el("button", { id: "import-choose", onclick: async () => {
    const picked = await api.chooseOpenPath("import");
    if (typeof picked === "string") {
      path.value = picked;
      void run(true);
    }
  } }, "Choose file…");

  const drawHistory = async () => {
    const list = await api.imports();
    mount(history, list.length === 0
      ? el("p", { class: "muted" }, "No imports yet.")
      : table<ImportRecord>([
          { title: "When", cell: (r) => formatDateTime(r.imported_at), sort: (r) => r.imported_at },
          { title: "File", cell: (r) => r.file_name, sort: (r) => r.file_name },
          { title: "Format", cell: (r) => r.format },
          { title: "Rows added", cell: (r) => r.rows_added, numeric: true },
          { title: "Sessions", cell: (r) => r.sessions_added, numeric: true },
          { title: "Notes", cell: (r) => (r.warnings.length ? el("span", { class: "warn", title: r.warnings.join("\n") }, `${r.warnings.length} warning${r.warnings.length === 1 ? "" : "s"}`) : "") },
          { title: "", cell: (r) => el("button", { class: "link", "data-undo": r.id, "aria-label": `Undo the import of ${r.file_name}`, onclick: async () => {
            // The app asks in its own native dialog before anything goes.
            try {
              const undone = await api.undoImport(r.id);
              await drawHistory();
              mount(result);
              toast(`Import undone: ${undone.gifts} gift rows and ${undone.sessions} sessions removed.`, "ok", {
                label: "Undo",
                run: async () => {
                  if (await attempt(() => api.undoFromCopy(undone.undo), "The import is back")) await drawHistory();
                },
              });
            } catch (e) {
              toast(errorText(e), isDeclined(e) ? "ok" : "error");
            }
          } }, "Undo") },
        ], list, { id: "imports-table" }));
  };

  mount(root,
    el("h1", null, "Import"),
    card("Import a file",
      el("p", { class: "muted" }, "Gift logs from live tools (CSV, JSON, JSON Lines), TikTok's own data download (.zip or .json), gift tables, LIVE analytics summaries, or a LiveLedger export. Nothing is written until you press Import, and an import can be undone as a whole."),
      el("div", { class: "toolbar" }, choose, path, el("button", { id: "import-preview", onclick: () => void run(true) }, "Preview")),
      el("details", null, el("summary", null, "Format and columns"),
        el("div", { class: "form" },
          el("label", { for: "import-format" }, "Format"), format,
          el("label", { for: "import-map" }, "Column mapping (field=Column, …): adds to what is detected"), map,
          el("label", { for: "import-saved" }, "Saved mappings"), savedSelect,
          el("label", { for: "import-save-as" }, "Save this mapping as (on Import)"), saveAs)),
      progress, result, el("div", { class: "actions" }, importButton)),
    card("Import history", history));
  path.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") void run(true);
  });
  await drawHistory();
  const file = queued;
  queued = null;
  if (file) {
    path.value = file;
    await run(true);
  }
}

/** The preview (or the result): how the file was read, each field with its
 * column and first values (each column changeable), what it would add. */
function showReport(host: HTMLElement, r: ImportReport, remap: (map: string) => void): void {
  // A spreadsheet names its kind and sheet where a text file names its encoding.
  const sheet = r.delimiter === "sheet";
  const read = [
    r.format,
    r.encoding && (sheet ? r.encoding : `encoding ${r.encoding}`),
    !sheet && r.delimiter && `delimiter ${r.delimiter}`,
    r.number_format && `numbers ${r.number_format}`,
    r.date_format && `dates ${r.date_format}`,
    r.header_line > 1 ? `header on ${sheet ? "row" : "line"} ${r.header_line}` : "",
  ].filter(Boolean).join(" · ");
  // Every field and its column as a mapping: it adds to detection, so
  // sending them all back keeps the others where they are.
  const current = new Map(r.fields.map((f) => [f.field, r.columns[f.column - 1] ?? f.header]));
  const asMap = () => [...current].map(([f, c]) => `${f}=${c}`).join(",");
  const columnSelect = (field: string, chosen: string | undefined) => {
    const select = el("select", { "aria-label": `Column for ${field}`, "data-field": field },
      chosen === undefined ? el("option", { value: "" }, "—") : null,
      r.columns.map((c, i) => el("option", { value: c }, `${i + 1}: ${c}`)));
    if (chosen !== undefined) select.value = chosen;
    select.addEventListener("change", () => {
      if (!select.value) return;
      // A column holds one field: the one it held before is let go.
      for (const [f, c] of [...current]) if (c === select.value && f !== field) current.delete(f);
      current.set(field, select.value);
      remap(asMap());
    });
    return select;
  };
  const unmapped = r.mappable.filter((f) => !current.has(f));
  const addField = el("select", { id: "import-add-field", "aria-label": "Another field" },
    el("option", { value: "" }, "Read another field…"), unmapped.map((f) => el("option", { value: f }, f)));
  const addRow = el("span", { class: "toolbar" }, addField);
  addField.addEventListener("change", () => {
    if (addField.value) mount(addRow, addField, columnSelect(addField.value, undefined));
  });
  const events = r.events_skipped ? Object.values(r.events_skipped).reduce((a, n) => a + n, 0) : 0;
  const skipped = [
    r.totals_skipped ? `${r.totals_skipped} total row${r.totals_skipped === 1 ? "" : "s"}` : "",
    r.blank_skipped ? `${r.blank_skipped} blank line${r.blank_skipped === 1 ? "" : "s"}` : "",
    r.summary_skipped ? `${r.summary_skipped} summary row${r.summary_skipped === 1 ? "" : "s"} below the table` : "",
    r.redelivered ? `${r.redelivered} message${r.redelivered === 1 ? "" : "s"} the file gave twice (counted once)` : "",
    events ? `${events} event${events === 1 ? "" : "s"} that are not gifts (${Object.entries(r.events_skipped ?? {}).map(([k, n]) => `${n} ${k}`).join(", ")})` : "",
  ].filter(Boolean);
  const value = formatAmounts(r.value_added);
  mount(host,
    el("div", { class: `notice ${r.dry_run ? "" : "ok"}` },
      el("strong", null, r.dry_run ? "Preview — nothing written yet. " : "Imported. "),
      `${r.file}: ${r.rows_read} rows read; ${r.rows_added} to add, ${r.rows_skipped} already in the ledger.`,
      el("div", { class: "muted small", id: "import-read-as" }, `Read as ${read}.`),
      el("dl", { class: "facts", id: "import-amounts" },
        el("dt", null, r.dry_run ? "Would add" : "Added"),
        el("dd", null, `${r.sessions_added} new session${r.sessions_added === 1 ? "" : "s"} (${r.sessions_matched} extended) · ${formatDecimal(String(r.rows_added))} rows`),
        el("dt", null, "Coins"), el("dd", { id: "import-coins" }, formatDecimal(String(r.coins_added))),
        el("dt", null, "Diamonds"), el("dd", { id: "import-diamonds" }, formatDiamonds(r.diamonds_added)),
        el("dt", null, "Value"), el("dd", { id: "import-value" }, value || "—")),
      r.fields.length
        ? el("div", null,
            table<FieldSource>([
              { title: "Field", cell: (f) => f.field },
              { title: "Column", cell: (f) => (r.columns.length ? columnSelect(f.field, current.get(f.field)) : `${f.column}: ${f.header}`) },
              { title: "First values", cell: (f) => f.samples.join(" · ") },
            ], r.fields, { id: "import-fields" }),
            r.columns.length && unmapped.length ? addRow : null)
        : null,
      r.streak_steps ? el("div", null, `${r.streak_steps} streak steps fold into their streak's final count.`) : null,
      r.unfinished_streaks ? el("div", { class: "warn" }, `${r.unfinished_streaks} streak(s) never ended in the file; each counts at its highest count until a longer copy of the log is imported.`) : null,
      r.streaks_updated ? el("div", null, `${r.streaks_updated} streak(s) an earlier import cut short are brought up to this file's count.`) : null,
      skipped.length ? el("div", { class: "muted" }, `Skipped: ${skipped.join(", ")}.`) : null,
      r.notes.length ? el("ul", { class: "muted small", id: "import-notes" }, r.notes.map((n) => el("li", null, n))) : null,
      r.warnings.length ? el("ul", { class: "warn small", id: "import-warnings" }, r.warnings.map((w) => el("li", null, w))) : null,
      r.sections_ignored?.length ? el("div", { class: "muted" }, `Sections not read: ${r.sections_ignored.join("; ")}.`) : null,
      r.days ? daysRead(r.days) : null,
      r.dry_run && r.rows_added + r.sessions_added === 0 ? el("div", null, "Nothing new to import.") : null));
}

/** What a TikTok LIVE Center day file holds: its days, figures and
 * diamonds, which are TikTok's word and never added to the balance, and
 * every figure it replaces. */
function daysRead(d: DaysRead): HTMLElement {
  const span = d.first_day && d.last_day
    ? d.first_day === d.last_day ? formatDay(d.first_day) : `${formatDay(d.first_day)} to ${formatDay(d.last_day)}`
    : "";
  return el("div", { id: "import-days" },
    el("p", null, `TikTok LIVE Center's figures for ${d.days} day${d.days === 1 ? "" : "s"}${span ? ` (${span})` : ""}: ${d.figures.map((f) => f.replace(/_/g, " ")).join(", ")}.`),
    d.diamonds !== null
      ? el("p", { id: "import-days-diamonds" }, `TikTok reports ${formatDiamonds(d.diamonds)} diamonds over these days. They are kept beside your ledger and never added to your balance; compare them under TikTok days.`)
      : null,
    el("p", { class: "muted small" }, `${d.figures_added} figure${d.figures_added === 1 ? "" : "s"} new, ${d.figures_unchanged} already in the ledger.`),
    d.figures_replaced
      ? el("div", { class: "warn" }, `${d.figures_replaced} figure${d.figures_replaced === 1 ? " replaces" : "s replace"} what the ledger had:`,
          el("ul", { id: "import-days-replaced" }, d.replaced.map((x) => el("li", null, `${formatDay(x.day)}, ${x.figure.replace(/_/g, " ")}: ${formatDecimal(x.was)} → ${formatDecimal(x.now)}`))))
      : null);
}

function showProblems(host: HTMLElement, e: unknown): void {
  const problems = rowProblems(e);
  // An unknown header's message lists its columns, one a line.
  const [first, ...lines] = (isCmdError(e) ? e.message : String(e)).split("\n");
  mount(host,
    el("div", { class: "notice error", role: "alert" },
      el("strong", null, "Not imported. "), first,
      lines.length ? el("ul", { class: "small", id: "import-error-lines" }, lines.map((l) => el("li", null, l.trim()))) : null,
      problems.length
        ? table<RowProblem>([
            { title: "Line", cell: (p) => p.line, numeric: true },
            { title: "Column", cell: (p) => (p.column ? `${p.column[0]} (${p.column[1]})` : "—") },
            { title: "Problem", cell: (p) => p.message },
          ], problems, { id: "import-problems" })
        : null));
}
