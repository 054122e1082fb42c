// "Mark as complete": the learner's own say that a problem is done, whatever the tests said.
// A toggle button (aria-pressed), so its state is announced and its label never changes. It
// follows what other tabs store, so a click never toggles a state this tab does not show.

import * as store from "./store.js";

export function setUpCompletion({ button, status, slug }) {
  const render = () => {
    button.setAttribute("aria-pressed", String(store.isComplete(slug)));
    store.showStatus(status, store.progressOf(slug));
  };
  const toggle = () => {
    store.setComplete(slug, !store.isComplete(slug));
    render();
  };
  const elsewhere = (event) => {
    if (store.isStorageKey(event, "complete", slug) || store.isStorageKey(event, "status", slug)) render();
  };
  button.addEventListener("click", toggle);
  addEventListener("storage", elsewhere);
  render();
  return () => {
    button.removeEventListener("click", toggle);
    removeEventListener("storage", elsewhere);
  };
}
