// Short date ranges padded for charts: one live should draw one bar on a
// short axis, not a bar squeezed against years of empty axis.

/** Day (or week, month) rows padded with empty periods on both sides when
 * there are fewer than `min`, so one live draws one bar on a short axis
 * instead of a bar squeezed into years. */
export function padPeriods(days: string[], by: "day" | "week" | "month", min = 14): string[] {
  if (days.length === 0 || days.length >= min) return [];
  const step = (day: string, n: number) => {
    const t = new Date(day + "T12:00:00Z");
    if (by === "month") t.setUTCMonth(t.getUTCMonth() + n);
    else t.setUTCDate(t.getUTCDate() + n * (by === "week" ? 7 : 1));
    return t.toISOString().slice(0, 10);
  };
  let span = 1;
  for (let x = days[0]; x < days[days.length - 1]; x = step(x, 1)) span++;
  if (span >= min) return [];
  const before = Math.ceil((min - span) / 2);
  const after = min - span - before;
  const out: string[] = [];
  for (let i = before; i > 0; i--) out.push(step(days[0], -i));
  for (let i = 1; i <= after; i++) out.push(step(days[days.length - 1], i));
  return out;
}
