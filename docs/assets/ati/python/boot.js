/**
 * Starts Python from the page's head, while the page is still loading, on pages with a
 * worksheet: the build wrote what Python needs for the page into <meta name="ati-python">
 * (build/pages/boot.py, from the worksheets' own attributes), and this module, loaded async from the
 * head, creates the worker at once. python/runtime.js takes the worker over when it loads, with every
 * message the worker sent meanwhile (takeEarlyStart).
 *
 * No imports, on purpose: Chromium runs an async module that imports others only once the page
 * is parsed (measured: ~0.25 s into a warm visit, against ~0.07 s for this one), and starting
 * before that is the point of this module.
 */

let early = null;

/** A new Python worker (python/runtime.js starts one here too, when none was started early). */
export function createWorker() {
  performance.mark("ati:python-start");
  return new Worker(new URL("./worker.js", import.meta.url), { type: "module", name: "python" });
}

function startEarly() {
  const meta = document.querySelector('meta[name="ati-python"]');
  if (!meta) return;
  try {
    const needs = JSON.parse(meta.content);
    const worker = createWorker();
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
