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
              { title: "Title", cell: (s) => s.title || el("span", { class: "muted" }, "—"), sort: (s) => s.title },
              { title: "Diamonds", cell: (s) => formatDiamonds(s.diamonds), sort: (s) => Number(s.diamonds), numeric: true },
              { title: "Value", cell: (s) => formatMoney(s.value, s.currency), sort: (s) => Number(s.value), numeric: true },
              { title: "Viewers", cell: (s) => formatCount(s.unique_viewers ?? s.peak_viewers), sort: (s) => s.unique_viewers ?? s.peak_viewers ?? -1, numeric: true },
              { title: "Per hour", cell: (s) => (s.diamonds_per_hour ? formatDecimal(s.diamonds_per_hour, { places: 0 }) : "—"), sort: (s) => Number(s.diamonds_per_hour ?? -1), numeric: true },
            ],
            rows,
            { id: "sessions-table", onRow: (s) => void showSession(detail, tz, s, () => sessionsView(root, s.id)) },
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
  mount(root, el("h1", null, "Sessions"), el("div", { class: "toolbar" }, filter, newButton), el("div", { class: "split" }, el("div", { class: "card scroll" }, tableHost), detail));
}

function editor(host: HTMLElement, tz: string, s: SessionMetrics | null, done: () => void): void {
  const fields: Field[] = [
    field("Start", "start", { type: "datetime-local", value: s ? toLocalInput(new Date(s.started_at), tz) : toLocalInput(new Date(), tz), required: true }),
    field("End", "end", { type: "datetime-local", value: s?.ended_at ? toLocalInput(new Date(s.ended_at), tz) : "", hint: "Leave empty while the live is running." }),
    field("Title", "title", { value: s?.title ?? "" }),
    field("Viewers", "viewers", { type: "number", value: s?.unique_viewers?.toString() ?? "" }),
    field("Peak viewers", "peak_viewers", { type: "number", value: s?.peak_viewers?.toString() ?? "" }),
    field("New followers", "new_followers", { type: "number", value: s?.new_followers?.toString() ?? "" }),
    field("Diamonds without gift rows", "diamonds", { value: s && s.reported_diamonds !== "0" ? s.reported_diamonds : "", hint: "From TikTok's LIVE summary, when you don't log single gifts." }),
    field("Notes", "notes", { type: "textarea", value: s?.notes ?? "" }),
  ];
  const message = el("div", { class: "form-error", role: "alert" });
  const form = el("form", { class: "form", id: "session-form", novalidate: true },
    el("h2", null, s ? "Edit session" : "New session"),
    fields.map((f) => f.row),
    message,
    el("div", { class: "actions" },
      el("button", { type: "submit", class: "primary" }, s ? "Save" : "Add session"),
      el("button", { type: "button", onclick: () => mount(host) }, "Cancel")),
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
  mount(host, el("div", { class: "card" }, form));
  fields[0].input.focus();
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
  mount(
    host,
    el("div", { class: "card", id: "session-card" },
      el("div", { class: "card-head" },
        el("h2", null, s.title || "Session", " · ", formatDateTime(s.started_at, undefined, tz)),
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
                mount(host);
                refresh();
              });
          } }, "Delete"))),
      el("p", null, `${formatDiamonds(s.diamonds)} diamonds = ${formatMoney(s.value, s.currency)}`,
        s.value_per_hour ? ` · ${formatMoney(s.value_per_hour, s.currency)} per hour` : "",
        s.value_per_1000_viewers ? ` · ${formatMoney(s.value_per_1000_viewers, s.currency)} per 1,000 viewers` : ""),
      gifts.length
        ? table<Gift>(
            [
              { title: "Time", cell: (g) => (g.at ? formatTime(g.at, undefined, tz) : "—"), sort: (g) => g.at ?? "", nowrap: true },
              { title: "Gift", cell: (g) => g.gift_name, sort: (g) => g.gift_name },
              { title: "Coins", cell: (g) => g.coins_each, sort: (g) => g.coins_each, numeric: true },
              { title: "Count", cell: (g) => g.count, sort: (g) => g.count, numeric: true },
              { title: "From", cell: (g) => g.sender ?? "", sort: (g) => g.sender ?? "" },
              { title: "", hiddenTitle: "Note", cell: (g) => (g.estimated ? el("span", { class: "badge warn", title: "The imported log ended before this streak did: counted at its highest count so far. Importing the rest of the log completes it." }, "estimated") : "") },
              { title: "", cell: (g) => el("button", { class: "link", "aria-label": `Delete ${g.gift_name}`, onclick: async (ev: Event) => {
                ev.stopPropagation();
                let undo = 0;
                await removeWithUndo(
                  { title: "Delete this gift?", lines: [`${g.count} × ${g.gift_name}${g.sender ? ` from ${g.sender}` : ""} (${formatCount(g.coins_each * g.count)} coins).`, "You can undo this right after."], confirm: "Delete gift" },
                  async () => {
                    undo = (await withConfirmation((force) => api.deleteGift(g.id, force), "Delete it anyway")).undo;
                  },
                  "Gift deleted",
                  () => withConfirmation((force) => api.restoreDeleted(undo, force), "Put it back anyway"),
                  refresh);
              } }, "Delete") },
            ],
            gifts,
            { id: "gifts-table" },
          )
        : el("p", { class: "muted" }, "No gift rows in this session."),
      addForm,
    ),
  );
}

