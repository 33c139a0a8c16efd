// What the shell (main.ts) gives a view, for the tests that show views.

/** A fresh container in the page, as the shell mounts one per showing. */
export function container(): HTMLElement {
  const main = document.getElementById("view-test") ?? document.body.appendChild(document.createElement("main"));
  main.id = "view-test";
  const root = document.createElement("div");
  main.replaceChildren(root);
  return root;
}
