// Typed wrappers over the app's Tauri commands. Decimals arrive as strings
// and stay strings; the UI formats them, it never computes money.

import { invoke } from "@tauri-apps/api/core";

export type Dec = string;

/** Money per currency code, e.g. `{ "EUR": "16.00", "USD": "20.00" }`. */
export type Amounts = Record<string, Dec>;

export interface CmdError {
  kind: string;
  message: string;
  /** `problems` holds row problems for an import, sentences for `needs_confirmation`. */
  detail: { field?: string; problems?: RowProblem[] | string[]; count?: number } | null;
}

export interface RowProblem {
  line: number;
  column: [number, string] | null;
  message: string;
}

export interface Summary {
  diamonds_earned: Dec;
  diamonds_withdrawn: Dec;
  diamonds_adjusted: Dec;
  balance_diamonds: Dec;
  balance_value: Dec;
  /** The value beside the minimum, with enough places not to read as the minimum while below it. */
  balance_value_vs_minimum: Dec;
  currency: string;
  money_per_diamond: Dec;
  min_withdrawal: Dec;
  threshold_diamonds: Dec;
  to_go_diamonds: Dec;
  to_go_value: Dec;
  progress: Dec;
  ready: boolean;
  blockers: string[];
  eta: string | null;
  pace_diamonds_per_day: Dec;
  pace_days: number;
  withdrawable_now_diamonds: Dec;
  withdrawable_now_value: Dec;
  /** Pending payouts per currency: never added across currencies. */
  pending: Amounts;
  sessions: number;
  rate_effective_from: string;
  rounding: string;
  as_of: string;
}

export interface Session {
  id: number;
  started_at: string;
  ended_at: string | null;
  title: string;
  peak_viewers: number | null;
  unique_viewers: number | null;
  likes: number | null;
  new_followers: number | null;
  notes: string;
  import_id: number | null;
  reported_diamonds: Dec;
  coins_total: number;
  gift_count: number;
  /** The rate fixed on the session when it was recorded. */
  rate: SessionRate | null;
}

export interface SessionRate {
  rate_id: number | null;
  effective_from: string;
  diamonds_per_coin: Dec;
  money_per_diamond: Dec;
  currency: string;
}

export interface RerateChange {
  session_id: number;
  day: string;
  title: string;
  from: SessionRate | null;
  to: SessionRate;
  diamonds_before: Dec;
  diamonds_after: Dec;
  value_before: Dec;
  value_after: Dec;
}

export interface SessionMetrics extends Session {
  day: string;
  hours: Dec;
  diamonds: Dec;
  value: Dec;
  diamonds_per_hour: Dec | null;
  value_per_hour: Dec | null;
  value_per_viewer: Dec | null;
  value_per_1000_viewers: Dec | null;
  currency: string;
}

export interface PeriodRow {
  period: string;
  start: string;
  sessions: number;
  hours_live: Dec;
  gifts: number;
  coins: number;
  diamonds: Dec;
  value: Amounts;
  withdrawn_diamonds: Dec;
  withdrawn_gross: Amounts;
  fees: Amounts;
  net_paid: Amounts;
  adjusted_diamonds: Dec;
  closing_balance: Dec;
}

/** A statement: rows, their total, and total − sum of rows as shown (per currency). */
export interface Statement {
  rows: PeriodRow[];
  total: PeriodRow;
  rounding: Amounts;
}

export interface TopRow {
  name: string;
  gifts: number;
  coins: number;
  share: Dec;
}

export interface Withdrawal {
  id: number;
  requested_at: string;
  diamonds: Dec;
  gross: Dec;
  currency: string;
  fee: Dec;
  net: Dec;
  method: string;
  status: "pending" | "paid" | "failed" | "cancelled";
  reference: string;
}

export interface Dashboard {
  summary: Summary;
  daily: PeriodRow[];
  sessions: SessionMetrics[];
  top_gifts: TopRow[];
  top_supporters: TopRow[];
  withdrawals: Withdrawal[];
  timezone: string;
}

export interface Gift {
  id: number;
  session_id: number;
  at: string | null;
  gift_name: string;
  coins_each: number;
  count: number;
  sender: string | null;
  import_id: number | null;
  /** A streak whose end the imported file did not hold: counted at its highest count so far. */
  estimated: boolean;
}

