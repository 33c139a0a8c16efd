import { listen } from "@tauri-apps/api/event";
import { api, DaysRead, errorText, FieldSource, ImportProgress, ImportRecord, ImportReport, isCmdError, LiveAdded, RowProblem, rowProblems, unknownHeader } from "../api";
import { el, mount } from "../dom";
import { dateFormat, diamondsWord, formatAmounts, formatCount, formatDateTime, formatDay, formatDecimal, formatDiamonds, formatTime } from "../format";
import { formatLocale, t, tParts } from "../i18n";
import type { Visit } from "../router";
import { say } from "../said";
import { attempt, card, isDeclined, table, toast } from "../widgets";

// The formats a file can be read as, by the name the core and `--format`
// give them, each with its message (literal ids, for the catalog test).
const FORMATS: [string, string][] = [
  ["auto", "import-format-auto"],
  ["gift-events", "import-format-gift-events"],
  ["json-events", "import-format-json-events"],
  ["tiktok-data", "import-format-tiktok-data"],
  ["gift-table", "import-format-gift-table"],
  ["session-summary", "import-format-session-summary"],
  ["tiktok-days", "import-format-tiktok-days"],
  ["liveledger", "import-format-liveledger"],
];

/** A format in the creator's words; its name when the catalog has none. */
function formatLabel(format: string): string {
  const id = FORMATS.find(([v]) => v === format)?.[1];
  return id ? t(id) : format;
}

// Each field a file's column may hold, in the creator's words (the core
// names them as a mapping does: `gift_id`, `repeat_end`).
const FIELD_LABELS: Record<string, string> = {
  date: "import-field-date",
  time: "import-field-time",
  event: "import-field-event",
  gift: "import-field-gift",
  gift_id: "import-field-gift-id",
  coins: "import-field-coins",
  count: "import-field-count",
  sender: "import-field-sender",
  nickname: "import-field-nickname",
  session: "import-field-session",
  repeat_end: "import-field-repeat-end",
  gift_type: "import-field-gift-type",
  streakable: "import-field-streakable",
  streaking: "import-field-streaking",
  event_id: "import-field-event-id",
  diamonds: "import-field-diamonds",
  total_diamonds: "import-field-total-diamonds",
  duration: "import-field-duration",
  end: "import-field-end",
  viewers: "import-field-viewers",
  peak_viewers: "import-field-peak-viewers",
  followers: "import-field-followers",
  likes: "import-field-likes",
  gifters: "import-field-gifters",
  rewards: "import-field-rewards",
  title: "import-field-title",
  lives: "import-field-lives",
  views: "import-field-views",
  watch_time: "import-field-watch-time",
  avg_concurrent: "import-field-avg-concurrent",
  commenters: "import-field-commenters",
  shares: "import-field-shares",
};
/** A field in plain words, in the chosen language. */
export function fieldLabel(field: string): string {
  const id = FIELD_LABELS[field];
  return id ? t(id) : field.replace(/_/g, " ");
}
// The fields an unknown header is asked for first.
const FIRST_FIELDS = ["date", "gift", "coins", "count", "sender"];

// TikTok LIVE Center's figures (the names the core stores), in words.
const FIGURE_LABELS: Record<string, string> = {
  diamonds: "import-figure-diamonds",
  live_seconds: "import-figure-live-seconds",
  lives: "import-figure-lives",
  views: "import-figure-views",
  unique_viewers: "import-figure-unique-viewers",
  avg_watch_seconds: "import-figure-avg-watch-seconds",
  peak_concurrent: "import-figure-peak-concurrent",
  avg_concurrent: "import-figure-avg-concurrent",
  gifters: "import-figure-gifters",
  new_followers: "import-figure-new-followers",
  commenters: "import-figure-commenters",
  likes: "import-figure-likes",
  shares: "import-figure-shares",
};
function figureLabel(figure: string): string {
  const id = FIGURE_LABELS[figure];
  return id ? t(id) : figure.replace(/_/g, " ");
}

// The delimiters the core names in words; any other it shows as written.
const DELIMITERS: Record<string, string> = {
  comma: "import-delimiter-comma",
  semicolon: "import-delimiter-semicolon",
  tab: "import-delimiter-tab",
  pipe: "import-delimiter-pipe",
};

/** Items as the chosen language lists them: "a, b and c". */
function list(items: string[], type: "conjunction" | "unit" = "conjunction"): string {
  return new Intl.ListFormat(formatLocale(), { type, style: type === "unit" ? "short" : "long" }).format(items);
}

