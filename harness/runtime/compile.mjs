// Compile, with the runtime's own Python, the modules a grading session imports.
//
//   node compile.mjs <runtime dir> <packages zip> <stdlib bytecode zip> <comment>
//
// Bytecode is specific to the Python that reads it, so only Pyodide's CPython can make it.
// The packages zip holds the lock's pure wheels with every module a sourceless .pyc where its
// .py was (as in Pyodide's own standard library) and every other file as it is, plus numpy's
// bytecode for the modules of numpy a session imports, as __pycache__ files that numpy's own
// wheel, unpacked beside them, does not check against its sources. The stdlib bytecode zip
// holds <module path>.pyc for each standard-library module a session imports; compiled.py
// puts them into a copy of python_stdlib.zip in place of their sources.
//
// "A session" is: import pytest and numpy, then a pytest run over a small numpy test file
// with the runner's options, plus the modules harness.runner imports itself (RUNNER_IMPORTS).
// A module imported later than that is compiled when imported, as before: slower, not wrong.
// Entries are sorted, dated 1980 and hash-based, so the same inputs give the same bytes.
// Before anything is written, a fresh interpreter imports pytest and numpy from the results.
// Exits 1 with the error's last line on stderr when it cannot.

import fs from "node:fs";
import path from "node:path";
import util from "node:util";
import { pathToFileURL } from "node:url";

for (const name of ["log", "info", "warn", "error", "debug"]) console[name] = (...args) => process.stderr.write(util.format(...args) + "\n");

const [runtimeArg, packagesOut, stdlibOut, comment] = process.argv.slice(2);
const runtime = path.resolve(runtimeArg) + path.sep;
const LOCK = "gradlab-lock.json";
const WHEELS = "/tmp/wheels";
const RUNNER_IMPORTS = ["ast", "functools", "json", "linecache", "numbers", "re", "signal", "tempfile", "threading", "traceback", "types", "warnings"];

const HELPERS = `
import importlib.util, marshal, os, sys, zipfile

def pyc(source, filename):
    """PEP 552 bytecode: hash-based, never checked against a source."""
    code = compile(source, filename, "exec", dont_inherit=True)
    flags = (1).to_bytes(4, "little")
    return importlib.util.MAGIC_NUMBER + flags + importlib.util.source_hash(source) + marshal.dumps(code)

def write_zip(out, entries, comment=""):
    with zipfile.ZipFile(out, "w") as zf:
        zf.comment = comment.encode()
        for name, data in sorted(entries.items()):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data, compresslevel=9)
`;

const SESSION = `
import os, sys, tempfile
sys.path.insert(0, WHEELS)
import numpy, pytest
for name in RUNNER_IMPORTS:
    __import__(name)
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "test_session.py"), "w") as f:
        f.write(
            "import numpy as np\\nimport pytest\\n"
            "def test_pass():\\n    assert np.allclose(np.ones(3).sum(), 3.0)\\n"
            "def test_fail():\\n    assert np.arange(3).tolist() == [0, 1, 3]\\n"
            "@pytest.mark.parametrize('n', [1, 2])\\ndef test_param(n):\\n    with pytest.raises(ZeroDivisionError):\\n        1 / 0\\n"
        )
    pytest.main([tmp, "-qq", "--tb=native", "--capture=no", "--import-mode=importlib", "-p", "no:cacheprovider"])
`;

const COMPILE = `
import os, site, sys
installed = site.getsitepackages()[0]
STDLIB = "/lib/python312.zip/"
packages = {}
for folder, _, names in os.walk(WHEELS):
    for name in names:
        path = os.path.join(folder, name)
        rel = os.path.relpath(path, WHEELS)
        with open(path, "rb") as f:
            data = f.read()
        if rel.endswith(".py"):
            packages[rel + "c"] = pyc(data, f"{installed}/{rel}")
        else:
            packages[rel] = data
stdlib = {}
for module in list(sys.modules.values()):
    file = getattr(module, "__file__", None) or ""
    if type(getattr(module, "__loader__", None)).__name__ == "zipimporter" and file.startswith(STDLIB) and file.endswith(".py"):
        stdlib[file[len(STDLIB):-3] + ".pyc"] = pyc(module.__loader__.get_data(file), file)
    elif file.startswith(installed + "/numpy/") and file.endswith(".py"):
        rel = os.path.relpath(file, installed)
        folder, name = os.path.split(rel)
        with open(file, "rb") as f:
            packages[f"{folder}/__pycache__/{name[:-3]}.{sys.implementation.cache_tag}.pyc"] = pyc(f.read(), file)
write_zip("/tmp/packages.zip", packages, COMMENT)
write_zip("/tmp/stdlib.zip", stdlib, COMMENT)
`;

const CHECK = `
import os, sys
assert "argparse" not in sys.modules, "argparse is imported at start-up: check another module"
sys.path.insert(0, "/tmp/stdlib.zip")
import argparse
assert argparse.__file__.startswith("/tmp/stdlib.zip"), "the standard library bytecode was not used"
import numpy, pytest
assert pytest.__file__.endswith(".pyc"), "pytest was not imported from its bytecode"
assert numpy.__cached__ and os.path.exists(numpy.__cached__), "numpy's bytecode is missing"
`;

async function main() {
  const { loadPyodide } = await import(pathToFileURL(runtime + "pyodide.mjs").href);
  const options = { indexURL: runtime, lockFileURL: runtime + LOCK, stdout: console.error, stderr: console.error };
  const quiet = { messageCallback: () => {}, errorCallback: console.error };
  const lock = JSON.parse(fs.readFileSync(runtime + LOCK, "utf8"));
  const entries = Object.values(lock.packages);
  const pure = entries.filter(({ file_name: file }) => file.endsWith("-none-any.whl"));
  const binary = entries.filter(({ file_name: file }) => !file.endsWith("-none-any.whl")).map(({ name }) => name);
  if (!pure.length) throw new Error(`${LOCK} lists no pure wheel`);

  const pyodide = await loadPyodide(options);
  for (const { file_name: file } of pure) {
    pyodide.unpackArchive(new Uint8Array(fs.readFileSync(runtime + file)), "wheel", { extractDir: WHEELS });
  }
  await pyodide.loadPackage(binary, quiet);
  const globals = pyodide.toPy({ WHEELS, RUNNER_IMPORTS, COMMENT: comment });
  for (const code of [HELPERS, SESSION, COMPILE]) pyodide.runPython(code, { globals });
  const packages = pyodide.FS.readFile("/tmp/packages.zip");
  const stdlib = pyodide.FS.readFile("/tmp/stdlib.zip");

  const fresh = await loadPyodide(options);
  const sitePackages = fresh.runPython("import site; site.getsitepackages()[0]");
  fresh.unpackArchive(packages, "zip", { extractDir: sitePackages });
  fresh.FS.writeFile("/tmp/stdlib.zip", stdlib);
  await fresh.loadPackage(binary, quiet);
  fresh.runPython(CHECK);

  fs.writeFileSync(packagesOut, packages);
  fs.writeFileSync(stdlibOut, stdlib);
}

try {
  await main();
} catch (error) {
  console.error(String(error?.message ?? error).trim().split("\n").pop());
  process.exit(1);
}
