// The index's finder, for catalogues of hundreds of problems: a search answered as you type
// (titles and tags from the page; the statements' words from search.json, fetched on the first
// search) and filters for track, difficulty and status, all kept in the URL
// (?q=&track=&difficulty=&status=&view=compact) so a filtered list can be shared, reloaded and
// come back to. Only cards whose visibility changes are touched, so a keystroke over 1,000
// problems stays within a frame (bench/search.py).

import * as store from "./store.js";

const $ = (id) => document.getElementById(id);
const TYPING = "input, textarea, select, [contenteditable]";

/** A predicate over lowercase text: every word of `query` appears in it. */
export function matcher(query) {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (text) => terms.every((term) => text.includes(term));
}

function statusMatches(progress, wanted) {
  return wanted === "solved" ? progress === "solved" || progress === "complete" : progress === wanted;
}

/** Wire the finder on the index now in the document; returns the function that unwires it. */
export function setUpFinder() {
  const form = $("filters");
  const fields = { q: $("search"), track: $("filter-track"), difficulty: $("filter-difficulty"), status: $("filter-status") };
  const compact = $("compact-view");
  const list = document.querySelector(".index");
  const items = [...document.querySelectorAll(".problem-card")].map((card) => {
    const text = `${card.querySelector(".card-title").textContent} ${card.dataset.tags}`.toLowerCase();
    return { card, slug: card.dataset.slug, track: card.closest(".track").dataset.track, difficulty: card.dataset.difficulty, text, haystack: text };
  });
  const tracks = [...document.querySelectorAll(".track")].map((section) => {
    const nav = document.querySelector(`[data-track-nav="${CSS.escape(section.dataset.track)}"]`);
    return { section, nav, count: nav && nav.querySelector("[data-track-count]"), items: items.filter((item) => item.track === section.dataset.track) };
  });
  let words = null;

  function loadWords() {
    if (words) return;
    words = fetch(new URL(form.dataset.search, document.baseURI))
      .then((response) => response.json())
      .then((found) => {
        for (const item of items) item.haystack = `${item.text} ${found[item.slug] || ""}`;
        if (fields.q.value.trim()) apply(false);
      })
      .catch(() => {}); // offline before it was cached: titles and tags still match
  }

  function apply(record = true) {
    const query = fields.q.value.trim();
    if (query) loadWords();
    const match = matcher(query);
    const { track, difficulty, status } = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.value]));
    let visible = 0;
    for (const item of items) {
      const show = (!track || item.track === track)
        && (!difficulty || item.difficulty === difficulty)
        && (!query || match(item.haystack))
        && (!status || statusMatches(store.progressOf(item.slug), status));
      if (item.card.hidden === show) item.card.hidden = !show;
      visible += show;
    }
    for (const group of tracks) {
      const shown = group.items.filter((item) => !item.card.hidden).length;
      if (group.section.hidden === shown > 0) group.section.hidden = shown === 0;
      if (group.nav) {
        group.nav.hidden = shown === 0;
        const count = shown === group.items.length ? `(${shown})` : `(${shown} of ${group.items.length})`;
        if (group.count.textContent !== count) group.count.textContent = count;
      }
    }
    $("filter-count").textContent = visible === items.length
      ? `${items.length} problems`
      : `Showing ${visible} of ${items.length} problems`;
    $("empty").hidden = visible > 0;
    if (record) remember();
  }

  function remember() {
    const params = new URLSearchParams();
    for (const [name, field] of Object.entries(fields)) if (field.value.trim()) params.set(name, field.value.trim());
    if (compact.getAttribute("aria-pressed") === "true") params.set("view", "compact");
    const search = params.toString() ? `?${params}` : "";
    if (search !== location.search) window.gradlab.replaceSearch(search);
  }

  function showCompact(on) {
    compact.setAttribute("aria-pressed", String(on));
    list.classList.toggle("compact", on);
  }

  // From the URL: a shared or reloaded list comes back as it was.
  const params = new URLSearchParams(location.search);
  for (const [name, field] of Object.entries(fields)) {
    const value = params.get(name) || "";
    if (field.tagName !== "SELECT" || [...field.options].some((option) => option.value === value)) field.value = value;
  }
  showCompact(params.get("view") === "compact");

  const onInput = () => apply();
  const onSubmit = (event) => event.preventDefault();
  const onCompact = () => {
    showCompact(compact.getAttribute("aria-pressed") !== "true");
    remember();
  };
  const onKey = (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest(TYPING)) return;
    event.preventDefault();
    fields.q.focus();
  };
  form.addEventListener("input", onInput);
  form.addEventListener("change", onInput);
  form.addEventListener("submit", onSubmit);
  compact.addEventListener("click", onCompact);
  document.addEventListener("keydown", onKey);
  fields.q.addEventListener("focus", loadWords, { once: true });
  form.hidden = false;
  apply(false);
  return {
    apply: () => apply(false),
    dispose() {
      form.removeEventListener("input", onInput);
      form.removeEventListener("change", onInput);
      form.removeEventListener("submit", onSubmit);
      compact.removeEventListener("click", onCompact);
      document.removeEventListener("keydown", onKey);
    },
  };
}

const LAST = "gradlab:last-problem";
const LAST_TRACK = "gradlab:last-track";

/** Remember `slug` (of `track`) as the problem to continue with (problem.js, on each problem opened). */
export function rememberLast(slug, track) {
  try {
    localStorage.setItem(LAST, slug);
    localStorage.setItem(LAST_TRACK, track);
  } catch {}
}

/** The track of the last problem opened, or null. */
export function lastTrack() {
  try {
    return localStorage.getItem(LAST_TRACK);
  } catch {
    return null;
  }
}

/** Show "Continue: <title>" for the last problem opened, if it is in this catalogue. */
export function showContinue() {
  let slug = null;
  try {
    slug = localStorage.getItem(LAST);
  } catch {}
  const card = slug && document.querySelector(`.problem-card[data-slug="${CSS.escape(slug)}"]`);
  if (!card) return;
  const link = card.querySelector(".card-title a");
  $("continue-link").href = link.href;
  $("continue-title").textContent = link.textContent;
  $("continue").hidden = false;
}

/**
 * "Make every problem available offline", shown only when the service worker did not
 * precache every problem (a catalogue over the budget): a button, a progress bar and a line
 * that says how far it got. Returns the function that unwires it.
 */
export function setUpOfflineAll() {
  const { offline } = window.gradlab;
  const section = $("offline-all");
  const button = $("offline-all-button");
  const bar = $("offline-all-progress");
  const text = $("offline-all-text");
  let gone = false;
  const show = ({ done, total }) => {
    bar.max = total;
    bar.value = done;
    text.textContent = done >= total
      ? "Every problem is available offline."
      : `${Math.round((100 * done) / Math.max(1, total))}% of the problems' files are available offline.`;
  };
  offline.offerTrack(lastTrack());
  offline.offlineStatus().then((status) => {
    if (gone || !status || !status.lazy) return;
    section.hidden = false;
    show({ done: status.cached, total: status.total });
  });
  async function onClick() {
    button.disabled = true;
    const end = await offline.cacheEverything((progress) => !gone && show(progress));
    if (gone) return;
    button.disabled = false;
    if (end && end.failed) text.textContent = `Stopped: ${end.failed}. Try again once online.`;
    else if (end) show({ done: end.total, total: end.total });
  }
  button.addEventListener("click", onClick);
  return () => {
    gone = true;
    button.removeEventListener("click", onClick);
  };
}
