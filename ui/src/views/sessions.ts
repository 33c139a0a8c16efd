import { api, Gift, SessionMetrics, SessionRow } from "../api";
import type { Message } from "../bindings";
import { el, mount } from "../dom";
import { coins, diamondsWord, formatCount, formatDateTime, formatDecimal, formatDiamonds, formatHours, formatMoney, formatTime, roundForDisplay, toLocalInput } from "../format";
import { t } from "../i18n";
import { say } from "../said";
import { pageState, showKept, Visit } from "../router";
import { clearErrors, emptyState, field, Field, removeWithUndo, showError, table, toast, values, withConfirmation } from "../widgets";

/** Lives the list draws at first (and per "show more"): some three windows'
 * worth; filtering and sorting are over every live. */
const PAGE = 50;

/** The sessions list, with live `openId` open; without one, the list drawn
 * before is shown again while the ledger and the page are unchanged. */
export async function sessionsView(root: HTMLElement, openId?: number, visit?: Visit): Promise<void> {
  if (openId !== undefined) return drawSessions(root, openId);
  // The list does not read the clock: the ledger's version without the minute.
  const version = async () => (await api.ledgerVersion()).split("-")[0];
  await showKept("sessions", root, async () => `${await version()} ${pageState()}`, async () => {
    await drawSessions(root);
    return true;
  }, visit);
}

async function drawSessions(root: HTMLElement, openId?: number): Promise<void> {
  const [list, settings] = await Promise.all([api.sessions(), api.settings()]);
  const tz = settings.timezone;
  const detail = el("div", { id: "session-detail" });
  const filter = el("input", { type: "search", id: "session-filter", placeholder: t("sessions-filter-placeholder"), "aria-label": t("sessions-filter-label") });
  const tableHost = el("div");
  const newButton = el("button", { class: "primary", id: "new-session", onclick: () => editor(detail, tz, null, () => sessionsView(root)) }, t("sessions-new"));

  const drawTable = () => {
    const q = filter.value.trim().toLowerCase();
    const rows = [...list].reverse().filter((s) => !q || shownTitle(s).toLowerCase().includes(q) || s.day.includes(q));
    mount(
      tableHost,
      rows.length === 0
        ? el("p", { class: "muted" }, list.length ? t("sessions-no-match") : "")
        : table<SessionRow>(
            [
              { title: t("sessions-col-date"), cell: (s) => formatDateTime(s.started_at, undefined, tz), sort: (s) => s.started_at, nowrap: true },
              { title: t("sessions-col-duration"), cell: (s) => (s.ended_at ? formatHours(s.hours) : el("span", { class: "badge live" }, t("sessions-running-badge"))), sort: (s) => Number(s.hours), nowrap: true },
              { title: t("sessions-col-title"), cell: (s) => (s.title ? el("span", { class: "ellipsis", title: shownTitle(s) }, shownTitle(s)) : el("span", { class: "muted" }, "—")), sort: (s) => shownTitle(s), className: "col-title" },
              { title: t("sessions-col-diamonds"), cell: (s) => formatDiamonds(s.diamonds), sort: (s) => Number(s.diamonds), numeric: true },
              { title: t("sessions-col-value"), cell: (s) => formatMoney(s.value, s.currency), sort: (s) => Number(s.value), numeric: true, className: "col-value" },
              { title: t("sessions-col-viewers"), cell: (s) => formatCount(s.viewers), sort: (s) => s.viewers ?? -1, numeric: true, className: "col-viewers" },
              { title: t("sessions-col-per-hour"), cell: (s) => (s.diamonds_per_hour ? formatDecimal(s.diamonds_per_hour, { places: 0 }) : "—"), sort: (s) => Number(s.diamonds_per_hour ?? -1), numeric: true, nowrap: true },
            ],
            rows,
            { id: "sessions-table", page: PAGE, onRow: (s) => void openSession(detail, tz, s.id, () => sessionsView(root, s.id)) },
          ),
    );
  };
  filter.addEventListener("input", drawTable);

  if (list.length === 0) {
    mount(root, el("h1", null, t("sessions-title")),
      emptyState(t("sessions-empty-title"), t("sessions-empty-text"), newButton),
      detail);
    return;
  }
  drawTable();
  const open = list.find((s) => s.id === openId);
  if (open) void openSession(detail, tz, open.id, () => sessionsView(root, open.id));
  mount(root, el("h1", null, t("sessions-title")), el("div", { class: "toolbar" }, filter, newButton), el("div", { class: "split" }, el("div", { class: "card scroll", id: "sessions-list" }, tableHost), detail));
}

