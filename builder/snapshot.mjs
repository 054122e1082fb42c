// Build-time Pyodide memory snapshot, made and then verified under Node.
//
//   node snapshot.mjs <runtime dir> <out file>
//
// The snapshot is Python already initialised (from the runtime's compiled standard library)
// with pytest and its dependencies installed (its packages zip, as the worker unpacks it) and
// pytest imported. Restoring it skips Pyodide's interpreter start-up and the
// pytest import, the two longest steps of a normal boot. numpy cannot be in it: Pyodide
// 0.27.7 snapshots only the linear memory, not the shared libraries a binary package loads,
// so a snapshot taken after `import numpy` dies with "table index is out of bounds" once
// numpy is used; the worker loads numpy after restoring instead.
//
// Before writing anything the snapshot is restored in a fresh Pyodide that loads every
// package, imports numpy and runs a pytest session, so a snapshot that cannot work never
// ships. Exits 1 with the error's last line on stderr when it cannot be made or used.

import fs from "node:fs";
import path from "node:path";
import util from "node:util";
import { pathToFileURL } from "node:url";

for (const name of ["log", "info", "warn", "error", "debug"]) console[name] = (...args) => process.stderr.write(util.format(...args) + "\n");

const [runtimeArg, outFile] = process.argv.slice(2);
const runtime = path.resolve(runtimeArg) + path.sep;
const LOCK = "gradlab-lock.json";
const PACKAGES = "gradlab-packages.zip";
const STDLIB = "gradlab-stdlib.zip";
const quiet = { messageCallback: () => {}, errorCallback: console.error };
const VERIFY = `
import os, sys, tempfile, pytest, numpy
assert "_pytest.python" in sys.modules, "pytest was not imported in the snapshot"
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "test_snapshot.py"), "w") as f:
        f.write("import numpy as np\\ndef test_sum():\\n    assert np.arange(4).sum() == 6\\n")
    code = pytest.main([tmp, "-qq", "-p", "no:cacheprovider"])
assert code == 0, f"pytest exited {code}"
`;

async function main() {
  const { loadPyodide } = await import(pathToFileURL(runtime + "pyodide.mjs").href);
  const options = {
    indexURL: runtime, lockFileURL: runtime + LOCK, stdLibURL: runtime + STDLIB, stdout: console.error, stderr: console.error,
  };
  const lock = JSON.parse(fs.readFileSync(runtime + LOCK, "utf8"));

  // The file system is not part of a snapshot: the worker unpacks the same zip after restoring.
  const packages = () => new Uint8Array(fs.readFileSync(runtime + PACKAGES));
  const pyodide = await loadPyodide({ ...options, _makeSnapshot: true });
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(packages(), "zip", { extractDir: sitePackages });
  pyodide.runPython("import pytest");
  const snapshot = pyodide.makeMemorySnapshot();

  const restored = await loadPyodide({ ...options, _loadSnapshot: snapshot });
  restored.unpackArchive(packages(), "zip", { extractDir: sitePackages });
  const binary = Object.values(lock.packages).filter(({ file_name: file }) => !file.endsWith("-none-any.whl"));
  await restored.loadPackage(binary.map(({ name }) => name), quiet);
  restored.runPython(VERIFY);

  fs.writeFileSync(outFile, snapshot);
}

try {
  await main();
} catch (error) {
  // A Python traceback's last line names the error; the build shows only the last line.
  console.error(String(error?.message ?? error).trim().split("\n").pop());
  process.exit(1);
}
