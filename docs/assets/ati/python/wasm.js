/**
 * In the worker: Python's WebAssembly, compiled by the page and handed over, for Pyodide to
 * instantiate instead of fetching and compiling it again here.
 *
 * Why: Chromium keeps the compiled code of a WebAssembly module with its HTTP cache (the
 * "code cache") only for modules compiled on the page's main thread. Compiled in a worker,
 * nothing is cached and every start compiles again, lazily, the ~2,400 functions Python's start
 * calls (measured: 0.6-1.2 s of the worker's time on every reload). python/boot.js compiles
 * the module on the page with WebAssembly.compileStreaming (served from the code cache from the
 * second visit on) and posts the WebAssembly.Module to the worker: {type: "wasm", module}, or
 * module null when the page could not compile it; the worker then fetches and compiles it as
 * Pyodide always does.
 *
 * How: Pyodide instantiates its module with WebAssembly.instantiateStreaming(fetch(<its URL>),
 * imports). While Python starts, this answers that fetch without the network (the bytes are
 * not needed) and that instantiation with the page's module and Pyodide's own imports.
 */

let handOver;
const compiled = new Promise((resolve) => {
  handOver = resolve;
});

/** The page's message: its compiled module, or null (then Pyodide fetches and compiles its own). */
export function receiveCompiled(module) {
  handOver(module instanceof WebAssembly.Module ? module : null);
}

/**
 * Route Pyodide's fetch and instantiation of `wasmUrl` to the page's module, once it arrives;
 * `timing(name, start, end)` is told how long the wait and the instantiation took.
 * @param {string} wasmUrl absolute URL of pyodide.asm.wasm
 * @param {(name: string, start: number, end: number) => void} timing
 */
export function useCompiled(wasmUrl, timing) {
  const plainFetch = self.fetch.bind(self);
  self.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input) === wasmUrl
      ? compiled.then((module) => (module ? new Response(new Uint8Array(0), { headers: { "content-type": "application/wasm" } }) : plainFetch(input, init)))
      : plainFetch(input, init);
  const plainInstantiate = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (source, imports) => {
    WebAssembly.instantiateStreaming = plainInstantiate; // Python's runtime only, once
    const asked = performance.now();
    const module = await compiled;
    const given = performance.now();
    timing("wasm: waiting for the page's compiled module", asked, given);
    if (!module) {
      const result = await plainInstantiate.call(WebAssembly, source, imports);
      timing("wasm: fetch and compile in the worker", given, performance.now());
      return result;
    }
    const instance = await WebAssembly.instantiate(module, imports);
    timing("wasm: instantiate", given, performance.now());
    return { instance, module };
  };
}
