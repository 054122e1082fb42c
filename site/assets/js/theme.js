// Light or dark: the system's choice until the learner presses the top bar's toggle, whose
// choice is remembered (localStorage, or memory for the visit when storage is refused).
// Set from boot.js in <head>, before the stylesheet applies, so a page never flashes white.
// The toggle is found by id on each click: navigate.js swaps the top bar in with each page.

const KEY = "gradlab:theme";
const system = matchMedia("(prefers-color-scheme: dark)");
let chosen = null;

function stored() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return chosen;
  }
}

/** "dark" or "light": the learner's choice, else the system's. */
export function currentTheme() {
  const choice = stored();
  if (choice === "dark" || choice === "light") return choice;
  return system.matches ? "dark" : "light";
}

/** Show the theme now in force on the top bar's toggle (after navigate.js swapped it in). */
export function paintToggle() {
  const toggle = document.getElementById("theme-toggle");
  if (toggle) toggle.setAttribute("aria-pressed", String(currentTheme() === "dark"));
}

function apply() {
  document.documentElement.dataset.theme = currentTheme();
  paintToggle();
}

export function setUpTheme() {
  apply();
  system.addEventListener("change", apply);
  addEventListener("storage", (event) => { if (event.key === KEY) apply(); }); // another tab
  document.addEventListener("DOMContentLoaded", paintToggle, { once: true });
  document.addEventListener("click", (event) => {
    if (!event.target.closest || !event.target.closest("#theme-toggle")) return;
    chosen = currentTheme() === "dark" ? "light" : "dark";
    try {
      localStorage.setItem(KEY, chosen);
    } catch {}
    apply();
  });
}