function editor(host: HTMLElement, tz: string, s: SessionMetrics | null, done: () => void): void {
  const fields: Field[] = [
    field(t("sessions-field-start"), "start", { type: "datetime-local", value: s ? toLocalInput(new Date(s.started_at), tz) : toLocalInput(new Date(), tz), required: true }),
    field(t("sessions-field-end"), "end", { type: "datetime-local", value: s?.ended_at ? toLocalInput(new Date(s.ended_at), tz) : "", hint: t("sessions-field-end-hint") }),
    field(t("sessions-field-title"), "title", { value: s?.title ?? "" }),
    field(t("sessions-field-viewers"), "viewers", { type: "number", value: s?.unique_viewers?.toString() ?? "" }),
    field(t("sessions-field-peak-viewers"), "peak_viewers", { type: "number", value: s?.peak_viewers?.toString() ?? "" }),
    field(t("sessions-field-new-followers"), "new_followers", { type: "number", value: s?.new_followers?.toString() ?? "" }),
    field(t("sessions-field-diamonds"), "diamonds", { value: s && s.reported_diamonds !== "0" ? s.reported_diamonds : "", hint: t("sessions-field-diamonds-hint") }),
    field(t("sessions-field-notes"), "notes", { type: "textarea", value: s?.notes ?? "" }),
  ];
  const message = el("div", { class: "form-error", role: "alert" });
  const form = el("form", { class: "form", id: "session-form", novalidate: true },
    el("h2", null, s ? t("sessions-edit-title") : t("sessions-new-title")),
    fields.map((f) => f.row),
    message,
    el("div", { class: "actions" },
      el("button", { type: "submit", class: "primary" }, s ? t("sessions-save") : t("sessions-add")),
      el("button", { type: "button", onclick: () => place(host) }, t("sessions-cancel"))),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearErrors(fields, message);
    try {
      if (s) await api.updateSession(s.id, values(fields));
      else await api.addSession(values(fields));
      toast(s ? t("sessions-saved") : t("sessions-added"));
      done();
    } catch (e) {
      showError(fields, message, e, { "peak viewers": "peak_viewers", "new followers": "new_followers" });
    }
  });
  place(host, el("div", { class: "card" }, form));
  fields[0].input.focus({ preventScroll: true });
}

/** Every word of a live's detail, in one place: read when drawn, so a
 * live shown again is in the language chosen since. */
const D = {
  get recap() { return t("sessions-recap"); },
  get earned() { return t("sessions-earned"); },
  get duration() { return t("sessions-duration"); },
  get running() { return t("sessions-still-live"); },
  get perHour() { return t("sessions-per-hour-live"); },
  get gifts() { return t("sessions-gifts"); },
  get topGifters() { return t("sessions-top-gifters"); },
  get noGifters() { return t("sessions-no-gifters"); },
  giftsFrom: (count: number, senders: number) => t("sessions-gifts-from", { count, senders }),
  get bySender() { return t("sessions-by-sender"); },
  get noName() { return t("sessions-no-sender"); },
  senderLine: (count: number, c: number) => t("sessions-sender-line", { count, coins: coins(c) }),
  get close() { return t("sessions-close"); },
  get noGifts() { return t("sessions-no-gifts"); },
  get untitled() { return t("sessions-untitled"); },
  get undoHint() { return t("sessions-undo-hint"); },
  get deleteAnyway() { return t("sessions-delete-anyway"); },
  get restoreAnyway() { return t("sessions-restore-anyway"); },
};

/** Shows `content` (or nothing) in the detail beside or above the list, in
 * view: the layout is a class set here, not a `:has()` rule (this WebKitGTK
 * does not apply one again when the detail fills). */
function place(host: HTMLElement, ...content: (HTMLElement | null)[]): void {
  mount(host, ...content);
  const shown = host.childElementCount > 0;
  host.closest(".split")?.classList.toggle("has-detail", shown);
  if (!shown) return;
  // Beside the list the detail sticks to the top; above it, it is scrolled to.
  const top = host.getBoundingClientRect().top;
  const main = host.closest("main");
  const mainTop = main ? main.getBoundingClientRect().top : 0;
  if (top < mainTop || top > window.innerHeight - 80) host.scrollIntoView({ block: "start" });
}

/** One sender's gifts: counts and coins are whole numbers added up for the
 * list; diamonds and money stay the core's (the recap). */
interface SenderGroup {
  name: string | null;
  gifts: Gift[];
  count: number;
  coins: number;
}

