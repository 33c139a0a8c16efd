// Small reusable pieces: form fields that show the core's error beside the
// field at fault, sortable tables, toasts, empty states.

import { api, confirmProblems, errorField, errorText, isCmdError } from "./api";
import { Child, el, mount } from "./dom";
import { formatCount } from "./format";
import type { Message } from "./bindings";
import { LANGUAGES, negotiate, setLanguage, t } from "./i18n";
import { say } from "./said";

export interface Field {
  name: string;
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  row: HTMLElement;
  error: HTMLElement;
}

let fieldSeq = 0;

export function field(
  label: string,
  name: string,
  opts: { type?: string; value?: string; placeholder?: string; hint?: string; options?: [string, string][]; required?: boolean } = {},
): Field {
  const id = `f-${name}-${++fieldSeq}`;
  let input: Field["input"];
  if (opts.options) {
    input = el("select", { id, name }, opts.options.map(([v, t]) => el("option", { value: v }, t)));
    if (opts.value !== undefined) input.value = opts.value;
  } else if (opts.type === "textarea") {
    input = el("textarea", { id, name, rows: 2, placeholder: opts.placeholder ?? null });
    input.value = opts.value ?? "";
  } else {
    input = el("input", {
      id,
      name,
      type: opts.type ?? "text",
      value: opts.value ?? "",
      placeholder: opts.placeholder ?? null,
      required: opts.required ?? false,
      autocomplete: "off",
    });
  }
  const error = el("div", { class: "field-error", role: "alert", "aria-live": "polite" });
  const row = el("div", { class: "field" }, el("label", { for: id }, label), input, opts.hint ? el("div", { class: "hint" }, opts.hint) : null, error);
  return { name, input, row, error };
}

export function values(fields: Field[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.name, f.input.value]));
}

/** Shows a command error beside its field when the core names one, else as a form message. */
export function showError(fields: Field[], formMessage: HTMLElement, e: unknown, aliases: Record<string, string> = {}): void {
  for (const f of fields) {
    f.error.textContent = "";
    f.row.classList.remove("invalid");
  }
  formMessage.textContent = "";
  const at = errorField(e);
  if (at !== null) {
    const name = aliases[at] ?? at;
    const f = fields.find((x) => x.name === name);
    if (f) {
      f.error.textContent = errorText(e);
      f.row.classList.add("invalid");
      f.input.focus();
      return;
    }
    formMessage.textContent = t("widgets-field-error", { field: at, error: errorText(e) });
    return;
  }
  formMessage.textContent = errorText(e);
}

export function clearErrors(fields: Field[], formMessage: HTMLElement): void {
  for (const f of fields) {
    f.error.textContent = "";
    f.row.classList.remove("invalid");
  }
  formMessage.textContent = "";
}

export interface Column<T> {
  title: string;
  cell: (row: T) => Child;
  sort?: (row: T) => number | string;
  numeric?: boolean;
  /** Keep the cell on one line (dates, durations). */
  nowrap?: boolean;
  /** A class on the column's header and cells (for the view's CSS). */
  className?: string;
  /** What a screen reader calls a column whose `title` is empty (a column
   * of buttons shows no header); "Actions" (in the chosen language) unless given. */
  hiddenTitle?: string;
}

/** A table whose headers sort it (click or Enter); `onRow` makes rows
 * activatable. It comes in a box that scrolls it sideways when it is wider
 * than its place. */
