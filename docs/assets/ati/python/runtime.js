/**
 * The page's side of the Python worker: one worker per tab, started on the first page that
 * holds a worksheet and kept in this module's state, which survives Material's instant
 * navigation (the module is evaluated once per tab).
 */

import { createWorker, takeEarlyStart } from "./boot.js";
import { contextJson } from "../utilities/dates.js";

/** Longest wait for Python before the page says so (it keeps trying in the background). */
export const SLOW_AFTER_MS = 30000;

let worker = null;
let state = "idle"; // idle | loading | ready | failed
let failure = "";
let lastProgress = null;
let nextId = 1;
const pending = new Map();
const listeners = new Set();
let readyWaiters = [];
let handed = new Set(); // what the running worker has been given (wheel URLs, worksheet ids): each once

function emit(event) {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (error) {
      console.error(error);
    }
  }
}

function settleWaiters() {
  const waiters = readyWaiters;
  readyWaiters = [];
  for (const { resolve, reject } of waiters) {
    if (state === "ready") resolve();
    else reject(new Error(failure));
  }
}

function onMessage(event) {
  const message = event.data || {};
  switch (message.type) {
    case "progress":
      lastProgress = message;
      emit({ type: "progress", step: message.step, of: message.of, text: message.text });
      break;
    case "ready":
      state = "ready";
      performance.mark("ati:python-ready"); // read by bench/benchmark.py
      measurePhases(message);
      dispatchEvent(new Event("ati:python-settled")); // what waited for Python's start may go (page/search-later.js)
      emit({ type: "ready", ms: message.ms });
      settleWaiters();
      break;
    case "failed":
      fail(message.message);
      break;
    case "result":
    case "error": {
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.type === "result") call.resolve(message.value);
      else call.reject(new Error(message.message));
      break;
    }
    default:
      break;
  }
}

/**
 * The worker's start, part by part, on the page's performance timeline: one measure
 * "ati:<part>" each (DevTools shows them; bench/benchmark.py --trace prints them).
 */
function measurePhases({ origin, phases }) {
  if (typeof origin !== "number" || !Array.isArray(phases)) return;
  const shift = origin - performance.timeOrigin; // the worker's clock starts when it was created
  for (const [name, start, end] of phases) {
    try {
      performance.measure(`ati:${name}`, { start: start + shift, end: end + shift });
    } catch {
      return; // an older browser without measure options: nothing to show
    }
  }
}

function fail(reason) {
  state = "failed";
  failure = reason || "it stopped unexpectedly";
  dispatchEvent(new Event("ati:python-settled"));
  emit({ type: "failed", message: failure });
  settleWaiters();
  for (const call of pending.values()) call.reject(new Error(failure));
  pending.clear();
}

function extraWheels(root) {
  try {
    return JSON.parse(root.dataset.extraWheels || "[]");
  } catch {
    return []; // the build writes valid JSON; a hand-edited page still starts Python
  }
}

/**
 * What Python needs for some worksheet blocks, from the attributes the build wrote on them:
 * the worksheets wheel and the standard library (each with its sha256, the same on every
 * block), the third-party wheels these worksheets import, Python's WebAssembly, and their ids.
 * @param {...HTMLElement} roots `.ati-worksheet` sections
 */
export function needs(...roots) {
  const [root] = roots;
  const wheels = new Map(roots.flatMap(extraWheels).map((wheel) => [wheel.url, wheel]));
  return {
    wheelUrl: root.dataset.wheel,
    sha256: root.dataset.wheelSha256,
    extraWheels: [...wheels.values()],
    stdlibUrl: root.dataset.stdlib || "",
    stdlibSha256: root.dataset.stdlibSha256 || "",
    wasmUrl: root.dataset.wasm || "",
    worksheets: roots.map((each) => each.dataset.worksheet).filter(Boolean),
  };
}