function bySender(gifts: Gift[]): SenderGroup[] {
  const groups = new Map<string | null, SenderGroup>();
  for (const g of gifts) {
    let group = groups.get(g.sender);
    if (!group) {
      group = { name: g.sender, gifts: [], count: 0, coins: 0 };
      groups.set(g.sender, group);
    }
    group.gifts.push(g);
    group.count += g.count;
    group.coins += g.coins_each * g.count;
  }
  return [...groups.values()].sort((a, b) => b.coins - a.coins || (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff"));
}

function recap(s: SessionMetrics, groups: SenderGroup[]): HTMLElement {
  const named = groups.filter((g) => g.name !== null);
  const fact = (term: string, ...value: (string | HTMLElement)[]) => el("div", { class: "tile" }, el("dt", null, term), el("dd", null, ...value));
  return el("section", { class: "recap", id: "session-recap", "aria-label": D.recap },
    el("dl", { class: "recap-facts" },
      fact(D.earned, el("strong", null, diamondsWord(s.diamonds)), el("span", { class: "sub-figure" }, formatMoney(s.value, s.currency))),
      fact(D.duration, s.ended_at ? formatHours(s.hours) : D.running),
      fact(D.perHour, s.value_per_hour ? formatMoney(s.value_per_hour, s.currency) : "—",
        s.diamonds_per_hour ? el("span", { class: "sub-figure" }, diamondsWord(roundForDisplay(s.diamonds_per_hour, 0))) : ""),
      fact(D.gifts, D.giftsFrom(s.gift_count, named.length))),
    el("div", { class: "top-gifters" },
      el("h3", null, D.topGifters),
      named.length
        ? el("ol", { id: "session-top-gifters" }, named.slice(0, 3).map((g) => el("li", null, el("span", { class: "name" }, g.name ?? ""), " ", el("span", { class: "muted" }, D.senderLine(g.count, g.coins)))))
        : el("p", { class: "muted small" }, D.noGifters)));
}

/** The gifts grouped by sender, the biggest first; each group opens and
 * closes (all open in a small live, the first one in a big one). */
function senderTable(groups: SenderGroup[], tz: string, onDelete: (g: Gift) => void): HTMLElement {
  const total = groups.reduce((n, g) => n + g.gifts.length, 0);
  const cols = 5;
  return el("table", { class: "data gifts-by-sender", id: "gifts-table" },
    el("caption", { class: "sr-only" }, D.bySender),
    el("thead", null, el("tr", null,
      el("th", { scope: "col" }, t("sessions-col-time")), el("th", { scope: "col" }, t("sessions-col-gift")),
      el("th", { scope: "col", class: "num" }, t("sessions-col-coins")), el("th", { scope: "col", class: "num" }, t("sessions-col-count")),
      el("th", { scope: "col" }, el("span", { class: "sr-only" }, t("sessions-col-actions"))))),
    groups.map((group, gi) => {
      const open = total <= 12 || gi === 0;
      const rows = group.gifts.map((g) => el("tr", { hidden: !open },
        el("td", { class: "nowrap" }, g.at ? formatTime(g.at, undefined, tz) : "—"),
        el("td", null, g.gift_name, g.estimated ? [" ", el("span", { class: "badge warn", title: t("sessions-estimated-hint") }, t("sessions-estimated"))] : null),
        el("td", { class: "num" }, formatCount(g.coins_each)),
        el("td", { class: "num" }, formatCount(g.count)),
        el("td", { class: "num" }, el("button", { class: "link", "aria-label": g.sender ? t("sessions-delete-gift-from-label", { gift: g.gift_name, sender: g.sender }) : t("sessions-delete-gift-label", { gift: g.gift_name }), onclick: (ev: Event) => { ev.stopPropagation(); onDelete(g); } }, t("sessions-delete")))));
      const toggle = el("button", { type: "button", class: "sender-toggle", "aria-expanded": String(open) },
        el("span", { class: "caret", "aria-hidden": "true" }), group.name ?? el("span", { class: "muted" }, D.noName));
      toggle.addEventListener("click", () => {
        const now = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", String(now));
        for (const r of rows) r.hidden = !now;
      });
      return el("tbody", { class: "sender-group", "data-sender": group.name ?? "" },
        el("tr", { class: "sender-head" },
          el("th", { scope: "rowgroup", colspan: cols - 2 }, toggle),
          el("td", { class: "num muted", colspan: 2 }, D.senderLine(group.count, group.coins))),
        rows);
    }));
}

/** Opens live `id` in the detail: the list carries only its lines, so its
 * whole metrics (the recap, the editor's fields) are asked for now. */
async function openSession(host: HTMLElement, tz: string, id: number, refresh: () => void): Promise<void> {
  const [s, gifts] = await Promise.all([api.sessionMetrics(id), api.sessionGifts(id)]);
  showSession(host, tz, s, gifts, refresh);
}

function showSession(host: HTMLElement, tz: string, s: SessionMetrics, gifts: Gift[], refresh: () => void): void {
  const addFields: Field[] = [
    field(t("sessions-gift-field"), "gift", { placeholder: t("sessions-gift-placeholder"), hint: t("sessions-gift-hint") }),
    field(t("sessions-coins-field"), "coins", { type: "number", placeholder: t("sessions-coins-placeholder") }),
    field(t("sessions-count-field"), "count", { type: "number", value: "1" }),
    field(t("sessions-sender-field"), "sender", { placeholder: t("sessions-sender-placeholder") }),
  ];
  const message = el("div", { class: "form-error", role: "alert" });
  const addForm = el("form", { class: "form inline", id: "gift-form", novalidate: true },
    addFields.map((f) => f.row), message,
    el("button", { type: "submit", class: "primary" }, t("sessions-add-gift")));
  addForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearErrors(addFields, message);
    try {
      const v = values(addFields);
      await api.addGift({ session_id: s.id, gift: v.gift, coins: v.coins, count: v.count, sender: v.sender });
      toast(t("sessions-gift-added"));
      refresh();
    } catch (e) {
      showError(addFields, message, e, { from: "sender" });
    }
  });
  const deleteGift = async (g: Gift) => {
    let undo = 0;
    await removeWithUndo(
      {
        title: t("sessions-delete-gift-title"),
        lines: [
          g.sender
            ? t("sessions-delete-gift-from-line", { count: g.count, gift: g.gift_name, sender: g.sender, coins: coins(g.coins_each * g.count) })
            : t("sessions-delete-gift-line", { count: g.count, gift: g.gift_name, coins: coins(g.coins_each * g.count) }),
          D.undoHint,
        ],
        confirm: t("sessions-delete-gift-confirm"),
      },
      async () => {
        undo = (await withConfirmation((force) => api.deleteGift(g.id, force), D.deleteAnyway)).undo;
      },
      t("sessions-gift-deleted"),
      () => withConfirmation((force) => api.restoreDeleted(undo, force), D.restoreAnyway),
      refresh);
  };
  const groups = bySender(gifts);
  place(
    host,
    el("div", { class: "card", id: "session-card" },
      el("div", { class: "card-head" },
        el("h2", { class: "detail-title" }, el("span", { class: "ellipsis", title: shownTitle(s) || D.untitled }, shownTitle(s) || D.untitled), el("span", { class: "muted when" }, formatDateTime(s.started_at, undefined, tz))),
        el("div", { class: "actions" },
          el("button", { onclick: () => editor(host, tz, s, refresh) }, t("sessions-edit")),
          el("button", { class: "danger", id: "session-delete", onclick: async () => {
            let undo = 0;
            await removeWithUndo(
              {
                title: t("sessions-delete-session-title"),
                lines: [
                  t("sessions-delete-session-line", { title: shownTitle(s) || D.untitled, date: formatDateTime(s.started_at, undefined, tz), count: s.gift_count, diamonds: diamondsWord(s.diamonds) }),
                  D.undoHint,
                ],
                confirm: t("sessions-delete-session-confirm"),
              },
              async () => {
                undo = (await withConfirmation((force) => api.deleteSession(s.id, force), D.deleteAnyway)).undo;
              },
              t("sessions-session-deleted"),
              () => withConfirmation((force) => api.restoreDeleted(undo, force), D.restoreAnyway),
              () => {
                place(host);
                refresh();
              });
          } }, t("sessions-delete")),
          el("button", { id: "session-close", "aria-label": t("sessions-close-label"), onclick: () => place(host) }, D.close))),
      recap(s, groups),
      s.value_per_1000_viewers ? el("p", { class: "muted small" }, t("sessions-per-thousand-viewers", { value: formatMoney(s.value_per_1000_viewers, s.currency) })) : null,
      el("h3", null, D.bySender),
      gifts.length ? senderTable(groups, tz, (g) => void deleteGift(g)) : el("p", { class: "muted" }, D.noGifts),
      addForm,
    ),
  );
}

/** A live's title as the creator reads it: one LiveLedger wrote itself
 * ("Imported live") in the chosen language, the creator's own as typed. */
function shownTitle(s: { title: string; title_said?: Message | null }): string {
  return s.title ? say(s.title_said, s.title) : "";
}