export function table<T>(columns: Column<T>[], rows: T[], opts: { onRow?: (row: T) => void; caption?: string; id?: string; page?: number } = {}): HTMLElement {
  let sortIndex = -1;
  let ascending = true;
  // A long table draws its first `page` rows (sorted over all of them) and
  // offers the next ones: thousands of rows would take seconds to draw.
  let shown = opts.page ?? Infinity;
  const body = el("tbody");
  const render = () => {
    const sorted = [...rows];
    if (sortIndex >= 0) {
      const key = columns[sortIndex].sort!;
      sorted.sort((a, b) => {
        const x = key(a);
        const y = key(b);
        const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
        return ascending ? c : -c;
      });
    }
    const more = sorted.length - shown;
    mount(
      body,
      sorted.slice(0, shown).map((r) => {
        const tr = el("tr", null, columns.map((c) => el("td", { class: [c.numeric ? "num" : "", c.nowrap ? "nowrap" : "", c.className ?? ""].join(" ").trim() || null }, c.cell(r))));
        if (opts.onRow) {
          tr.tabIndex = 0;
          tr.classList.add("clickable");
          tr.addEventListener("click", () => opts.onRow!(r));
          tr.addEventListener("keydown", (ev) => {
            if (ev.key === "Enter") opts.onRow!(r);
          });
        }
        return tr;
      }),
      more > 0
        ? el("tr", { class: "more-rows" }, el("td", { colspan: columns.length },
            el("button", { type: "button", class: "link", onclick: () => { shown += opts.page ?? more; render(); } },
              t("widgets-show-more", { shown: formatCount(Math.min(more, opts.page ?? more)), left: formatCount(more) }))))
        : null,
    );
  };
  const head = el(
    "tr",
    null,
    columns.map((c, i) => {
      const th = el("th", { class: [c.numeric ? "num" : "", c.className ?? ""].join(" ").trim() || null, scope: "col" }, c.title || el("span", { class: "sr-only" }, c.hiddenTitle ?? t("widgets-actions")));
      if (c.sort) {
        th.tabIndex = 0;
        th.classList.add("sortable");
        const go = () => {
          ascending = sortIndex === i ? !ascending : false;
          sortIndex = i;
          head.querySelectorAll("th").forEach((h) => h.removeAttribute("aria-sort"));
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          render();
        };
        th.addEventListener("click", go);
        th.addEventListener("keydown", (ev) => {
          if (ev.key === "Enter" || ev.key === " ") {
            ev.preventDefault();
            go();
          }
        });
      }
      return th;
    }),
  );
  render();
  // A table wider than its card (a longer language's headings, a narrow
  // window) scrolls inside the card, never out of it.
  return el("div", { class: "table-wrap" },
    el("table", { class: "data", id: opts.id ?? null }, opts.caption ? el("caption", null, opts.caption) : null, el("thead", null, head), body));
}

let announcer: HTMLElement | null = null;
let latest = "";
let settling = false;
let flip = false;

/** Says `text` to a screen reader (a gift logged, a gift removed) through
 * the window's one hidden polite live region, `#announce`. It lives beside
 * the views, not in one, so a view redrawn right after (the first captured
 * gift opens the tally) does not take the words with it. */
