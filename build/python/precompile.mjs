/**
 * Build-time jobs that need Pyodide's own interpreter, run under Node by build/python/stdlib.py.
 *
 * Reads one job as JSON on stdin, writes one JSON answer on stdout (Python's own output goes
 * to stderr). Jobs:
 *   {task: "trace", pyodide, wheels, packages, exercise, extra, named}
 *       -> {problems, files, later}: `wheels` are the worksheets' own wheel first, then the
 *          third-party ones, whose top-level modules are `packages`. Run build/python/exercise.py
 *          against the stock standard library: first the calls that answer without the
 *          third-party wheels, then, with them installed, every call; then import the `extra`
 *          modules and those of `named` that are in the standard library. `later` are the zip
 *          entries of the standard-library modules only the second run imported (what only the
 *          third-party wheels' code paths need); `files` are all the others that got imported.
 *   {task: "compile", pyodide, files, later, optimize, stdlibOut, laterOut, wheels, wheelsOut}
 *       -> {}: write `files`, compiled to unchecked-hash .pyc (at that optimisation level),
 *          into a zip at stdlibOut, and `later` likewise at laterOut (entries stored: the site
 *          gzips each whole zip); write each wheel again with its modules as .pyc instead
 *          of .py, into the folder wheelsOut (entries stored too).
 *   {task: "check", pyodide, stdlib, later, wheels, packages, exercise, modules}
 *       -> {problems}: as the browser will, run build/python/exercise.py against the zip at
 *          `stdlib` with the worksheets' wheel alone (the calls that need no third-party
 *          wheel), then with the third-party wheels and the zip at `later` unpacked beside them
 *          (every call); then import those of `modules` that are in the standard library.
 * A fresh interpreter per job, with a fixed hash seed, so the same inputs give the same bytes.
 */
