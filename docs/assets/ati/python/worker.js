/**
 * The Python worker: runs Pyodide off the main thread, so the page never freezes while
 * Python starts.
 *
 * Protocol (messages from the page, handled one at a time, in order):
 *   {type: "init", wheelUrl, sha256, extraWheels, stdlibUrl, stdlibSha256, worksheets}
 *       -> progress messages, then {type: "ready", ms, origin, phases} or {type: "failed"}
 *   {type: "wasm", module}  (from python/boot.js, whenever it comes: Python's compiled
 *                            WebAssembly, or null; see python/wasm.js; not queued)
 *   {type: "need", extraWheels, worksheets}  (a page reached later: its wheels and worksheets)
 *   {type: "call", id, fn, args}             -> {type: "result", id, value} or {type: "error", id, message}
 * extraWheels: [{url, sha256}], the pinned third-party wheels this page's worksheets import;
 * worksheets: the ids of the page's worksheets. The first is imported before "ready", so the
 * first press does not wait for it; the others after, one at a time, whenever no message is
 * waiting (a press always goes first). Every file is checked against its sha256 before Python sees it.
 * Only strings cross the boundary: the Python side takes and returns JSON text.
 * "ready" carries how long each part of the start took (phases: [name, start, end] in this
 * worker's clock, whose origin is `origin`), for the page's performance timeline.
 */
import { loadPyodide } from "../../pyodide/pyodide.mjs";
import createPyodideModule from "../../pyodide/pyodide.asm.mjs"; // fetched with this script, not after "init"
import { receiveCompiled, useCompiled } from "./wasm.js";

const loaded = performance.now(); // this script and Pyodide's are fetched and evaluated

const PYODIDE_URL = new URL("../../pyodide/", import.meta.url).href;
const SITE_URL = new URL("../../", PYODIDE_URL); // URLs in messages are relative to the site root

let pyodide = null;
let api = null;
const installed = new Set(); // wheel URLs already unpacked
let queue = Promise.resolve(); // every message waits for the ones before it
let waiting = 0; // messages queued and not yet handled
const later = []; // worksheet ids to import when nothing waits
const phases = [["worker: its scripts and Pyodide's", 0, loaded]];

function timing(name, start, end) {
  phases.push([name, start, end]);
}

/** Run `work` (sync or async) and note how long it took as phase `name`. */
async function timed(name, work) {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timing(name, start, performance.now());
  }
}

function post(message) {
  self.postMessage(message);
}

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function fetchVerified(url, sha256) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the worksheet code could not be downloaded (HTTP ${response.status})`);
  const buffer = await response.arrayBuffer();
  if (sha256 && hex(await crypto.subtle.digest("SHA-256", buffer)) !== sha256) {
    throw new Error("the worksheet code did not match its checksum; reload the page to fetch it again");
  }
  return buffer;
}

function wheels(list) {
  return (Array.isArray(list) ? list : []).map((wheel) => ({ url: new URL(String(wheel.url), SITE_URL).href, sha256: String(wheel.sha256) }));
}

/**
 * Pyodide logs, rather than throws, when the runtime's wasm or the standard library cannot
 * be fetched or started, and then waits forever. Watching for those turns a silent hang into
 * a clear failure.
 */
function failFastOnRuntimeErrors(reject) {
  for (const level of ["warn", "error"]) {
    const log = console[level].bind(console);
    console[level] = (...args) => {
      log(...args);
      const text = typeof args[0] === "string" ? args[0] : "";
      if (text.includes("wasm instantiation failed") || text.includes("installing the standard library")) {
        reject(new Error("its files could not be downloaded or started"));
      }
    };
  }
}

/** The bytes `buffer` holds gzipped (the site serves each zip it made so: `….gz`). */
function gunzip(buffer) {
  return new Response(new Blob([buffer]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
}

/** The file at `url`, checked against its sha256 (of the bytes served), unzipped when gzipped. */
async function fetchUnzipped(url, sha256) {
  const buffer = await fetchVerified(url, sha256);
  return new URL(url).pathname.endsWith(".gz") ? gunzip(buffer) : buffer;
}

/**
 * Pyodide fetches the standard library itself (the `stdLibURL` option); this hands it the
 * copy checked against its sha256 instead, so it is verified like the wheels, and unzipped
 * when the site serves it gzipped (`….zip.gz`, build/python/stdlib.py).
 */
function verifyStandardLibrary(url, sha256) {
  const checked = timed("standard library: download, check, unzip", () => fetchUnzipped(url, sha256));
  const plainFetch = self.fetch.bind(self);
  self.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input) === url
      ? checked.then((buffer) => new Response(buffer))
      : plainFetch(input, init);
  return checked;
}

/**
 * Unpack wheels into site-packages, in order, from their verified downloads (already under way).
 * A zip that is not a wheel (what of the standard library only the third-party wheels need,
 * build/python/stdlib.py) goes there too: Python imports its compiled modules from there.
 * @param {{url: string}[]} list @param {Promise<ArrayBuffer>[]} buffers, one per wheel
 */
async function unpack(list, buffers) {
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  for (const [index, wheel] of list.entries()) {
    const format = /\.whl(\.gz)?$/.test(new URL(wheel.url).pathname) ? "wheel" : "zip";
    pyodide.unpackArchive(await buffers[index], format, { extractDir: sitePackages });
    installed.add(wheel.url);
  }
}

/** Start verified downloads of wheels at once, each awaited later (no unhandled rejection meanwhile). */
function download(list) {
  const buffers = list.map((wheel) => fetchUnzipped(wheel.url, wheel.sha256));
  buffers.forEach((buffer) => buffer.catch(() => {}));
  return buffers;
}

async function install(list) {
  const fresh = list.filter((wheel) => !installed.has(wheel.url));
  await unpack(fresh, download(fresh));
  if (fresh.length) {
    pyodide.runPython("import sys\nfor f in list(sys.path_importer_cache.values()):\n    getattr(f, 'invalidate_caches', lambda: None)()");
  }
}

const PREPARE = `
from importlib import import_module
from worksheets import registry
failed = []
for worksheet_id in IDS:
    try:
        registry.get(worksheet_id)
        for package in registry.NEEDS.get(worksheet_id, ()):
            import_module(package)
    except Exception as error:
        failed.append(f"{worksheet_id}: {error!r}")
