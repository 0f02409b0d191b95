/**
 * Starts Python from the page's head, while the page is still loading, on pages with a
 * worksheet: the build wrote what Python needs for the page into <meta name="ati-python">
 * (build/pages/boot.py, from the worksheets' own attributes), and this module, loaded async from the
 * head, creates the worker at once. python/runtime.js takes the worker over when it loads, with every
 * message the worker sent meanwhile (takeEarlyStart).
 *
 * It also compiles Python's WebAssembly here, on the page, and hands the compiled module to the
 * worker (python/wasm.js says why: only here does the browser's compiled-code cache serve it).
 * Compiling streams on the browser's own threads; the page's thread only receives the result.
 *
 * No imports, on purpose: Chromium runs an async module that imports others only once the page
 * is parsed (measured: ~0.25 s into a warm visit, against ~0.07 s for this one), and starting
 * before that is the point of this module.
 */

const SITE = new URL("../../../", import.meta.url); // URLs the build writes are relative to the site root

let early = null;
let compiling = null;

/**
 * Python's WebAssembly, compiled from the site's copy: a WebAssembly.Module, or null if it
 * cannot be. Its URL carries its hash (`?v=`, from the build), so the service worker can hand
 * the browser's cached copy through without reading it.
 * @param {string} [url] relative to the site root
 */
function compileRuntime(url) {
  if (!compiling) {
    performance.mark("ati:wasm-compile-start");
    const compiled = (module) => {
      performance.mark("ati:wasm-compiled");
      return module;
    };
    const notCompiled = (error) => {
      console.warn("Python's WebAssembly is compiled in its worker instead:", error);
      compiling = null; // the next worker tries again
      return null;
    };
    compiling = Promise.resolve() // a browser without compileStreaming throws here: a null too
      .then(() => WebAssembly.compileStreaming(fetch(new URL(url || "assets/pyodide/pyodide.asm.wasm", SITE))))
      .then(compiled, notCompiled);
  }
  return compiling;
}

/**
 * A new Python worker (python/runtime.js starts one here too, when none was started early).
 * @param {string} [wasmUrl] Python's WebAssembly, relative to the site root (`wasmUrl` of the needs)
 */
export function createWorker(wasmUrl) {
  performance.mark("ati:python-start");
  const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module", name: "python" });
  compileRuntime(wasmUrl).then((module) => worker.postMessage({ type: "wasm", module }));
  return worker;
}

function startEarly() {
  const meta = document.querySelector('meta[name="ati-python"]');
  if (!meta) return;
  try {
    const needs = JSON.parse(meta.content);
    const worker = createWorker(needs.wasmUrl);
    const held = [];
    const hold = (event) => {
      if (event.type === "error") event.preventDefault(); // python/runtime.js says so; too late to cancel when it replays it
      held.push(event);
    };
    worker.addEventListener("message", hold);
    worker.addEventListener("error", hold);
    worker.postMessage({ type: "init", ...needs });
    early = { worker, needs, held, hold };
  } catch (error) {
    console.warn("Python will start with the page instead:", error); // python/runtime.js starts it from the worksheets
  }
}

/**
 * The worker started here, once: {worker, needs, held} (held: the message and error events it
 * sent before anyone listened), or null. It stops holding events: listen before you return.
 * @returns {{worker: Worker, needs: object, held: Event[]}|null}
 */
export function takeEarlyStart() {
  const taken = early;
  early = null;
  if (!taken) return null;
  taken.worker.removeEventListener("message", taken.hold);
  taken.worker.removeEventListener("error", taken.hold);
  return { worker: taken.worker, needs: taken.needs, held: taken.held };
}

startEarly();