export interface Rate {
  id: number;
  effective_from: string;
  diamonds_per_coin: Dec;
  money_per_diamond: Dec;
  currency: string;
  min_withdrawal: Dec;
  max_withdrawal_per_day: Dec | null;
}

export interface CatalogGift {
  name: string;
  coins: number;
}

export interface Settings {
  timezone: string;
  age_confirmed: boolean;
  payout_method: string;
  session_gap_minutes: number;
}

export interface ImportReport {
  file: string;
  format: string;
  rows_read: number;
  rows_added: number;
  rows_skipped: number;
  sessions_added: number;
  sessions_matched: number;
  streak_steps: number;
  unfinished_streaks: number;
  /** Non-gift events skipped, by kind (JSON event logs). */
  events_skipped?: Record<string, number>;
  /** Sections of a TikTok data export that hold nothing LiveLedger reads. */
  sections_ignored?: string[];
  /** Estimated streak rows of earlier imports brought up to this file's count. */
  streaks_updated: number;
  /** Warnings kept with the import, each naming its line. */
  warnings: string[];
  /** How the file was read. */
  encoding: string;
  delimiter: string;
  header_line: number;
  number_format: string;
  date_format: string;
  totals_skipped: number;
  blank_skipped: number;
  /** What it adds (a preview: would add). */
  coins_added: number;
  diamonds_added: Dec;
  value_added: Amounts;
  /** Each field read, with its column and first values. */
  fields: FieldSource[];
  /** The file's columns as its header names them (empty for JSON). */
  columns: string[];
  /** Every field a mapping may name. */
  mappable: string[];
  dry_run: boolean;
  import_id: number | null;
}

export interface FieldSource {
  field: string;
  column: number;
  header: string;
  samples: string[];
}

export interface ImportRecord {
  id: number;
  file_name: string;
  format: string;
  imported_at: string;
  rows_added: number;
  rows_skipped: number;
  sessions_added: number;
  streaks_updated: number;
  warnings: string[];
}

export interface Adjustment {
  id: number;
  at: string;
  diamonds: Dec;
  reason: string;
}

/** What a reconcile found: the ledger's and the wallet's balance, and the correction recorded (if any). */
export interface Reconciliation {
  ledger_balance: Dec;
  wallet_balance: Dec;
  difference: Dec;
  adjustment_id: number | null;
}

export type SessionForm = Partial<Record<
  "start" | "end" | "title" | "peak_viewers" | "viewers" | "likes" | "new_followers" | "diamonds" | "notes",
  string
>>;
export interface GiftForm {
  session_id: number;
  gift: string;
  coins?: string;
  count?: string;
  sender?: string;
  at?: string;
}
export type WithdrawalForm = Partial<Record<"diamonds" | "at" | "fee" | "method" | "status" | "reference", string>>;
export type RateForm = Record<
  "effective_from" | "diamonds_per_coin" | "money_per_diamond" | "currency" | "min_withdrawal" | "max_withdrawal_per_day",
  string
>;

/** A gift live capture wrote (or grew: `added` < `count`). Sender is plain text from the tool. */
export interface StoredGift {
  gift_id: number;
  session_id: number;
  at: string;
  gift_name: string;
  coins_each: number;
  count: number;
  added: number;
  sender: string | null;
  flagged: boolean;
}

/** A streak still running: shown, not counted yet. */
export interface PendingStreak {
  gift_name: string;
  coins_each: number;
  count: number;
  at_ms: number;
  sender: string | null;
  dropped: boolean;
}

export type CaptureState = "connecting" | "connected" | "reconnecting" | "stopped";

export interface CaptureSnapshot {
  running: boolean;
  source_kind: string;
  address: string;
  state: CaptureState | null;
  detail: string;
  recent: StoredGift[];
  pending: PendingStreak[];
  stored: number;
  problem: string | null;
}

/** What the `capture` event carries. */
export type CaptureUpdate =
  | { kind: "status"; state: CaptureState; detail: string }
  | { kind: "stored"; gift: StoredGift }
  | { kind: "pending"; streaks: PendingStreak[] }
  | { kind: "problem"; message: string }
  | { kind: "session_ended"; session_id: number };

/** TikFinity's WebSocket on this computer. */
export const DEFAULT_CAPTURE_URL = "ws://localhost:21213/";

export function isCmdError(e: unknown): e is CmdError {
  return typeof e === "object" && e !== null && "kind" in e && "message" in e;
}

