// Imported first by main.ts. Under a POSIX "C" locale WebKit reports
// navigator.language as "C", which Intl rejects with a RangeError — and
// uPlot formats with navigator.language when its module loads, so the whole
// UI would fail to start. Fall back to the system default Intl locale.

// The first module run: the launch benchmark's mark for "the script has
// loaded and begins" (tests/bench/app_start.py).
performance.mark("ll-modules");

export function validLocale(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, "-").replace(/\..*$/, ""))[0];
  } catch {
    return undefined;
  }
}

const reported = navigator.language;
if (validLocale(reported) === undefined) {
  const fallback = new Intl.NumberFormat().resolvedOptions().locale.replace(/-u-va-posix$/, "") || "en-US";
  Object.defineProperty(Navigator.prototype, "language", { get: () => fallback, configurable: true });
  Object.defineProperty(Navigator.prototype, "languages", { get: () => [fallback], configurable: true });
}
