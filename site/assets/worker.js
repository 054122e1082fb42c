// The grading worker: owns one Pyodide interpreter and runs harness.runner in it.
//
// It never touches the page. It boots at once from its setup, the JSON in its name (see
// grader.js): {runtime, lockFile, packages, harness, tests, snapshot} (URLs absolute;
// snapshot: [{url, integrity}] of the parts of the build's memory snapshot, or null).
// Protocol (every message is a plain object):
//   page -> worker  {type: "run", runId, source, timeLimit}
//                   {type: "script", runId, source, timeLimit}   the Run button: code as a script
//   worker -> page  {type: "status", stage: "python"|"packages"|"grader"|"ready", text, ms}
//                   ("ready" also carries boot: "snapshot" | "full", how Python was started)
//                   {type: "failed", message}                  loading failed; this worker is done
//                   {type: "running", runId}                   the run has started in Python
//                   {type: "event", runId, event}              runner event: start / result of a test
//                   {type: "done", runId, result}              the runner's results object
//                   {type: "scriptDone", runId, result}        harness.scratch.run_script's dict
//                   {type: "crash", runId, message}            the grader itself failed
// "ready" means a run would start at once. There is no warm-up run before it: with pytest
// imported in the snapshot, the first run is about 100 ms slower than later ones, and each
// warm-up tried cost more before "ready" than it saved on that run (README, Performance).
// The page enforces time limits by terminating this worker, since nothing inside Pyodide can
// preempt a Python loop without cross-origin isolation.

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

// Imported on the first Run rather than before "ready": most visits only run the tests.
const SCRIPT = `
def script(source, time_limit):
    import json, harness.scratch
    return json.dumps(harness.scratch.run_script(source, time_limit))

script
`;

// Run once after restoring the snapshot: it was taken on the build machine, so the random
// module holds the build's state (reseeded here), and restoring adds "" to sys.path again.
const RESTORED = `
import random, sys
random.seed()
sys.path[:] = list(dict.fromkeys(sys.path))
`;

const started = performance.now();

function status(stage, text, extra = {}) {
  self.postMessage({ type: "status", stage, text, ms: Math.round(performance.now() - started), ...extra });
}

async function fetchOk(url, options) {
  const response = await fetch(url, options);
  if (!response.ok) throw new Error(`could not load ${url} (HTTP ${response.status})`);
  return response;
}

// The snapshot comes in parts (see builder/snapshot.py), fetched together. The browser checks
// each against the hash the build recorded (Subresource Integrity) before a byte of it
// reaches Pyodide; joined, they are one gzip stream.
async function fetchSnapshot(parts) {
  const gzipped = await Promise.all(parts.map(({ url, integrity }) => fetchOk(url, { integrity }).then((r) => r.blob())));
  return new Response(new Blob(gzipped).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
}

async function startPython(config, snapshot) {
  const { loadPyodide } = await import(config.runtime + "pyodide.mjs");
  const options = { indexURL: config.runtime, lockFileURL: config.runtime + config.lockFile };
  if (!snapshot) return loadPyodide(options);
  // Passed as a promise, which Pyodide awaits only once its own script is loaded: they overlap.
  const pyodide = await loadPyodide({ ...options, _loadSnapshot: snapshot });
  pyodide.runPython(RESTORED);
  return pyodide;
}

async function prepare(config, files, snapshot) {
  status("python", "Loading Python…");
  const pyodide = await startPython(config, snapshot);
  status("packages", "Loading numpy and pytest…");
  await pyodide.loadPackage(config.packages, { messageCallback: () => {} });
  pyodide.unpackArchive(await files.harness, "zip", { extractDir: "/home/pyodide/gradlab" });
  status("grader", "Starting the test runner…");
  const grade = pyodide.runPython(GRADE);
  const script = pyodide.runPython(SCRIPT);
  return { grade, script, testsSource: await files.tests };
}

// Restoring the snapshot is tried first; if it cannot be fetched, fails its integrity check
// or does not restore, Python boots the normal way instead.
async function boot(config) {
  const files = {
    tests: fetchOk(config.tests).then((r) => r.text()),
    harness: fetchOk(config.harness).then((r) => r.arrayBuffer()),
  };
  if (config.snapshot) {
    const snapshot = fetchSnapshot(config.snapshot);
    snapshot.catch(() => {}); // reported below, when Python waits for it
    try {
      const grader = await prepare(config, files, snapshot);
      status("ready", "Ready", { boot: "snapshot" });
      return grader;
    } catch (error) {
      console.warn(`gradlab: memory snapshot unusable, booting Python normally: ${error?.message ?? error}`);
    }
  }
  const grader = await prepare(config, files, null);
  status("ready", "Ready", { boot: "full" });
  return grader;
}

async function run({ runId, source, timeLimit }) {
  const { grade, testsSource } = await ready;
  self.postMessage({ type: "running", runId });
  const post = (json) => self.postMessage({ type: "event", runId, event: JSON.parse(json) });
  try {
    const result = JSON.parse(grade(source, testsSource, timeLimit, post));
    self.postMessage({ type: "done", runId, result });
  } catch (error) {
    self.postMessage({ type: "crash", runId, message: String(error && error.message ? error.message : error) });
  }
}

async function runScript({ runId, source, timeLimit }) {
  const { script } = await ready;
  self.postMessage({ type: "running", runId });
  try {
    self.postMessage({ type: "scriptDone", runId, result: JSON.parse(script(source, timeLimit)) });
  } catch (error) {
    self.postMessage({ type: "crash", runId, message: String(error && error.message ? error.message : error) });
  }
}

const ready = boot(JSON.parse(self.name));
ready.catch((error) => self.postMessage({ type: "failed", message: String(error && error.message ? error.message : error) }));

self.onmessage = ({ data }) => {
  if (data.type === "run") ready.then(() => run(data), () => {});
  if (data.type === "script") ready.then(() => runScript(data), () => {});
};
