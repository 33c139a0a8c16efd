// TikTok LIVE Center's own figures per day beside the ledger's days. The
// core compares them (report::days_report); this view only shows the rows
// and asks before booking a day TikTok reports but the ledger has no live on.

import { api, DayComparison, DaysReport, errorText } from "../api";
import { el, mount } from "../dom";
import { formatCount, formatDay, formatDiamonds } from "../format";
import { go } from "../router";
import { card, confirmDialog, emptyState, isDeclined, table, toast } from "../widgets";

/** What a day's comparison says in words, from the core's figures. */
export function daySentence(d: DayComparison): string {
  const on = formatDay(d.day);
  const ledger = formatDiamonds(d.ledger_diamonds);
  if (d.tiktok_diamonds === null || d.difference === null) {
    return d.reported
      ? `TikTok's files give no diamonds for ${on}; your ledger has ${ledger} from ${d.lives} live(s).`
      : `TikTok's files do not list ${on}; your ledger has ${ledger} from ${d.lives} live(s).`;
  }
  const tiktok = `TikTok reports ${formatDiamonds(d.tiktok_diamonds)} diamonds on ${on}`;
  switch (d.status) {
    case "matches":
      return `${tiktok}; your ledger has the same.`;
    case "missing":
      return `${tiktok}; your ledger has ${ledger} (${formatDiamonds(d.difference)} missing).`;
    case "extra":
      return `${tiktok}; your ledger has ${ledger} (${formatDiamonds(d.difference.replace(/^-/, ""))} more than TikTok).`;
    default:
      return `${tiktok}; your ledger has no live that day.`;
  }
}

const STATUS: Record<DayComparison["status"], string> = {
  matches: "Same",
  missing: "Ledger has fewer",
  extra: "Ledger has more",
  no_lives: "No live",
  no_tiktok_diamonds: "No TikTok diamonds",
};

export async function daysView(root: HTMLElement): Promise<void> {
  const r: DaysReport = await api.reportedDays();
  if (r.days.length === 0) {
    mount(root,
      el("h1", null, "TikTok days"),
      emptyState(
        "No TikTok LIVE Center days yet",
        "In TikTok LIVE Center, open your LIVE analytics and download them: four CSV files (Revenue, Activity, Viewers, Engagement), one row per day. Import any of them here; LiveLedger keeps them as TikTok's figures beside your ledger and never adds them to your balance.",
        el("button", { class: "primary", id: "days-import", onclick: () => go("import") }, "Import TikTok's files"),
      ));
    return;
  }
  const book = async (days: DayComparison[]) => {
    const total = days.reduce((n, d) => n + Number(d.tiktok_diamonds ?? 0), 0);
    const ok = await confirmDialog(
      days.length === 1 ? "Book this day from TikTok's figure?" : `Book ${days.length} days from TikTok's figures?`,
      [
        ...days.map((d) => `${formatDay(d.day)}: a session with TikTok's ${formatDiamonds(d.tiktok_diamonds ?? "0")} diamonds`),
        `Your balance grows by ${formatDiamonds(String(total))} diamonds. Only days your ledger has no live on are booked.`,
      ],
      days.length === 1 ? "Book the day" : "Book the days",
    );
    if (!ok) return;
    try {
      const b = await api.bookDays(days.map((d) => d.day));
      await daysView(root);
      toast(`Booked ${b.booked.length} day(s): ${formatDiamonds(b.diamonds)} diamonds`, "ok", {
        label: "Undo",
        run: async () => {
          try {
            await api.undoImport(b.import_id);
            toast("Took the booked days out again");
            await daysView(root);
          } catch (e) {
            toast(errorText(e), isDeclined(e) ? "ok" : "error");
          }
        },
      });
    } catch (e) {
      toast(errorText(e), isDeclined(e) ? "ok" : "error");
    }
  };
  const bookable = r.days.filter((d) => d.bookable);
  const differing = r.days.filter((d) => d.status !== "matches");
  mount(root,
    el("h1", null, "TikTok days"),
    card("TikTok's figures beside your ledger",
      el("p", { class: "muted small" },
        "TikTok LIVE Center's own figures per day, from the files you imported. They are TikTok's word, kept beside your ledger and never added to your balance. Your ledger's day is the day each live started, in your time zone."),
      el("p", { id: "days-total" },
        `TikTok reports ${formatDiamonds(r.tiktok_diamonds)} diamonds over these days; your ledger has ${formatDiamonds(r.ledger_diamonds)} on them. ${formatCount(Number(r.days_differing))} day(s) differ.`),
      bookable.length > 1
        ? el("div", { class: "actions" },
            el("button", { id: "days-book-all", onclick: () => void book(bookable) },
              `Book all ${bookable.length} days with no live (${formatDiamonds(r.bookable_diamonds)} diamonds)`))
        : null,
      el("div", { class: "scroll" }, table<DayComparison>([
        { title: "Day", cell: (d) => formatDay(d.day), sort: (d) => d.day, nowrap: true },
        { title: "TikTok", cell: (d) => (d.tiktok_diamonds === null ? "—" : formatDiamonds(d.tiktok_diamonds)), sort: (d) => Number(d.tiktok_diamonds ?? -1), numeric: true },
        { title: "Ledger", cell: (d) => formatDiamonds(d.ledger_diamonds), sort: (d) => Number(d.ledger_diamonds), numeric: true },
        { title: "Difference", cell: (d) => (d.difference === null ? "—" : formatDiamonds(d.difference)), sort: (d) => Number(d.difference ?? 0), numeric: true },
        { title: "Lives", cell: (d) => d.lives, numeric: true },
        { title: "LIVE time", cell: (d) => (d.reported?.live_seconds == null ? "—" : `${Math.round(d.reported.live_seconds / 60)} min`), numeric: true },
        { title: "Unique viewers", cell: (d) => formatCount(d.reported?.unique_viewers), numeric: true },
        { title: "Likes", cell: (d) => formatCount(d.reported?.likes), numeric: true },
        { title: "Status", cell: (d) => STATUS[d.status] },
        { title: "", cell: (d) => (d.bookable
          ? el("button", { class: "small", "data-book": d.day, onclick: (ev: Event) => { ev.stopPropagation(); void book([d]); } }, "Book this day")
          : "") },
      ], r.days.slice().reverse(), { id: "days-table" }))),
    differing.length
      ? card("What differs", el("ul", { id: "days-sentences" }, differing.map((d) => el("li", null, daySentence(d)))))
      : null,
  );
}
