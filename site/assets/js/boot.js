// Starts the grading worker from <head>: bundled as a classic script, it runs where it
// stands, while the rest of the page is still to be parsed and before problem.js (the editor
// and everything else) has been compiled, so Python's start-up overlaps all of that.
// problem.js, a module and so run after parsing, picks the grader up from window.gradlab,
// the page's scripting hook.

import { Grader } from "./grader.js";

function showStatus(state, text, boot) {
  const status = document.getElementById("runtime-status");
  if (!status) {
    // Still parsing; replayed in order once the elements exist.
    document.addEventListener("DOMContentLoaded", () => showStatus(state, text, boot), { once: true });
    return;
  }
  status.dataset.state = state;
  if (boot) status.dataset.boot = boot;
  document.getElementById("runtime-text").textContent = text;
}

const config = JSON.parse(document.getElementById("problem-config").textContent);
window.gradlab = { config, grader: new Grader(config, showStatus) };