/** A person-readable sentence for any error a command may throw. */
export function errorText(e: unknown): string {
  if (isCmdError(e)) return e.message;
  return String(e);
}

export const api = {
  dashboard: () => invoke<Dashboard>("dashboard"),
  summary: () => invoke<Summary>("summary"),
  statement: (by: "day" | "week" | "month" | "year") => invoke<Statement>("statement", { by }),
  sessions: () => invoke<SessionMetrics[]>("sessions"),
  sessionMetrics: (id: number) => invoke<SessionMetrics>("session_metrics", { id }),
  sessionGifts: (id: number) => invoke<Gift[]>("session_gifts", { id }),
  addSession: (form: SessionForm) => invoke<number>("add_session", { form }),
  updateSession: (id: number, form: SessionForm) => invoke<void>("update_session", { id, form }),
  deleteSession: (id: number, force = false) => invoke<void>("delete_session", { id, force }),
  endSession: (id: number) => invoke<void>("end_session", { id }),
  runningSession: () => invoke<Session | null>("running_session"),
  addGift: (form: GiftForm) => invoke<Gift>("add_gift", { form }),
  deleteGift: (id: number, force = false) => invoke<Gift>("delete_gift", { id, force }),
  withdrawals: () => invoke<Withdrawal[]>("withdrawals"),
  addWithdrawal: (form: WithdrawalForm, force = false) => invoke<Withdrawal>("add_withdrawal", { form: { ...form, force } }),
  setWithdrawalStatus: (id: number, status: string) => invoke<void>("set_withdrawal_status", { id, status }),
  deleteWithdrawal: (id: number) => invoke<void>("delete_withdrawal", { id }),
  adjustments: () => invoke<Adjustment[]>("adjustments"),
  reconcile: (balance: string, reason: string) => invoke<Reconciliation>("reconcile", { balance, reason }),
  rates: () => invoke<Rate[]>("rates"),
  setRate: (form: RateForm) => invoke<number>("set_rate", { form }),
  deleteRate: (id: number) => invoke<void>("delete_rate", { id }),
  reratePreview: (from?: string) => invoke<RerateChange[]>("rerate_preview", { from: from ?? null, to: null }),
  rerate: (from?: string, force = false) => invoke<RerateChange[]>("rerate", { from: from ?? null, to: null, force }),
  catalog: () => invoke<CatalogGift[]>("catalog"),
  setCatalogGift: (name: string, coins: string) => invoke<void>("set_catalog_gift", { name, coins }),
  removeCatalogGift: (name: string) => invoke<void>("remove_catalog_gift", { name }),
  settings: () => invoke<Settings>("settings"),
  setSetting: (key: string, value: string) => invoke<void>("set_setting", { key, value }),
  importFile: (path: string, format: string, dryRun: boolean, map: string, mappingName = "") =>
    invoke<ImportReport>("import_file", { path, format, dryRun, map, mappingName }),
  importMappings: () => invoke<[string, string][]>("import_mappings"),
  imports: () => invoke<ImportRecord[]>("imports"),
  undoImport: (id: number, force = false) => invoke<[number, number]>("undo_import", { id, force }),
  /** Opens the native save dialog; only the path chosen there may be written next. */
  chooseSavePath: (defaultName: string, filterName: string, extension: string) =>
    invoke<string | null>("choose_save_path", { defaultName, filterName, extension }),
  exportFile: (format: string, path: string) => invoke<void>("export_file", { format, path }),
  backup: (path: string) => invoke<void>("backup", { path }),
  isEmpty: () => invoke<boolean>("is_empty"),
  loadDemo: () => invoke<ImportReport>("load_demo"),
  clearRecords: () => invoke<void>("clear_records"),
  databasePath: () => invoke<string>("database_path"),
  /** Today in the creator's time zone, YYYY-MM-DD. */
  today: () => invoke<string>("today"),
  captureStart: (kind: "ws" | "file", address: string, allowRemoteHost: boolean) =>
    invoke<CaptureSnapshot>("capture_start", { kind, address, allowRemoteHost }),
  captureStop: () => invoke<CaptureSnapshot>("capture_stop"),
  captureEndLive: () => invoke<boolean>("capture_end_live"),
  captureStatus: () => invoke<CaptureSnapshot>("capture_status"),
  openedFile: () => invoke<string | null>("opened_file"),
};
