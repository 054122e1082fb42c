// The index's progress: each card's status, each track's "n of m solved" (and how many are
// marked complete or attempted), and the overall count. Redrawn when another tab (or an
// import) changes what is stored.

import * as store from "./store.js";

function counts(slugs) {
  const tally = { solved: 0, complete: 0, attempted: 0, "not-started": 0 };
  for (const slug of slugs) tally[store.progressOf(slug)] += 1;
  return tally;
}

function describe(tally, total) {
  const rest = [];
  if (tally.complete) rest.push(`${tally.complete} marked complete`);
  if (tally.attempted) rest.push(`${tally.attempted} attempted`);
  return `${tally.solved} of ${total} solved` + (rest.length ? ` · ${rest.join(" · ")}` : "");
}

export function showProgress(root) {
  const all = [];
  for (const track of root.querySelectorAll(".track")) {
    const slugs = [...track.querySelectorAll(".problem-card")].map((card) => {
      store.showStatus(card.querySelector(".learner-status"), store.progressOf(card.dataset.slug));
      return card.dataset.slug;
    });
    const tally = counts(slugs);
    const line = track.querySelector("[data-track-progress]");
    line.textContent = describe(tally, slugs.length);
    line.dataset.solved = tally.solved;
    const bar = track.querySelector(".track-bar-fill");
    if (bar) bar.style.width = `${(100 * (tally.solved + tally.complete)) / Math.max(1, slugs.length)}%`;
    all.push(...slugs);
  }
  const overall = root.querySelector("#progress");
  overall.textContent = `Overall: ${describe(counts(all), all.length)}.`;
}

export function setUpProgress(root) {
  const redraw = () => showProgress(root);
  redraw();
  addEventListener("storage", redraw);
  addEventListener("focus", redraw);
  return () => {
    removeEventListener("storage", redraw);
    removeEventListener("focus", redraw);
  };
}