export function announce(text: string): void {
  // The same words twice (two Roses) must still change the region to be read again.
  flip = !flip;
  const words = flip ? text : `${text}\u00a0`;
  latest = words;
  if (announcer?.isConnected) {
    // Words given while a new region settles are said when it has.
    if (!settling) announcer.textContent = words;
    return;
  }
  // A region is read only when it changes after it is in the page.
  announcer = el("div", { id: "announce", class: "sr-only", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  document.body.appendChild(announcer);
  const region = announcer;
  settling = true;
  // The latest words, not the first: on a busy machine more gifts may be
  // logged before the timer runs.
  window.setTimeout(() => { settling = false; region.textContent = latest; }, 50);
}

/** What Tab can reach inside `root`, in order. */
function tabbable(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>("button, input, select, textarea, a[href], [tabindex]")].filter(
    (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0,
  );
}

/** Keeps Tab and Shift+Tab inside `dialog` (WebKit lets them leave a
 * modal dialog for the page behind it). */
export function trapFocus(dialog: HTMLElement): void {
  dialog.addEventListener("keydown", (ev) => {
    // WebKitGTK can name Shift+Tab (GTK's ISO_Left_Tab) "Unidentified"; its key code stays 9.
    if (ev.key !== "Tab" && ev.keyCode !== 9) return;
    const stops = tabbable(dialog);
    if (stops.length === 0) return;
    const first = stops[0];
    const last = stops[stops.length - 1];
    const at = document.activeElement;
    if (ev.shiftKey && (at === first || !dialog.contains(at))) {
      ev.preventDefault();
      last.focus();
    } else if (!ev.shiftKey && (at === last || !dialog.contains(at))) {
      ev.preventDefault();
      first.focus();
    }
  });
}

export function card(title: string, ...children: Child[]): HTMLElement {
  return el("section", { class: "card" }, el("h2", null, title), ...children);
}

export function emptyState(title: string, text: string, ...actions: Child[]): HTMLElement {
  return el("div", { class: "empty" }, el("h2", null, title), el("p", null, text), el("div", { class: "actions" }, ...actions));
}

let toastTimer: number | undefined;
let toastUndo: (() => void) | null = null;

/** What a toast can offer: a button (Undo) that runs `run` once. */
export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

/** A short message at the bottom of the window; with an action (Undo) it
 * stays longer, and Ctrl+Z runs that action while it shows. */
export function toast(message: string, kind: "ok" | "error" = "ok", action?: ToastAction): void {
  let box = document.getElementById("toast");
  if (!box) {
    box = el("div", { id: "toast", role: "status", "aria-live": "polite" });
    document.body.appendChild(box);
  }
  const hide = () => {
    box!.classList.remove("show");
    toastUndo = null;
  };
  toastUndo = null;
  if (action) {
    let used = false;
    const run = () => {
      if (used) return;
      used = true;
      hide();
      void action.run();
    };
    toastUndo = run;
    mount(box, el("span", null, message), el("button", { class: "toast-action", id: "toast-undo", onclick: run }, action.label));
  } else {
    mount(box, message);
  }
  box.className = `show ${kind}${action ? " has-action" : ""}`;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(hide, action ? 10000 : 4000);
}

// Ctrl+Z (Cmd+Z) undoes what the toast on screen offers to undo; in a text
// field it stays the field's own undo.
document.addEventListener("keydown", (ev) => {
  if (!toastUndo || ev.key.toLowerCase() !== "z" || !(ev.ctrlKey || ev.metaKey) || ev.shiftKey) return;
  const t = ev.target as HTMLElement | null;
  if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) return;
  ev.preventDefault();
  toastUndo();
});

/** A modal question in the page (never `window.confirm`, which this webview
 * never shows): resolves true when the creator confirms. Lines are text,
 * never markup. With `typed`, the confirm button stays disabled until the
 * creator types that word. */
export function confirmDialog(title: string, lines: string[], confirmLabel: string, opts: { typed?: string } = {}): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = el("dialog", { class: "confirm", id: "confirm-dialog", "aria-labelledby": "confirm-title" });
    // The focus goes back to what opened the dialog, when it is still there.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const close = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      if (opener?.isConnected) opener.focus();
      resolve(answer);
    };
    const yes = el("button", { class: "primary danger", id: "confirm-yes", onclick: () => close(true), disabled: opts.typed !== undefined }, confirmLabel);
    let typed: HTMLInputElement | null = null;
    if (opts.typed !== undefined) {
      const word = opts.typed;
      typed = el("input", { id: "confirm-typed", autocomplete: "off", "aria-describedby": "confirm-typed-hint" });
      typed.addEventListener("input", () => {
        // An input method may compose accents either way ("xóa", "löschen").
        yes.disabled = typed!.value.trim().normalize("NFC").toLowerCase() !== word.normalize("NFC").toLowerCase();
      });
      typed.addEventListener("keydown", (ev) => {
        if (ev.key !== "Enter") return;
        // Else the Enter goes on to the button that opened the dialog, and opens it again.
        ev.preventDefault();
        if (!yes.disabled) close(true);
      });
    }
    mount(dialog,
      el("h2", { id: "confirm-title" }, title),
      el("ul", { class: "blockers" }, lines.map((l) => el("li", null, l))),
      typed ? el("label", { for: "confirm-typed", id: "confirm-typed-hint" }, t("widgets-type-to-confirm", { word: opts.typed ?? "" })) : null,
      typed,
      el("div", { class: "actions" }, el("button", { id: "confirm-no", onclick: () => close(false) }, t("widgets-cancel")), yes));
    dialog.addEventListener("cancel", (ev) => {
      ev.preventDefault();
      close(false);
    });
    trapFocus(dialog);
    document.body.appendChild(dialog);
    dialog.showModal();
    (typed ?? (dialog.querySelector("#confirm-no") as HTMLButtonElement)).focus();
  });
}

/** Thrown when the creator declines a confirmation: nothing was written. */
export class Declined extends Error {
  constructor() {
    super(t("widgets-nothing-changed"));
  }
}

