import { api, CaptureSnapshot, CatalogGift, Gift, Session, SessionMetrics } from "../api";
import { el, mount } from "../dom";
import { coins, diamondsWord, formatCount, formatDateTime, formatMoney, formatPercent, toLocalInput } from "../format";
import { t } from "../i18n";
import { say } from "../said";
import { go, Visit } from "../router";
import { announce, attempt, card, confirmDialog, field, showError, toast, withConfirmation } from "../widgets";
import { capturePanel } from "../components/capture";

// The gifts most creators get most often; those in the catalog become buttons.
const COMMON = ["Rose", "TikTok", "Finger Heart", "Heart Me", "Doughnut", "Hand Hearts", "Confetti", "Money Gun", "Galaxy"];
const MULTIPLIERS = [1, 5, 10, 99];
// Most recent senders offered as one-click choices.
const RECENT_SENDERS = 5;

// Every word this view shows, in one place: getters and functions over the
// catalog (assets/locales/<language>/live.ftl), read when drawn, so the view
// drawn again is in the language chosen since.
const T = {
  get title() { return t("live-heading"); },
  get badge() { return t("live-badge"); },
  get startCard() { return t("live-start-card"); },
  get startIntro() { return t("live-start-intro"); },
  get titleLabel() { return t("live-title-label"); },
  get titlePlaceholder() { return t("live-title-placeholder"); },
  get goLive() { return t("live-go"); },
  get senderLabel() { return t("live-sender-label"); },
  get senderPlaceholder() { return t("live-sender-placeholder"); },
  get sendersLabel() { return t("live-senders-label"); },
  get senderHint() { return t("live-senders-hint"); },
  get otherLabel() { return t("live-other-label"); },
  get otherGift() { return t("live-other-gift"); },
  otherOption: (g: CatalogGift) => t("live-other-option", { gift: g.name, coins: formatCount(g.coins) }),
  get streak() { return t("live-streak-label"); },
  armed: (m: number) => t("live-armed-note", { times: formatCount(m) }),
  get armedHint() { return t("live-armed-hint"); },
  key: (n: number) => t("live-key", { key: formatCount(n) }),
  started: (when: string) => t("live-started", { when }),
  get thisLive() { return t("live-this-live"); },
  valueGifts: (value: string, count: number) => t("live-value-gifts", { value, count }),
  get threshold() { return t("live-threshold-title"); },
  thresholdText: (diamonds: string, value: string, minimum: string, percent: string) => t("live-balance-line", { diamonds, value, minimum, percent }),
  get lastGifts() { return t("live-last-gifts"); },
  giftLine: (g: Gift) => (g.sender ? t("live-gift-line-from", { count: g.count, gift: g.gift_name, sender: g.sender }) : t("live-gift-line", { count: g.count, gift: g.gift_name })),
  get undo() { return t("live-undo-last"); },
  get nothingToUndo() { return t("live-nothing-to-undo"); },
  get removeAnyway() { return t("live-remove-anyway"); },
  logged: (g: Gift, total: string) => (g.sender
    ? t("live-logged-from", { count: g.count, gift: g.gift_name, sender: g.sender, total })
    : t("live-logged", { count: g.count, gift: g.gift_name, total })),
  removedToast: (g: Gift) => t("live-removed-toast", { count: g.count, gift: g.gift_name }),
  removed: (g: Gift, total: string) => t("live-removed", { count: g.count, gift: g.gift_name, total }),
  get end() { return t("live-end"); },
  get endTitle() { return t("live-end-title"); },
  endLines: (count: number, diamonds: string) => [t("live-end-so-far", { count, diamonds }), t("live-end-after")],
  get ended() { return t("live-ended"); },
  recapTitle: (title: string) => (title ? t("live-recap-title-named", { title }) : t("live-recap-title")),
  get recapCard() { return t("live-recap-card"); },
  get earned() { return t("live-earned"); },
  earnedValue: (diamonds: string, value: string) => t("live-earned-value", { diamonds, value }),
  get duration() { return t("live-duration"); },
  get gifts() { return t("live-gifts"); },
  get topGifters() { return t("live-top-gifters"); },
  gifterLine: (count: number, c: number) => t("live-gifter-line", { count, coins: coins(c) }),
  get noGifters() { return t("live-no-gifters"); },
  get fromTikTok() { return t("live-from-tiktok"); },
  get fromTikTokHint() { return t("live-from-tiktok-hint"); },
  get viewers() { return t("live-viewers"); },
  get followers() { return t("live-followers"); },
  get save() { return t("live-save"); },
  get saved() { return t("live-saved"); },
  get another() { return t("live-another"); },
  get allLives() { return t("live-all-lives"); },
};

