// Index page: the learner's status on each card, and filtering by difficulty and tag.
// The list is complete without JavaScript; this only hides cards and fills in statuses.
// navigate.js mounts it on each visit to the index, full load or not.

import * as store from "./store.js";

const $ = (id) => document.getElementById(id);

export function mountIndex() {
  const cards = [...document.querySelectorAll(".problem-card")];

  const statuses = cards.map((card) => {
    const status = store.loadStatus(card.dataset.slug);
    store.showStatus(card.querySelector(".learner-status"), status);
    return status;
  });

  const solved = statuses.filter((s) => s === "solved").length;
  const attempted = statuses.filter((s) => s === "attempted").length;
  if (solved + attempted) {
    $("progress").textContent = `Solved ${solved} of ${cards.length}` + (attempted ? `, ${attempted} in progress.` : ".");
    $("progress").hidden = false;
  }

  const difficulty = $("filter-difficulty");
  const tag = $("filter-tag");

  function applyFilters() {
    let visible = 0;
    for (const card of cards) {
      const show = (!difficulty.value || card.dataset.difficulty === difficulty.value)
        && (!tag.value || JSON.parse(card.dataset.tags).includes(tag.value));
      card.hidden = !show;
      visible += show;
    }
    $("filter-count").textContent = `Showing ${visible} of ${cards.length} problems`;
    $("empty").hidden = visible > 0;
  }

  difficulty.addEventListener("change", applyFilters);
  tag.addEventListener("change", applyFilters);
  $("filters").hidden = false;
  applyFilters();
}

window.gradlab.definePage("index", mountIndex);
