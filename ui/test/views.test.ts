import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// ui/src/views/ holds what the router shows for a route, and nothing else;
// pieces a view shows (the capture panel) live in ui/src/components/.
describe("views", () => {
  it("are exactly the modules the router's routes show", () => {
    const src = join(__dirname, "..", "src");
    const shell = readFileSync(join(src, "main.ts"), "utf8");
    const routes = shell.slice(shell.indexOf("const routes"), shell.indexOf("];", shell.indexOf("const routes")));
    const notViews: string[] = [];
    for (const file of readdirSync(join(src, "views"))) {
      const name = file.replace(/\.ts$/, "");
      const imported = new RegExp(`import \\{([^}]*)\\} from "\\./views/${name}"`).exec(shell);
      const shown = imported?.[1].split(",").map((s) => s.trim()).filter((s) => new RegExp(`\\b${s}\\b`).test(routes));
      if (!shown?.length) notViews.push(file);
    }
    expect(notViews).toEqual([]);
  });
});