export async function liveView(root: HTMLElement, visit: Visit): Promise<void> {
  // Capture's state is asked with the rest: one round trip for the view.
  const status = api.captureStatus();
  status.catch(() => undefined);
  const [running, settings] = await Promise.all([api.runningSession(), api.settings()]);
  if (!running) {
    // The first captured gift opens a live: show its tally then.
    const panel = await capturePanel(visit, settings.timezone, { onStored: () => go("live"), status });
    startForm(root, settings.timezone, panel);
    return;
  }
  const catalog = await api.catalog();
  await tally(root, visit, running, catalog, settings.timezone, status);
}

function startForm(root: HTMLElement, tz: string, capture: HTMLElement): void {
  const title = el("input", { id: "live-title", placeholder: T.titlePlaceholder, "aria-label": T.titleLabel });
  const form = el("form", { class: "form", id: "start-live" },
    title,
    el("button", { type: "submit", class: "primary big-button" }, T.goLive));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (await attempt(() => api.addSession({ start: toLocalInput(new Date(), tz), title: title.value }))) go("live");
  });
  mount(root, el("h1", null, T.title),
    card(T.startCard, el("p", null, T.startIntro), form),
    capture);
  title.focus();
}

/** The last `n` distinct senders of `gifts`, newest first. */
export function recentSenders(gifts: Gift[], n: number): string[] {
  const out: string[] = [];
  for (let i = gifts.length - 1; i >= 0 && out.length < n; i--) {
    const s = gifts[i].sender;
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

async function tally(root: HTMLElement, visit: Visit, session: Session, catalog: CatalogGift[], tz: string, status: Promise<CaptureSnapshot>): Promise<void> {
  const buttons = COMMON.map((n) => catalog.find((g) => g.name.toLowerCase() === n.toLowerCase())).filter((g): g is CatalogGift => !!g);
  // The count of the next gift only: back to 1 once it is logged, so a ×5
  // never carries over to the next tap.
  let multiplier = 1;
  const undoStack: Gift[] = (await api.sessionGifts(session.id)).slice(-20);
  let lastMetrics: SessionMetrics | null = null;

  const total = el("div", { class: "big", id: "live-total" });
  const totalSub = el("div", { class: "sub", id: "live-value" });
  const recent = el("ol", { class: "recent", id: "live-recent", reversed: true });
  // The sender is for the next gift only: cleared after each one, with the
  // recent senders one click away.
  const sender = el("input", { id: "live-sender", placeholder: T.senderPlaceholder, "aria-label": T.senderLabel });
  const senders = el("div", { class: "chips", id: "live-senders", role: "group", "aria-label": T.sendersLabel });
  const drawSenders = () => {
    const names = recentSenders(undoStack, RECENT_SENDERS);
    mount(senders, names.length ? el("span", { class: "muted small" }, T.senderHint) : null,
      names.map((n) => el("button", { class: "chip", type: "button", "data-sender": n, "aria-pressed": String(sender.value === n), onclick: () => {
        sender.value = sender.value === n ? "" : n;
        drawSenders();
      } }, n)));
  };
  sender.addEventListener("input", drawSenders);
  const other = el("select", { id: "live-other", "aria-label": T.otherLabel },
    el("option", { value: "" }, T.otherGift),
    catalog.map((g) => el("option", { value: g.name }, T.otherOption(g))));

  const fill = el("div", { class: "progress-fill" });
  const bar = el("div", { class: "progress", id: "live-threshold", role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100, "aria-label": T.threshold }, fill);
  const barText = el("p", { class: "small", id: "live-threshold-text" });

  const refresh = async () => {
    const [m, s] = await Promise.all([api.sessionMetrics(session.id), api.summary()]);
    lastMetrics = m;
    total.textContent = diamondsWord(m.diamonds);
    totalSub.textContent = T.valueGifts(formatMoney(m.value, m.currency), m.gift_count);
    mount(recent, undoStack.slice(-8).reverse().map((g) => el("li", null, T.giftLine(g))));
    drawSenders();
    const pct = Math.min(Number(s.progress), 1) * 100;
    fill.style.width = `${pct.toFixed(1)}%`; // CSSOM, allowed by the CSP
    bar.setAttribute("aria-valuenow", String(Math.round(pct)));
    barText.textContent = T.thresholdText(diamondsWord(s.balance_diamonds), formatMoney(s.balance_value, s.currency), formatMoney(s.min_withdrawal, s.currency), formatPercent(s.progress));
  };
  // Captured gifts come in bursts: redraw the totals at most every 250 ms.
  let queued = false;
  const refreshSoon = () => {
    if (queued) return;
    queued = true;
    visit.later(() => { queued = false; void refresh(); }, 250);
  };
  const capture = await capturePanel(visit, tz, {
    onStored: (g) => (g.session_id === session.id ? refreshSoon() : go("live")),
    onSessionEnded: () => go("live"),
    status,
  });

  const add = async (name: string) => {
    const count = String(multiplier);
    const from = sender.value;
    // Both are for this gift only; reset before the write, so a second tap
    // made while it is saved is not counted ×N or given to the same fan.
    setMult(1);
    sender.value = "";
    try {
      const g = await api.addGift({ session_id: session.id, gift: name, count, sender: from });
      undoStack.push(g);
      await refresh();
      announce(T.logged(g, total.textContent ?? ""));
    } catch (e) {
      // Nothing was logged: the sender typed for it is not lost.
      if (!sender.value) sender.value = from;
      drawSenders();
      toast((e as { message?: string }).message ?? String(e), "error");
    }
  };
  const undo = async () => {
    const last = undoStack.pop();
    if (!last) return toast(T.nothingToUndo);
    if (await attempt(() => withConfirmation((force) => api.deleteGift(last.id, force), T.removeAnyway), T.removedToast(last))) {
      await refresh();
      announce(T.removed(last, total.textContent ?? ""));
    }
  };

  const armed = el("div", { class: "armed-note", id: "live-armed", role: "status", "aria-live": "polite" });
  const mults = el("div", { class: "segmented", role: "group", "aria-label": T.streak, id: "live-mults" },
    MULTIPLIERS.map((m) => el("button", { "data-mult": m, "aria-pressed": String(m === 1), onclick: () => setMult(multiplier === m ? 1 : m) }, `×${m}`)));
  const setMult = (m: number) => {
    multiplier = m;
    for (const b of mults.querySelectorAll("button")) b.setAttribute("aria-pressed", String(Number(b.dataset.mult) === m));
    mults.classList.toggle("armed", m !== 1);
    mount(armed, m !== 1 ? [el("strong", null, T.armed(m)), " ", el("span", { class: "small" }, T.armedHint)] : null);
  };
  other.addEventListener("change", () => {
    if (other.value) void add(other.value);
    other.value = "";
  });

  const pad = el("div", { class: "giftpad", id: "giftpad" },
    buttons.map((g, i) => el("button", { class: "gift", "data-gift": g.name, onclick: () => void add(g.name), title: T.key(i + 1) },
      el("span", { class: "key" }, String(i + 1)),
      el("span", { class: "gname" }, g.name),
      el("span", { class: "coins" }, coins(g.coins)))));

  // Once the live is ended its recap is on screen: no key adds to it.
  let ended = false;
  const onKey = (ev: KeyboardEvent) => {
    if (ended) return;
    // Ctrl+Z that the toast on screen already took (its Undo) is not a tally undo too.
    if (ev.defaultPrevented) return;
    const typing = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement;
    if (ev.key === "Escape" && ev.target === sender) {
      sender.value = "";
      sender.blur();
      drawSenders();
    } else if (ev.key === "Escape" && !typing && multiplier !== 1) {
      setMult(1);
    } else if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === "z" && !typing) {
      ev.preventDefault();
      void undo();
    } else if (!typing && !ev.altKey && !ev.ctrlKey && /^[1-9]$/.test(ev.key)) {
      const g = buttons[Number(ev.key) - 1];
      if (g) void add(g.name);
    }
  };
  visit.listen("keydown", onKey);

  const end = async () => {
    const m = lastMetrics;
    const lines = m ? T.endLines(m.gift_count, diamondsWord(m.diamonds)) : T.endLines(0, diamondsWord("0"));
    if (!(await confirmDialog(T.endTitle, lines, T.end))) return;
    // A running capture writes its pending streaks into this live as it ends.
    await api.captureEndLive().catch(() => false);
    if (await attempt(() => api.endSession(session.id), T.ended)) {
      ended = true;
      await recap(root, session.id, tz);
    }
  };

  mount(root,
    // End live sits in the heading, away from Undo, and never moves as the list grows.
    el("div", { class: "live-head" },
      el("h1", null, el("span", { class: "badge live" }, T.badge), " ", session.title ? say(session.title_said, session.title) : T.title),
      el("button", { class: "danger", id: "end-live", onclick: () => void end() }, T.end)),
    el("p", { class: "muted" }, T.started(formatDateTime(session.started_at, undefined, tz))),
    el("div", { class: "live-grid" },
      el("div", null,
        el("div", { class: "toolbar" }, sender, mults, other),
        senders,
        armed,
        pad),
      el("div", null,
        card(T.thisLive, total, totalSub),
        card(T.threshold, bar, barText),
        card(T.lastGifts, recent, el("button", { id: "live-undo", onclick: () => void undo() }, T.undo)))),
    capture);
  await refresh();
}

/** Minutes between two instants as "1 h 05 min", in the chosen language. */
function duration(from: string, to: string | null): string {
  if (!to) return "—";
  const minutes = Math.max(0, Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? t("duration-minutes", { minutes: formatCount(m) }) : t("duration-hours-minutes", { hours: formatCount(h), minutes: String(m).padStart(2, "0") });
}

/** What a live that just ended earned, who gave most, and TikTok's
 * viewers and new followers for it, saved to the live as the session form saves them. */
export async function recap(root: HTMLElement, id: number, tz: string): Promise<void> {
  const [m, givers] = await Promise.all([api.sessionMetrics(id), api.sessionGivers(id, 5)]);
  const viewers = field(T.viewers, "viewers", { type: "number", value: m.unique_viewers?.toString() ?? "" });
  const followers = field(T.followers, "new_followers", { type: "number", value: m.new_followers?.toString() ?? "" });
  const message = el("div", { class: "form-error", role: "alert" });
  const form = el("form", { class: "form inline", id: "recap-form", novalidate: true },
    viewers.row, followers.row,
    el("div", { class: "field" }, el("button", { type: "submit", class: "primary", id: "recap-save" }, T.save)));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    // The whole session goes back as it is, with these two figures: the
    // one road a session's figures are changed by.
    try {
      await api.updateSession(id, {
        start: m.started_at,
        end: m.ended_at ?? "",
        title: m.title,
        peak_viewers: m.peak_viewers?.toString() ?? "",
        viewers: viewers.input.value,
        likes: m.likes?.toString() ?? "",
        new_followers: followers.input.value,
        diamonds: m.reported_diamonds !== "0" ? m.reported_diamonds : "",
        notes: m.notes,
      });
      message.textContent = "";
      toast(T.saved);
    } catch (e) {
      showError([viewers, followers], message, e);
    }
  });
  mount(root,
    el("h1", null, T.recapTitle(m.title ? say(m.title_said, m.title) : "")),
    el("p", { class: "muted" }, formatDateTime(m.started_at, undefined, tz)),
    el("div", { class: "recap", id: "live-recap" },
      card(T.recapCard,
        el("dl", { class: "facts" },
          el("dt", null, T.earned), el("dd", { id: "recap-earned" }, T.earnedValue(diamondsWord(m.diamonds), formatMoney(m.value, m.currency))),
          el("dt", null, T.duration), el("dd", { id: "recap-duration" }, duration(m.started_at, m.ended_at)),
          el("dt", null, T.gifts), el("dd", { id: "recap-gifts" }, formatCount(m.gift_count)))),
      card(T.topGifters,
        givers.length
          ? el("ol", { class: "gifters", id: "recap-gifters" }, givers.map(([name, gifts, c]) =>
              el("li", null, el("strong", null, name), el("span", { class: "muted" }, " · ", T.gifterLine(gifts, c)))))
          : el("p", { class: "muted", id: "recap-gifters" }, T.noGifters)),
      card(T.fromTikTok, el("p", { class: "muted small" }, T.fromTikTokHint), form, message)),
    el("div", { class: "actions" },
      el("button", { class: "primary", id: "recap-again", onclick: () => go("live") }, T.another),
      el("button", { id: "recap-sessions", onclick: () => go("sessions") }, T.allLives)));
  viewers.input.focus();
}
