// The UI's words: Project Fluent catalogs shared with the CLI
// (assets/locales/<language>/*.ftl). English is bundled; another language
// is loaded when chosen. A message missing from a catalog falls back to
// English, never to its id on screen (the catalog test keeps them complete).

/// <reference types="vite/client" />
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

/** The languages the app speaks, in their own words, in picker order. */
export const LANGUAGES: readonly { tag: string; name: string }[] = [
  { tag: "en", name: "English" },
  { tag: "es", name: "Español" },
  { tag: "pt-BR", name: "Português (Brasil)" },
  { tag: "id", name: "Bahasa Indonesia" },
  { tag: "tr", name: "Türkçe" },
  { tag: "ar", name: "العربية" },
  { tag: "vi", name: "Tiếng Việt" },
  { tag: "ja", name: "日本語" },
  { tag: "de", name: "Deutsch" },
  { tag: "fr", name: "Français" },
];

/** The pseudo-locale: English accented and about 40 % longer, for finding
 * cut-off text and words left untranslated. Never listed in the picker. */
export const PSEUDO = "en-XA";

const RTL = new Set(["ar"]);

// cli.ftl holds the command line's own words: the page never says them.
const english = import.meta.glob(["../../assets/locales/en/*.ftl", "!../../assets/locales/en/cli.ftl"], { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const others = import.meta.glob(["../../assets/locales/*/*.ftl", "!../../assets/locales/en/*.ftl", "!../../assets/locales/*/cli.ftl"], { query: "?raw", import: "default" }) as Record<string, () => Promise<string>>;

export type Args = Record<string, FluentVariable>;

/** The catalogs the first screen says (the shell, the dashboard and its
 * charts, the core's common words, the first day), read first; the others
 * are read when a message is not found in those read so far. */
const FIRST = ["shell", "widgets", "dashboard", "charts", "core", "firstrun"];

/** A language's catalogs, read (parsed) only as their messages are asked
 * for: the launch reads the first screen's, not 130 KB of every view's. */
class Catalog {
  readonly bundle: FluentBundle;
  private unread: [string, string][];

  constructor(readonly tag: string, files: [string, string][], transform?: (s: string) => string) {
    // Isolation marks keep a number or a name the right way round inside
    // right-to-left text; left-to-right text has no need of them.
    this.bundle = new FluentBundle(bundleLocale(tag), { useIsolating: RTL.has(tag), transform });
    const rank = (path: string) => {
      const i = FIRST.indexOf(path.split("/").at(-1)!.replace(/\.ftl$/, ""));
      return i < 0 ? FIRST.length : i;
    };
    this.unread = [...files].sort(([a], [b]) => rank(a) - rank(b));
    // The first screen's catalogs now; the rest when asked for.
    while (this.unread.length && rank(this.unread[0][0]) < FIRST.length) this.readNext();
  }

  private readNext(): void {
    const [, text] = this.unread.shift()!;
    const errors = this.bundle.addResource(new FluentResource(text));
    if (errors.length) console.error(`catalog ${this.tag}:`, errors);
  }

  /** Message `id`, reading the catalogs not read yet until it is found. */
  message(id: string): ReturnType<FluentBundle["getMessage"]> {
    for (;;) {
      const m = this.bundle.getMessage(id);
      if (m || !this.unread.length) return m;
      this.readNext();
    }
  }
}

/** A language's files as [path, text], from a glob's answer. */
function filesOf(found: Record<string, string>): [string, string][] {
  return Object.entries(found);
}

let current = "en";
let fallback = new Catalog("en", filesOf(english));
performance.mark("ll-catalog");
let bundle = fallback;

/** The supported language for a system or stored tag ("de_DE.UTF-8" → "de",
 * "pt" → "pt-BR"), or English. */
export function negotiate(wanted: string | undefined | null): string {
  if (!wanted) return "en";
  const tag = wanted.replace(/_/g, "-").replace(/[.@].*$/, "");
  if (tag === PSEUDO) return PSEUDO;
  const lower = tag.toLowerCase();
  const exact = LANGUAGES.find((l) => l.tag.toLowerCase() === lower);
  if (exact) return exact.tag;
  const primary = lower.split("-")[0];
  return LANGUAGES.find((l) => l.tag.toLowerCase().split("-")[0] === primary)?.tag ?? "en";
}

/** Switches the UI to `wanted` (a stored choice or the system's tag):
 * loads its catalog, sets `lang` and `dir` on the page. */
export async function setLanguage(wanted: string | undefined | null): Promise<string> {
  const tag = negotiate(wanted);
  if (tag === "en") {
    bundle = fallback;
  } else if (tag === PSEUDO) {
    bundle = new Catalog(PSEUDO, filesOf(english), pseudo);
  } else {
    const files = Object.entries(others).filter(([path]) => path.split("/").at(-2) === tag);
    bundle = new Catalog(tag, await Promise.all(files.map(async ([path, load]): Promise<[string, string]> => [path, await load()])));
  }
  current = tag;
  document.documentElement.lang = tag;
  document.documentElement.dir = RTL.has(tag) ? "rtl" : "ltr";
  for (const f of listeners) f(tag);
  return tag;
}

const listeners: ((tag: string) => void)[] = [];

/** Calls `f` after every change of language. */
export function onLanguageChange(f: (tag: string) => void): void {
  listeners.push(f);
}

/** The chosen language's tag. */
export function language(): string {
  return current;
}

/** The locale numbers, dates and money are written in: the chosen language's
 * (Arabic with Western digits, as most Gulf and Maghreb finance apps do). */
export function formatLocale(): string {
  return bundleLocale(current);
}

function bundleLocale(tag: string): string {
  if (tag === PSEUDO) return "en";
  if (tag === "ar") return "ar-u-nu-latn";
  return tag;
}

/** The text of message `id` with `args`, in the chosen language, else in
 * English, else the id itself (which the catalog test forbids). */
export function t(id: string, args?: Args): string {
  for (const c of bundle === fallback ? [bundle] : [bundle, fallback]) {
    const m = c.message(id);
    if (m?.value) return c.bundle.formatPattern(m.value, args ?? null, []);
  }
  return id;
}

/** Message `id` as text with elements in it: each key of `parts` is a
 * placeable of the message (`{ $link }`) that becomes that node, so a
 * translation can put a link wherever its grammar wants it. */
export function tParts(id: string, args: Args, parts: Record<string, Node>): (string | Node)[] {
  const marks: Args = { ...args };
  const keys = Object.keys(parts);
  keys.forEach((k, i) => { marks[k] = `\u0000${i}\u0000`; });
  return t(id, marks)
    .split("\u0000")
    .map((piece, i) => (i % 2 === 1 ? parts[keys[Number(piece)]] ?? "" : piece))
    .filter((piece) => piece !== "");
}

/** Whether the catalogs have a message `id` (for the core's message ids,
 * which may be newer than the page's catalog). */
export function has(id: string): boolean {
  return fallback.message(id) !== undefined;
}

const ACCENTS: Record<string, string> = {
  a: "á", e: "é", i: "í", o: "ó", u: "ú", y: "ý", c: "ç", n: "ñ", s: "š", z: "ž",
  A: "Á", E: "É", I: "Í", O: "Ó", U: "Ú", Y: "Ý", C: "Ç", N: "Ñ", S: "Š", Z: "Ž",
};

/** English made strange but readable: accented and about 40 % longer. */
export function pseudo(text: string): string {
  if (!text.trim()) return text;
  const accented = text.replace(/[a-zA-Z]/g, (c) => ACCENTS[c] ?? c);
  // A space every fourth place but the last: the padding wraps as words
  // would, and still ends in "~]".
  const n = Math.ceil(text.length * 0.4);
  const pad = Array.from({ length: n }, (_, i) => (i % 4 === 3 && i + 1 < n ? " " : "~")).join("");
  return `[${accented}${pad}]`;
}
