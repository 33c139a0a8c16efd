// Typed wrappers over the app's Tauri commands. Decimals arrive as strings
// and stay strings; the UI formats them, it never computes money.

import { invoke } from "@tauri-apps/api/core";

export type Dec = string;

export interface CmdError {
  kind: string;
  message: string;
  detail: { field?: string; problems?: RowProblem[]; count?: number } | null;
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
  withdrawable_now_diamonds: Dec;
  withdrawable_now_value: Dec;
  pending_value: Dec;
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
  value: Dec;
  withdrawn_diamonds: Dec;
  withdrawn_gross: Dec;
  fees: Dec;
  net_paid: Dec;
  adjusted_diamonds: Dec;
  closing_balance: Dec;
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
  dry_run: boolean;
  import_id: number | null;
}

export interface ImportRecord {
  id: number;
  file_name: string;
  format: string;
  imported_at: string;
  rows_added: number;
  rows_skipped: number;
  sessions_added: number;
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
  statement: (by: "day" | "week" | "month" | "year") => invoke<PeriodRow[]>("statement", { by }),
  sessions: () => invoke<SessionMetrics[]>("sessions"),
  sessionMetrics: (id: number) => invoke<SessionMetrics>("session_metrics", { id }),
  sessionGifts: (id: number) => invoke<Gift[]>("session_gifts", { id }),
  addSession: (form: SessionForm) => invoke<number>("add_session", { form }),
  updateSession: (id: number, form: SessionForm) => invoke<void>("update_session", { id, form }),
  deleteSession: (id: number) => invoke<void>("delete_session", { id }),
  endSession: (id: number) => invoke<void>("end_session", { id }),
  runningSession: () => invoke<Session | null>("running_session"),
  addGift: (form: GiftForm) => invoke<Gift>("add_gift", { form }),
  deleteGift: (id: number) => invoke<Gift>("delete_gift", { id }),
  withdrawals: () => invoke<Withdrawal[]>("withdrawals"),
  addWithdrawal: (form: WithdrawalForm) => invoke<Withdrawal>("add_withdrawal", { form }),
  setWithdrawalStatus: (id: number, status: string) => invoke<void>("set_withdrawal_status", { id, status }),
  deleteWithdrawal: (id: number) => invoke<void>("delete_withdrawal", { id }),
  adjustments: () => invoke<Adjustment[]>("adjustments"),
  reconcile: (balance: string, reason: string) => invoke<Reconciliation>("reconcile", { balance, reason }),
  rates: () => invoke<Rate[]>("rates"),
  setRate: (form: RateForm) => invoke<number>("set_rate", { form }),
  deleteRate: (id: number) => invoke<void>("delete_rate", { id }),
  catalog: () => invoke<CatalogGift[]>("catalog"),
  setCatalogGift: (name: string, coins: string) => invoke<void>("set_catalog_gift", { name, coins }),
  removeCatalogGift: (name: string) => invoke<void>("remove_catalog_gift", { name }),
  settings: () => invoke<Settings>("settings"),
  setSetting: (key: string, value: string) => invoke<void>("set_setting", { key, value }),
  importFile: (path: string, format: string, dryRun: boolean, map: string) =>
    invoke<ImportReport>("import_file", { path, format, dryRun, map }),
  imports: () => invoke<ImportRecord[]>("imports"),
  undoImport: (id: number) => invoke<[number, number]>("undo_import", { id }),
  exportFile: (format: string, path: string) => invoke<void>("export_file", { format, path }),
  backup: (path: string) => invoke<void>("backup", { path }),
  isEmpty: () => invoke<boolean>("is_empty"),
  loadDemo: () => invoke<ImportReport>("load_demo"),
  clearRecords: () => invoke<void>("clear_records"),
  databasePath: () => invoke<string>("database_path"),
  openedFile: () => invoke<string | null>("opened_file"),
};
