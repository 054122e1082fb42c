// The grading worker: owns one Pyodide interpreter and runs harness.runner in it, for as long
// as the visit lasts (navigate.js keeps the page, and so this worker, across pages).
//
// It never touches the page. It boots at once from its setup, the JSON in its name (see
// grader.js): {runtime, lockFile, packages, packageFiles, packageArchive, stdlib, harness,
// snapshot, prefetchSnapshot} (URLs absolute; packages: what loadPackage loads (numpy),
// packageFiles their wheels; packageArchive: pytest and its dependencies, and numpy's bytecode;
// stdlib: the standard library, partly compiled (both: harness/runtime/compiled.py);
// snapshot: [{url, integrity}] of the parts of the build's memory snapshot, or null;
// prefetchSnapshot: fetch it for later visits, when no service worker does).
// Protocol (every message is a plain object):
//   page -> worker  {type: "interrupt", buffer}                 Int32Array on a SharedArrayBuffer
//                   {type: "tests", url}                       fetch a problem's tests ahead
//                   {type: "run", runId, source, tests, timeLimit, diagnosis}   tests: the tests' URL;
//                                  diagnosis: the mutant profiles' URL (or null), read if the run fails
//                   {type: "picture", runId, source, picture, timeLimit}   the problem's visual (its URL),
//                                  drawn from the learner's code after the results are shown
//                   {type: "script", runId, source, timeLimit, call}   the Run button: code as a script;
//                                  call: Debug this case's replay (or null)
//   worker -> page  {type: "prefetch", urls}                   fetch these into the HTTP cache
//                   {type: "status", stage: "python"|"packages"|"grader"|"ready", text, ms}
//                   ("ready" also carries boot: "snapshot" | "full", how Python was started)
//                   {type: "failed", message}                  loading failed; this worker is done
//                   {type: "running", runId}                   the run has started in Python
//                   {type: "event", runId, event}              runner event: start / result of a test
//                   {type: "done", runId, result}              the runner's results object (with its
//                                                              diagnosis when it failed and one fits)
//                   {type: "pictureDone", runId, visual}       {reference, learner}: the two drawings
//                   {type: "scriptDone", runId, result}        harness.scratch.run_script's dict
//                   {type: "crash", runId, message}            the grader itself failed
// "ready" means a run would start at once. There is no warm-up run before it: with pytest
// imported in the snapshot, the first run is about 100 ms slower than later ones, and each
// warm-up tried cost more before "ready" than it saved on that run (README, Performance).
// Time limits are the page's: with an interrupt buffer (a cross-origin isolated page) it
// raises SIGINT in Python, which the runner reports as the running test's timeout; buffer[1]
// counts this run's messages, so the page can tell which step a late deadline was meant for.

const GRADE = `
import json, sys
sys.path.insert(0, "/home/pyodide/gradlab")
import harness.runner

def grade(source, tests, time_limit, post):
    def on_event(event):
        post(json.dumps(event))
    return json.dumps(harness.runner.run(source, tests, time_limit=time_limit, on_event=on_event))

grade
`;

// harness.scratch is imported on the first Run rather than before "ready": most visits only run the tests.
// \`call\`: Debug this case (a failing case's replay, run after the learner's code).
const SCRIPT = `
def script(source, time_limit, call=None):
    import json, harness.scratch
    return json.dumps(harness.scratch.run_script(source, time_limit, call))

script
`;

// The problem's picture of its idea, drawn from the learner's code (harness/visual.py).
const VISUAL = `
def visual(source, visual_source, time_limit):
    import json, harness.visual
    return json.dumps(harness.visual.draw(source, visual_source, time_limit))

visual
`;

// The likely mistake, named after a failing run from the problem's mutant profiles.
const DIAGNOSE = `
_profiles = {}

def diagnose(result, profile):
    import json, harness.diagnose
    if profile not in _profiles:  # parsed once per problem, not once per run
        _profiles.clear()
        _profiles[profile] = json.loads(profile)
    return json.dumps(harness.diagnose.diagnose(json.loads(result), _profiles[profile]))

diagnose
`;

// Run once after restoring the snapshot: it was taken on the build machine, so the random
// module holds the build's state (reseeded here), and restoring adds "" to sys.path again.
const RESTORED = `
import random, sys
random.seed()
sys.path[:] = list(dict.fromkeys(sys.path))
`;

const started = performance.now();
let interrupt = null;
const texts = new Map(); // URL -> promise of the file's text (hidden tests, mutant profiles)

function status(stage, text, extra = {}) {
  self.postMessage({ type: "status", stage, text, ms: Math.round(performance.now() - started), ...extra });
}