/**
 * Runs `action(false)`; when the core answers that TikTok would never produce
 * this (`needs_confirmation`), names each problem in a dialog and, if the
 * creator confirms, runs `action(true)`. Declining throws [`Declined`].
 */
export async function withConfirmation<T>(action: (force: boolean) => Promise<T>, confirmLabel = t("widgets-record-anyway")): Promise<T> {
  try {
    return await action(false);
  } catch (e) {
    if (!isCmdError(e) || e.kind !== "needs_confirmation") throw e;
    const problems = confirmProblems(e);
    const ok = await confirmDialog(t("widgets-are-you-sure"), problems.length ? problems : [e.message], confirmLabel);
    if (!ok) throw new Declined();
    return action(true);
  }
}

/** Whether `e` says the creator declined (in the page or in the app's native dialog). */
export function isDeclined(e: unknown): boolean {
  return e instanceof Declined || (isCmdError(e) && e.kind === "declined");
}

/** Runs an action, showing its error as a toast. */
export async function attempt(action: () => Promise<unknown>, done?: string): Promise<boolean> {
  try {
    await action();
    if (done) toast(done);
    return true;
  } catch (e) {
    toast(errorText(e), isDeclined(e) ? "ok" : "error");
    return false;
  }
}

/** What an undo put back, named in the chosen language (`Restored.said`),
 * else as the store's English label; "" when it says nothing. */
export function putBackName(back: unknown): string {
  if (typeof back !== "object" || back === null || !("label" in back)) return "";
  const said = "said" in back ? (back.said as Message | null) : null;
  return say(said, String(back.label));
}

/**
 * Asks in the app's dialog, runs `remove` (which returns the number that
 * undoes it), then shows `done` with an Undo button (Ctrl+Z too) that runs
 * `undo` and `after`. Nothing is written when the creator cancels.
 */
export async function removeWithUndo(ask: { title: string; lines: string[]; confirm: string } | null, remove: () => Promise<unknown>, done: string, undo: () => Promise<unknown>, after: () => void | Promise<void>): Promise<boolean> {
  if (ask && !(await confirmDialog(ask.title, ask.lines, ask.confirm))) return false;
  try {
    await remove();
  } catch (e) {
    toast(errorText(e), isDeclined(e) ? "ok" : "error");
    return false;
  }
  await after();
  toast(done, "ok", {
    label: t("widgets-undo"),
    run: async () => {
      try {
        const back = await undo();
        // The store says what it put back ("session 3 and its 40 gifts"),
        // as a message to say in the chosen language beside its English.
        const what = putBackName(back);
        toast(what ? t("widgets-put-back-what", { what }) : t("widgets-put-back"));
        await after();
      } catch (e) {
        toast(errorText(e), isDeclined(e) ? "ok" : "error");
      }
    },
  });
  return true;
}

/**
 * The language picker: the system's language (stored as "") and every
 * language the app speaks, each in its own name and marked with its own
 * `lang` so a screen reader reads it in that language. The pseudo-locale is
 * never offered. `chosen` is the stored choice; `onChosen` runs after a new
 * one is stored and the app speaks it.
 */
export function languagePicker(id: string, chosen: string, onChosen: (tag: string) => void | Promise<void>): HTMLSelectElement {
  const system = LANGUAGES.find((l) => l.tag === negotiate(navigator.language));
  const picker = el("select", { id, name: "language" },
    el("option", { value: "" }, t("widgets-language-system", { name: system?.name ?? "English" })),
    LANGUAGES.map((l) => el("option", { value: l.tag, lang: l.tag }, l.name)));
  picker.value = chosen;
  picker.addEventListener("change", async () => {
    const tag = picker.value;
    picker.disabled = true;
    try {
      await chooseLanguage(tag);
    } catch (e) {
      picker.disabled = false;
      toast(errorText(e), "error");
      return;
    }
    await onChosen(tag);
  });
  return picker;
}

/** Stores `tag` ("" for the system's language) in the ledger, then speaks
 * it: the one road for both pickers. */
export async function chooseLanguage(tag: string): Promise<void> {
  await api.setSetting("language", tag);
  await setLanguage(tag || navigator.language);
}
