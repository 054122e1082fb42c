// Records, for a learner's submission (submission.js), the hints they reveal and when they
// first reveal the solution (and whether they had solved the problem by then). reveal.js
// announces both with events; this keeps them in the store under the page's problem.

import * as store from "./store.js";

function slug() {
  try {
    return JSON.parse(document.getElementById("problem-config").textContent).slug;
  } catch {
    return null;
  }
}

document.addEventListener("gradlab:hint", (event) => {
  const current = slug();
  if (current) store.recordHint(current, event.detail.shown);
});

document.addEventListener("gradlab:solution", () => {
  const current = slug();
  if (current) store.recordSolution(current);
});