/** The wheels and worksheets of `wheel` the running worker has not been given yet (now marked given). */
function unsent(wheel) {
  const extraWheels = (wheel.extraWheels || []).filter((each) => !handed.has(each.url));
  const worksheets = (wheel.worksheets || []).filter((id) => !handed.has(`worksheet:${id}`));
  for (const each of extraWheels) handed.add(each.url);
  for (const id of worksheets) handed.add(`worksheet:${id}`);
  return { extraWheels, worksheets };
}

/**
 * Start Python if it is not running yet; if it is, hand it what this page needs (its
 * wheels and worksheets). Safe to call on every page view.
 * @param {{wheelUrl: string, sha256: string, extraWheels?: {url: string, sha256: string}[],
 *   stdlibUrl?: string, stdlibSha256?: string, wasmUrl?: string, worksheets?: string[]}} wheel see {@link needs};
 *   URLs are relative to the site root
 * @returns {string} the state after the call: "loading" or "ready" (or "failed")
 */
export function start(wheel) {
  if (worker && state !== "failed") {
    const more = unsent(wheel); // a worksheet bound after main.js started Python asks again: nothing new
    if (more.extraWheels.length || more.worksheets.length) worker.postMessage({ type: "need", ...more });
    return state;
  }
  if (worker) worker.terminate();
  let created;
  try {
    created = createWorker(wheel.wasmUrl);
  } catch (error) {
    worker = null;
    fail("this browser cannot run the worksheets");
    return state;
  }
  adopt(created, wheel);
  worker.postMessage({ type: "init", ...wheel });
  return state;
}

function onError(event) {
  event.preventDefault();
  fail("its files could not be loaded");
}

/** Make `created` the running worker, already given (or about to be given) `wheel`. */
function adopt(created, wheel) {
  worker = created;
  state = "loading";
  failure = "";
  worker.addEventListener("message", onMessage);
  worker.addEventListener("error", onError);
  handed = new Set();
  unsent(wheel);
}

// The worker python/boot.js started from the page's head, if it did: take it over, with what it said so far.
const early = takeEarlyStart();
if (early) {
  adopt(early.worker, early.needs);
  for (const event of early.held) (event.type === "error" ? onError : onMessage)(event);
}

/**
 * Start Python with the wheels a block of the page names (`data-wheel`, `data-wheel-sha256`,
 * `data-extra-wheels`, written by the build: build/extensions/forms.py python_attributes).
 * @param {HTMLElement} root a worksheet, or a panel that runs Python
 * @returns {string} the state after the call, as {@link start}
 */
export function startFor(root) {
  return start(needs(root));
}

/** @returns {{state: string, failure: string, progress: object|null}} */
export function status() {
  return { state, failure, progress: lastProgress };
}

/**
 * Listen for {type: "progress"|"ready"|"failed"} events.
 * @param {(event: object) => void} listener
 * @returns {() => void} call it to stop listening (do, when the page changes)
 */
export function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** @returns {Promise<void>} resolves when Python is ready, rejects if it failed */
export function whenReady() {
  if (state === "ready") return Promise.resolve();
  if (state === "failed") return Promise.reject(new Error(failure));
  return new Promise((resolve, reject) => readyWaiters.push({ resolve, reject }));
}

/**
 * Call a function of worksheets.api in Python with string arguments; resolves with its string result.
 * @param {string} fn function name in worksheets.api
 * @param {string[]} args
 * @returns {Promise<string>}
 */
export async function call(fn, args) {
  await whenReady();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ type: "call", id, fn, args });
  });
}

/**
 * Run a worksheet: validate and compose in Python, at this moment in the user's own time.
 * @param {string} worksheet id, e.g. "thank-you"
 * @param {object} data the form's values
 * @param {{interview?: string, record?: object|null, profile?: object}} [about] the interview
 *   (its id, for stable calendar UIDs; its saved record, for the facts this worksheet uses
 *   without asking them) and the person's profile
 * @returns {Promise<object>} {ok, output} | {ok: false, errors} | {ok: false, failure}
 */
export async function runWorksheet(worksheet, data, about = {}) {
  return JSON.parse(await call("run", [worksheet, JSON.stringify(data), contextJson(about)]));
}
