// Hints, one at a time, and the solution, fetched only after the learner confirms: the page
// source never contains the reference solution or the common mistakes.

import { confirmAction } from "./confirm.js";

/** The hints, one at a time; returns `revealUpTo(n)`, which shows hints 1..n and focuses hint n. */
export function setUpHints(button) {
  const total = Number(button.dataset.count);
  let shown = 0;
  const revealUpTo = (n) => {
    const target = Math.min(n, total);
    while (shown < target) {
      shown += 1;
      document.getElementById(`hint-${shown}`).hidden = false;
    }
    const hint = document.getElementById(`hint-${target}`);
    if (hint) hint.focus();
    document.dispatchEvent(new CustomEvent("gradlab:hint", { detail: { shown } }));
    if (shown < total) button.textContent = `Show hint ${shown + 1} of ${total}`;
    else button.remove();
  };
  button.addEventListener("click", () => revealUpTo(shown + 1));
  return revealUpTo;
}

export function setUpSolution(button, body, dialog, url) {
  button.addEventListener("click", async () => {
    const sure = await confirmAction(dialog, {
      title: "Show the solution?",
      text: "You will see the reference solution, its explanation and the mistakes the tests catch. Your own code stays as it is.",
      confirm: "Show solution",
    });
    if (!sure) return;
    button.disabled = true;
    button.textContent = "Loading the solution…";
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      render(body, await response.json());
      button.remove();
      body.hidden = false;
      body.focus();
      body.dispatchEvent(new CustomEvent("gradlab:solution", { bubbles: true }));
    } catch (error) {
      button.disabled = false;
      button.textContent = "Show solution…";
      body.hidden = false;
      body.replaceChildren(Object.assign(document.createElement("p"), {
        className: "error-box",
        textContent: `Could not load the solution (${error.message}). Try again.`,
      }));
    }
  });
}

// The solution file is written by our own build from the problem folder (Markdown and
// highlighting already rendered there), so its HTML fields are trusted like the page itself.
function render(body, solution) {
  const heading = (text) => Object.assign(document.createElement("h3"), { textContent: text });
  const code = document.createElement("div");
  code.innerHTML = solution.solution_html;
  const explanation = document.createElement("div");
  explanation.className = "prose";
  explanation.innerHTML = solution.explanation_html;
  const parts = [heading("Reference solution"), code, heading("Why it works"), explanation];
  if (solution.going_further_html) {
    const further = document.createElement("div");
    further.className = "prose going-further";
    further.innerHTML = solution.going_further_html;
    parts.push(heading("Going further"), further);
  }
  if (solution.mistakes.length) {
    const list = document.createElement("ul");
    list.className = "mistakes";
    for (const text of solution.mistakes) list.append(Object.assign(document.createElement("li"), { textContent: text }));
    parts.push(heading("Common mistakes the tests catch"), list);
  }
  body.replaceChildren(...parts);
}
