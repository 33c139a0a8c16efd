// The toast after Undo names what was put back in the chosen language: the
// store's message for it (`Restored.said`), its English label otherwise.

import { afterAll, describe, expect, it } from "vitest";
import type { Restored } from "../src/bindings";
import { setLanguage } from "../src/i18n";
import { removeWithUndo } from "../src/widgets";

const session: Restored = {
  label: "session 3 and its 1500 gifts",
  said: { id: "core-trash-session", args: {
    id: { type: "text", value: "3" },
    count: { type: "count", value: 1500 },
    n: { type: "text", value: "1500" },
  } },
  records: 1501,
};

const tick = () => new Promise((r) => setTimeout(r, 0));

/** The toast's text after removing with undo and pressing Undo. */
async function putBack(back: Restored): Promise<string> {
  await removeWithUndo(null, async () => 1, "removed", async () => back, () => {});
  const undo = document.querySelector<HTMLButtonElement>("#toast-undo");
  expect(undo).not.toBeNull();
  undo!.click();
  for (let i = 0; i < 5; i++) await tick();
  return document.getElementById("toast")?.textContent ?? "";
}

describe("the put-back toast", () => {
  afterAll(async () => { await setLanguage("en"); });

  it("says in English what it always said", async () => {
    await setLanguage("en");
    expect(await putBack(session)).toBe("Put back session 3 and its 1500 gifts");
  });

  it("speaks German", async () => {
    await setLanguage("de");
    const text = await putBack(session);
    expect(text).toContain("LIVE 3 mit 1500 Geschenken");
    expect(text).not.toContain("gifts");
  });

  it("says the English label of an entry kept without a message, or one the page does not know", async () => {
    await setLanguage("de");
    expect(await putBack({ ...session, said: null })).toContain("session 3 and its 1500 gifts");
    const newer = { ...session, said: { id: "core-trash-from-a-newer-core", args: {} } };
    expect(await putBack(newer)).toContain("session 3 and its 1500 gifts");
  });
});
