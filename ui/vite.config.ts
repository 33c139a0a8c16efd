import { defineConfig } from "vite";

// Built into ui/dist and embedded in the app. Nothing is inlined as data: or
// inline script, so the strict CSP in tauri.conf.json holds.
export default defineConfig({
  base: "./",
  clearScreen: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  // The message catalogs live beside the CLI's, in ../assets/locales.
  server: { fs: { allow: [".", "../assets/locales"] } },
  test: {
    environment: "jsdom",
    globals: true,
  },
});
