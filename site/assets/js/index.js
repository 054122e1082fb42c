// Index page: progress per problem, per track and overall; export/import of progress;
// search and filters (finder.js) and "Continue: <the last problem opened>". The list is complete without JavaScript; this only hides
// cards and fills in the learner's progress. navigate.js mounts it on each visit to the index,
// full load or not.

import { setUpFinder, setUpOfflineAll, showContinue } from "./finder.js";
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

  const finder = setUpFinder();
  cleanups.push(finder.dispose);
  addEventListener("storage", finder.apply); // a status filter follows other tabs' runs
  cleanups.push(() => removeEventListener("storage", finder.apply));
  showContinue();
  cleanups.push(setUpOfflineAll());

  return () => {
    for (const cleanup of cleanups) cleanup();
  };
}

window.gradlab.definePage("index", mountIndex);
