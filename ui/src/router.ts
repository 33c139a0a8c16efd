// Moving between views, apart from the shell (main.ts) so a view never
// imports the module that mounts the app, and each view can be tested alone.

type Cleanup = () => void;

/**
 * One showing of a view, from the shell drawing it until the next view (or a
 * redraw of the same) replaces it. What the view starts — event
 * subscriptions, window listeners, timers — it hands to `onLeave`, and the
 * router stops it when the view is left: the one leave hook, so no view
 * checks for itself whether it is still on screen.
 */
export class Visit {
  private cleanups: Cleanup[] = [];
  private over = false;

  /** `ahead`: a drawing made while the window is idle (ahead.ts), never on
   * screen: a view kept as current is not drawn again, and nothing the view
   * runs while shown is started. */
  constructor(readonly ahead = false) {}

  /** Whether this showing has been left (a newer one replaced it). */
  get left(): boolean {
    return this.over;
  }

  /**
   * Runs `cleanup` when the view is left. A view that is left while it was
   * still starting something (an `await` in between) gets it stopped at
   * once, so nothing outlives its showing.
   */
  onLeave(cleanup: Cleanup): void {
    if (this.over) run(cleanup);
    else this.cleanups.push(cleanup);
  }

  /** `setTimeout` that is cleared when the view is left. */
  later(fn: () => void, ms: number): void {
    const id = window.setTimeout(fn, ms);
    this.onLeave(() => window.clearTimeout(id));
  }

  /** `window.addEventListener` that is removed when the view is left. */
  listen<K extends keyof WindowEventMap>(type: K, fn: (ev: WindowEventMap[K]) => void): void {
    window.addEventListener(type, fn);
    this.onLeave(() => window.removeEventListener(type, fn));
  }

  /** Runs every cleanup once; later ones run as they are given. */
  leave(): void {
    if (this.over) return;
    this.over = true;
    const done = this.cleanups;
    this.cleanups = [];
    for (const cleanup of done) run(cleanup);
  }
}

function run(cleanup: Cleanup): void {
  try {
    cleanup();
  } catch (e) {
    console.error("a view's cleanup failed", e);
  }
}

let current = new Visit();
let redraw: () => void = () => {};

/** Shows view `id`; asking for the view already shown draws it again. */
export function go(id: string): void {
  if (location.hash === `#/${id}`) redraw();
  else location.hash = `#/${id}`;
}

/** Leaves the view shown (its cleanups run) and starts the next showing;
 * the shell calls it before drawing any view. */
export function enter(): Visit {
  current.leave();
  current = new Visit();
  return current;
}

/** The shell's way to draw the current view again. */
export function setRedraw(fn: () => void): void {
  redraw = fn;
}

/** A view drawn before: its container, and what it was drawn from. */
interface Drawn {
  token: string;
  root: HTMLElement;
}

const drawn = new Map<string, Drawn>();

/**
 * Shows view `key` in `root`. When `token` — what its figures were drawn
 * from: the ledger's version, the minute, the language, the window's size
 * and theme — is the one it was last drawn with, the container it was drawn
 * into is put back in `root`'s place as it was (its listeners and closures
 * are that container's); else `draw` draws it afresh into `root`, which is
 * kept with the token when `draw` answers true. The token is asked before
 * `draw` asks for the data, so a write in between makes the next showing
 * draw again. `attach` starts, on every showing, what the view runs while it
 * is shown (its subscriptions), with that showing's `visit` and the
 * container shown (`root` or the one put back).
 */
export async function showKept(
  key: string,
  root: HTMLElement,
  token: () => Promise<string>,
  draw: () => Promise<boolean>,
  visit?: Visit,
  attach?: (visit: Visit, shown: HTMLElement) => Promise<void> | void,
): Promise<void> {
  let now: string | null = null;
  try {
    now = await token();
  } catch {
    // Not known: drawn afresh, and not kept.
  }
  const before = drawn.get(key);
  if (visit?.left) return;
  let shown = root;
  if (now !== null && before && before.token === now && before.root !== root && root.isConnected) {
    if (visit?.ahead) return;
    root.replaceWith(before.root);
    shown = before.root;
  } else {
    drawn.delete(key);
    // When it was drawn, for the page's tests: a first visit after a
    // drawing ahead shows a container older than the click.
    root.dataset.drawnAt = String(Math.round(performance.now()));
    if ((await draw()) && now !== null && !visit?.left) drawn.set(key, { token: now, root });
  }
  if (visit && attach && !visit.left && !visit.ahead) await attach(visit, shown);
}

/** Whether `node` is inside a view kept to be shown again. */
export function isKept(node: Node): boolean {
  for (const d of drawn.values()) if (d.root.contains(node)) return true;
  return false;
}

/** Forgets every kept view (each is drawn afresh when next shown). */
export function forgetDrawn(): void {
  drawn.clear();
}

/** What a view's drawing depends on besides the ledger and the clock: the
 * language, the window's size (charts take their card's width) and the
 * theme (charts read its colours when drawn). */
export function pageState(): string {
  const dark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  return [document.documentElement.lang, window.innerWidth, window.innerHeight, dark ? "dark" : "light"].join(" ");
}
