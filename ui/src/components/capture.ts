// The "Capture from…" panel (a component the Live tally view shows, not a
// view of its own): gifts logged automatically from a live tool on
// this computer (TikFinity's WebSocket, or a log file another tool writes).
// Everything a tool sends is data: names are set as text, never as markup.

import { listen } from "@tauri-apps/api/event";
import { api, CaptureSnapshot, CaptureUpdate, DEFAULT_CAPTURE_URL, errorText, PendingStreak, StoredGift } from "../api";
import type { ConnState } from "../bindings/ConnState";
import { el, mount } from "../dom";
import { formatCount, formatDateTime } from "../format";
import { t, tParts } from "../i18n";
import { say } from "../said";
import type { Visit } from "../router";
import { announce, card, toast } from "../widgets";

const SHOWN = 30;

/** The word for each state of the connection (a map of literal ids, so the
 * catalog test sees each one used). */
const STATE: Record<ConnState, string> = {
  connecting: "capture-state-connecting",
  connected: "capture-state-connected",
  reconnecting: "capture-state-reconnecting",
  stopped: "capture-state-stopped",
};

/** "3 × Rose", and "3 × Rose from amy" with the name set as text in its own
 * element, wherever the language puts it. */
function countedGift(count: number, gift: string, sender: string | null, strong: boolean): (string | Node)[] {
  const what = t("capture-gift-count", { count, gift });
  const head = strong ? el("strong", null, what) : what;
  if (!sender) return [head];
  return tParts("capture-gift-from", {}, { gift: typeof head === "string" ? document.createTextNode(head) : head, sender: el("span", { class: "sender" }, sender) });
}

export interface CaptureHooks {
  /** A gift was written (totals changed). */
  onStored?: (g: StoredGift) => void;
  /** A live ended (silence or End live). */
  onSessionEnded?: (id: number) => void;
  /** Capture's state, already asked for (with the view's other questions,
   * so the panel costs no round trip of its own). */
  status?: Promise<CaptureSnapshot>;
}

/** Calls `f` for every capture update while `visit` is on screen; the
 * router's leave hook ends the subscription. */
export async function onCapture(visit: Visit, f: (u: CaptureUpdate) => void): Promise<void> {
  // An update that reaches a left view (after it was left, before the
  // subscription ended) is not its to show.
  const unlisten = await listen<CaptureUpdate>("capture", (ev) => {
    if (!visit.left) f(ev.payload);
  });
  // Left while `listen` was on its way: stopped at once.
  visit.onLeave(unlisten);
}

function giftLine(g: StoredGift, tz: string): HTMLElement {
  return el("li", { class: g.flagged ? "flagged" : null },
    el("span", { class: "when" }, formatDateTime(g.at, undefined, tz)), " ",
    countedGift(g.count, g.gift_name, g.sender, true),
    g.added !== g.count ? ` (+${formatCount(g.added)})` : null,
    g.flagged ? el("span", { class: "badge warn", title: t("capture-unfinished-hint") }, " ", t("capture-unfinished")) : null);
}

function pendingLine(p: PendingStreak): HTMLElement {
  return el("li", { class: p.dropped ? "flagged" : null },
    countedGift(p.count, p.gift_name, p.sender, false),
    p.dropped ? el("span", { class: "badge warn", title: t("capture-dropped-hint") }, " ", t("capture-dropped")) : " …");
}

