// Index page: progress per problem, per track and overall; export/import of progress; and
// filtering by difficulty and tag. The list is complete without JavaScript; this only hides
// cards and fills in the learner's progress. navigate.js mounts it on each visit to the index,
// full load or not.

import { setUpProgress, showProgress } from "./progress.js";
import * as store from "./store.js";
import { setUpTransfer } from "./transfer.js";
import { setUpSubmission } from "./submission.js";

const $ = (id) => document.getElementById(id);

/** Wire the index now in the document; returns the function that unwires it. */
export function mountIndex() {
  const cards = [...document.querySelectorAll(".problem-card")];
  const titles = new Map(cards.map((card) => [card.dataset.slug, card.querySelector(".card-title").textContent.trim()]));
  // Each part returns its cleanup, called when the page is unmounted.
  const cleanups = [
    store.onUnavailable(() => { $("storage-notice").hidden = false; }),
    setUpProgress(document),
    setUpTransfer({
      exportButton: $("export-progress"),
      importInput: $("import-progress"),
      message: $("transfer-message"),
      dialog: $("confirm-dialog"),
      titleOf: (slug) => titles.get(slug) || slug,
      onChange: () => showProgress(document),
    }),
    setUpSubmission(document),
  ];

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
    for (const track of document.querySelectorAll(".track")) {
      track.hidden = !track.querySelector(".problem-card:not([hidden])");
    }
    $("filter-count").textContent = `Showing ${visible} of ${cards.length} problems`;
    $("empty").hidden = visible > 0;
  }

  difficulty.addEventListener("change", applyFilters);
  tag.addEventListener("change", applyFilters);
  $("filters").hidden = false;
  applyFilters();

  return () => {
    for (const cleanup of cleanups) cleanup();
  };
}

window.gradlab.definePage("index", mountIndex);
