import { listen } from "@tauri-apps/api/event";
import { open } from "@tauri-apps/plugin-dialog";
import { api, ImportRecord, ImportReport, isCmdError, RowProblem } from "../api";
import { el, mount } from "../dom";
import { formatDateTime } from "../format";
import { attempt, card, table, toast } from "../widgets";

const FORMATS: [string, string][] = [
  ["auto", "Detect from the header"],
  ["gift-events", "Gift-event log (TikTok LIVE tools)"],
  ["gift-table", "Table of gifts"],
  ["session-summary", "Session summaries (LIVE analytics)"],
  ["liveledger", "LiveLedger export"],
];

// A file LiveLedger was opened with (file association), previewed on the
// next render of this view.
let queued: string | null = null;

/** Queues `file` for the import view, which previews it when it next renders. */
export function queueImport(file: string): void {
  queued = file;
}

export async function importView(root: HTMLElement): Promise<void> {
  const path = el("input", { id: "import-path", placeholder: "/home/me/Downloads/gifts.csv", "aria-label": "File path" });
  const format = el("select", { id: "import-format", "aria-label": "Format" }, FORMATS.map(([v, t]) => el("option", { value: v }, t)));
  const map = el("input", { id: "import-map", placeholder: "date=When,gift=Item,coins=Price,count=Qty,sender=User", "aria-label": "Column mapping" });
  const result = el("div", { id: "import-result" });
  const bar = el("div", { class: "progress-fill" });
  const progress = el("div", { class: "progress hidden", id: "import-progress" }, bar);
  const history = el("div", { id: "import-history" });
  const importButton = el("button", { class: "primary", id: "import-run", disabled: true }, "Import");

  const unlisten = await listen<{ done: number; total: number }>("import-progress", (ev) => {
    const { done, total } = ev.payload;
    if (total > 0) bar.style.width = `${Math.min(100, (done / total) * 100).toFixed(0)}%`;
  });
  window.addEventListener("hashchange", () => unlisten(), { once: true });

  const run = async (dryRun: boolean) => {
    if (!path.value.trim()) return toast("Choose a file first", "error");
    importButton.disabled = true;
    progress.classList.remove("hidden");
    bar.style.width = "0%";
    try {
      const report = await api.importFile(path.value.trim(), format.value, dryRun, map.value);
      showReport(result, report);
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
    const picked = await open({ multiple: false, directory: false, filters: [{ name: "CSV", extensions: ["csv", "tsv", "txt"] }] });
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
          { title: "", cell: (r) => el("button", { class: "link", "data-undo": r.id, onclick: async () => {
            if (confirm(`Undo the import of ${r.file_name}? Its ${r.rows_added} rows go away.`) && (await attempt(() => api.undoImport(r.id), "Import undone"))) await drawHistory();
          } }, "Undo") },
        ], list, { id: "imports-table" }));
  };

  mount(root,
    el("h1", null, "Import"),
    card("Import a CSV file",
      el("p", { class: "muted" }, "Gift logs from live tools, gift tables from spreadsheets, LIVE analytics summaries, or a LiveLedger export. Nothing is written until you press Import, and an import can be undone as a whole."),
      el("div", { class: "toolbar" }, choose, path, el("button", { id: "import-preview", onclick: () => void run(true) }, "Preview")),
      el("details", null, el("summary", null, "Format and columns"),
        el("div", { class: "form" },
          el("label", { for: "import-format" }, "Format"), format,
          el("label", { for: "import-map" }, "Column mapping, for files not recognised"), map)),
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

function showReport(host: HTMLElement, r: ImportReport): void {
  mount(host,
    el("div", { class: `notice ${r.dry_run ? "" : "ok"}` },
      el("strong", null, r.dry_run ? "Preview — nothing written yet. " : "Imported. "),
      `${r.file} was read as ${r.format}: ${r.rows_read} rows; ${r.rows_added} to add, ${r.rows_skipped} already in the ledger, ${r.sessions_added} new sessions, ${r.sessions_matched} existing sessions extended.`,
      r.streak_steps ? el("div", null, `${r.streak_steps} streak steps fold into their streak's final count.`) : null,
      r.unfinished_streaks ? el("div", { class: "warn" }, `${r.unfinished_streaks} streak(s) never ended in the file; each counts at its highest count.`) : null,
      r.dry_run && r.rows_added + r.sessions_added === 0 ? el("div", null, "Nothing new to import.") : null));
}

function showProblems(host: HTMLElement, e: unknown): void {
  const problems: RowProblem[] = isCmdError(e) ? (e.detail?.problems ?? []) : [];
  mount(host,
    el("div", { class: "notice error", role: "alert" },
      el("strong", null, "Not imported. "), isCmdError(e) ? e.message : String(e),
      problems.length
        ? table<RowProblem>([
            { title: "Line", cell: (p) => p.line, numeric: true },
            { title: "Column", cell: (p) => (p.column ? `${p.column[0]} (${p.column[1]})` : "—") },
            { title: "Problem", cell: (p) => p.message },
          ], problems, { id: "import-problems" })
        : null));
}
