// The app shell: navigation, views, keyboard shortcuts. Views fetch their
// figures from the core through `api`; the UI holds no business logic.

import "./locale"; // must stay the first import
import "./style.css";
import { listen } from "@tauri-apps/api/event";
import { drawAhead, offstage, stopAhead } from "./ahead";
import { api } from "./api";
import { onLanguageChange, setLanguage, t } from "./i18n";
import { el, mount } from "./dom";
import { enter, go, setRedraw, Visit } from "./router";
import { dashboardView } from "./views/dashboard";
import { daysView } from "./views/days";
import { importView, queueImport } from "./views/import";
import { insightsView } from "./views/insights";
import { liveView } from "./views/live";
import { sessionsView } from "./views/sessions";
import { settingsView } from "./views/settings";
import { statementsView } from "./views/statements";
import { withdrawalsView } from "./views/withdrawals";

/** What the router shows for a route: it draws into `root`, and hands
 * whatever it starts (subscriptions, listeners, timers) to `visit.onLeave`. */
export type View = (root: HTMLElement, visit: Visit) => Promise<void> | void;

// Each route's title is a message, read when the navigation is drawn (after
// the language is chosen).
const routes: [string, () => string, View][] = [
  ["dashboard", () => t("nav-dashboard"), dashboardView],
  ["insights", () => t("nav-insights"), (root, visit) => insightsView(root, visit)],
  ["sessions", () => t("nav-sessions"), (root, visit) => sessionsView(root, undefined, visit)],
  ["live", () => t("nav-live"), liveView],
  ["import", () => t("nav-import"), importView],
  ["withdrawals", () => t("nav-withdrawals"), withdrawalsView],
  ["statements", () => t("nav-statements"), statementsView],
  ["days", () => t("nav-days"), daysView],
  ["settings", () => t("nav-settings"), settingsView],
];

const main = el("main", { id: "view", tabindex: -1 });

/** The views kept once drawn (router.ts `showKept`), drawn ahead while the
 * window is idle so that their first visit costs what a second one does —
 * but not while the live tally is shown: a live's taps come first, and its
 * gifts would have them drawn again every minute. */
const keptViews = new Set(["dashboard", "insights", "sessions", "statements"]);
const ahead = (): [string, View][] => routes.filter(([id]) => keptViews.has(id)).map(([id, , view]) => [id, view]);
function drawAheadOf(shown: string): void {
  if (shown === "live") stopAhead();
  else drawAhead(ahead(), shown);
}
let nav = el("nav");

/** The navigation, in the chosen language. */
function navigation(): HTMLElement {
  return el(
  "nav",
  { "aria-label": t("nav-label") },
  el("div", { class: "brand" }, el("img", { src: "./icon.png", alt: "" }), "LiveLedger"),
  el(
    "ul",
    null,
    routes.map(([id, title], i) =>
      el("li", null, el("a", { href: `#/${id}`, id: `nav-${id}`, title: t("nav-shortcut", { title: title(), key: `Alt+${i + 1}` }), "aria-keyshortcuts": `Alt+${i + 1}`, onclick: (ev: Event) => {
        // A click on the view already shown refreshes it.
        ev.preventDefault();
        go(id);
      } }, title(), el("kbd", { class: "shortcut", "aria-hidden": "true" }, `Alt+${i + 1}`))),
    ),
  ),
  );
}

// A language chosen in Settings or on the first-day screen redraws the
// navigation and the window's title; the view that chose it redraws itself.
onLanguageChange(() => {
  const fresh = navigation();
  const shown = nav.querySelector("a.active")?.id;
  nav.replaceWith(fresh);
  nav = fresh;
  if (shown) document.getElementById(shown)?.classList.add("active");
  document.title = `${currentRoute()[1]()} — LiveLedger`;
});

