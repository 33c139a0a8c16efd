// Moving between views, apart from the shell (main.ts) so a view never
// imports the module that mounts the app, and each view can be tested alone.

type Cleanup = () => void;

let cleanups: Cleanup[] = [];
let redraw: () => void = () => {};

/** Shows view `id`; asking for the view already shown draws it again. */
export function go(id: string): void {
  if (location.hash === `#/${id}`) redraw();
  else location.hash = `#/${id}`;
}

/** Registers what the current view must undo when it is left (listeners, timers). */
export function onLeave(cleanup: Cleanup): void {
  cleanups.push(cleanup);
}

/** Runs the current view's cleanups; the shell calls it before drawing the next view. */
export function leave(): void {
  const done = cleanups;
  cleanups = [];
  for (const cleanup of done) {
    try {
      cleanup();
    } catch (e) {
      console.error("a view's cleanup failed", e);
    }
  }
}

/** The shell's way to draw the current view again. */
export function setRedraw(fn: () => void): void {
  redraw = fn;
}
