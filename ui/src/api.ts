// Typed wrappers over the app's Tauri commands. Decimals arrive as strings
// and stay strings; the UI formats them, it never computes money.
//
// What the commands take and return is declared in ./bindings/, generated
// from the Rust types (see ARCHITECTURE.md, "TypeScript bindings"); only the
// wrappers and the UI's own names are written here.

import { invoke } from "@tauri-apps/api/core";
import { say } from "./said";
import type {
  Adjustment,
  BelowMinimum,
  CaptureSnapshot,
  CatalogGift,
  Cleared,
  CmdError,
  Booking,
  Dashboard,
  DaysReport,
  Deleted,
  Gift,
  GiftForm,
  ImportRecord,
  ImportReport,
  Insights,
  Pending,
  Quote,
  Rate,
  RateForm,
  Reconciliation,
  RerateChange,
  Restored,
  RestoreReport,
  RowProblem,
  Session,
  SessionForm,
  SessionMetrics,
  SessionRow,
  Settings,
  Statement,
  Summary,
  Timeline,
  Undone,
  Update,
  Withdrawal,
  WithdrawalForm,
  WithdrawalStatus,
} from "./bindings";

export type * from "./bindings";

/** A streak still running: shown, not counted yet (the capture view's name for `Pending`). */
export type PendingStreak = Pending;

/** What the `capture` event carries (the capture view's name for `Update`). */
export type CaptureUpdate = Update;

/** A form may leave any field out (the core reads it as empty); these must be there. */
type FormWith<F, K extends keyof F> = Partial<F> & Pick<F, K>;

/** TikFinity's WebSocket on this computer. */
export const DEFAULT_CAPTURE_URL = "ws://localhost:21213/";

export function isCmdError(e: unknown): e is CmdError {
  return typeof e === "object" && e !== null && "kind" in e && "message" in e;
}

/** A person-readable sentence for any error a command may throw, in the
 * chosen language where the core gave its message. */
export function errorText(e: unknown): string {
  if (isCmdError(e)) return say(e.said, e.message);
  return String(e);
}

/** The field an `invalid` error names, if it names one. */
export function errorField(e: unknown): string | null {
  return isCmdError(e) && e.detail !== null && "field" in e.detail ? e.detail.field : null;
}

/** The row problems of a refused import (none for any other error). */
export function rowProblems(e: unknown): RowProblem[] {
  return isCmdError(e) && e.detail !== null && "count" in e.detail ? e.detail.problems : [];
}

/** An unknown header's columns and the columns guessed for some fields (null for any other error). */
export function unknownHeader(e: unknown): { names: string[]; guessed: [string, string][] } | null {
  return isCmdError(e) && e.detail !== null && "names" in e.detail ? e.detail : null;
}

/** What a `needs_confirmation` error asks the person to confirm (none for any other error). */
export function confirmProblems(e: unknown): string[] {
  if (!isCmdError(e) || e.detail === null || !("problems" in e.detail) || "count" in e.detail) return [];
  const { problems, messages = [] } = e.detail;
  return problems.map((english, i) => say(messages[i], english));
}

/** The message id of each of `confirmProblems(e)` ("" where the core gave none). */
export function confirmIds(e: unknown): string[] {
  if (!isCmdError(e) || e.detail === null || !("problems" in e.detail) || "count" in e.detail) return [];
  const { problems, messages = [] } = e.detail;
  return problems.map((_, i) => messages[i]?.id ?? "");
}

