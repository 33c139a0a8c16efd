import { api, Gift, SessionMetrics } from "../api";
import { el, mount } from "../dom";
import { formatCount, formatDateTime, formatDecimal, formatDiamonds, formatHours, formatMoney, formatTime, toLocalInput } from "../format";
import { clearErrors, emptyState, field, Field, removeWithUndo, showError, table, toast, values, withConfirmation } from "../widgets";

export async function sessionsView(root: HTMLElement, openId?: number): Promise<void> {
  const [list, settings] = await Promise.all([api.sessions(), api.settings()]);
  const tz = settings.timezone;
  const detail = el("div", { id: "session-detail" });
  const filter = el("input", { type: "search", id: "session-filter", placeholder: "Filter by title or date…", "aria-label": "Filter sessions" });
  const tableHost = el("div");
  const newButton = el("button", { class: "primary", id: "new-session", onclick: () => editor(detail, tz, null, () => sessionsView(root)) }, "New session");

  const drawTable = () => {
    const q = filter.value.trim().toLowerCase();
    const rows = [...list].reverse().filter((s) => !q || s.title.toLowerCase().includes(q) || s.day.includes(q));
    mount(
      tableHost,
      rows.length === 0
        ? el("p", { class: "muted" }, list.length ? "No session matches the filter." : "")
        : table<SessionMetrics>(
            [
              { title: "Date", cell: (s) => formatDateTime(s.started_at, undefined, tz), sort: (s) => s.started_at, nowrap: true },
              { title: "Duration", cell: (s) => (s.ended_at ? formatHours(s.hours) : el("span", { class: "badge live" }, "live")), sort: (s) => Number(s.hours), nowrap: true },
              { title: "Title", cell: (s) => (s.title ? el("span", { class: "ellipsis", title: s.title }, s.title) : el("span", { class: "muted" }, "—")), sort: (s) => s.title, className: "col-title" },
              { title: "Diamonds", cell: (s) => formatDiamonds(s.diamonds), sort: (s) => Number(s.diamonds), numeric: true },
              { title: "Value", cell: (s) => formatMoney(s.value, s.currency), sort: (s) => Number(s.value), numeric: true, className: "col-value" },
              { title: "Viewers", cell: (s) => formatCount(s.unique_viewers ?? s.peak_viewers), sort: (s) => s.unique_viewers ?? s.peak_viewers ?? -1, numeric: true, className: "col-viewers" },
              { title: "Per hour", cell: (s) => (s.diamonds_per_hour ? formatDecimal(s.diamonds_per_hour, { places: 0 }) : "—"), sort: (s) => Number(s.diamonds_per_hour ?? -1), numeric: true, nowrap: true },
            ],
            rows,
            { id: "sessions-table", page: 200, onRow: (s) => void showSession(detail, tz, s, () => sessionsView(root, s.id)) },
          ),
    );
  };
  filter.addEventListener("input", drawTable);

  if (list.length === 0) {
    mount(root, el("h1", null, "Sessions"),
      emptyState("No sessions yet", "Add the lives you have done, with their gifts, or import them from a CSV file.", newButton),
      detail);
    return;
  }
  drawTable();
  const open = list.find((s) => s.id === openId);
  if (open) void showSession(detail, tz, open, () => sessionsView(root, open.id));
  mount(root, el("h1", null, "Sessions"), el("div", { class: "toolbar" }, filter, newButton), el("div", { class: "split" }, el("div", { class: "card scroll", id: "sessions-list" }, tableHost), detail));
}

