import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The app's webview never shows window.confirm, alert or prompt: a call
// returns at once (confirm as if accepted, in one build), so a destructive
// action behind one runs without asking. Every question goes through the
// app's own dialog (widgets.ts confirmDialog) or a native dialog the Rust
// side shows.
const banned = /(?<![\w.])(?:window\s*\.\s*)?(confirm|alert|prompt)\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|js|html)$/.test(name) ? [path] : [];
  });
}

describe("questions the creator is asked", () => {
  it("never go through window.confirm, alert or prompt", () => {
    const root = join(__dirname, "..", "src");
    const found: string[] = [];
    for (const file of [...sources(root), join(__dirname, "..", "index.html")]) {
      readFileSync(file, "utf8").split("\n").forEach((line, i) => {
        // Comments may name them; code may not.
        const code = /^\s*(\/\*|\*)/.test(line) ? "" : line.replace(/\/\*.*?\*\//g, "").replace(/\/\/.*$/, "");
        if (banned.test(code)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it("go through the one dialog the page has, widgets.ts confirmDialog", () => {
    // A second modal (a <dialog> of a view's own, an "are you sure" of its
    // own making) would ask in another way than every other action does.
    const src = join(__dirname, "..", "src");
    const own = /showModal\s*\(|\.show\s*\(\s*\)|el\(\s*["']dialog["']|createElement\(\s*["']dialog["']|<dialog\b|role["']?\s*[:=]\s*["']alertdialog/;
    const found: string[] = [];
    for (const file of [...sources(src), join(__dirname, "..", "index.html")]) {
      if (file === join(src, "widgets.ts")) continue;
      readFileSync(file, "utf8").split("\n").forEach((line, i) => {
        if (own.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
    expect(readFileSync(join(src, "widgets.ts"), "utf8")).toMatch(own);
  });

  it("the check itself catches each form", () => {
    for (const bad of ["if (confirm('x'))", "window.confirm(`y`)", "alert(1)", "window . prompt ('z')"]) expect(banned.test(bad)).toBe(true);
    for (const ok of ["confirmDialog('x')", "api.confirmProblems(e)", "const confirmed = 1"]) expect(banned.test(ok)).toBe(false);
  });
});
