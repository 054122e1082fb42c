// The learner's progress in localStorage: their code per problem and their status.
// Storage can be full or disabled (private mode); the page must keep working without it,
// so every access is guarded and a failure only means nothing is remembered.

const PREFIX = "gradlab:v1:";
const RANK = { "not-started": 0, attempted: 1, solved: 2 };
export const STATUS_TEXT = { "not-started": "Not started", attempted: "Attempted", solved: "Solved" };

function get(key) {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

function set(key, value) {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
    return true;
  } catch {
    return false;
  }
}

export const loadCode = (slug) => get(`code:${slug}`);
export const saveCode = (slug, code) => set(`code:${slug}`, code);
export const clearCode = (slug) => set(`code:${slug}`, null);

export function loadStatus(slug) {
  const status = get(`status:${slug}`);
  return status in RANK ? status : "not-started";
}

/** Record a run; a problem once solved stays solved. Returns the status now stored. */
export function recordRun(slug, allPassed) {
  const next = allPassed ? "solved" : "attempted";
  const status = RANK[next] > RANK[loadStatus(slug)] ? next : loadStatus(slug);
  set(`status:${slug}`, status);
  return status;
}

/** Show `status` in a `.learner-status` element (text, not colour alone). */
export function showStatus(element, status) {
  element.dataset.status = status;
  element.querySelector(".status-text").textContent = STATUS_TEXT[status];
}