import { readFileSync as readBuffer, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Pyodide takes typed arrays, not Node's Buffer. */
const readFileSync = (path) => new Uint8Array(readBuffer(path));

const job = JSON.parse(readBuffer(0, "utf8"));
const { loadPyodide } = await import(pathToFileURL(join(job.pyodide, "pyodide.mjs")).href);

async function python(stdlib) {
  const options = {
    indexURL: job.pyodide,
    env: { PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" },
    stdout: (text) => process.stderr.write(text + "\n"),
    stderr: (text) => process.stderr.write(text + "\n"),
  };
  if (stdlib) options.stdLibURL = stdlib;
  return loadPyodide(options);
}

/** Unpack wheels (or a zip of modules) into site-packages, as the browser's worker does. */
function install(py, wheels) {
  const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
  for (const wheel of wheels) py.unpackArchive(readFileSync(wheel), wheel.endsWith(".whl") ? "wheel" : "zip", { extractDir: sitePackages });
  py.runPython("import importlib; importlib.invalidate_caches()");
}

/** The indices of the exercise's calls that need a third-party package (`packages`). */
async function needing(packages) {
  const py = await python();
  install(py, job.wheels.slice(0, 1));
  loadExercise(py);
  py.globals.set("PACKAGES", JSON.stringify(packages || []));
  return JSON.parse(py.runPython("import json, ati_exercise\njson.dumps(ati_exercise.needing(json.loads(PACKAGES)))"));
}

function loadExercise(py) {
  py.FS.writeFile("/tmp/ati_exercise.py", readFileSync(job.exercise));
  py.runPython("import sys\nif '/tmp' not in sys.path: sys.path.insert(0, '/tmp')");
}

/** Run build/python/exercise.py (every call but those whose index is in `skip`); an exception
 * (a module missing at import time) is a problem too. */
function exercise(py, skip = []) {
  loadExercise(py);
  py.globals.set("SKIP", JSON.stringify(skip));
  return JSON.parse(py.runPython(`
import json, traceback
try:
    import ati_exercise
    problems = ati_exercise.exercise(skip=set(json.loads(SKIP)))
except Exception as error:
    problems = [f"{type(error).__name__}: {error}\\n{traceback.format_exc(limit=8)}"]
json.dumps(problems)
`));
}

/** The zip entries of the standard-library modules imported so far. */
const IMPORTED = `
import json, sys
prefix = "/lib/python%d%d.zip/" % sys.version_info[:2]
json.dumps(sorted({str(m.__spec__.origin)[len(prefix):] for m in list(sys.modules.values())
                   if getattr(m, "__spec__", None) and str(m.__spec__.origin).startswith(prefix)}))
`;

const NAMED = `
import importlib, json, sys
for name in json.loads(EXTRA):
    try:
        importlib.import_module(name)
    except ImportError as error:
        problems.append(f"{name} (in build/python/stdlib-allowlist.txt) cannot be imported: {error}")
for name in json.loads(NAMED):
    if name.split(".")[0] in sys.stdlib_module_names:
        importlib.import_module(name)
json.dumps(problems)
`;

const IMPORTS = `
import importlib, json, sys
for name in json.loads(MODULES):
    if name.split(".")[0] in sys.stdlib_module_names:
        try:
            importlib.import_module(name)
        except ImportError as error:
            problems.append(f"{name} cannot be imported: {error}")
json.dumps(problems)
`;

const COMPILE = `
import importlib._bootstrap_external as bx, importlib.util, json, marshal, sys, zipfile

EPOCH = (1980, 1, 1, 0, 0, 0)

def pyc(source, filename, optimize=0):
    code = compile(source, filename, "exec", dont_inherit=True, optimize=optimize)
    return bx._code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False)

def without_docstrings(source, filename):
    """The module's syntax tree less its module and function docstrings, asserts kept (what
    optimize=2 would also drop): nothing reads them, and the line numbers stay those of the
    source. Class docstrings stay: a dataclass without one computes one as it is created."""
    import ast
    tree = ast.parse(source, filename)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                node.body[0:1] = [] if len(node.body) > 1 else [ast.copy_location(ast.Pass(), first)]
    return tree

def wheel_pyc(source, filename):
    code = compile(without_docstrings(source, filename), filename, "exec", dont_inherit=True, optimize=0)
    return bx._code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False)

def entry(archive, name, data, compress=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, EPOCH)
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    info.create_system = 3
    archive.writestr(info, data, compresslevel=9 if compress == zipfile.ZIP_DEFLATED else None)

# The standard library's entries are stored, not deflated one by one: the site serves the whole
# zip gzipped (build/python/stdlib.py served()), which compresses across modules and leaves
# Python nothing to inflate as it imports.
stock = "/lib/python%d%d.zip" % sys.version_info[:2]
for names, path in ((FILES, "/tmp/stdlib.zip"), (LATER, "/tmp/later.zip")):
    with zipfile.ZipFile(stock) as source, zipfile.ZipFile(path, "w") as out:
        for name in sorted(json.loads(names)):
            if name.endswith(".py"):
                entry(out, name + "c", pyc(source.read(name), f"{stock}/{name}", OPTIMIZE), zipfile.ZIP_STORED)
            else:
                entry(out, name, source.read(name), zipfile.ZIP_STORED)

# The wheels again, each module as .pyc in place of its source (sourceless: the import system
# loads a .pyc found where the .py would be; a third smaller than both), compiled as they
# are tested (asserts kept; module and function docstrings, which nothing reads, left out); RECORD lists them,
# so the wheel stays a wheel.
import base64, hashlib, io
site = __import__("site").getsitepackages()[0]
def record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}\\n"
for path in json.loads(WHEELS):
    with zipfile.ZipFile(path) as wheel:
        files = {info.filename: wheel.read(info) for info in wheel.infolist() if not info.is_dir()}
    record = next(n for n in files if n.endswith(".dist-info/RECORD"))
    for name, data in list(files.items()):
        if name.endswith(".py"):
            files[name + "c"] = wheel_pyc(files.pop(name), f"{site}/{name}")
    files[record] = "".join(record_line(n, d) for n, d in sorted(files.items()) if n != record).encode() + f"{record},,\\n".encode()
    with zipfile.ZipFile("/tmp/out/" + path.rsplit("/", 1)[-1], "w") as out:
        for name in sorted(files, key=lambda n: (n == record, n)):
            entry(out, name, files[name], zipfile.ZIP_STORED)
`;

let answer;
if (job.task === "trace") {
  const needs = await needing(job.packages);
  const py = await python();
  install(py, job.wheels.slice(0, 1));
  const problems = exercise(py, needs);
  const alone = new Set(JSON.parse(py.runPython(IMPORTED)));
  install(py, job.wheels.slice(1));
  problems.push(...exercise(py));
  const later = JSON.parse(py.runPython(IMPORTED)).filter((file) => !alone.has(file));
  py.globals.set("problems", py.toPy(problems));
  py.globals.set("EXTRA", JSON.stringify(job.extra || []));
  py.globals.set("NAMED", JSON.stringify(job.named || []));
  const found = JSON.parse(py.runPython(NAMED));
  const files = JSON.parse(py.runPython(IMPORTED)).filter((file) => !later.includes(file));
  answer = { problems: found, files, later };
} else if (job.task === "compile") {
  const py = await python();
  py.globals.set("FILES", JSON.stringify(job.files));
  py.globals.set("LATER", JSON.stringify(job.later || []));
  py.globals.set("OPTIMIZE", job.optimize ?? 0);
  py.globals.set("WHEELS", JSON.stringify(job.wheels.map((w) => "/tmp/in/" + basename(w))));
  py.FS.mkdirTree("/tmp/in");
  py.FS.mkdirTree("/tmp/out");
  for (const wheel of job.wheels) py.FS.writeFile("/tmp/in/" + basename(wheel), readFileSync(wheel));
  py.runPython(COMPILE);
  writeFileSync(job.stdlibOut, py.FS.readFile("/tmp/stdlib.zip"));
  writeFileSync(job.laterOut, py.FS.readFile("/tmp/later.zip"));
  for (const wheel of job.wheels) writeFileSync(join(job.wheelsOut, basename(wheel)), py.FS.readFile("/tmp/out/" + basename(wheel)));
  answer = {};
} else if (job.task === "check") {
  const needs = await needing(job.packages);
  const py = await python(job.stdlib);
  install(py, job.wheels.slice(0, 1));
  const problems = exercise(py, needs);
  install(py, [...job.wheels.slice(1), ...(job.later ? [job.later] : [])]);
  problems.push(...exercise(py));
  py.globals.set("problems", py.toPy(problems));
  py.globals.set("MODULES", JSON.stringify(job.modules || []));
  answer = { problems: JSON.parse(py.runPython(IMPORTS)) };
} else {
  throw new Error(`unknown task ${job.task}`);
}
process.stdout.write(JSON.stringify(answer));