function editor(host: HTMLElement, tz: string, s: SessionMetrics | null, done: () => void): void {
  const fields: Field[] = [
    field("Start", "start", { type: "datetime-local", value: s ? toLocalInput(new Date(s.started_at), tz) : toLocalInput(new Date(), tz), required: true }),
    field("End", "end", { type: "datetime-local", value: s?.ended_at ? toLocalInput(new Date(s.ended_at), tz) : "", hint: "Leave empty while the live is running." }),
    field("Title", "title", { value: s?.title ?? "" }),
    field("Viewers", "viewers", { type: "number", value: s?.unique_viewers?.toString() ?? "" }),
    field("Peak viewers", "peak_viewers", { type: "number", value: s?.peak_viewers?.toString() ?? "" }),
    field("New followers", "new_followers", { type: "number", value: s?.new_followers?.toString() ?? "" }),
    field("Diamonds TikTok reported", "diamonds", { value: s && s.reported_diamonds !== "0" ? s.reported_diamonds : "", hint: "From TikTok's LIVE summary, when you don't log single gifts." }),
    field("Notes", "notes", { type: "textarea", value: s?.notes ?? "" }),
  ];
  const message = el("div", { class: "form-error", role: "alert" });
  const form = el("form", { class: "form", id: "session-form", novalidate: true },
    el("h2", null, s ? "Edit session" : "New session"),
    fields.map((f) => f.row),
    message,
    el("div", { class: "actions" },
      el("button", { type: "submit", class: "primary" }, s ? "Save" : "Add session"),
      el("button", { type: "button", onclick: () => place(host) }, "Cancel")),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearErrors(fields, message);
    try {
      if (s) await api.updateSession(s.id, values(fields));
      else await api.addSession(values(fields));
      toast(s ? "Session saved" : "Session added");
      done();
    } catch (e) {
      showError(fields, message, e, { "peak viewers": "peak_viewers", "new followers": "new_followers" });
    }
  });
  place(host, el("div", { class: "card" }, form));
  fields[0].input.focus({ preventScroll: true });
}

