// Problem page: wires the editor, the grader worker, the tests panel, hints and solution.
// The worker is spawned first thing so Python loads while the learner reads the statement.

import { confirmAction } from "./confirm.js";
import { createEditor } from "./editor.js";
import { Grader } from "./grader.js";
import { Results } from "./results.js";
import { setUpHints, setUpSolution } from "./reveal.js";
import * as store from "./store.js";

const SAVE_DELAY_MS = 400;
const $ = (id) => document.getElementById(id);
const config = JSON.parse($("problem-config").textContent);

const grader = new Grader(config, (state, text) => {
  $("runtime-status").dataset.state = state;
  $("runtime-text").textContent = text;
});

const results = new Results(document, config);
const runButton = $("run-tests");
const saveState = $("save-state");
let saveTimer = null;

function save() {
  clearTimeout(saveTimer);
  saveTimer = null;
  saveState.textContent = store.saveCode(config.slug, editor.getCode())
    ? "Saved"
    : "Not saved (browser storage is blocked)";
}

const editor = createEditor($("editor"), {
  doc: store.loadCode(config.slug) ?? config.stub,
  label: $("editor").dataset.label,
  help: $("editor").dataset.help,
  onChange() {
    saveState.textContent = "Editing…";
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_DELAY_MS);
  },
  onRun: () => runTests(),
});
addEventListener("pagehide", () => saveTimer && save());

const learnerStatus = $("learner-status");
store.showStatus(learnerStatus, store.loadStatus(config.slug));

let running = false;

async function runTests() {
  if (running) return;
  running = true;
  if (saveTimer) save();
  runButton.setAttribute("aria-busy", "true");
  runButton.querySelector(".label").textContent = "Running…";
  try {
    results.begin();
    if (grader.state !== "ready") results.say("Waiting for Python to finish loading, then running the tests…");
    const outcome = await grader.run(editor.getCode(), (event) => results.event(event));
    const allPassed = results.finish(outcome);
    if (outcome.kind !== "crash") store.showStatus(learnerStatus, store.recordRun(config.slug, allPassed));
  } catch (error) {
    // Learner code shares the worker, so it can post malformed messages; never stay stuck.
    results.finish({ kind: "crash", message: String(error) });
  } finally {
    runButton.removeAttribute("aria-busy");
    runButton.querySelector(".label").textContent = "Run tests";
    running = false;
  }
}

runButton.addEventListener("click", runTests);

$("reset-code").addEventListener("click", async () => {
  const sure = await confirmAction($("confirm-dialog"), {
    title: "Reset to the starter code?",
    text: "This replaces everything in the editor with the starter code. Your current code will be lost.",
    confirm: "Reset code",
  });
  if (!sure) return;
  editor.setCode(config.stub);
  save();
  editor.view.focus();
});

setUpHints($("next-hint"));
setUpSolution($("show-solution"), $("solution-body"), $("confirm-dialog"), config.solutionUrl);
