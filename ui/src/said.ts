// The core's messages (an id and typed arguments) said in the chosen
// language: figures are written here, in the locale, from their exact text.

import type { Arg, Message } from "./bindings";
import { formatDay, formatDecimal, formatMoney } from "./format";
import { has, t, type Args } from "./i18n";

function written(a: Arg): string | number {
  switch (a.type) {
    case "count":
      return a.value;
    case "money":
      return formatMoney(a.value, a.currency);
    case "decimal":
      return formatDecimal(a.value);
    case "day":
      return formatDay(a.value);
    case "text":
      return a.value;
    case "message":
      // A message inside another (a refusal's reason, a problem's place).
      return say(a.value, a.value.id);
  }
}

/** `m` in the chosen language, or `english` when the page's catalogs do not
 * know its id (a core newer than its page never shows an id). */
export function say(m: Message | null | undefined, english: string): string {
  if (!m || !has(m.id)) return english;
  const args: Args = {};
  for (const [name, a] of Object.entries(m.args)) if (a) args[name] = written(a);
  return t(m.id, args);
}
