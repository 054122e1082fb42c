// The learner's progress in localStorage, per problem: code (and when it was saved), the
// status of their runs, a "complete" flag they set by hand, and their quiz answers.
// Storage can be full or disabled (private mode); the page must keep working without it, so
// every access is guarded, and what could not be stored is kept in memory while the page is
// open (the editor never loses text). `onUnavailable` lets the page say so, once.

const PREFIX = "gradlab:v1:";
const RANK = { "not-started": 0, attempted: 1, solved: 2 };
export const STATUSES = Object.keys(RANK);
export const STATUS_TEXT = { "not-started": "Not started", attempted: "Attempted", complete: "Marked done", solved: "Solved" };

const memory = new Map();
const unavailable = [];
let lost = false;

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function get(key) {
  if (memory.has(key)) return memory.get(key);
  try {
    return storage()?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

function set(key, value) {
  try {
    const local = storage();
    if (!local) throw new Error("no localStorage");
    if (value === null) local.removeItem(PREFIX + key);
    else local.setItem(PREFIX + key, value);
    memory.delete(key);
    return true;
  } catch {
    memory.set(key, value);
    if (!lost) {
      lost = true;
      for (const callback of unavailable) callback();
    }
    return false;
  }
}

function writable() {
  try {
    storage().setItem(`${PREFIX}probe`, "1");
    storage().removeItem(`${PREFIX}probe`);
    return true;
  } catch {
    return false;
  }
}

/** Call `callback` once: now if storage cannot be written, else the first time a write fails. */
/** Call `callback` once storage turns out unavailable; returns the unsubscribe function. */
export function onUnavailable(callback) {
  if (!lost && !writable()) lost = true;
  if (lost) callback();
  else unavailable.push(callback);
  return () => {
    const at = unavailable.indexOf(callback);
    if (at >= 0) unavailable.splice(at, 1);
  };
}

/** Every problem slug something is stored for (in storage or, failing that, in memory). */
export function storedSlugs() {
  const keys = [...memory.keys()];
  try {
    const local = storage();
    for (let i = 0; local && i < local.length; i += 1) {
      const key = local.key(i);
      if (key.startsWith(PREFIX)) keys.push(key.slice(PREFIX.length));
    }
  } catch {
    // Unreadable storage holds nothing we can list.
  }
  return [...new Set(keys.map((key) => key.split(":").slice(1).join(":")).filter(Boolean))].sort();
}

export const loadCode = (slug) => get(`code:${slug}`);

/** When the stored code was saved (ms since the epoch), or null. */
export function loadSavedAt(slug) {
  const at = Number(get(`saved:${slug}`));
  return at > 0 ? at : null;
}

export function saveCode(slug, code, savedAt = Date.now()) {
  const stored = set(`code:${slug}`, code);
  set(`saved:${slug}`, String(savedAt));
  return stored;
}

export function loadStatus(slug) {
  const status = get(`status:${slug}`);
  return status in RANK ? status : "not-started";
}

/** Record a run; a problem once solved stays solved. Returns the status now stored. */
export function recordRun(slug, allPassed) {
  set(`ranAt:${slug}`, String(Date.now()));
  if (allPassed && !loadTime(slug, "solvedAt")) set(`solvedAt:${slug}`, String(Date.now()));
  return raiseStatus(slug, allPassed ? "solved" : "attempted");
}

/** Keep the higher of the stored status and `status` (an import never lowers one). */
export function raiseStatus(slug, status) {
  const kept = RANK[status] > RANK[loadStatus(slug)] ? status : loadStatus(slug);
  set(`status:${slug}`, kept);
  return kept;
}

export const isComplete = (slug) => get(`complete:${slug}`) === "1";
export const setComplete = (slug, complete) => set(`complete:${slug}`, complete ? "1" : null);

/** Quiz answers: {questionIndex: chosenOptionIndex}. */
export function loadQuiz(slug) {
  try {
    const answers = JSON.parse(get(`quiz:${slug}`) || "{}");
    return answers && typeof answers === "object" && !Array.isArray(answers) ? answers : {};
  } catch {
    return {};
  }
}

export const saveQuiz = (slug, answers) => set(`quiz:${slug}`, JSON.stringify(answers));

/** What the index and the page show: solved beats complete, which beats the run status. */
export function progressOf(slug) {
  const status = loadStatus(slug);
  if (status === "solved") return "solved";
  return isComplete(slug) ? "complete" : status;
}

/** Show a progress value in a `.learner-status` element (text, not colour alone). */
export function showStatus(element, status) {
  element.dataset.status = status;
  element.querySelector(".status-text").textContent = STATUS_TEXT[status];
}

/** Whether a storage event from another tab concerns `kind` of `slug` (null: any key). */
export function isStorageKey(event, kind, slug) {
  if (event.key === null) return true;
  return event.key === `${PREFIX}${kind}:${slug}`;
}

// What a submission reports besides the code (submission.js): the browser's latest results,
// the hints revealed, the solution revealed (and whether before solving), and when.

/** A time stored under `kind` ("ranAt", "solvedAt"), in ms since the epoch, or null. */
export function loadTime(slug, kind) {
  const at = Number(get(`${kind}:${slug}`));
  return at > 0 ? at : null;
}

const RESULTS_BUDGET = 200_000; // characters of one problem's stored last run

/** Keep the last run's results (shown again on return), trimmed to fit: charts' numbers, then replays. */
export function saveResults(slug, result, at = Date.now()) {
  let saved = { at, result };
  let text = JSON.stringify(saved);
  for (const drop of ["plot", "replay"]) {
    if (text.length <= RESULTS_BUDGET) break;
    saved = { at, result: { ...result, tests: result.tests.map((t) => (t.case ? { ...t, case: { ...t.case, [drop]: null } } : t)) } };
    result = saved.result;
    text = JSON.stringify(saved);
  }
  return set(`results:${slug}`, text.length <= RESULTS_BUDGET ? text : null);
}

/** The last run's `{at, result}`, or null (none, or unreadable). */
export function loadResults(slug) {
  try {
    const saved = JSON.parse(get(`results:${slug}`) || "null");
    return saved && typeof saved.at === "number" && saved.result && Array.isArray(saved.result.tests ?? []) ? saved : null;
  } catch {
    return null;
  }
}

/** The number of hints revealed (the most ever shown at once). */
export const loadHints = (slug) => Number(get(`hints:${slug}`)) || 0;
export function recordHint(slug, shown) {
  if (shown > loadHints(slug)) set(`hints:${slug}`, String(shown));
}

/** The first time the solution was revealed: {at, beforeSolving}, or null. */
export function loadSolution(slug) {
  try {
    const seen = JSON.parse(get(`solution:${slug}`) || "null");
    return seen && typeof seen === "object" ? seen : null;
  } catch {
    return null;
  }
}
export function recordSolution(slug) {
  if (!loadSolution(slug)) set(`solution:${slug}`, JSON.stringify({ at: Date.now(), beforeSolving: loadStatus(slug) !== "solved" }));
}
/** An imported reveal: kept unless this browser has one already. */
export function keepSolution(slug, seen) {
  if (!loadSolution(slug)) set(`solution:${slug}`, JSON.stringify({ at: Number(seen.at) || null, beforeSolving: seen.beforeSolving }));
}

/** The learner's name or ID for submissions, entered once. */
export const loadLearner = () => get("learner") || "";
export const saveLearner = (name) => set("learner", name);

/** The last run in brief, for a submission: {at, status, passed, total, tests: [{id, status}]}. */
export function briefResults(slug) {
  const saved = loadResults(slug);
  if (!saved) return null;
  const { result } = saved;
  const summary = result.summary ?? {};
  return {
    at: saved.at,
    status: result.status,
    passed: Number.isInteger(summary.passed) ? summary.passed : null,
    total: Number.isInteger(summary.total) ? summary.total : null,
    tests: (result.tests ?? []).map((t) => ({ id: t.id, status: t.status })),
  };
}
