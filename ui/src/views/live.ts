import { api, CatalogGift, Gift, Session } from "../api";
import { el, mount } from "../dom";
import { coins, formatDateTime, formatDiamonds, formatMoney, formatPercent, toLocalInput } from "../format";
import { go, Visit } from "../router";
import { announce, attempt, card, toast, withConfirmation } from "../widgets";
import { capturePanel } from "../components/capture";

// The gifts most creators get most often; those in the catalog become buttons.
const COMMON = ["Rose", "TikTok", "Finger Heart", "Heart Me", "Doughnut", "Hand Hearts", "Confetti", "Money Gun", "Galaxy"];
const MULTIPLIERS = [1, 5, 10, 99];

export async function liveView(root: HTMLElement, visit: Visit): Promise<void> {
  const [running, settings] = await Promise.all([api.runningSession(), api.settings()]);
  if (!running) {
    // The first captured gift opens a live: show its tally then.
    const panel = await capturePanel(visit, settings.timezone, { onStored: () => go("live") });
    startForm(root, settings.timezone, panel);
    return;
  }
  const catalog = await api.catalog();
  await tally(root, visit, running, catalog, settings.timezone);
}

function startForm(root: HTMLElement, tz: string, capture: HTMLElement): void {
  const title = el("input", { id: "live-title", placeholder: "What is this live about? (optional)", "aria-label": "Title" });
  const form = el("form", { class: "form", id: "start-live" },
    title,
    el("button", { type: "submit", class: "primary big-button" }, "Go live — start tallying"));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (await attempt(() => api.addSession({ start: toLocalInput(new Date(), tz), title: title.value }))) go("live");
  });
  mount(root, el("h1", null, "Live tally"),
    card("Start a live",
      el("p", null, "Log gifts while you are live: one click or key press per gift. Every tap is saved at once, so closing the app loses nothing — the live is still running when you come back."),
      form),
    capture);
  title.focus();
}

