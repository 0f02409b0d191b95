/*
 * The service worker: a copy of the whole site in this browser, so that after one visit to
 * a worksheet page every page opens and every worksheet runs with no network.
 *
 * `sw-files.js`, written by the build (build/offline.py), lists every file of this version
 * with its sha256; the version is a hash of that list. Installing copies each file into a
 * cache named after the version, checking its sha256 (a file still in the HTTP cache from an
 * older version is fetched again), and reuses unchanged files from the previous version's
 * cache rather than downloading them twice. Pages are then answered from that one cache, so
 * a page and its files always come from the same version.
 *
 * A new version waits until the next page is opened (a click, a reload, a new tab): the page
 * that asks for it is answered from the new cache, and the new version takes over. Nothing is
 * reloaded under anyone's hands; open pages say a new version is ready (page/offline.js).
 * With `offline: false` in mkdocs.yml the build lists no files, and this worker removes
 * itself and its caches.
 *
 * A classic script, not a module: every browser with service workers can run it.
 */
/* global ATI_OFFLINE */
importScripts("sw-files.js");

const SCOPE = new URL(self.registration.scope).pathname; // e.g. /after-the-interview/
const PREFIX = `ati-offline:${SCOPE}:`; // project sites of one owner share an origin, not caches
const CACHE = PREFIX + ATI_OFFLINE.version;
const FILES = new Map(ATI_OFFLINE.files.map(([path, sha256]) => [new URL(path, self.registration.scope).href, sha256]));
const PARALLEL = 3; // files copied at once: a few, so the page and its Python keep most of the device

let serving = CACHE; // the cache that answers: this version's, or the next one's once handed over

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The response itself when its bytes are this version's, else null. Kept as it came (not
 * rebuilt): the browser then keeps compiled code for it, as it does for its HTTP cache, and
 * WebAssembly starts several times faster. */
async function checked(response, sha256) {
  if (!response || response.status !== 200 || response.redirected) return null;
  const body = await response.clone().arrayBuffer();
  return hex(await crypto.subtle.digest("SHA-256", body)) === sha256 ? response : null;
}

/** Each cache lists what it holds (url -> sha256), so the next version knows what it can reuse. */
const INDEX = new URL("offline-index.json", self.registration.scope).href;

async function index(name) {
  const response = await (await caches.open(name)).match(INDEX);
  return response ? response.json().catch(() => ({})) : {};
}

/**
 * One file of this version: from an older cache when unchanged, else from what the page
 * that registered this worker has just downloaded (the HTTP cache, under the file's name or
 * the `?v=<first 12 digits of its sha256>` the site gives some files), else the network.
 * Whatever holds another version is passed over.
 */
async function copy(cache, url, sha256, older) {
  for (const [name, listed] of older) {
    const kept = listed[url] === sha256 && (await (await caches.open(name)).match(url));
    if (kept) return cache.put(url, kept);
  }
  const cached = { cache: "only-if-cached", mode: "same-origin" };
  const names = [url, `${url}?v=${sha256.slice(0, 12)}`, url.replace(/\/index\.html$/, "/")]; // a page is opened by its folder
  const tries = [...new Set(names)].map((name) => [name, cached]).concat([[url, {}], [url, { cache: "reload" }]]);
  for (const [source, init] of tries) {
    const response = await fetch(source, init).then((r) => checked(r, sha256), () => null);
    if (response) return cache.put(url, response);
  }
  throw new Error(`${url} does not match this version; the site may be updating, try again later`);
}

/** The caches of this site's older versions (this site's path only: never a neighbour's). */
async function olderCaches() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
}