/** The route the address names (the dashboard when it names none). */
function currentRoute(): (typeof routes)[number] {
  const id = location.hash.replace(/^#\//, "") || "dashboard";
  return routes.find(([r]) => r === id) ?? routes[0];
}


async function show(): Promise<void> {
  // The view shown so far is left (its cleanups run) before the next draws.
  const visit = enter();
  stopAhead();
  const route = currentRoute();
  for (const a of nav.querySelectorAll("a")) a.classList.toggle("active", a.id === `nav-${route[0]}`);
  document.title = `${route[1]()} — LiveLedger`;
  main.dataset.ready = "false";
  main.dataset.view = route[0];
  // A fresh container per render: one that a newer render replaced is
  // detached, so whatever its view still draws is never seen.
  const root = el("div", { class: "view-root" }, el("p", { class: "loading" }, t("view-loading")));
  mount(main, root);
  try {
    await route[2](root, visit);
  } catch (e) {
    mount(root, el("div", { class: "empty" }, el("h2", null, t("view-failed")), el("p", null, String((e as { message?: string }).message ?? e))));
  }
  // A slow earlier render finishing late never looks like the current one.
  if (visit.left) return;
  main.dataset.ready = "true";
  drawAheadOf(route[0]);
  // Kept on this computer (not in the ledger) for the next launch, once
  // drawn (the launch trace, tests/bench/app_trace.py, times it too).
  api.rememberView(route[0]).catch(() => undefined);
}

// WebKitGTK scrolls a focused control only just into its scrolling box
// (scroll-margin is not applied), which cuts its focus ring: make room.
function roomForRing(t: HTMLElement): void {
  for (let p = t.parentElement; p; p = p.parentElement) {
    const st = getComputedStyle(p);
    if (st.overflowY !== "auto" && st.overflowY !== "scroll") continue;
    const r = t.getBoundingClientRect();
    const box = p.getBoundingClientRect();
    const room = 12;
    if (r.bottom + room > box.bottom) p.scrollTop += r.bottom + room - box.bottom;
    else if (r.top - room < box.top) p.scrollTop -= box.top - (r.top - room);
    return;
  }
}
document.addEventListener("focusin", (ev) => {
  const t = ev.target;
  if (!(t instanceof HTMLElement)) return;
  // Only a ring the keyboard shows needs room: scrolling under a pointer
  // between its press and release would move the click off its button.
  if (!t.matches(":focus-visible")) return;
  roomForRing(t);
  requestAnimationFrame(() => roomForRing(t));
});

setRedraw(() => void show());
// The kept drawings were for the old size: drawn ahead again once it settles.
let resized = 0;
window.addEventListener("resize", () => {
  window.clearTimeout(resized);
  resized = window.setTimeout(() => {
    if (main.dataset.ready === "true") drawAheadOf(currentRoute()[0]);
  }, 300);
});
window.addEventListener("hashchange", () => void show());
window.addEventListener("keydown", (ev) => {
  if (ev.altKey && !ev.ctrlKey && !ev.metaKey) {
    const n = Number(ev.key);
    if (n >= 1 && n <= routes.length) {
      ev.preventDefault();
      go(routes[n - 1][0]);
    }
  }
});

// Marks for the launch benchmark (tests/bench/app_start.py reads them):
// the script run, the language chosen, the first view's data and drawing.
performance.mark("ll-script");
const app = document.getElementById("app")!;
mount(app, nav, main, offstage);

/** Shows the import preview of `file`, a path the app's Rust side made
 * readable (the creator opened the app with it, or dropped it). */
function preview(file: string): void {
  queueImport(file);
  go("import");
}

// The first view: the file the app was opened with (from the file manager)
// goes straight to its import preview; otherwise the view shown last time.
void Promise.all([
  api.openedFile().catch(() => null),
  api.lastView().catch(() => null),
  api.settings().then((s) => s.language, () => null).then((chosen) => setLanguage(chosen || navigator.language)),
]).then(([file, last]) => {
  performance.mark("ll-language");
  if (file) queueImport(file);
  const first = file ? "import" : location.hash ? null : last;
  if (first && routes.some(([id]) => id === first)) history.replaceState(null, "", `#/${first}`);
  void show();
});
// A file opened with LiveLedger while it runs, or dropped on the window.
void listen<string>("open-file", (ev) => preview(ev.payload));
