// TikTok LIVE Center's own figures per day beside the ledger's days. The
// core compares them (report::days_report); this view only shows the rows
// and asks before booking a day TikTok reports but the ledger has no live on.

import { api, DayComparison, DaysReport, errorText } from "../api";
import { el, mount } from "../dom";
import { t } from "../i18n";
import { diamondsWord, formatCount, formatDay, formatDiamonds } from "../format";
import { go } from "../router";
import { card, confirmDialog, emptyState, isDeclined, table, toast } from "../widgets";

/** What a day's comparison says in words, from the core's figures. */
export function daySentence(d: DayComparison): string {
  const day = formatDay(d.day);
  const ledger = formatDiamonds(d.ledger_diamonds);
  if (d.tiktok_diamonds === null || d.difference === null) {
    return t(d.reported ? "days-sentence-no-diamonds" : "days-sentence-not-listed", { day, ledger, count: d.lives });
  }
  const tiktok = diamondsWord(d.tiktok_diamonds);
  switch (d.status) {
    case "matches":
      return t("days-sentence-same", { tiktok, day });
    case "missing":
      return t("days-sentence-missing", { tiktok, day, ledger, difference: formatDiamonds(d.difference) });
    case "extra":
      return t("days-sentence-extra", { tiktok, day, ledger, difference: formatDiamonds(d.difference.replace(/^-/, "")) });
    default:
      return t("days-sentence-no-lives", { tiktok, day });
  }
}

const STATUS: Record<DayComparison["status"], string> = {
  matches: "days-status-matches",
  missing: "days-status-missing",
  extra: "days-status-extra",
  no_lives: "days-status-no-lives",
  no_tiktok_diamonds: "days-status-no-tiktok-diamonds",
};

export async function daysView(root: HTMLElement): Promise<void> {
  const r: DaysReport = await api.reportedDays();
  if (r.days.length === 0) {
    mount(root,
      el("h1", null, t("days-title")),
      emptyState(
        t("days-empty-title"),
        t("days-empty-text"),
        el("button", { class: "primary", id: "days-import", onclick: () => go("import") }, t("days-empty-import")),
      ));
    return;
  }
  const book = async (days: DayComparison[]) => {
    const total = days.reduce((n, d) => n + Number(d.tiktok_diamonds ?? 0), 0);
    const ok = await confirmDialog(
      t("days-book-title", { count: days.length }),
      [
        ...days.map((d) => t("days-book-line", { day: formatDay(d.day), diamonds: diamondsWord(d.tiktok_diamonds ?? "0") })),
        t("days-book-effect", { diamonds: diamondsWord(String(total)) }),
      ],
      t("days-book-confirm", { count: days.length }),
    );
    if (!ok) return;
    try {
      const b = await api.bookDays(days.map((d) => d.day));
      await daysView(root);
      toast(t("days-booked", { count: b.booked.length, diamonds: diamondsWord(b.diamonds) }), "ok", {
        label: t("days-undo"),
        run: async () => {
          try {
            await api.undoImport(b.import_id);
            toast(t("days-unbooked"));
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
    el("h1", null, t("days-title")),
    card(t("days-beside-title"),
      el("p", { class: "muted small" }, t("days-beside-text")),
      el("p", { id: "days-total" },
        t("days-total", { tiktok: diamondsWord(r.tiktok_diamonds), ledger: formatDiamonds(r.ledger_diamonds), count: Number(r.days_differing) })),
      bookable.length > 1
        ? el("div", { class: "actions" },
            el("button", { id: "days-book-all", onclick: () => void book(bookable) },
              t("days-book-all", { count: bookable.length, diamonds: diamondsWord(r.bookable_diamonds) })))
        : null,
      el("div", { class: "scroll" }, table<DayComparison>([
        { title: t("days-col-day"), cell: (d) => formatDay(d.day), sort: (d) => d.day, nowrap: true },
        { title: t("days-col-tiktok"), cell: (d) => (d.tiktok_diamonds === null ? "—" : formatDiamonds(d.tiktok_diamonds)), sort: (d) => Number(d.tiktok_diamonds ?? -1), numeric: true },
        { title: t("days-col-ledger"), cell: (d) => formatDiamonds(d.ledger_diamonds), sort: (d) => Number(d.ledger_diamonds), numeric: true },
        { title: t("days-col-difference"), cell: (d) => (d.difference === null ? "—" : formatDiamonds(d.difference)), sort: (d) => Number(d.difference ?? 0), numeric: true },
        { title: t("days-col-lives"), cell: (d) => d.lives, numeric: true },
        { title: t("days-col-live-time"), cell: (d) => (d.reported?.live_seconds == null ? "—" : t("duration-minutes", { minutes: Math.round(d.reported.live_seconds / 60) })), numeric: true },
        { title: t("days-col-viewers"), cell: (d) => formatCount(d.reported?.unique_viewers), numeric: true },
        { title: t("days-col-likes"), cell: (d) => formatCount(d.reported?.likes), numeric: true },
        { title: t("days-col-status"), cell: (d) => t(STATUS[d.status]) },
        { title: "", hiddenTitle: t("days-col-actions"), cell: (d) => (d.bookable
          ? el("button", { class: "small", "data-book": d.day, onclick: (ev: Event) => { ev.stopPropagation(); void book([d]); } }, t("days-book-one"))
          : "") },
      ], r.days.slice().reverse(), { id: "days-table" }))),
    differing.length
      ? card(t("days-what-differs"), el("ul", { id: "days-sentences" }, differing.map((d) => el("li", null, daySentence(d)))))
      : null,
  );
}
