import { listen } from "@tauri-apps/api/event";
import { api, DaysRead, errorText, FieldSource, ImportProgress, ImportRecord, ImportReport, isCmdError, LiveAdded, RowProblem, rowProblems, unknownHeader } from "../api";
import { el, mount } from "../dom";
import { formatAmounts, formatDateTime, formatDay, formatDecimal, formatDiamonds, formatTime } from "../format";
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

// Each field a file's column may hold, in the creator's words (the core
// names them as a mapping does: `gift_id`, `repeat_end`).
const FIELD_LABELS: Record<string, string> = {
  date: "Date and time",
  time: "Time of day",
  event: "Event kind",
  gift: "Gift",
  gift_id: "Gift number",
  coins: "Coins",
  count: "How many",
  sender: "Sender",
  nickname: "Sender's nickname",
  session: "Live",
  repeat_end: "Streak ended",
  gift_type: "Gift type (streak or single)",
  streakable: "Can streak",
  streaking: "Still streaking",
  event_id: "Message number",
  diamonds: "Diamonds per gift",
  total_diamonds: "Diamonds (row total)",
  duration: "Duration",
  end: "End",
  viewers: "Viewers",
  peak_viewers: "Peak viewers",
  followers: "New followers",
  likes: "Likes",
  gifters: "Gifters",
  rewards: "Rewards",
  title: "Title",
  lives: "Lives",
  views: "Views",
  watch_time: "Watch time",
  avg_concurrent: "Average viewers at once",
  commenters: "Commenters",
  shares: "Shares",
};
/** A field in plain words. */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.replace(/_/g, " ");
}
// The fields an unknown header is asked for first.
const FIRST_FIELDS = ["date", "gift", "coins", "count", "sender"];