async function tally(root: HTMLElement, visit: Visit, session: Session, catalog: CatalogGift[], tz: string): Promise<void> {
  const buttons = COMMON.map((n) => catalog.find((g) => g.name.toLowerCase() === n.toLowerCase())).filter((g): g is CatalogGift => !!g);
  let multiplier = 1;
  const undoStack: Gift[] = (await api.sessionGifts(session.id)).slice(-20);

  const total = el("div", { class: "big", id: "live-total" });
  const totalSub = el("div", { class: "sub", id: "live-value" });
  const recent = el("ol", { class: "recent", id: "live-recent", reversed: true });
  const sender = el("input", { id: "live-sender", placeholder: "Sender (optional, kept until cleared — Esc)", "aria-label": "Sender" });
  const other = el("select", { id: "live-other", "aria-label": "Other gift" },
    el("option", { value: "" }, "Other gift…"),
    catalog.map((g) => el("option", { value: g.name }, `${g.name} (${g.coins})`)));

  const fill = el("div", { class: "progress-fill" });
  const bar = el("div", { class: "progress", id: "live-threshold", role: "progressbar", "aria-label": "Balance towards the withdrawal minimum", "aria-valuemin": 0, "aria-valuemax": 100 }, fill);
  const barText = el("p", { class: "small", id: "live-threshold-text" });

  const refresh = async () => {
    const [m, s] = await Promise.all([api.sessionMetrics(session.id), api.summary()]);
    total.textContent = `${formatDiamonds(m.diamonds)} ${m.diamonds === "1" ? "diamond" : "diamonds"}`;
    totalSub.textContent = `${formatMoney(m.value, m.currency)} · ${m.gift_count} gifts`;
    mount(recent, undoStack.slice(-8).reverse().map((g) => el("li", null, `${g.count} × ${g.gift_name}`, g.sender ? ` from ${g.sender}` : "")));
    const pct = Math.min(Number(s.progress), 1) * 100;
    fill.style.width = `${pct.toFixed(1)}%`; // CSSOM, allowed by the CSP
    bar.setAttribute("aria-valuenow", String(Math.round(pct)));
    barText.textContent = `Balance ${formatDiamonds(s.balance_diamonds)} diamonds = ${formatMoney(s.balance_value, s.currency)} of ${formatMoney(s.min_withdrawal, s.currency)} · ${formatPercent(s.progress)}`;
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
  });

  const add = async (name: string) => {
    const count = String(multiplier);
    try {
      const g = await api.addGift({ session_id: session.id, gift: name, count, sender: sender.value });
      undoStack.push(g);
      await refresh();
      announce(`Logged ${g.count} × ${g.gift_name}${g.sender ? ` from ${g.sender}` : ""}. This live: ${total.textContent}.`);
    } catch (e) {
      toast((e as { message?: string }).message ?? String(e), "error");
    }
  };
  const undo = async () => {
    const last = undoStack.pop();
    if (!last) return toast("Nothing to undo");
    if (await attempt(() => withConfirmation((force) => api.deleteGift(last.id, force), "Remove it anyway"), `Removed ${last.count} × ${last.gift_name}`)) {
      await refresh();
      announce(`Removed ${last.count} × ${last.gift_name}. This live: ${total.textContent}.`);
    }
  };

  const mults = el("div", { class: "segmented", role: "group", "aria-label": "Streak count" },
    MULTIPLIERS.map((m) => el("button", { "data-mult": m, "aria-pressed": String(m === 1), onclick: () => setMult(m) }, `×${m}`)));
  const setMult = (m: number) => {
    multiplier = m;
    for (const b of mults.querySelectorAll("button")) b.setAttribute("aria-pressed", String(Number(b.dataset.mult) === m));
  };
  other.addEventListener("change", () => {
    if (other.value) void add(other.value);
    other.value = "";
  });

  const pad = el("div", { class: "giftpad", id: "giftpad" },
    buttons.map((g, i) => el("button", { class: "gift", "data-gift": g.name, onclick: () => void add(g.name), title: `Key ${i + 1}` },
      el("span", { class: "key" }, String(i + 1)),
      el("span", { class: "gname" }, g.name),
      el("span", { class: "coins" }, coins(g.coins)))));

  const onKey = (ev: KeyboardEvent) => {
    // Ctrl+Z that the toast on screen already took (its Undo) is not a tally undo too.
    if (ev.defaultPrevented) return;
    const typing = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement;
    if (ev.key === "Escape" && ev.target === sender) {
      sender.value = "";
      sender.blur();
    } else if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === "z" && !typing) {
      ev.preventDefault();
      void undo();
    } else if (!typing && !ev.altKey && !ev.ctrlKey && /^[1-9]$/.test(ev.key)) {
      const g = buttons[Number(ev.key) - 1];
      if (g) void add(g.name);
    }
  };
  visit.listen("keydown", onKey);

  mount(root,
    el("h1", null, el("span", { class: "badge live" }, "LIVE"), " ", session.title || "Live tally"),
    el("p", { class: "muted" }, `Started ${formatDateTime(session.started_at, undefined, tz)}. Keys 1–9 add a gift, Ctrl+Z undoes the last one.`),
    el("div", { class: "live-grid" },
      el("div", null,
        el("div", { class: "toolbar" }, sender, mults, other),
        pad),
      el("div", null,
        card("This live", total, totalSub),
        card("Withdrawal threshold", bar, barText),
        card("Last gifts", recent, el("button", { id: "live-undo", onclick: () => void undo() }, "Undo last (Ctrl+Z)")),
        el("button", { class: "danger big-button", id: "end-live", onclick: async () => {
          // A running capture writes its pending streaks into this live as it ends.
          await api.captureEndLive().catch(() => false);
          if (await attempt(() => api.endSession(session.id), "Live ended and saved")) go("sessions");
        } }, "End live"))),
    capture);
  await refresh();
}
