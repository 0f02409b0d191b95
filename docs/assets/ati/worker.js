/**
 * The Python worker: runs Pyodide off the main thread, so the page never freezes while
 * Python starts (~3 s of solid work on a modest laptop).
 *
 * Protocol (messages from the page):
 *   {type: "init", wheelUrl, sha256, extraWheels} -> progress messages, then {type: "ready"} or {type: "failed"}
 *     (extraWheels: [{url, sha256}], the pinned third-party wheels, each checked and installed too)
 *   {type: "call", id, fn, args}                -> {type: "result", id, value} or {type: "error", id, message}
 * Only strings cross the boundary: the Python side takes and returns JSON text.
 */
import { loadPyodide } from "../pyodide/pyodide.mjs";

const PYODIDE_URL = new URL("../pyodide/", import.meta.url).href;

let api = null;
let starting = null;

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
  const digest = hex(await crypto.subtle.digest("SHA-256", buffer));
  if (digest !== sha256) throw new Error("the worksheet code did not match its checksum; reload the page to fetch it again");
  return buffer;
}

/**
 * Pyodide logs, rather than throws, when the runtime's wasm cannot be fetched or compiled,
 * and then waits forever. Watching for that warning turns a silent hang into a clear failure.
 */
function failFastOnRuntimeErrors(reject) {
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    warn(...args);
    if (typeof args[0] === "string" && args[0].includes("wasm instantiation failed")) {
      reject(new Error("the Python runtime could not be downloaded or started"));
    }
  };
}

async function start(wheelUrl, sha256, extraWheels = []) {
  post({ type: "progress", step: 1, of: 3, text: "downloading" });
  let runtimeFailed;
  const failed = new Promise((_, reject) => {
    runtimeFailed = reject;
  });
  failFastOnRuntimeErrors(runtimeFailed);
  const wheel = fetchVerified(wheelUrl, sha256);
  const extras = extraWheels.map((extra) => fetchVerified(extra.url, extra.sha256));
  extras.forEach((extra) => extra.catch(() => {})); // awaited below; no unhandled rejection meanwhile
  const pyodide = await Promise.race([
    failed,
    loadPyodide({
      indexURL: PYODIDE_URL,
      packageBaseUrl: PYODIDE_URL, // never the CDN default: no request leaves the site
      stdout: () => {},
      stderr: (text) => console.warn("[python]", text),
    }),
  ]);
  post({ type: "progress", step: 2, of: 3, text: "setting up" });
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(await wheel, "wheel", { extractDir: sitePackages });
  for (const extra of extras) pyodide.unpackArchive(await extra, "wheel", { extractDir: sitePackages });
  post({ type: "progress", step: 3, of: 3, text: "almost ready" });
  const module = pyodide.pyimport("worksheets.api");
  return {
    run: (...args) => module.run(...args), // worksheet, data JSON, today, interview id
    call: (fn, args) => {
      const f = module[fn];
      if (typeof f !== "function") throw new Error(`unknown function ${fn}`);
      return f(...args);
    },
  };
}

self.addEventListener("message", async (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    if (!starting) {
      const t0 = performance.now();
      // wheelUrl is relative to the site root, which is PYODIDE_URL's grandparent.
      const wheelUrl = new URL(message.wheelUrl, new URL("../../", PYODIDE_URL)).href;
      const extraWheels = (Array.isArray(message.extraWheels) ? message.extraWheels : []).map((extra) => ({
        url: new URL(String(extra.url), new URL("../../", PYODIDE_URL)).href,
        sha256: String(extra.sha256),
      }));
      starting = start(wheelUrl, message.sha256, extraWheels).then(
        (ready) => {
          api = ready;
          post({ type: "ready", ms: Math.round(performance.now() - t0) });
          // Import the worksheets now, before the first click needs them; a call that
          // arrives meanwhile simply waits its turn.
          setTimeout(() => {
            try {
              api.call("warm", []);
            } catch (error) {
              console.warn("[python] warm-up:", error);
            }
          }, 0);
        },
        (error) => post({ type: "failed", message: String(error && error.message ? error.message : error) }),
      );
    } else if (api) {
      post({ type: "ready", ms: 0 });
    }
    return;
  }
  if (message.type === "call") {
    try {
      if (!api) throw new Error("Python is not ready yet");
      const value = message.fn === "run" ? api.run(...message.args) : api.call(message.fn, message.args);
      post({ type: "result", id: message.id, value: String(value) });
    } catch (error) {
      post({ type: "error", id: message.id, message: String(error && error.message ? error.message : error) });
    }
  }
});
