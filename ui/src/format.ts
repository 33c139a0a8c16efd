// Formatting of the core's decimal strings for people, in their locale,
// without turning money into a float: digits are grouped as text.

import { formatLocale, t } from "./i18n";

/** A signed figure kept in one left-to-right piece inside right-to-left
 * text: "−120", never "120−" (Unicode's left-to-right isolate). */
function isolate(text: string, locale?: string): string {
  return /^ar\b/.test(loc(locale) ?? "") ? `\u2066${text}\u2069` : text;
}

/** The locale to format in: the given one, else the chosen language's. */
function loc(locale?: string): string | undefined {
  return locale ?? formatLocale();
}

// Building an Intl formatter costs far more than using one (a 10-year
// dashboard built thousands): each is made once per locale and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string | undefined, opts: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(opts)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, opts)));
  return f;
}

/** A date formatter for `locale` and `opts`, made once. */
export function dateFormat(locale: string | undefined, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(opts)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, opts)));
  return f;
}

const separatorCache = new Map<string | undefined, Separators>();

export interface Separators {
  group: string;
  decimal: string;
}

export function separators(locale?: string): Separators {
  const l = loc(locale);
  let sep = separatorCache.get(l);
  if (!sep) {
    const parts = numberFormat(l).formatToParts(11111.5);
    sep = {
      group: parts.find((p) => p.type === "group")?.value ?? ",",
      decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    };
    separatorCache.set(l, sep);
  }
  return sep;
}

/** Rounds a decimal string half away from zero to `places`, as text, for display only: every figure arrives from the core already rounded by its money rule; this only shortens what is shown (a rate, a per-viewer figure). */
export function roundForDisplay(value: string, places: number): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, intRaw, fracRaw = ""] = m;
  const intPart = intRaw || "0";
  if (fracRaw.length <= places) return sign + intPart + (places > 0 ? "." + fracRaw.padEnd(places, "0") : "");
  const keep = intPart + fracRaw.slice(0, places);
  const roundUp = fracRaw.charCodeAt(places) >= 53; // '5'
  let digits = keep;
  if (roundUp) {
    const arr = digits.split("").map(Number);
    let i = arr.length - 1;
    while (i >= 0) {
      if (arr[i] === 9) {
        arr[i] = 0;
        i--;
      } else {
        arr[i]++;
        break;
      }
    }
    digits = (i < 0 ? "1" : "") + arr.join("");
  }
  const cut = digits.length - places;
  const int = digits.slice(0, cut).replace(/^0+(?=\d)/, "") || "0";
  const frac = digits.slice(cut);
  const zero = /^0*$/.test(int + frac);
  return (zero ? "" : sign) + int + (places > 0 ? "." + frac : "");
}

/** Groups a decimal string for display: "1234567.5" → "1,234,567.5" (en). */
export function formatDecimal(value: string, opts: { places?: number; locale?: string } = {}): string {
  let v = value.trim();
  if (opts.places !== undefined) v = roundForDisplay(v, opts.places);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(v);
  if (!m) return value;
  const [, sign, int, frac] = m;
  const sep = separators(opts.locale);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  const text = grouped + (frac ? sep.decimal + frac : "");
  return sign ? isolate("−" + text, opts.locale) : text;
}

/** Diamonds: whole diamonds shown whole, fractions to two places. */
export function formatDiamonds(value: string, locale?: string): string {
  const places = value.includes(".") ? 2 : 0;
  let out = formatDecimal(value, { places, locale });
  const sep = separators(locale).decimal;
  if (places && out.endsWith(sep + "00")) out = out.slice(0, -3);
  return out;
}

/** Money with its currency symbol placed as the locale places it. */
export function formatMoney(value: string, currency: string, locale?: string, places = 2): string {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = numberFormat(loc(locale), { style: "currency", currency }).formatToParts(1.5);
  } catch {
    return `${formatDecimal(value, { places, locale })} ${currency}`;
  }
  const trimmed = value.trim();
  const digits = formatDecimal(trimmed.replace(/^-/, ""), { places, locale });
  // A negative that rounds to zero is written without its sign.
  const negative = trimmed.startsWith("-") && /[1-9]/.test(digits);
  let out = "";
  let placed = false;
  for (const p of parts) {
    if (p.type === "integer" || p.type === "decimal" || p.type === "fraction" || p.type === "group") {
      if (!placed) {
        out += digits;
        placed = true;
      }
    } else if (p.type === "minusSign") {
      continue;
    } else {
      out += p.value;
    }
  }
  return negative ? isolate("−" + out.trim(), locale) : out.trim();
}

/** Money shown with every place the core gave it (at least two): "9.995" stays "9.995". */
export function formatMoneyExact(value: string, currency: string, locale?: string): string {
  const frac = value.split(".")[1] ?? "";
  return formatMoney(value, currency, locale, Math.max(2, frac.length));
}

/** Money in several currencies, each on its own: "16.00 EUR + 20.00 USD"; "" when none. */
export function formatAmounts(amounts: Record<string, string>, locale?: string): string {
  return Object.entries(amounts)
    .filter(([, v]) => Number(v) !== 0)
    .map(([c, v]) => formatMoney(v, c, locale))
    .join(" + ");
}

