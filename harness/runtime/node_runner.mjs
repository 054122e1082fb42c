// Grade inside Pyodide under Node: one Pyodide for a whole session, JSON lines in and out.
//
//   node node_runner.mjs <runtime dir>
//
// Why this shape: booting Pyodide costs seconds, so a session keeps one instance and feeds it
// requests on stdin. Python runs synchronously on the main thread, so the per-test deadline is
// kept by a watchdog worker thread that raises SIGINT through Pyodide's interrupt buffer, and
// kills the whole process if Python does not give control back (the caller then restarts us).
//
// stdin:  {"id": n, "op": "run", "source": str, "tests": str, "time_limit": seconds}
//         (or "source_base64": the learner's file as raw bytes, so undecodable text is judged in Python)
//         {"id": n, "op": "eval", "code": str, "time_limit"?: seconds}
//         {"id": n, "op": "ping"}
// stdout: {"ready": true, "version": str, "timings": {...}}            once, after boot
//         {"id": n, "event": {...}}                                     zero or more per run
//         {"id": n, "result": ...} or {"id": n, "error": str, "type": str}   one per request, in order
// Everything else (Pyodide's and Python's own output, console.*) goes to stderr.

import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import util from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const log = (...args) => process.stderr.write(util.format(...args) + "\n");
for (const name of ["log", "info", "warn", "error", "debug"]) console[name] = log;
const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");

const runtimeDir = path.resolve(process.argv[2] ?? ".");
const harnessDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LOCK = "gradlab-lock.json";
// Bytecode for what a session imports (harness/runtime/compiled.py), used as the browser's worker uses it.
const PACKAGES = "gradlab-packages.zip";
const STDLIB = "gradlab-stdlib.zip";
const GRACE_MS = Number(process.env.GRADLAB_INTERRUPT_GRACE_MS ?? 3000);
const RESEND_MS = 250;
// The deadline runs from the runner's "start" event (which carries the test's own limit, see
// harness/runner.py's run-level budget), which precedes the test's setup, so a little slack keeps the runner's own clock (started at the call phase) past its limit when
// SIGINT lands. Outside tests (loading, pytest start-up, collection) no learner function is
// timed but top-level code may still loop, so those phases get a larger allowance.
const TEST_SLACK_S = 0.25;
const PHASE_SLACK_S = 5;
const SIGINT = 2;

// --- watchdog -----------------------------------------------------------------------------
// deadline: epoch ms (0 = disarmed). Every change bumps `generation` and wakes the watchdog,
// which also counts any change after it fired as Python having given control back. A change
// also drops a SIGINT Python has not seen yet, so a test that finished just in time cannot
// leave an interrupt behind for the next one.
const interrupt = new Int32Array(new SharedArrayBuffer(4));
const generation = new Int32Array(new SharedArrayBuffer(4));
const deadline = new BigInt64Array(new SharedArrayBuffer(8));

function arm(seconds) {
  const due = seconds == null ? 0n : BigInt(Date.now() + Math.ceil(seconds * 1000));
  Atomics.store(deadline, 0, due);
  Atomics.add(generation, 0, 1);
  Atomics.store(interrupt, 0, 0);
  Atomics.notify(generation, 0);
}

const watchdogSource = `
const { workerData } = require("node:worker_threads");
const fs = require("node:fs");
const { interrupt, generation, deadline, graceMs, resendMs, signal } = workerData;
for (;;) {
  const gen = Atomics.load(generation, 0);
  const due = Number(Atomics.load(deadline, 0));
  if (due === 0) { Atomics.wait(generation, 0, gen); continue; }
  const left = due - Date.now();
  if (left > 0) { Atomics.wait(generation, 0, gen, left); continue; }
  const giveUp = Date.now() + graceMs;
  let answered = false;
  while (!answered && Date.now() < giveUp) {
    if (Atomics.load(generation, 0) !== gen) break;
    Atomics.store(interrupt, 0, signal);
    answered = Atomics.wait(generation, 0, gen, Math.min(resendMs, giveUp - Date.now())) !== "timed-out";
  }
  if (!answered && Atomics.load(generation, 0) === gen) {
    fs.writeSync(2, "gradlab watchdog: Python ignored SIGINT for " + graceMs + " ms; killing Node\\n");
    process.kill(process.pid, "SIGKILL");
  }
}`;
const watchdog = new Worker(watchdogSource, {
  eval: true,
  workerData: { interrupt, generation, deadline, graceMs: GRACE_MS, resendMs: RESEND_MS, signal: SIGINT },
});
watchdog.unref();

// --- boot ---------------------------------------------------------------------------------
const BRIDGE_PY = `
"""Glue between node_runner.mjs and harness.runner; lives in its own module so learner code
in __main__ cannot clobber it. Results cross the boundary as JSON text."""
import importlib
import json

_namespace = {"__name__": "__gradlab__"}


def run(source, tests, time_limit, on_event, base64_source=False):
    runner = importlib.import_module("harness.runner")
    if base64_source:
        import base64

        source = base64.b64decode(source)

    def emit(event):
        on_event(json.dumps(event, default=repr))

    return json.dumps(runner.run(source, tests, time_limit=time_limit, on_event=emit))


def evaluate(code):
    from pyodide.code import eval_code

    value = eval_code(code, _namespace)
    return "" if value is None else str(value)
`;

