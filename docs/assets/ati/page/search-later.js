/**
 * On a page with a worksheet: the theme's search index waits until Python is ready (or has
 * failed), or until the person goes to the search box, so that building it does not compete
 * with Python's start for the device's cores.
 *
 * Material for MkDocs asks for `search/search_index.json` with an XMLHttpRequest as its script
 * runs, then builds the index in a worker. This holds that one request's send until
 * python/runtime.js says Python has settled (the `ati:python-settled` event) or the search box
 * gets focus (a click on the search icon, or a search key, both focus it). Every other request
 * goes as it would.
 *
 * A classic script, not a module: the build puts it just before the theme's own script
 * (build/pages/search_later.py), which it must precede. It imports nothing and exports nothing.
 */
(() => {
  if (!document.querySelector('meta[name="ati-python"]')) return;
  const INDEX = /\/search\/search_index\.json$/;
  let go;
  const settled = new Promise((resolve) => {
    go = resolve;
  });
  if (performance.getEntriesByName("ati:python-ready").length) go();
  addEventListener("ati:python-settled", () => go(), { once: true });
  document.addEventListener("focusin", (event) => {
    if (event.target instanceof Element && event.target.matches('[data-md-component="search-query"]')) go();
  });

  const held = new WeakSet();
  const { open, send } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function openRemembering(method, url, ...rest) {
    if (INDEX.test(new URL(String(url), location.href).pathname)) held.add(this);
    else held.delete(this);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function sendWhenSettled(...body) {
    if (!held.has(this)) return send.apply(this, body);
    held.delete(this);
    settled.then(() => send.apply(this, body));
    return undefined;
  };
})();
