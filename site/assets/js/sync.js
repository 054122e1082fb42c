// Two tabs on one problem: the later save wins, and a tab that comes back into focus shows
// the code another tab saved meanwhile, rather than writing its stale text over it on the
// next keystroke. Browsers fire "storage" only in the other tabs of the origin.

import * as store from "./store.js";

export function setUpSync({ slug, current, onNewer }) {
  let changed = false;
  const noted = (event) => {
    if (store.isStorageKey(event, "code", slug)) changed = true;
  };
  const back = () => {
    if (!changed || document.visibilityState === "hidden") return;
    changed = false;
    const code = store.loadCode(slug);
    if (code !== null && code !== current()) onNewer(code);
  };
  addEventListener("storage", noted);
  addEventListener("focus", back);
  document.addEventListener("visibilitychange", back);
  return () => {
    removeEventListener("storage", noted);
    removeEventListener("focus", back);
    document.removeEventListener("visibilitychange", back);
  };
}