function copyHarness(pyodide, home) {
  const copied = [];
  const walk = (dir, rel) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (relPath === "runtime" || entry.name === "__pycache__" || entry.name.startsWith(".")) continue;
        walk(path.join(dir, entry.name), relPath);
      } else if (entry.name.endsWith(".py")) {
        const target = `${home}/harness/${relPath}`;
        pyodide.FS.mkdirTree(path.posix.dirname(target));
        pyodide.FS.writeFile(target, fs.readFileSync(path.join(dir, entry.name)));
        copied.push(relPath);
      }
    }
  };
  walk(harnessDir, "");
  return copied;
}

function checkLocalFiles() {
  const lock = JSON.parse(fs.readFileSync(path.join(runtimeDir, LOCK), "utf8"));
  const missing = [...Object.values(lock.packages).map((p) => p.file_name), PACKAGES, STDLIB]
    .filter((f) => !fs.existsSync(path.join(runtimeDir, f)));
  if (missing.length) throw new Error(`runtime dir ${runtimeDir} lacks ${missing.join(", ")}; run python -m harness.runtime`);
}

async function boot() {
  const t0 = performance.now();
  checkLocalFiles();
  const { loadPyodide } = await import(pathToFileURL(path.join(runtimeDir, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({
    indexURL: runtimeDir + path.sep,
    packageCacheDir: runtimeDir + path.sep,
    lockFileURL: path.join(runtimeDir, LOCK),
    stdLibURL: path.join(runtimeDir, STDLIB),
    stdout: log,
    stderr: log,
  });
  pyodide.setStdout({ batched: log });
  pyodide.setStderr({ batched: log });
  const t1 = performance.now();
  // As the browser's worker does: pytest and numpy's bytecode from the packages zip, not
  // loadPackage on the wheels; numpy's wheel then unpacks its sources beside its bytecode.
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(new Uint8Array(fs.readFileSync(path.join(runtimeDir, PACKAGES))), "zip", { extractDir: sitePackages });
  const t2 = performance.now();
  const quiet = { messageCallback: () => {}, errorCallback: log };
  await pyodide.loadPackage(["numpy"], quiet);
  pyodide.runPython("import numpy");
  const t3 = performance.now();
  const home = "/home/pyodide";
  const files = copyHarness(pyodide, home);
  pyodide.FS.writeFile(`${home}/_gradlab_bridge.py`, BRIDGE_PY);
  pyodide.runPython(`import sys\nif ${JSON.stringify(home)} not in sys.path: sys.path.insert(0, ${JSON.stringify(home)})`);
  const bridge = pyodide.pyimport("_gradlab_bridge");
  pyodide.setInterruptBuffer(interrupt);
  const t4 = performance.now();
  const timings = { boot_ms: t1 - t0, pure_wheels_ms: t2 - t1, numpy_ms: t3 - t2, harness_ms: t4 - t3 };
  for (const k of Object.keys(timings)) timings[k] = Math.round(timings[k]);
  return { pyodide, bridge, timings, files };
}

// --- requests -----------------------------------------------------------------------------
function positive(value, name) {
  if (typeof value !== "number" || !(value > 0)) throw new Error(`${name} must be a positive number of seconds`);
  return value;
}

function handle(session, request) {
  const { id, op } = request;
  if (op === "ping") return "pong";
  if (op === "eval") {
    if (typeof request.code !== "string") throw new Error("eval needs a string 'code'");
    arm(request.time_limit == null ? null : positive(request.time_limit, "time_limit"));
    return session.bridge.evaluate(request.code);
  }
  if (op === "run") {
    const { tests } = request;
    const encoded = typeof request.source_base64 === "string";
    const source = encoded ? request.source_base64 : request.source;
    if (typeof source !== "string" || typeof tests !== "string") throw new Error("run needs string 'source' (or 'source_base64') and 'tests'");
    const limit = positive(request.time_limit ?? 10, "time_limit");
    const onEvent = (text) => {
      const event = JSON.parse(text);
      // A test's own limit comes with its start: shorter than the run's once a test timed out.
      const testLimit = typeof event.limit === "number" ? event.limit : limit;
      arm(event.type === "start" ? testLimit + Math.min(TEST_SLACK_S, testLimit) : limit + PHASE_SLACK_S);
      send({ id, event });
    };
    arm(limit + PHASE_SLACK_S);
    return JSON.parse(session.bridge.run(source, tests, limit, onEvent, encoded));
  }
  throw new Error(`unknown op ${JSON.stringify(op)}`);
}

async function main() {
  let session;
  try {
    session = await boot();
  } catch (err) {
    send({ ready: false, error: String(err?.message ?? err) });
    process.exit(1);
  }
  send({ ready: true, version: session.pyodide.version, timings: session.timings, harness_files: session.files });
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let request;
    try {
      request = JSON.parse(line);
    } catch (err) {
      send({ id: null, error: `bad request line: ${err.message}`, type: "ProtocolError" });
      continue;
    }
    Atomics.store(interrupt, 0, 0);
    try {
      send({ id: request.id, result: handle(session, request) });
    } catch (err) {
      send({ id: request.id, error: String(err?.message ?? err), type: err?.type ?? err?.name ?? "Error" });
    } finally {
      arm(null);
      Atomics.store(interrupt, 0, 0);
    }
  }
  process.exit(0);
}

await main();