try:
    registry.prime()  # cached: only the first call does any work
except Exception as error:
    failed.append(f"prime: {error!r}")
"\\n".join(failed)
`;

/** Import worksheets (and the packages they need), so a press on them does not wait. */
function prepare(ids) {
  const globals = pyodide.toPy({ IDS: ids });
  const failed = pyodide.runPython(PREPARE, { globals });
  globals.destroy();
  if (failed) console.warn("[python] preparing", failed); // the worksheet's own call will say what went wrong
}

async function start(message) {
  post({ type: "progress", step: 1, of: 3, text: "downloading" });
  let runtimeFailed;
  const failed = new Promise((_, reject) => {
    runtimeFailed = reject;
  });
  failFastOnRuntimeErrors(runtimeFailed);
  const options = {
    indexURL: PYODIDE_URL,
    createPyodideModule,
    packageBaseUrl: PYODIDE_URL, // never the CDN default: no request leaves the site
    stdout: () => {},
    stderr: (text) => console.warn("[python]", text),
  };
  if (message.stdlibUrl) {
    options.stdLibURL = new URL(String(message.stdlibUrl), SITE_URL).href;
    verifyStandardLibrary(options.stdLibURL, String(message.stdlibSha256 || "")).catch(runtimeFailed);
  }
  const all = [{ url: new URL(String(message.wheelUrl), SITE_URL).href, sha256: String(message.sha256) }, ...wheels(message.extraWheels)];
  const early = download(all); // in parallel with Python's start
  useCompiled(`${PYODIDE_URL}pyodide.asm.wasm`, timing);
  pyodide = await timed("Python: loadPyodide in all", () => Promise.race([failed, loadPyodide(options)]));
  post({ type: "progress", step: 2, of: 3, text: "setting up" });
  await timed("wheels: unpack", () => unpack(all, early));
  post({ type: "progress", step: 3, of: 3, text: "almost ready" });
  await timed("import worksheets.api", () => {
    api = pyodide.pyimport("worksheets.api");
  });
  const [first, ...others] = idList(message.worksheets);
  await timed("import the page's first worksheet", () => prepare(first ? [first] : []));
  later.push(...others);
}

function idList(worksheets) {
  return (Array.isArray(worksheets) ? worksheets : []).map(String);
}

/** Import the next worksheet of `later`, unless a message waits (it is handled first, then this). */
function prepareLater() {
  if (waiting || !later.length || !api) return;
  prepare([later.shift()]);
  if (later.length) setTimeout(prepareLater, 0);
}

function call(message) {
  try {
    if (!api) throw new Error("Python is not ready yet");
    const f = api[message.fn];
    if (typeof f !== "function") throw new Error(`unknown function ${message.fn}`);
    post({ type: "result", id: message.id, value: String(f(...message.args)) });
  } catch (error) {
    post({ type: "error", id: message.id, message: String(error && error.message ? error.message : error) });
  }
}

async function handle(message) {
  if (message.type === "init") {
    if (api) return post({ type: "ready", ms: 0 });
    const t0 = performance.now();
    try {
      await start(message);
      post({ type: "ready", ms: Math.round(performance.now() - t0), origin: performance.timeOrigin, phases });
    } catch (error) {
      post({ type: "failed", message: String(error && error.message ? error.message : error) });
    }
  } else if (message.type === "need" && api) {
    try {
      await install(wheels(message.extraWheels));
      later.push(...idList(message.worksheets));
    } catch (error) {
      console.warn("[python] could not add what this page needs:", error); // its calls will say so
    }
  } else if (message.type === "call") {
    call(message);
  }
}

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "wasm") {
    receiveCompiled(message.module); // Python's start may be waiting for it: not queued
    return;
  }
  waiting += 1;
  queue = queue
    .then(() => handle(message))
    .finally(() => {
      waiting -= 1;
      setTimeout(prepareLater, 0); // a task of its own: a message that came meanwhile goes first
    });
});
