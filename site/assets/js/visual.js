// "Your code, drawn": after a run, the problem's picture of its idea (its visual.py) drawn
// from the learner's code beside the reference's (charts.js, loaded only then). A text
// caption says what the picture shows; a failure to draw is a sentence, never a broken page.

import { chartsModule } from "./case.js";

export function showVisual(section, outcome) {
  if (!section || outcome?.kind !== "done" || !outcome.visual) return;
  const { reference, learner } = outcome.visual;
  section.hidden = false;
  section.querySelector("#visual-title").textContent = reference.title;
  const caption = section.querySelector("#visual-caption");
  caption.textContent = learner.status === "ok"
    ? (reference.caption ?? "The reference drawn thick, yours dashed (or side by side): where they part, your code differs.")
    : `Only the reference is drawn: ${learner.message.split("\n")[0]}`;
  const holder = section.querySelector(".visual-holder");
  holder.textContent = "Drawing…";
  chartsModule()
    .then(({ drawVisual }) => drawVisual(holder, reference, learner))
    .catch((error) => { holder.textContent = `The picture could not be drawn (${error?.message ?? error}).`; });
}
