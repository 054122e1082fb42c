// Export the learner's progress to a JSON file and import it in another browser.
// An import is checked whole before anything changes (a corrupt or foreign file gets one
// clear message and changes nothing), then merged: statuses only rise, quiz answers here
// are kept, and code that is newer here than in the file is replaced only if the learner
// says so (confirm.js).

import { confirmAction } from "./confirm.js";
import * as store from "./store.js";

export const FORMAT = "gradlab-progress";
// Version 2 added, per problem: results, hints, solution, ranAt, solvedAt (all optional);
// a submission (submission.js) is a version-2 export with "kind", "learner" and "course".
export const VERSION = 2;
const READS = [1, 2];
const MAX_BYTES = 20 * 2 ** 20;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function exportProgress() {
  const problems = {};
  for (const slug of store.storedSlugs()) {
    if (!SLUG.test(slug)) continue;
    problems[slug] = {
      code: store.loadCode(slug),
      savedAt: store.loadSavedAt(slug),
      status: store.loadStatus(slug),
      complete: store.isComplete(slug),
      quiz: store.loadQuiz(slug),
      results: store.briefResults(slug),
      hints: store.loadHints(slug),
      solution: store.loadSolution(slug),
      ranAt: store.loadTime(slug, "ranAt"),
      solvedAt: store.loadTime(slug, "solvedAt"),
    };
  }
  return { format: FORMAT, version: VERSION, exportedAt: new Date().toISOString(), problems };
}

class ImportError extends Error {}

const plain = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

function checkEntry(slug, entry) {
  const bad = (field, what) => new ImportError(`problem "${slug}": ${field} ${what}`);
  if (!SLUG.test(slug)) throw new ImportError(`"${slug}" is not a problem name`);
  if (!plain(entry)) throw bad("entry", "must be an object");
  const { code = null, savedAt = null, status = "not-started", complete = false, quiz = {}, hints = 0, solution = null } = entry;
  if (code !== null && typeof code !== "string") throw bad("code", "must be text or null");
  if (savedAt !== null && !(Number.isFinite(savedAt) && savedAt >= 0)) throw bad("savedAt", "must be a time in ms or null");
  if (!store.STATUSES.includes(status)) throw bad("status", `must be one of ${store.STATUSES.join(", ")}`);
  if (typeof complete !== "boolean") throw bad("complete", "must be true or false");
  if (!plain(quiz) || !Object.entries(quiz).every(([k, v]) => /^\d+$/.test(k) && Number.isInteger(v) && v >= 0)) {
    throw bad("quiz", "must map question numbers to option numbers");
  }
  if (!Number.isInteger(hints) || hints < 0) throw bad("hints", "must be a count");
  if (solution !== null && !(plain(solution) && typeof solution.beforeSolving === "boolean")) throw bad("solution", "must be null or {at, beforeSolving}");
  return { code, savedAt, status, complete, quiz, hints, solution };
}

/** The file's problems, validated; throws ImportError with the message a learner sees. */
export function parseProgress(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError("This file is not a gradlab progress export: it is not valid JSON.");
  }
  if (!plain(data) || data.format !== FORMAT) {
    throw new ImportError(`This file is not a gradlab progress export (it has no "format": "${FORMAT}").`);
  }
  if (!READS.includes(data.version)) {
    throw new ImportError(`This progress file is format version ${JSON.stringify(data.version)}; this page reads versions ${READS.join(" and ")}.`);
  }
  if (!plain(data.problems)) throw new ImportError('This progress file has no "problems" object.');
  try {
    return Object.entries(data.problems).map(([slug, entry]) => [slug, checkEntry(slug, entry)]);
  } catch (error) {
    if (error instanceof ImportError) throw new ImportError(`This progress file is damaged: ${error.message}.`);
    throw error;
  }
}

/** Problems whose code here differs from the file's and is newer (or of unknown age). */
function newerHere(problems) {
  return problems.filter(([slug, entry]) => {
    const mine = store.loadCode(slug);
    return entry.code !== null && mine !== null && mine !== entry.code && (store.loadSavedAt(slug) ?? Infinity) > (entry.savedAt ?? 0);
  }).map(([slug]) => slug);
}

function merge(problems, keep) {
  for (const [slug, entry] of problems) {
    if (entry.code !== null && !keep.has(slug) && store.loadCode(slug) !== entry.code) {
      store.saveCode(slug, entry.code, entry.savedAt ?? Date.now());
    }
    if (entry.status !== "not-started") store.raiseStatus(slug, entry.status);
    if (entry.complete) store.setComplete(slug, true);
    if (Object.keys(entry.quiz).length) store.saveQuiz(slug, { ...entry.quiz, ...store.loadQuiz(slug) });
    if (entry.hints) store.recordHint(slug, entry.hints);
    if (entry.solution) store.keepSolution(slug, entry.solution);
  }
}

export function setUpTransfer({ exportButton, importInput, message, dialog, titleOf = (slug) => slug, onChange = () => {} }) {
  const say = (text, failed = false) => {
    message.textContent = text;
    message.classList.toggle("error-box", failed);
  };

  const download = () => {
    const data = exportProgress();
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: `gradlab-progress-${data.exportedAt.slice(0, 10)}.json` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    const count = Object.keys(data.problems).length;
    say(`Exported progress for ${count} problem${count === 1 ? "" : "s"}.`);
  };

  const upload = async () => {
    const file = importInput.files[0];
    importInput.value = "";
    if (!file) return;
    let problems;
    try {
      if (file.size > MAX_BYTES) throw new ImportError("This file is too large to be a gradlab progress export.");
      problems = parseProgress(await file.text());
    } catch (error) {
      say(`${error instanceof ImportError ? error.message : `Could not read the file (${error.message}).`} Nothing was changed.`, true);
      return;
    }
    const newer = newerHere(problems);
    let keep = new Set();
    if (newer.length) {
      const replace = await confirmAction(dialog, {
        title: "Replace newer code?",
        text: `This browser has newer code than the file for: ${newer.map(titleOf).join(", ")}. Replace it with the file's older code? Cancel keeps the code here; everything else is imported either way.`,
        confirm: "Replace with the file's code",
      });
      if (!replace) keep = new Set(newer);
    }
    merge(problems, keep);
    onChange();
    say(`Imported progress for ${problems.length} problem${problems.length === 1 ? "" : "s"}.`
      + (keep.size ? ` Kept this browser's newer code for ${keep.size}.` : ""));
  };

  exportButton.addEventListener("click", download);
  importInput.addEventListener("change", upload);
  return () => {
    exportButton.removeEventListener("click", download);
    importInput.removeEventListener("change", upload);
  };
}
