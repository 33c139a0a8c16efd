// Drawing the kept views while the window is idle, so that a view's first
// visit is a visit again (router.ts `showKept` puts back what was drawn):
// what the creator sees is the same, only the moment it is drawn moves.

import { el } from "./dom";
import { Visit } from "./router";

/** A view as the shell draws it. */
type Draw = (root: HTMLElement, visit: Visit) => Promise<void> | void;

/** Where views are drawn ahead: laid out in the shown view's place, so its
 * charts take their cards' widths, and never seen, heard or reached by the
 * keyboard (style.css `.offstage`). Empty but while a view is being drawn. */
export const offstage = el("div", { class: "offstage", "aria-hidden": "true", inert: true });

/** Quiet time after a view is shown (or the creator's last input) before
 * drawing ahead, and between two views drawn ahead. */
const AFTER_MS = 1000;
const BETWEEN_MS = 100;

let pass = 0;
/** The last pass asked for, and whether it is still under way. */
let last: { views: [string, Draw][]; shown: string } | null = null;
let under = false;
let drawing: Visit | null = null;

/** Stops a pass under way (what it was drawing is not kept), and any to
 * come until the next is asked for. */
export function stopAhead(): void {
  pass++;
  last = null;
  under = false;
  drawing?.leave();
  drawing = null;
  offstage.replaceChildren();
  document.documentElement.dataset.ahead = "stopped";
}

/** Once the window has been idle a while, draws each of `views` except
 * `shown` whose kept drawing is not current (a view kept as current is left
 * as it is). The page's `data-ahead` says "drawing" until the pass is over
 * ("done"), or "stopped"; any input first puts the pass off again. */
export function drawAhead(views: [string, Draw][], shown: string): void {
  stopAhead();
  const mine = pass;
  last = { views, shown };
  under = true;
  document.documentElement.dataset.ahead = "drawing";
  void (async () => {
    let wait = AFTER_MS;
    for (const [key, draw] of views) {
      await quiet(wait);
      wait = BETWEEN_MS;
      if (mine !== pass) return;
      if (key === shown) continue;
      const visit = new Visit(true);
      const root = el("div", { class: "view-root" });
      drawing = visit;
      offstage.replaceChildren(root);
      try {
        await draw(root, visit);
        // Laid out here, where it is drawn: WebKit measures its text once,
        // and keeps those measures for when the view is shown.
        void root.offsetHeight;
      } catch {
        // Drawn again, with its error, when it is shown.
      }
      visit.leave();
      if (mine !== pass) return;
      drawing = null;
      offstage.replaceChildren();
    }
    under = false;
    document.documentElement.dataset.ahead = "done";
    // Views that read the clock are kept for the minute they were drawn in:
    // drawn again after it turns, while the window is seen.
    window.setTimeout(() => {
      if (mine === pass && !document.hidden) drawAhead(views, shown);
    }, 60_000 - (Date.now() % 60_000) + 2000);
  })();
}

/** Waits `ms`, then until the page's main thread is idle where the browser says. */
function quiet(ms: number): Promise<void> {
  const w = window as Window & { requestIdleCallback?: (fn: () => void, opts?: { timeout: number }) => number };
  return new Promise((done) => {
    window.setTimeout(() => (w.requestIdleCallback ? w.requestIdleCallback(() => done(), { timeout: 1000 }) : done()), ms);
  });
}

// The creator's input comes first: a pass under way starts over once the
// window is quiet again.
for (const type of ["pointerdown", "keydown", "wheel"] as const) {
  window.addEventListener(type, () => {
    if (under && last) drawAhead(last.views, last.shown);
  }, { capture: true, passive: true });
}
// A window seen again after the minute turned: its kept views are drawn again.
document.addEventListener("visibilitychange", () => {
  if (!document.hidden && !under && last) drawAhead(last.views, last.shown);
});