export const api = {
  /** The dashboard, or null when the ledger holds nothing yet. */
  dashboard: () => invoke<Dashboard | null>("dashboard"),
  summary: () => invoke<Summary>("summary"),
  /** A statement; `from` and `to` (local days, `YYYY-MM-DD`) limit it to a tax year or range. */
  statement: (by: "day" | "week" | "month" | "year", from: string | null = null, to: string | null = null) =>
    invoke<Statement>("statement", { by, from, to }),
  /** TikTok LIVE Center's figures per day beside the ledger's days. */
  reportedDays: () => invoke<DaysReport>("reported_days"),
  /** What earns across the lives started from `from` to `to` (YYYY-MM-DD; null for no limit), planned to reach the minimum `by`. */
  insights: (from: string | null, to: string | null, by: string | null) => invoke<Insights>("insights", { from, to, by }),
  /** One live minute by minute: its gifts' diamonds beside the room capture counted. */
  timeline: (sessionId: number) => invoke<Timeline>("timeline", { sessionId }),
  /** Books TikTok's diamonds for days (YYYY-MM-DD) the ledger has no live on; undone with `undoImport`. */
  bookDays: (days: string[]) => invoke<Booking>("book_days", { days }),
  /** The sessions list's lines, oldest first; a live's whole metrics are `sessionMetrics`. */
  sessions: () => invoke<SessionRow[]>("sessions"),
  /** The ledger's version and the minute: it changes with every write (the window's, the
   * CLI's, another program's) and every minute, so a view drawn at the same one is still right. */
  ledgerVersion: () => invoke<string>("ledger_version"),
  /** How many gift rows, sessions and withdrawals the ledger holds. */
  recordCounts: () => invoke<[number, number, number]>("record_counts"),
  sessionMetrics: (id: number) => invoke<SessionMetrics>("session_metrics", { id }),
  sessionGifts: (id: number) => invoke<Gift[]>("session_gifts", { id }),
  /** The `limit` senders who gave most in a live: [sender, gifts, coins]. */
  sessionGivers: (id: number, limit: number) => invoke<[string, number, number][]>("session_givers", { id, limit }),
  addSession: (form: Partial<SessionForm>) => invoke<number>("add_session", { form }),
  updateSession: (id: number, form: Partial<SessionForm>) => invoke<void>("update_session", { id, form }),
  /** Deletes a session and its gifts; `restoreDeleted(undo)` puts them back. */
  deleteSession: (id: number, force = false) => invoke<Deleted>("delete_session", { id, force }),
  endSession: (id: number) => invoke<void>("end_session", { id }),
  runningSession: () => invoke<Session | null>("running_session"),
  addGift: (form: FormWith<GiftForm, "session_id" | "gift">) => invoke<Gift>("add_gift", { form }),
  deleteGift: (id: number, force = false) => invoke<Deleted>("delete_gift", { id, force }),
  /** Puts back what a delete took out. */
  restoreDeleted: (undo: number, force = false) => invoke<Restored>("restore_deleted", { undo, force }),
  withdrawals: () => invoke<Withdrawal[]>("withdrawals"),
  addWithdrawal: (form: Partial<Omit<WithdrawalForm, "force">>, force = false) =>
    invoke<Withdrawal>("add_withdrawal", { form: { ...form, force } satisfies Partial<WithdrawalForm> }),
  /** What withdrawing these diamonds (as typed) on `at` (the form's local time) would bring; null while not a number. */
  quoteWithdrawal: (diamonds: string, at: string) => invoke<Quote | null>("quote_withdrawal", { diamonds, at }),
  /** Recorded withdrawals below the minimum of their day, to flag in the history. */
  withdrawalsBelowMinimum: () => invoke<BelowMinimum[]>("withdrawals_below_minimum"),
  setWithdrawalStatus: (id: number, status: WithdrawalStatus) => invoke<void>("set_withdrawal_status", { id, status }),
  deleteWithdrawal: (id: number) => invoke<Deleted>("delete_withdrawal", { id }),
  adjustments: () => invoke<Adjustment[]>("adjustments"),
  reconcile: (balance: string, reason: string) => invoke<Reconciliation>("reconcile", { balance, reason }),
  rates: () => invoke<Rate[]>("rates"),
  setRate: (form: RateForm) => invoke<number>("set_rate", { form }),
  deleteRate: (id: number) => invoke<void>("delete_rate", { id }),
  reratePreview: (from?: string) => invoke<RerateChange[]>("rerate_preview", { from: from ?? null, to: null }),
  /** Re-rates; a risky re-rate is confirmed by the app in a native dialog. */
  rerate: (from?: string) => invoke<RerateChange[]>("rerate", { from: from ?? null, to: null }),
  catalog: () => invoke<CatalogGift[]>("catalog"),
  setCatalogGift: (name: string, coins: string) => invoke<void>("set_catalog_gift", { name, coins }),
  removeCatalogGift: (name: string) => invoke<void>("remove_catalog_gift", { name }),
  settings: () => invoke<Settings>("settings"),
  setSetting: (key: string, value: string) => invoke<void>("set_setting", { key, value }),
  /** `gapMinutes` (null: the setting) groups lives; `skipLines` are bad rows left out. */
  importFile: (path: string, format: string, dryRun: boolean, map: string, mappingName = "", gapMinutes: number | null = null, skipLines: number[] = []) =>
    invoke<ImportReport>("import_file", { path, format, dryRun, map, mappingName, gapMinutes, skipLines }),
  /** Saved column mappings: [name, mapping]. */
  importMappings: () => invoke<[string, string][]>("import_mappings"),
  imports: () => invoke<ImportRecord[]>("imports"),
  /** Undoes an import after the creator confirms in a native dialog. */
  undoImport: (id: number) => invoke<Undone>("undo_import", { id }),
  /** Puts the ledger back as it was before a clear or an import's undo. */
  undoFromCopy: (undo: number) => invoke<RestoreReport>("undo_from_copy", { undo }),
  /** Opens the native open dialog; only a file chosen there may be read. */
  chooseOpenPath: (purpose: "import" | "capture") => invoke<string | null>("choose_open_path", { purpose }),
  /** Opens the native save dialog; only the path chosen there may be written next. */
  chooseSavePath: (defaultName: string, filterName: string, extension: string) =>
    invoke<string | null>("choose_save_path", { defaultName, filterName, extension }),
  exportFile: (format: string, path: string) => invoke<void>("export_file", { format, path }),
  backup: (path: string) => invoke<void>("backup", { path }),
  isEmpty: () => invoke<boolean>("is_empty"),
  loadDemo: () => invoke<ImportReport>("load_demo"),
  /** Clears the ledger after the creator confirms in a native dialog; a copy is kept first. */
  clearRecords: () => invoke<Cleared>("clear_records"),
  databasePath: () => invoke<string>("database_path"),
  /** Today in the creator's time zone, YYYY-MM-DD. */
  today: () => invoke<string>("today"),
  /** Starts capture; a file must have been chosen with `chooseOpenPath("capture")`,
   * and a host that is not this computer is confirmed by the app in a native dialog. */
  captureStart: (kind: "ws" | "file", address: string) => invoke<CaptureSnapshot>("capture_start", { kind, address }),
  captureStop: () => invoke<CaptureSnapshot>("capture_stop"),
  captureEndLive: () => invoke<boolean>("capture_end_live"),
  captureStatus: () => invoke<CaptureSnapshot>("capture_status"),
  openedFile: () => invoke<string | null>("opened_file"),
  /** The view shown when the window was last closed, if one was kept. */
  lastView: () => invoke<string | null>("last_view"),
  /** Keeps `view` (and the window's size and position) for the next launch. */
  rememberView: (view: string) => invoke<void>("remember_view", { view }),
};