async function fetchOk(url, options) {
  const response = await fetch(url, options);
  if (!response.ok) throw new Error(`could not load ${url} (HTTP ${response.status})`);
  return response;
}

function textOf(url) {
  if (!texts.has(url)) {
    const source = fetchOk(url).then((r) => r.text());
    source.catch(() => texts.delete(url)); // a failed fetch is tried again on the next run
    texts.set(url, source);
  }
  return texts.get(url);
}

// The snapshot comes in parts (see builder/snapshot.py), fetched together. The browser checks
// each against the hash the build recorded (Subresource Integrity) before a byte of it
// reaches Pyodide; joined, they are one gzip stream.
async function fetchSnapshot(parts) {
  const gzipped = await Promise.all(parts.map(({ url, integrity }) => fetchOk(url, { integrity }).then((r) => r.blob())));
  return new Response(new Blob(gzipped).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
}

// The snapshot pays off only when it is already here: on a first visit its 7 MB would sit on
// the critical path, slower than booting normally (README, Performance).
async function cached({ url }) {
  try {
    if (self.caches && (await caches.match(url))) return true;
    const response = await fetch(url, { cache: "only-if-cached", mode: "same-origin" });
    return response.ok;
  } catch {
    return false;
  }
}

// On a visit with nothing cached, the link would sit idle while Python starts up (CPU after
// the runtime's files are in) and only then download numpy. So it is fetched into the HTTP
// cache, where loadPackage finds it, as soon as the first of the runtime's two big files is
// in: earlier, it would hold back the files Python's start-up waits for. The page reads it:
// this thread is about to be busy starting Python, and a download nobody reads stalls once
// its buffer is full (README, Performance: cold first visit).
function prefetchPackages(setup) {
  const runtime = new Set([setup.runtime + "pyodide.asm.wasm", setup.stdlib]);
  const observer = new PerformanceObserver((entries) => {
    if (!entries.getEntries().some((entry) => runtime.has(entry.name))) return;
    observer.disconnect();
    self.postMessage({ type: "prefetch", urls: setup.packageFiles.map((file) => setup.runtime + file) });
  });
  observer.observe({ type: "resource", buffered: true });
  return () => observer.disconnect(); // Python is up: loadPackage fetches what is still missing
}

async function startPython(setup, snapshot) {
  const { loadPyodide } = await pyodideModule;
  const options = { indexURL: setup.runtime, lockFileURL: setup.runtime + setup.lockFile, stdLibURL: setup.stdlib };
  if (!snapshot) return loadPyodide(options);
  // Passed as a promise, which Pyodide awaits only once its own script is loaded: they overlap.
  const pyodide = await loadPyodide({ ...options, _loadSnapshot: snapshot });
  pyodide.runPython(RESTORED);
  return pyodide;
}

// pytest comes compiled, in one zip with numpy's bytecode, unpacked where loadPackage would
// put it (the file system is not in the snapshot either). numpy, the big one, loads meanwhile:
// while it still downloads, Python imports pytest (the snapshot has it imported already).
async function loadPackages(pyodide, packages, archive, snapshot) {
  const numpy = pyodide.loadPackage(packages, { messageCallback: () => {} });
  await new Promise((resolve) => setTimeout(resolve)); // let numpy's download begin
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(await archive, "zip", { extractDir: sitePackages });
  if (!snapshot) pyodide.runPython("import pytest");
  await numpy;
}

async function prepare(setup, files, snapshot, pythonUp = () => {}) {
  status("python", "Loading Python…");
  const pyodide = await startPython(setup, snapshot);
  pythonUp();
  status("packages", "Loading numpy and pytest…");
  await loadPackages(pyodide, setup.packages, files.archive, snapshot);
  pyodide.unpackArchive(await files.harness, "zip", { extractDir: "/home/pyodide/gradlab" });
  status("grader", "Starting the test runner…");
  return { pyodide, grade: pyodide.runPython(GRADE), script: pyodide.runPython(SCRIPT), diagnose: pyodide.runPython(DIAGNOSE),
    visual: pyodide.runPython(VISUAL) };
}

// Restoring the snapshot is tried first when it is cached; if it fails its integrity check or
// does not restore, Python boots the normal way instead.
async function boot(setup) {
  const files = {
    harness: fetchOk(setup.harness).then((r) => r.arrayBuffer()),
    archive: fetchOk(setup.packageArchive).then((r) => r.arrayBuffer()),
  };
  for (const file of Object.values(files)) file.catch(() => {}); // reported when Python waits for it
  const parts = setup.snapshot || [];
  if (parts.length && (await Promise.all(parts.map(cached))).every(Boolean)) {
    const snapshot = fetchSnapshot(parts);
    snapshot.catch(() => {}); // reported below, when Python waits for it
    try {
      const grader = await prepare(setup, files, snapshot);
      status("ready", "Ready", { boot: "snapshot" });
      return grader;
    } catch (error) {
      console.warn(`gradlab: memory snapshot unusable, booting Python normally: ${error?.message ?? error}`);
    }
  }
  const grader = await prepare(setup, files, null, prefetchPackages(setup));
  status("ready", "Ready", { boot: "full" });
  if (parts.length && setup.prefetchSnapshot) {
    for (const { url, integrity } of parts) fetch(url, { integrity }).then((r) => r.blob()).catch(() => {});
  }
  return grader;
}

async function run({ runId, source, tests: testsUrl, timeLimit, diagnosis }) {
  const { grade, diagnose } = await ready;
  let testsSource;
  try {
    testsSource = await textOf(testsUrl);
  } catch (error) {
    self.postMessage({ type: "crash", runId, message: `the hidden tests could not be loaded: ${error.message}` });
    return;
  }
  await inPython(
    runId,
    (post) => ({ type: "done", runId, result: JSON.parse(grade(source, testsSource, timeLimit, post)) }),
    async (message) => {
      // Only failing code needs the profiles: a passing run downloads nothing more.
      if (!diagnosis || message.result.status !== "failed") return message;
      try {
        message.result.diagnosis = JSON.parse(diagnose(JSON.stringify(evidence(message.result)), await textOf(diagnosis)));
      } catch (error) {
        console.warn(`gradlab: no diagnosis: ${error?.message ?? error}`);
      }
      return message;
    },
  );
}

// A job of its own, after the results: drawing never delays them.
async function drawPicture({ runId, source, picture, timeLimit }) {
  const { visual } = await ready;
  let drawing;
  try {
    drawing = JSON.parse(await textOf(picture));
  } catch (error) {
    self.postMessage({ type: "crash", runId, message: `the picture could not be loaded: ${error.message}` });
    return;
  }
  await inPython(runId, () => ({
    type: "pictureDone", runId, visual: { reference: drawing.reference, learner: JSON.parse(visual(source, drawing.source, timeLimit)) },
  }));
}

async function runScript({ runId, source, timeLimit, call }) {
  const { script } = await ready;
  await inPython(runId, () => ({ type: "scriptDone", runId, result: JSON.parse(script(source, timeLimit, call ?? null)) }));
}

/** What the diagnosis compares (harness/diagnose.py), without the cases' descriptions and charts. */
function evidence({ status, tests }) {
  return {
    status,
    tests: tests.map(({ id, status: outcome, case: kase }) => ({
      id, status: outcome, case: kase && { fingerprint: kase.fingerprint, raised: kase.raised },
    })),
  };
}

// One job in Python: `call(post)` returns the final message; `post` relays runner events. Each
// message is a step the page's deadline is armed for (see grader.js, expire).
async function inPython(runId, call, finish = async (message) => message) {
  let step = 0;
  const mark = () => {
    if (!interrupt) return;
    Atomics.store(interrupt, 1, step);
    Atomics.store(interrupt, 0, 0); // a SIGINT meant for the step before is void
  };
  mark();
  self.postMessage({ type: "running", runId });
  const post = (json) => {
    step += 1;
    mark();
    self.postMessage({ type: "event", runId, event: JSON.parse(json) });
  };
  try {
    self.postMessage(await finish(call(post)));
  } catch (error) {
    self.postMessage({ type: "crash", runId, message: String(error && error.message ? error.message : error) });
  } finally {
    step += 1;
    mark();
  }
}

const setup = JSON.parse(self.name);
// Imported at once, while boot() still asks the cache about the snapshot.
const pyodideModule = import(setup.runtime + "pyodide.mjs");
pyodideModule.catch(() => {}); // reported by boot()
const ready = boot(setup);
ready.catch((error) => self.postMessage({ type: "failed", message: String(error && error.message ? error.message : error) }));

let queue = Promise.resolve(); // runs one at a time, in order
self.onmessage = ({ data }) => {
  if (data.type === "interrupt") {
    interrupt = data.buffer;
    ready.then(({ pyodide }) => pyodide.setInterruptBuffer(interrupt), () => {});
  } else if (data.type === "tests") {
    textOf(data.url).catch(() => {});
  } else if (data.type === "run" || data.type === "script" || data.type === "picture") {
    const job = { run, script: runScript, picture: drawPicture }[data.type];
    queue = queue.then(() => ready).then(() => job(data)).catch(() => {});
  }
};