/** Builds the panel; it follows capture until the view showing it is left. */
export async function capturePanel(visit: Visit, tz: string, hooks: CaptureHooks = {}): Promise<HTMLElement> {
  let snap: CaptureSnapshot = await (hooks.status ?? api.captureStatus());
  const kind = el("select", { id: "capture-kind", "aria-label": t("capture-source-label") },
    el("option", { value: "ws" }, t("capture-source-ws")),
    el("option", { value: "file" }, t("capture-source-file")));
  kind.value = snap.source_kind === "file" ? "file" : "ws";
  const address = el("input", { id: "capture-address", "aria-label": t("capture-address-label"), spellcheck: "false", value: snap.address || DEFAULT_CAPTURE_URL });
  const choose = el("button", { type: "button", id: "capture-choose" }, t("capture-choose-file"));
  const toggle = el("button", { type: "button", id: "capture-toggle", class: "primary" });
  const status = el("p", { id: "capture-status", class: "status", role: "status", "aria-live": "polite" });
  const problem = el("p", { id: "capture-problem", class: "muted small" });
  const pending = el("ul", { id: "capture-pending", class: "recent" });
  // The list scrolls, so the keyboard can reach it to scroll it.
  const gifts = el("ol", { id: "capture-gifts", class: "recent", tabindex: 0, "aria-label": t("capture-gifts-title") });
  let recent: StoredGift[] = snap.recent.slice(0, SHOWN);

  const drawList = () => mount(gifts, recent.length ? recent.map((g) => giftLine(g, tz)) : el("li", { class: "muted" }, t("capture-gifts-empty")));
  const drawPending = () => mount(pending, snap.pending.length ? snap.pending.map(pendingLine) : el("li", { class: "muted" }, t("capture-no-streak")));
  const drawStatus = () => {
    const word = snap.running ? (snap.state ?? "connecting") : "stopped";
    status.dataset.state = word;
    status.textContent = snap.running
      ? t("capture-status-running", { state: t(STATE[word]), detail: say(snap.detail_said, snap.detail), count: snap.stored })
      : snap.state === "stopped" && snap.stored > 0
        ? t("capture-status-stopped", { count: snap.stored })
        : t("capture-not-capturing");
    toggle.textContent = snap.running ? t("capture-stop") : t("capture-connect");
    toggle.setAttribute("aria-pressed", String(snap.running));
    kind.disabled = snap.running;
    address.disabled = snap.running;
    choose.hidden = kind.value !== "file";
    choose.disabled = snap.running;
    problem.textContent = snap.problem ? t("capture-last-problem", { problem: say(snap.problem_said, snap.problem) }) : "";
  };
  const redraw = () => { drawStatus(); drawPending(); drawList(); };

  kind.addEventListener("change", () => {
    address.value = kind.value === "ws" ? DEFAULT_CAPTURE_URL : "";
    address.placeholder = kind.value === "ws" ? DEFAULT_CAPTURE_URL : t("capture-file-placeholder");
    drawStatus();
  });
  choose.addEventListener("click", async () => {
    // The app reads only a file chosen in its own dialog.
    const path = await api.chooseOpenPath("capture");
    if (typeof path === "string") address.value = path;
  });
  toggle.addEventListener("click", async () => {
    toggle.disabled = true;
    try {
      if (snap.running) {
        snap = await api.captureStop();
      } else {
        const k = kind.value === "file" ? "file" : "ws";
        // A host that is not this computer is confirmed in the app's own native dialog.
        snap = await api.captureStart(k, address.value);
        recent = [];
      }
      redraw();
    } catch (e) {
      toast(errorText(e), "error");
    } finally {
      toggle.disabled = false;
    }
  });

  const panel = card(t("capture-title"),
    el("p", { class: "muted small" }, t("capture-intro")),
    el("div", { class: "toolbar" }, kind, address, choose, toggle),
    status, problem,
    el("h3", null, t("capture-pending-title")), pending,
    el("h3", null, t("capture-gifts-title")), gifts);
  panel.id = "capture-panel";
  redraw();

  await onCapture(visit, (u) => {
    switch (u.kind) {
      case "status":
        snap.state = u.state;
        snap.detail = u.detail;
        snap.detail_said = u.said;
        if (u.state === "stopped") snap.running = false;
        else snap.running = true;
        drawStatus();
        break;
      case "stored":
        snap.stored += 1;
        recent.unshift(u.gift);
        recent = recent.slice(0, SHOWN);
        drawList();
        // Read out by a screen reader (the list itself is redrawn whole).
        announce(u.gift.sender
          ? t("capture-announce-from", { count: u.gift.count, gift: u.gift.gift_name, sender: u.gift.sender })
          : t("capture-announce", { count: u.gift.count, gift: u.gift.gift_name }));
        drawStatus();
        hooks.onStored?.(u.gift);
        break;
      case "pending":
        snap.pending = u.streaks;
        drawPending();
        break;
      case "problem":
        snap.problem = u.message;
        snap.problem_said = u.said;
        drawStatus();
        break;
      case "session_ended":
        hooks.onSessionEnded?.(u.session_id);
        break;
    }
  });
  return panel;
}