// Every sentence this view shows, from the catalog, computed when drawn
// (never at load) so a change of language shows on the next visit.
const T = {
  get chooseColumns() { return t("import-apply-columns-button"); },
  skipRows: (count: number) => t("import-skip-rows-button", { count }),
  get skipNote() { return t("import-skip-note"); },
  tooMany: (count: number) => t("import-too-many", { count }),
  leftOut: (count: number, lines: string) => t("import-left-out-note", { count, lines }),
  get includeAgain() { return t("import-include-again-button"); },
  get gapApply() { return t("import-gap-apply-button"); },
  get noColumn() { return t("import-no-column"); },
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
  const path = el("input", { id: "import-path", readonly: true, placeholder: t("import-path-empty"), "aria-label": t("import-path-label") });
  const format = el("select", { id: "import-format", "aria-label": t("import-format-label") }, FORMATS.map(([v, id]) => el("option", { value: v }, t(id))));
  const map = el("input", { id: "import-map", placeholder: t("import-map-example"), "aria-label": t("import-map-short") });
  const result = el("div", { id: "import-result" });
  const bar = el("div", { class: "progress-fill" });
  const progress = el("div", { class: "progress hidden", id: "import-progress" }, bar);
  const history = el("div", { id: "import-history" });
  const importButton = el("button", { class: "primary", id: "import-run", disabled: true }, t("import-button"));
  const saveAs = el("input", { id: "import-save-as", placeholder: t("import-save-as-example"), "aria-label": t("import-save-as-short") });
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
  const savedSelect = el("select", { id: "import-saved", "aria-label": t("import-saved-label") },
    el("option", { value: "" }, saved.length ? t("import-saved-use") : t("import-saved-none")),
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

  // Each reading of the file is numbered: only the newest one's answer is
  // drawn, so a preview that comes back late never stands in for a newer
  // one (the panel must show what Import would write).
  let reading = 0;
  const run = async (dryRun: boolean) => {
    if (!path.value.trim()) return toast(t("import-choose-first"), "error");
    const mine = ++reading;
    const stale = () => mine !== reading;
    importButton.disabled = true;
    progress.classList.remove("hidden");
    bar.style.width = "0%";
    try {
      const report = await api.importFile(path.value.trim(), format.value, dryRun, map.value, dryRun ? "" : saveAs.value.trim(), gap, skip);
      if (stale() && dryRun) return;
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
        toast(t("import-done-toast", { count: report.rows_added }));
        await drawHistory();
      }
    } catch (e) {
      if (stale()) return;
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
      if (!stale()) progress.classList.add("hidden");
    }
  };
  importButton.addEventListener("click", () => void run(false));

  const choose = el("button", { id: "import-choose", onclick: async () => {
    const picked = await api.chooseOpenPath("import");
    if (typeof picked === "string") {
      newFile(picked);
      void run(true);
    }
  } }, t("import-choose-button"));

  // Each warning in the chosen language where the import kept its message;
  // one recorded before that (or a message this page does not know) in
  // the English it was written in.
  const historyWarnings = (r: ImportRecord): string =>
    r.warnings.map((w, i) => say(r.warning_messages?.[i], w)).join("\n");

  const drawHistory = async () => {
    const list = await api.imports();
    mount(history, list.length === 0
      ? el("p", { class: "muted" }, t("import-history-empty"))
      : table<ImportRecord>([
          { title: t("import-history-when"), cell: (r) => formatDateTime(r.imported_at), sort: (r) => r.imported_at },
          { title: t("import-history-file"), cell: (r) => r.file_name, sort: (r) => r.file_name },
          { title: t("import-history-format"), cell: (r) => formatLabel(r.format) },
          { title: t("import-history-rows"), cell: (r) => formatCount(r.rows_added), numeric: true },
          { title: t("import-history-sessions"), cell: (r) => formatCount(r.sessions_added), numeric: true },
          { title: t("import-history-notes"), cell: (r) => (r.warnings.length ? el("span", { class: "warn", title: historyWarnings(r) }, t("import-history-warnings", { count: r.warnings.length })) : "") },
          { title: t("import-history-undo"), cell: (r) => el("button", { class: "link", "data-undo": r.id, "aria-label": t("import-undo-label", { file: r.file_name }), onclick: async () => {
            // The app asks in its own native dialog before anything goes.
            try {
              const undone = await api.undoImport(r.id);
              // What the panel said was imported is no longer so.
              mount(result);
              importButton.disabled = true;
              await drawHistory();
              const gifts = t("import-undone-gifts", { count: undone.gifts });
              const sessions = t("import-undone-sessions", { count: undone.sessions });
              toast(t("import-undone", { gifts, sessions }), "ok", {
                label: t("import-undo-again"),
                run: async () => {
                  if (await attempt(() => api.undoFromCopy(undone.undo), t("import-back"))) await drawHistory();
                },
              });
            } catch (e) {
              toast(errorText(e), isDeclined(e) ? "ok" : "error");
            }
          } }, t("import-undo-button")) },
        ], list, { id: "imports-table" }));
  };

  mount(root,
    el("h1", null, t("import-title")),
    card(t("import-card-title"),
      el("p", { class: "muted" }, t("import-intro")),
      el("div", { class: "toolbar" }, choose, path, el("button", { id: "import-preview", onclick: () => void run(true) }, t("import-preview-button"))),
      el("details", null, el("summary", null, t("import-options")),
        el("div", { class: "form" },
          el("label", { for: "import-format" }, t("import-format-label")), format,
          el("label", { for: "import-map" }, t("import-map-label")), map,
          el("label", { for: "import-saved" }, t("import-saved-label")), savedSelect,
          el("label", { for: "import-save-as" }, t("import-save-as-label")), saveAs)),
      progress, result, el("div", { class: "actions" }, importButton)),
    card(t("import-history-title"), history));
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

/** "lines 3, 7 and 9" (at most 12 named), as the chosen language lists them. */
function lineList(lines: number[]): string {
  const shown = lines.slice(0, 12).map((n) => formatCount(n));
  const more = lines.length - shown.length;
  if (more > 0) shown.push(t("import-lines-more", { count: more }));
  return t("import-lines", { count: lines.length, lines: list(shown) });
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
  return dateFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
}

/** The preview (or the result): how the file was read, each field with its
 * column and first values (each column changeable), what it would add,
 * row by row where the count comes from, and the lives it makes. */
function showReport(host: HTMLElement, r: ImportReport, tz: string, act: ReportActions): void {
  const remap = act.remap;
  // A spreadsheet names its kind and sheet where a text file names its encoding.
  const sheet = r.delimiter === "sheet";
  // The format by the name `--format` takes; the rest in words.
  const delimiter = DELIMITERS[r.delimiter];
  const read = [
    r.format,
    r.encoding && (sheet ? r.encoding : t("import-read-encoding", { encoding: r.encoding })),
    !sheet && r.delimiter && t("import-read-delimiter", { delimiter: delimiter ? t(delimiter) : r.delimiter }),
    r.number_format && t("import-read-numbers", { numbers: r.number_format === "plain" ? t("import-numbers-plain") : r.number_format }),
    r.date_format && t("import-read-dates", { dates: say(r.date_format_said, r.date_format) }),
    r.header_line > 1 ? (sheet ? t("import-read-header-row", { line: r.header_line }) : t("import-read-header-line", { line: r.header_line })) : "",
  ].filter(Boolean).join(" · ");
  // Every field and its column as a mapping: it adds to detection, so
  // sending them all back keeps the others where they are.
  const current = new Map(r.fields.map((f) => [f.field, r.columns[f.column - 1] ?? f.header]));
  const asMap = () => [...current].map(([f, c]) => `${f}=${c}`).join(",");
  const columnSelect = (field: string, chosen: string | undefined) => {
    const select = el("select", { "aria-label": t("import-column-for", { field: fieldLabel(field) }), "data-field": field },
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
  const addField = el("select", { id: "import-add-field", "aria-label": t("import-add-field-label") },
    el("option", { value: "" }, t("import-add-field-prompt")), unmapped.map((f) => el("option", { value: f }, fieldLabel(f))));
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
  // Where "N rows read" goes, beside the count itself. An event's kind is
  // the file's own word for it.
  const kinds = () => list(Object.entries(r.events_skipped ?? {}).map(([kind, count]) => t("import-event-kind", { count, kind })), "unit");
  const rowsExplained = [
    r.rows_added ? (r.dry_run ? t("import-explain-to-add", { count: r.rows_added }) : t("import-explain-added", { count: r.rows_added })) : "",
    r.streak_steps ? t("import-explain-streak-steps", { count: r.streak_steps }) : "",
    r.rows_skipped ? t("import-explain-already", { count: r.rows_skipped }) : "",
    r.redelivered ? t("import-explain-redelivered", { count: r.redelivered }) : "",
    r.totals_skipped ? t("import-explain-totals", { count: r.totals_skipped }) : "",
    r.summary_skipped ? t("import-explain-summary", { count: r.summary_skipped }) : "",
    r.blank_skipped ? t("import-explain-blank", { count: r.blank_skipped }) : "",
    events ? t("import-explain-events", { count: events, kinds: kinds() }) : "",
    r.rows_left_out ? t("import-explain-left-out", { count: r.rows_left_out }) : "",
  ].filter(Boolean);
  const value = formatAmounts(r.value_added);
  const gapInput = el("input", { id: "import-gap", type: "number", min: 1, max: 1440, step: 1, value: String(act.gap), "aria-label": t("import-gap-aria") });
  const regroup = () => {
    const n = Number(gapInput.value);
    if (Number.isInteger(n) && n >= 1 && n <= 1440) act.regroup(n);
    else toast(t("import-gap-invalid"), "error");
  };
  gapInput.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") regroup();
  });
  const grouped = r.sessions_added + r.sessions_matched > 0 && r.rows_added > 0;
  const lives = r.lives.length
    ? el("div", { id: "import-lives" },
        el("h3", null, r.dry_run ? t("import-lives-to-create", { count: r.sessions_added }) : t("import-lives-created", { count: r.sessions_added })),
        table<LiveAdded>([
          { title: t("import-lives-live"), cell: (l) => span(l, tz) },
          { title: t("import-lives-diamonds"), cell: (l) => formatDiamonds(l.diamonds), numeric: true },
        ], r.lives, { id: "import-lives-table" }),
        r.sessions_added > r.lives.length ? el("p", { class: "muted small" }, t("import-lives-more", { count: r.sessions_added - r.lives.length })) : null)
    : null;
  mount(host,
    el("div", { class: `notice ${r.dry_run ? "" : "ok"}`, id: "import-notice" },
      el("strong", null, r.dry_run ? t("import-notice-preview") : t("import-notice-imported")), " ",
      rowsExplained.length ? t("import-rows-read-explained", { file: r.file, count: r.rows_read }) : t("import-rows-read", { file: r.file, count: r.rows_read }),
      rowsExplained.length ? el("ul", { class: "small", id: "import-rows-explained" }, rowsExplained.map((t) => el("li", null, t))) : null,
      act.skipped.length && r.dry_run
        ? el("div", { class: "warn", id: "import-left-out" }, T.leftOut(act.skipped.length, lineList(act.skipped)), " ", T.skipNote, " ",
            el("button", { class: "link", id: "import-include-again", onclick: () => act.includeAgain() }, T.includeAgain))
        : null,
      el("div", { class: "muted small", id: "import-read-as" }, t("import-read-as-line", { how: read })),
      el("dl", { class: "facts", id: "import-amounts" },
        el("dt", null, r.dry_run ? t("import-would-add") : t("import-added")),
        el("dd", null, [
          t("import-added-lives", { count: r.sessions_added, extended: formatCount(r.sessions_matched) }),
          t("import-added-rows", { count: r.rows_added }),
        ].join(" · ")),
        el("dt", null, t("import-amount-coins")), el("dd", { id: "import-coins" }, formatDecimal(String(r.coins_added))),
        el("dt", null, t("import-amount-diamonds")), el("dd", { id: "import-diamonds" }, formatDiamonds(r.diamonds_added)),
        el("dt", null, t("import-amount-value")), el("dd", { id: "import-value" }, value || "—")),
      lives,
      r.dry_run && grouped
        ? el("div", { class: "toolbar", id: "import-gap-row" },
            // The minutes field sits where the language's sentence puts it;
            // the words on either side of it name it (each its own label, so
            // without the marks that isolated the field inside one text).
            tParts("import-gap-sentence", {}, { minutes: gapInput }).map((p) => {
              if (typeof p !== "string") return p;
              const words = p.replace(/^[\s\u2068\u2069]+|[\s\u2068\u2069]+$/g, "");
              return words ? el("label", { for: "import-gap" }, words) : null;
            }),
            el("button", { id: "import-gap-apply", onclick: regroup }, T.gapApply))
        : null,
      r.fields.length
        ? el("div", null,
            table<FieldSource>([
              { title: t("import-fields-field"), cell: (f) => fieldLabel(f.field) },
              { title: t("import-fields-column"), cell: (f) => (r.columns.length ? columnSelect(f.field, current.get(f.field)) : `${f.column}: ${f.header}`) },
              { title: t("import-fields-first"), cell: (f) => firstValues(f) },
            ], r.fields, { id: "import-fields" }),
            r.columns.length && unmapped.length ? addRow : null)
        : null,
      r.unfinished_streaks ? el("div", { class: "warn" }, t("import-unfinished-streaks", { count: r.unfinished_streaks })) : null,
      r.streaks_updated ? el("div", null, t("import-streaks-updated", { count: r.streaks_updated })) : null,
      r.notes.length ? el("ul", { class: "muted small", id: "import-notes" }, r.notes.map((n, i) => el("li", null, say(r.note_messages?.[i], n)))) : null,
      r.warnings.length ? el("ul", { class: "warn small", id: "import-warnings" }, r.warnings.map((w, i) => el("li", null, say(r.warning_messages?.[i], w)))) : null,
      r.sections_ignored?.length ? el("div", { class: "muted" }, t("import-sections-ignored", { sections: list(r.sections_ignored, "unit") })) : null,
      r.days ? daysRead(r.days) : null,
      r.dry_run && r.rows_added + r.sessions_added === 0 ? el("div", null, t("import-nothing-new")) : null));
}

/** What a TikTok LIVE Center day file holds: its days, figures and
 * diamonds, which are TikTok's word and never added to the balance, and
 * every figure it replaces. */
function daysRead(d: DaysRead): HTMLElement {
  const span = d.first_day && d.last_day
    ? d.first_day === d.last_day ? formatDay(d.first_day) : t("import-days-span", { from: formatDay(d.first_day), to: formatDay(d.last_day) })
    : "";
  const figures = list(d.figures.map(figureLabel), "unit");
  return el("div", { id: "import-days" },
    el("p", null, span ? t("import-days-figures", { count: d.days, span, figures }) : t("import-days-figures-no-span", { count: d.days, figures })),
    d.diamonds !== null
      ? el("p", { id: "import-days-diamonds" }, t("import-days-diamonds-note", { diamonds: diamondsWord(d.diamonds) }))
      : null,
    el("p", { class: "muted small" }, t("import-days-counts", { count: d.figures_added, unchanged: formatCount(d.figures_unchanged) })),
    d.figures_replaced
      ? el("div", { class: "warn" }, t("import-days-replaced-intro", { count: d.figures_replaced }),
          el("ul", { id: "import-days-replaced" }, d.replaced.map((x) => el("li", null,
            t("import-days-replaced-item", { day: formatDay(x.day), figure: figureLabel(x.figure), was: formatDecimal(x.was), now: formatDecimal(x.now) })))))
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
  const [first, ...lines] = (isCmdError(e) ? say(e.said, e.message) : String(e)).split("\n");
  // Bad rows can be left out when each is named by its line.
  const lineNumbers = [...new Set(problems.map((p) => p.line))].sort((a, b) => a - b);
  const skippable = problems.length > 0 && problems.length === count && lineNumbers.every((l) => l > 0);
  mount(host,
    el("div", { class: "notice error", role: "alert" },
      el("strong", null, t("import-not-imported")), " ", first,
      lines.length ? el("ul", { class: "small", id: "import-error-lines" }, lines.map((l) => el("li", null, l.trim()))) : null,
      header ? columnPickers(header.names, header.guessed, act.columns) : null,
      problems.length
        ? table<RowProblem>([
            { title: t("import-problems-line"), cell: (p) => p.line, numeric: true },
            { title: t("import-problems-column"), cell: (p) => (p.column ? `${p.column[0]} (${p.column[1]})` : "—") },
            { title: t("import-problems-problem"), cell: (p) => say(p.said, p.message) },
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
    const select = el("select", { "data-field": field, "aria-label": t("import-column-for", { field: fieldLabel(field) }) },
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
      el("thead", null, el("tr", null, el("th", { scope: "col" }, t("import-fields-field")), el("th", { scope: "col" }, t("import-fields-column")))),
      el("tbody", null, selects.map(({ field, select }) => el("tr", null, el("td", null, fieldLabel(field)), el("td", null, select))))),
    el("div", { class: "actions" }, button));
}