// Every other sentence this view shows, in one place (for translation later).
const T = {
  chooseColumns: "Preview with these columns",
  skipRows: (n: number) => `Skip ${n === 1 ? "this row" : `these ${n} rows`}, import the rest`,
  skipNote: "The rest is still imported all together or not at all, exactly as the preview shows.",
  tooMany: (n: number) => `${n} rows have problems: too many to skip one by one. Fix the file, or check that the right columns are chosen.`,
  leftOut: (n: number, lines: string) => `${n} row${n === 1 ? "" : "s"} with problems left out (${lines}).`,
  includeAgain: "Include them again",
  gapLabel: "A new live starts after a pause without gifts of",
  gapUnit: "minutes",
  gapApply: "Preview again",
  noColumn: "— not in this file —",
};

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
  const map = el("input", { id: "import-map", placeholder: "date=When,gift=Item,coins=Price,count=Qty,sender=User", "aria-label": "Columns as text" });
  const result = el("div", { id: "import-result" });
  const bar = el("div", { class: "progress-fill" });
  const progress = el("div", { class: "progress hidden", id: "import-progress" }, bar);
  const history = el("div", { id: "import-history" });
  const importButton = el("button", { class: "primary", id: "import-run", disabled: true }, "Import");
  const saveAs = el("input", { id: "import-save-as", placeholder: "e.g. My tool's log", "aria-label": "Save this mapping as" });
  const [saved, settings] = await Promise.all([api.importMappings(), api.settings()]);
  const tz = settings.timezone;
  // What this file is read with beyond its columns: the session gap (null:
  // the setting) and the bad rows the creator chose to leave out. The
  // import sends the same as its preview, so the preview is what is written.
  let gap: number | null = null;
  let skip: number[] = [];
  const newFile = (file: string) => {
    path.value = file;
    gap = null;
    skip = [];
  };
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
      const report = await api.importFile(path.value.trim(), format.value, dryRun, map.value, dryRun ? "" : saveAs.value.trim(), gap, skip);
      showReport(result, report, tz, {
        remap: (newMap) => {
          map.value = newMap;
          void run(true);
        },
        gap: gap ?? settings.session_gap_minutes,
        regroup: (minutes) => {
          gap = minutes;
          void run(true);
        },
        skipped: skip,
        includeAgain: () => {
          skip = [];
          void run(true);
        },
      });
      importButton.disabled = !dryRun || report.rows_added + report.sessions_added === 0;
      if (!dryRun) {
        toast(`Imported ${report.rows_added} rows`);
        await drawHistory();
      }
    } catch (e) {
      showProblems(result, e, {
        columns: (newMap) => {
          map.value = newMap;
          void run(true);
        },
        skip: (lines) => {
          skip = [...new Set([...skip, ...lines])].sort((a, b) => a - b);
          void run(true);
        },
      });
    } finally {
      progress.classList.add("hidden");
    }
  };
  importButton.addEventListener("click", () => void run(false));

  const choose = el("button", { id: "import-choose", onclick: async () => {
    const picked = await api.chooseOpenPath("import");
    if (typeof picked === "string") {
      newFile(picked);
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
          { title: "Undo", cell: (r) => el("button", { class: "link", "data-undo": r.id, "aria-label": `Undo the import of ${r.file_name}`, onclick: async () => {
            // The app asks in its own native dialog before anything goes.
            try {
              const undone = await api.undoImport(r.id);
              // What the panel said was imported is no longer so.
              mount(result);
              importButton.disabled = true;
              await drawHistory();
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
      el("p", { class: "muted" }, "Gift logs from live tools (CSV, JSON, JSON Lines), TikTok's own data download (.zip or .json), spreadsheets (.xlsx, .xls, .ods), gift tables, LIVE analytics summaries, or a LiveLedger export. Nothing is written until you press Import, and an import can be undone as a whole."),
      el("div", { class: "toolbar" }, choose, path, el("button", { id: "import-preview", onclick: () => void run(true) }, "Preview")),
      el("details", null, el("summary", null, "Format and columns"),
        el("div", { class: "form" },
          el("label", { for: "import-format" }, "Format"), format,
          el("label", { for: "import-map" }, "Columns as text (field=Column, …): adds to what is detected"), map,
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
    newFile(file);
    await run(true);
  }
}

/** What the preview lets the creator change, and how. */
interface ReportActions {
  /** Reads the file again with these columns (a mapping). */
  remap: (map: string) => void;
  /** The session gap the file was grouped by, in minutes. */
  gap: number;
  /** Reads the file again with another session gap. */
  regroup: (minutes: number) => void;
  /** The lines left out at the creator's word. */
  skipped: number[];
  /** Reads the file again with every row. */
  includeAgain: () => void;
}

/** "lines 3, 7 and 9" (at most 12 named). */
function lineList(lines: number[]): string {
  const shown = lines.slice(0, 12).map(String);
  const more = lines.length - shown.length;
  if (more > 0) return `lines ${shown.join(", ")} and ${more} more`;
  if (shown.length === 1) return `line ${shown[0]}`;
  return `lines ${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** A live's span: "Nov 25, 2026, 8:00 PM – 9:40 PM" in the creator's zone. */
function span(l: LiveAdded, tz: string): string {
  const from = formatDateTime(l.started_at, undefined, tz);
  if (!l.ended_at) return from;
  const sameDay = formatDay(localDay(l.started_at, tz)) === formatDay(localDay(l.ended_at, tz));
  return `${from} – ${sameDay ? formatTime(l.ended_at, undefined, tz) : formatDateTime(l.ended_at, undefined, tz)}`;
}

/** An instant's local day (YYYY-MM-DD) in `tz`. */
function localDay(iso: string, tz: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
}

/** The preview (or the result): how the file was read, each field with its
 * column and first values (each column changeable), what it would add,
 * row by row where the count comes from, and the lives it makes. */
function showReport(host: HTMLElement, r: ImportReport, tz: string, act: ReportActions): void {
  const remap = act.remap;
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
    const select = el("select", { "aria-label": `Column for ${fieldLabel(field)}`, "data-field": field },
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
    el("option", { value: "" }, "Read another field…"), unmapped.map((f) => el("option", { value: f }, fieldLabel(f))));
  const addRow = el("span", { class: "toolbar" }, addField);
  addField.addEventListener("change", () => {
    if (addField.value) mount(addRow, addField, columnSelect(addField.value, undefined));
  });
  // A date's first values as read, in the creator's zone (the cell as
  // written beside it when it was not a plain date).
  const firstValues = (f: FieldSource) => f.samples.map((v, i) => {
    const at = f.dates[i];
    return at ? formatDateTime(at, undefined, tz) : v;
  }).join(" · ");
  const events = r.events_skipped ? Object.values(r.events_skipped).reduce((a, n) => a + n, 0) : 0;
  const plural = (n: number, one: string, many: string) => `${formatDecimal(String(n))} ${n === 1 ? one : many}`;
  // Where "N rows read" goes, beside the count itself.
  const rowsExplained = [
    r.rows_added ? `${plural(r.rows_added, "row", "rows")} ${r.dry_run ? "to add" : "added"}` : "",
    r.streak_steps ? `${plural(r.streak_steps, "streak step", "streak steps")} folded into their streak's final count (a streak of 5 Roses is logged 1, 2, 3, 4, 5 and counts once, as 5)` : "",
    r.rows_skipped ? `${plural(r.rows_skipped, "row", "rows")} already in the ledger, not added twice` : "",
    r.redelivered ? `${plural(r.redelivered, "message", "messages")} the file gave twice (counted once)` : "",
    r.totals_skipped ? `${plural(r.totals_skipped, "total row", "total rows")}, not gifts` : "",
    r.summary_skipped ? `${plural(r.summary_skipped, "summary row", "summary rows")} below the table` : "",
    r.blank_skipped ? `${plural(r.blank_skipped, "blank line", "blank lines")}` : "",
    events ? `${plural(events, "event", "events")} that are not gifts (${Object.entries(r.events_skipped ?? {}).map(([k, n]) => `${n} ${k}`).join(", ")})` : "",
    r.rows_left_out ? `${plural(r.rows_left_out, "row", "rows")} with problems you chose to skip` : "",
  ].filter(Boolean);
  const value = formatAmounts(r.value_added);
  const gapInput = el("input", { id: "import-gap", type: "number", min: 1, max: 1440, step: 1, value: String(act.gap), "aria-label": "Minutes without gifts that start a new live" });
  const regroup = () => {
    const n = Number(gapInput.value);
    if (Number.isInteger(n) && n >= 1 && n <= 1440) act.regroup(n);
    else toast("Enter whole minutes from 1 to 1440", "error");
  };
  gapInput.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") regroup();
  });
  const grouped = r.sessions_added + r.sessions_matched > 0 && r.rows_added > 0;
  const lives = r.lives.length
    ? el("div", { id: "import-lives" },
        el("h3", null, `${r.dry_run ? "Lives to create" : "Lives created"} (${r.sessions_added})`),
        table<LiveAdded>([
          { title: "Live", cell: (l) => span(l, tz) },
          { title: "Diamonds", cell: (l) => formatDiamonds(l.diamonds), numeric: true },
        ], r.lives, { id: "import-lives-table" }),
        r.sessions_added > r.lives.length ? el("p", { class: "muted small" }, `and ${r.sessions_added - r.lives.length} more`) : null)
    : null;
  mount(host,
    el("div", { class: `notice ${r.dry_run ? "" : "ok"}`, id: "import-notice" },
      el("strong", null, r.dry_run ? "Preview — nothing written yet. " : "Imported. "),
      `${r.file}: ${plural(r.rows_read, "row", "rows")} read`, rowsExplained.length ? ":" : ".",
      rowsExplained.length ? el("ul", { class: "small", id: "import-rows-explained" }, rowsExplained.map((t) => el("li", null, t))) : null,
      act.skipped.length && r.dry_run
        ? el("div", { class: "warn", id: "import-left-out" }, T.leftOut(act.skipped.length, lineList(act.skipped)), " ", T.skipNote, " ",
            el("button", { class: "link", id: "import-include-again", onclick: () => act.includeAgain() }, T.includeAgain))
        : null,
      el("div", { class: "muted small", id: "import-read-as" }, `Read as ${read}.`),
      el("dl", { class: "facts", id: "import-amounts" },
        el("dt", null, r.dry_run ? "Would add" : "Added"),
        el("dd", null, `${r.sessions_added} new live${r.sessions_added === 1 ? "" : "s"} (${r.sessions_matched} extended) · ${formatDecimal(String(r.rows_added))} rows`),
        el("dt", null, "Coins"), el("dd", { id: "import-coins" }, formatDecimal(String(r.coins_added))),
        el("dt", null, "Diamonds"), el("dd", { id: "import-diamonds" }, formatDiamonds(r.diamonds_added)),
        el("dt", null, "Value"), el("dd", { id: "import-value" }, value || "—")),
      lives,
      r.dry_run && grouped
        ? el("div", { class: "toolbar", id: "import-gap-row" },
            el("label", { for: "import-gap" }, T.gapLabel), gapInput, el("span", null, T.gapUnit),
            el("button", { id: "import-gap-apply", onclick: regroup }, T.gapApply))
        : null,
      r.fields.length
        ? el("div", null,
            table<FieldSource>([
              { title: "Field", cell: (f) => fieldLabel(f.field) },
              { title: "Column", cell: (f) => (r.columns.length ? columnSelect(f.field, current.get(f.field)) : `${f.column}: ${f.header}`) },
              { title: "First values", cell: (f) => firstValues(f) },
            ], r.fields, { id: "import-fields" }),
            r.columns.length && unmapped.length ? addRow : null)
        : null,
      r.unfinished_streaks ? el("div", { class: "warn" }, `${r.unfinished_streaks} streak(s) never ended in the file; each counts at its highest count until a longer copy of the log is imported.`) : null,
      r.streaks_updated ? el("div", null, `${r.streaks_updated} streak(s) an earlier import cut short are brought up to this file's count.`) : null,
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

/** What a refused file lets the creator do next. */
interface ProblemActions {
  /** Reads the file again with these columns (a mapping). */
  columns: (map: string) => void;
  /** Reads the file again leaving these lines out. */
  skip: (lines: number[]) => void;
}

function showProblems(host: HTMLElement, e: unknown, act: ProblemActions): void {
  const problems = rowProblems(e);
  const count = isCmdError(e) && e.detail !== null && "count" in e.detail ? e.detail.count : 0;
  const header = unknownHeader(e);
  const [first, ...lines] = (isCmdError(e) ? e.message : String(e)).split("\n");
  // Bad rows can be left out when each is named by its line.
  const lineNumbers = [...new Set(problems.map((p) => p.line))].sort((a, b) => a - b);
  const skippable = problems.length > 0 && problems.length === count && lineNumbers.every((l) => l > 0);
  mount(host,
    el("div", { class: "notice error", role: "alert" },
      el("strong", null, "Not imported. "), first,
      lines.length ? el("ul", { class: "small", id: "import-error-lines" }, lines.map((l) => el("li", null, l.trim()))) : null,
      header ? columnPickers(header.names, header.guessed, act.columns) : null,
      problems.length
        ? table<RowProblem>([
            { title: "Line", cell: (p) => p.line, numeric: true },
            { title: "Column", cell: (p) => (p.column ? `${p.column[0]} (${p.column[1]})` : "—") },
            { title: "Problem", cell: (p) => p.message },
          ], problems, { id: "import-problems" })
        : null,
      skippable
        ? el("div", { class: "actions wrap" },
            el("button", { id: "import-skip-rows", onclick: () => act.skip(lineNumbers) }, T.skipRows(lineNumbers.length)),
            el("span", { class: "muted small" }, T.skipNote))
        : count > problems.length ? el("p", { class: "small" }, T.tooMany(count)) : null));
}

/** A column for each field of a header LiveLedger does not know, the
 * guessed ones chosen; the file is read again with them on request. */
function columnPickers(names: string[], guessed: [string, string][], apply: (map: string) => void): HTMLElement {
  const chosen = new Map(guessed);
  const extra = [...chosen.keys()].filter((f) => !FIRST_FIELDS.includes(f));
  const selects = [...FIRST_FIELDS, ...extra].map((field) => {
    const select = el("select", { "data-field": field, "aria-label": `Column for ${fieldLabel(field)}` },
      el("option", { value: "" }, T.noColumn),
      names.map((c, i) => el("option", { value: c }, `${i + 1}: ${c}`)));
    select.value = chosen.get(field) ?? "";
    return { field, select };
  });
  const button = el("button", { class: "primary", id: "import-apply-columns", onclick: () => {
    // A column the creator names twice holds the field chosen last.
    const pairs = new Map<string, string>();
    for (const { field, select } of selects) {
      if (!select.value) continue;
      for (const [f, c] of [...pairs]) if (c === select.value) pairs.delete(f);
      pairs.set(field, select.value);
    }
    apply([...pairs].map(([f, c]) => `${f}=${c}`).join(","));
  } }, T.chooseColumns);
  return el("div", { id: "import-pick-columns" },
    el("table", { class: "data" },
      el("thead", null, el("tr", null, el("th", { scope: "col" }, "Field"), el("th", { scope: "col" }, "Column"))),
      el("tbody", null, selects.map(({ field, select }) => el("tr", null, el("td", null, fieldLabel(field)), el("td", null, select))))),
    el("div", { class: "actions" }, button));
}