async function fill() {
  const cache = await caches.open(CACHE);
  const names = await olderCaches();
  const older = await Promise.all(names.map(async (name) => [name, await index(name)]));
  const have = new Set((await cache.keys()).map((request) => request.url));
  const todo = [...FILES].filter(([url]) => !have.has(url));
  const workers = Array.from({ length: PARALLEL }, async () => {
    while (todo.length) {
      const [url, sha256] = todo.shift();
      await copy(cache, url, sha256, older);
    }
  });
  await Promise.all(workers);
  await cache.put(INDEX, new Response(JSON.stringify(Object.fromEntries(FILES)), { headers: { "content-type": "application/json" } }));
}

self.addEventListener("install", (event) => {
  if (!ATI_OFFLINE.files.length) {
    self.skipWaiting(); // switched off: take over at once, to remove itself
    return;
  }
  event.waitUntil(fill());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const older = await olderCaches();
      for (const name of older) await caches.delete(name);
      if (!ATI_OFFLINE.files.length) {
        await self.registration.unregister(); // pages keep what they loaded; the next comes from the network
      } else if (!older.length) {
        await self.clients.claim(); // the first copy: the page that asked for it works offline at once
      }
    })(),
  );
});

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "cache-name" && event.ports[0]) event.ports[0].postMessage(CACHE);
  if (message.type === "take-over") self.skipWaiting();
});

/** Ask the waiting (next) version for its cache, then let it take over. */
async function handOver() {
  const next = self.registration.waiting;
  if (!next || serving !== CACHE) return;
  const name = await new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    next.postMessage({ type: "cache-name" }, [channel.port2]);
    setTimeout(() => resolve(null), 1000); // no answer: this page stays on this version
  });
  if (typeof name === "string" && name.startsWith(PREFIX) && (await caches.has(name))) {
    serving = name;
    next.postMessage({ type: "take-over" });
  }
}

/** The file a URL names: a folder means its index.html; the query is not part of it. */
function key(url) {
  const plain = new URL(url);
  plain.hash = "";
  plain.search = "";
  if (plain.pathname.endsWith("/")) plain.pathname += "index.html";
  return plain.href;
}

/**
 * WebAssembly from the browser's HTTP cache when that still holds this version: the browser
 * keeps the compiled code with its HTTP cache entry (and with this copy only once a start has
 * been answered from it), and compiling Python's runtime again costs about a second at a
 * start. A URL named by its hash (`?v=`, as the pages ask for Python's) can only hold that
 * version: its response is handed through as it is, unread; any other is read and checked.
 */
async function compiledElsewhere(request) {
  const sha256 = serving === CACHE && FILES.get(key(request.url));
  const url = new URL(request.url);
  if (!sha256 || !url.pathname.endsWith(".wasm")) return null;
  const named = url.searchParams.get("v");
  const cached = fetch(request.url, { cache: "only-if-cached", mode: "same-origin" });
  if (named && named.length >= 12 && sha256.startsWith(named)) {
    return cached.then((r) => (r.status === 200 && !r.redirected ? r : null), () => null);
  }
  return cached.then((r) => checked(r, sha256), () => null);
}

async function answer(request) {
  const navigate = request.mode === "navigate";
  if (navigate) await handOver();
  const elsewhere = await compiledElsewhere(request);
  if (elsewhere) return elsewhere;
  const cache = await caches.open(serving);
  const found = (await cache.match(key(request.url))) || (navigate && (await cache.match(key(request.url + "/"))));
  if (found) return found;
  try {
    return await fetch(request);
  } catch (error) {
    const missing = navigate && (await cache.match(new URL("404.html", self.registration.scope).href));
    if (missing) return new Response(missing.body, { status: 404, headers: missing.headers });
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (!ATI_OFFLINE.files.length || request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  if (serving === CACHE) {
    const sha256 = FILES.get(key(request.url));
    const version = url.searchParams.get("v"); // a file named with its hash (?v=…) must be that file
    if (!sha256 && request.mode !== "navigate") return; // not part of the site: the network, untouched
    if (version && sha256 && !sha256.startsWith(version)) return;
  } // handed over: the next version's cache answers whatever it holds, until it takes over
  event.respondWith(answer(request));
});