/** Every word of a live's detail, in one place. */
const D = {
  recap: "Recap",
  earned: "Earned",
  duration: "Duration",
  running: "still live",
  perHour: "Per hour live",
  gifts: "Gifts",
  topGifters: "Top gifters",
  noGifters: "No sender names",
  diamonds: (v: string) => `${formatDiamonds(v)} ${v === "1" ? "diamond" : "diamonds"}`,
  giftsFrom: (gifts: number, senders: number) => `${formatCount(gifts)} ${gifts === 1 ? "gift" : "gifts"} from ${formatCount(senders)} ${senders === 1 ? "sender" : "senders"}`,
  bySender: "Gifts by sender",
  noName: "Without a sender name",
  senderLine: (gifts: number, coins: number) => `${formatCount(gifts)} ${gifts === 1 ? "gift" : "gifts"} · ${formatCount(coins)} ${coins === 1 ? "coin" : "coins"}`,
  close: "Close",
  noGifts: "No gift rows in this live.",
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
      fact(D.earned, el("strong", null, D.diamonds(s.diamonds)), el("span", { class: "sub-figure" }, formatMoney(s.value, s.currency))),
      fact(D.duration, s.ended_at ? formatHours(s.hours) : D.running),
      fact(D.perHour, s.value_per_hour ? formatMoney(s.value_per_hour, s.currency) : "—",
        s.diamonds_per_hour ? el("span", { class: "sub-figure" }, `${formatDecimal(s.diamonds_per_hour, { places: 0 })} diamonds`) : ""),
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
      el("th", { scope: "col" }, "Time"), el("th", { scope: "col" }, "Gift"),
      el("th", { scope: "col", class: "num" }, "Coins"), el("th", { scope: "col", class: "num" }, "Count"),
      el("th", { scope: "col" }, el("span", { class: "sr-only" }, "Actions")))),
    groups.map((group, gi) => {
      const open = total <= 12 || gi === 0;
      const rows = group.gifts.map((g) => el("tr", { hidden: !open },
        el("td", { class: "nowrap" }, g.at ? formatTime(g.at, undefined, tz) : "—"),
        el("td", null, g.gift_name, g.estimated ? [" ", el("span", { class: "badge warn", title: "The imported log ended before this streak did: counted at its highest count so far. Importing the rest of the log completes it." }, "estimated")] : null),
        el("td", { class: "num" }, formatCount(g.coins_each)),
        el("td", { class: "num" }, formatCount(g.count)),
        el("td", { class: "num" }, el("button", { class: "link", "aria-label": `Delete ${g.gift_name}${g.sender ? ` from ${g.sender}` : ""}`, onclick: (ev: Event) => { ev.stopPropagation(); onDelete(g); } }, "Delete"))));
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

async function showSession(host: HTMLElement, tz: string, s: SessionMetrics, refresh: () => void): Promise<void> {
  const gifts = await api.sessionGifts(s.id);
  const addFields: Field[] = [
    field("Gift", "gift", { placeholder: "Rose", hint: "A catalog gift takes its coins from the catalog." }),
    field("Coins each", "coins", { type: "number", placeholder: "from catalog" }),
    field("Count", "count", { type: "number", value: "1" }),
    field("From", "sender", { placeholder: "optional" }),
  ];
  const message = el("div", { class: "form-error", role: "alert" });
  const addForm = el("form", { class: "form inline", id: "gift-form", novalidate: true },
    addFields.map((f) => f.row), message,
    el("button", { type: "submit", class: "primary" }, "Add gift"));
  addForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearErrors(addFields, message);
    try {
      const v = values(addFields);
      await api.addGift({ session_id: s.id, gift: v.gift, coins: v.coins, count: v.count, sender: v.sender });
      toast("Gift added");
      refresh();
    } catch (e) {
      showError(addFields, message, e, { from: "sender" });
    }
  });
  const deleteGift = async (g: Gift) => {
    let undo = 0;
    await removeWithUndo(
      { title: "Delete this gift?", lines: [`${g.count} × ${g.gift_name}${g.sender ? ` from ${g.sender}` : ""} (${formatCount(g.coins_each * g.count)} coins).`, "You can undo this right after."], confirm: "Delete gift" },
      async () => {
        undo = (await withConfirmation((force) => api.deleteGift(g.id, force), "Delete it anyway")).undo;
      },
      "Gift deleted",
      () => withConfirmation((force) => api.restoreDeleted(undo, force), "Put it back anyway"),
      refresh);
  };
  const groups = bySender(gifts);
  place(
    host,
    el("div", { class: "card", id: "session-card" },
      el("div", { class: "card-head" },
        el("h2", { class: "detail-title" }, el("span", { class: "ellipsis", title: s.title || "Session" }, s.title || "Session"), el("span", { class: "muted when" }, formatDateTime(s.started_at, undefined, tz))),
        el("div", { class: "actions" },
          el("button", { onclick: () => editor(host, tz, s, refresh) }, "Edit"),
          el("button", { class: "danger", id: "session-delete", onclick: async () => {
            let undo = 0;
            await removeWithUndo(
              { title: "Delete this session?", lines: [`${s.title || "Session"} · ${formatDateTime(s.started_at, undefined, tz)}: ${formatCount(s.gift_count)} gifts, ${formatDiamonds(s.diamonds)} diamonds.`, "You can undo this right after."], confirm: "Delete session" },
              async () => {
                undo = (await withConfirmation((force) => api.deleteSession(s.id, force), "Delete it anyway")).undo;
              },
              "Session deleted",
              () => withConfirmation((force) => api.restoreDeleted(undo, force), "Put it back anyway"),
              () => {
                place(host);
                refresh();
              });
          } }, "Delete"),
          el("button", { id: "session-close", "aria-label": "Close the live's detail", onclick: () => place(host) }, D.close))),
      recap(s, groups),
      s.value_per_1000_viewers ? el("p", { class: "muted small" }, `${formatMoney(s.value_per_1000_viewers, s.currency)} per 1,000 viewers`) : null,
      el("h3", null, D.bySender),
      gifts.length ? senderTable(groups, tz, (g) => void deleteGift(g)) : el("p", { class: "muted" }, D.noGifts),
      addForm,
    ),
  );
}