/** A ratio string (0.7523) as a percentage with one decimal (75.2 %). */
export function formatPercent(ratio: string, locale?: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(ratio.trim());
  if (!m) return ratio;
  const [, sign, int, frac = ""] = m;
  const padded = frac.padEnd(2, "0");
  const shifted = (int + padded.slice(0, 2)).replace(/^0+(?=\d)/, "") + (padded.length > 2 ? "." + padded.slice(2) : "");
  return formatDecimal(sign + shifted, { places: 1, locale }) + " %";
}

/** "2026-03-01T19:00:00Z" → a local date and time for display. */
export function formatDateTime(iso: string, locale?: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(loc(locale), { dateStyle: "medium", timeStyle: "short", timeZone }).format(d);
}

/** Only the time of day, for gifts within a session. */
export function formatTime(iso: string, locale?: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(loc(locale), { timeStyle: "short", timeZone }).format(d);
}

/** A whole count grouped for the locale: 1111 → "1,111" (en); null → "—". */
export function formatCount(n: number | null | undefined, locale?: string): string {
  return n === null || n === undefined ? "—" : numberFormat(locale ?? loc()).format(n);
}

/** "n coin" / "n coins", in the chosen language. */
export function coins(n: number): string {
  return t("coins-count", { count: n });
}

/** "2026-03-01" (a local calendar day) for display. */
export function formatDay(day: string, locale?: string): string {
  const d = new Date(day + "T12:00:00Z");
  if (Number.isNaN(d.getTime())) return day;
  return dateFormat(loc(locale), { dateStyle: "medium", timeZone: "UTC" }).format(d);
}

/** Hours as "1 h 30 min", in the chosen language. */
export function formatHours(hours: string): string {
  const minutes = Math.round(Number(hours) * 60);
  if (!Number.isFinite(minutes)) return hours;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t("duration-minutes", { minutes: m });
  return m === 0 ? t("duration-hours", { hours: h }) : t("duration-hours-minutes", { hours: h, minutes: m });
}

/** A UTC instant as the value of an <input type="datetime-local"> in `timeZone`. */
export function toLocalInput(date: Date, timeZone: string): string {
  const parts = dateFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

/** A statement period by its first local day, as people write it: "Nov 23, 2026"
 * (day), "Nov 23 – 29" (week; with the year when it is not this year's),
 * "Nov 2026" (month), "2026" (year). The day is a calendar day already in the
 * creator's time zone, so it is formatted as is. */
export function formatPeriod(start: string, by: "day" | "week" | "month" | "year", locale?: string, today: Date = new Date()): string {
  const d = new Date(start + "T12:00:00Z");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(d.getTime())) return start;
  const f = (o: Intl.DateTimeFormatOptions) => dateFormat(loc(locale), { ...o, timeZone: "UTC" });
  switch (by) {
    case "day":
      return f({ dateStyle: "medium" }).format(d);
    case "week": {
      const end = new Date(d.getTime() + 6 * 86400000);
      const thisYear = d.getUTCFullYear() === today.getUTCFullYear() && end.getUTCFullYear() === today.getUTCFullYear();
      const o: Intl.DateTimeFormatOptions = { month: "short", day: "numeric", year: thisYear ? undefined : "numeric" };
      const range = f(o) as Intl.DateTimeFormat & { formatRange?: (a: Date, b: Date) => string };
      return typeof range.formatRange === "function" ? range.formatRange(d, end) : `${range.format(d)} – ${range.format(end)}`;
    }
    case "month":
      return f({ month: "short", year: "numeric" }).format(d);
    case "year":
      return String(d.getUTCFullYear());
  }
}

/** A count with an English noun: plural(1, "problem") → "1 problem". English
 * only: new code uses a catalog message with `$count` instead. */
export function plural(n: number, one: string, many = `${one}s`, locale?: string): string {
  return `${numberFormat(locale ?? loc()).format(n)} ${n === 1 ? one : many}`;
}

/** Diamonds with their word: "1 diamond", "1,965 diamonds", in the chosen
 * language (`count` picks the plural form, `shown` is the exact figure). */
export function diamondsWord(value: string, locale?: string): string {
  return t("diamonds-count", { count: Number(value), shown: formatDiamonds(value, locale) });
}

/** A change ratio from the core ("0.125", "-0.3") as "+12.5 %" / "−30.0 %"; "" when none. */
export function formatChange(ratio: string | null, locale?: string): string {
  if (ratio === null) return "";
  const negative = ratio.trim().startsWith("-");
  const pct = formatPercent(negative ? ratio.trim().slice(1) : ratio, locale);
  return isolate((negative ? "−" : "+") + pct, locale);
}

/** Whether two decimal strings typed or stored ("10", "10.00") are the same number, as text. */
export function sameDecimal(a: string, b: string): boolean {
  const norm = (v: string) => {
    const m = /^(-?)0*(\d*?)(?:\.(\d*?)0*)?$/.exec(v.trim());
    if (!m) return v.trim();
    const int = m[2] || "0";
    const frac = m[3] ?? "";
    return (int === "0" && frac === "" ? "" : m[1]) + int + (frac ? "." + frac : "");
  };
  return norm(a) === norm(b);
}
