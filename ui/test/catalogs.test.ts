// The message catalogs (assets/locales/<language>/*.ftl), read the way the
// UI and the CLI read them: every language has every English message and
// no other, with the same placeables; every message is used by some code
// and every message the code names exists.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse, Message, Term, Junk, Pattern, Placeable, SelectExpression, VariableReference, FunctionReference, type Expression, type PatternElement } from "@fluent/syntax";
import { LANGUAGES } from "../src/i18n";

const root = join(__dirname, "..", "..");
const locales = join(root, "assets", "locales");

interface Entry { file: string; vars: Set<string>; }

function varsOf(p: Pattern | null, out: Set<string>): void {
  if (!p) return;
  for (const el of p.elements as PatternElement[]) {
    if (el instanceof Placeable) exprVars(el.expression as Expression, out);
  }
}

function exprVars(e: Expression, out: Set<string>): void {
  if (e instanceof VariableReference) out.add(e.id.name);
  else if (e instanceof SelectExpression) {
    exprVars(e.selector as Expression, out);
    for (const v of e.variants) varsOf(v.value, out);
  } else if (e instanceof Placeable) exprVars(e.expression as Expression, out);
  else if (e instanceof FunctionReference) {
    for (const a of [...e.arguments.positional, ...e.arguments.named.map((n) => n.value)]) exprVars(a as Expression, out);
  }
}

function catalog(tag: string): { entries: Map<string, Entry>; junk: string[] } {
  const entries = new Map<string, Entry>();
  const junk: string[] = [];
  const dir = join(locales, tag);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort()) {
    const res = parse(readFileSync(join(dir, file), "utf8"), { withSpans: false });
    for (const e of res.body) {
      if (e instanceof Junk) junk.push(`${tag}/${file}: ${e.content.slice(0, 80)}`);
      if (e instanceof Message || e instanceof Term) {
        const id = (e instanceof Term ? "-" : "") + e.id.name;
        const vars = new Set<string>();
        varsOf(e.value, vars);
        for (const a of e.attributes) varsOf(a.value, vars);
        if (entries.has(id)) junk.push(`${tag}/${file}: ${id} twice`);
        entries.set(id, { file, vars });
      }
    }
  }
  return { entries, junk };
}

function sources(dir: string, exts: string[], out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, exts, out);
    else if (exts.some((x) => name.endsWith(x)) && !name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

const english = catalog("en");

describe("message catalogs", () => {
  it("parse without errors in every language", () => {
    const problems = LANGUAGES.flatMap((l) => catalog(l.tag).junk);
    expect(problems).toEqual([]);
  });

  for (const { tag } of LANGUAGES.filter((l) => l.tag !== "en")) {
    it(`${tag} has every English message, no other, with the same placeables and files`, () => {
      const { entries } = catalog(tag);
      const problems: string[] = [];
      for (const [id, en] of english.entries) {
        const tr = entries.get(id);
        if (!tr) { problems.push(`missing ${id} (${en.file})`); continue; }
        if (tr.file !== en.file) problems.push(`${id} is in ${tr.file}, English has it in ${en.file}`);
        const a = [...en.vars].sort().join(","), b = [...tr.vars].sort().join(",");
        if (a !== b) problems.push(`${id}: placeables {${b}} where English has {${a}}`);
      }
      for (const id of entries.keys()) if (!english.entries.has(id)) problems.push(`unused ${id}: not in English`);
      expect(problems).toEqual([]);
    });
  }

  it("every English message is named by the code, and every message the code names exists", () => {
    const files = [
      ...sources(join(root, "ui", "src"), [".ts"]),
      ...sources(join(root, "src-tauri", "core", "src"), [".rs"]),
      ...sources(join(root, "src-tauri", "app", "src"), [".rs"]),
    ];
    const text = files.map((f) => readFileSync(f, "utf8")).join("\n");
    const literals = new Set([...text.matchAll(/["'`]([a-z][a-z0-9]*(?:-[a-z0-9]+)+)["'`]/g)].map((m) => m[1]));
    const unused = [...english.entries.keys()].filter((id) => !id.startsWith("-") && !literals.has(id));
    expect(unused).toEqual([]);
    const ui = sources(join(root, "ui", "src"), [".ts"]).map((f) => readFileSync(f, "utf8")).join("\n");
    const named = [...ui.matchAll(/\bt\(\s*["'`]([^"'`$]+)["'`]/g)].map((m) => m[1]);
    const missing = [...new Set(named)].filter((id) => !english.entries.has(id));
    expect(missing).toEqual([]);
  });
});
