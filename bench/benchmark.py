"""Print how fast the site gets a person to a working worksheet, against Pyodide on its own.

Serves a fresh build under /after-the-interview/ (gzip, Cache-Control and ETag as GitHub
Pages does) and drives Debian's chromium with persistent profiles, so reloads are real
reloads. Each run, in turn, with a new profile for each, opens once and reloads twice:

- the plain embed on the main thread: a page that only calls Pyodide's ``loadPyodide()``
  with its full, stock standard library, then ``import json, datetime`` (written into the
  build for this run, under bench-plain/, from the same Pyodide files the site serves);
- the plain embed in a module worker: the same, in a worker, and nothing else;
- the thank-you worksheet page, until it says Python is ready;
- the same page with service workers blocked (the HTTP cache only).

"Python ready" is the time from navigation to the page's ``ati:python-ready`` mark. The
ratios put each against the plain main-thread embed of the same run (the goals of issue 24:
a first visit within 1.1 times, a reload no slower than the plain embed's first reload).
Besides: first contentful paint of a guide page; the longest main-thread task until ready
(Long Tasks API: only tasks over 50 ms are reported), ours and the plain main-thread embed's;
the first worksheet call made the moment Python says it is ready (3 emails), and a later
one; a first visit over a throttled connection (Chromium's network emulation, about 9 Mbps,
100 ms); bytes until ready, of the offline copy after it, and of a reload.

``--trace`` also prints the worker's start, part by part (the ``ati:*`` marks and measures
python/boot.js, python/runtime.js and python/worker.js put on the page's timeline), as
median start and end in ms from navigation, for each load of our page, with and without
its service worker.

Bytes are response bodies as the server sent them (compressed; a 304 counts 0). Figures are
median [min-max] over --runs runs. This is a measurement, not a test: nothing here passes or
fails. Run: ./dev bench [--runs N] [--trace]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.conftest import CHROMIUM_ARGS, PREFIX, chromium_path  # noqa: E402
from tests.support.siteserver import SiteServer, free_port  # noqa: E402

PAGE = "steps/2-thank-you/"
PLAIN = "bench-plain/"
THROTTLE = {"offline": False, "latency": 100, "downloadThroughput": 9e6 / 8, "uploadThroughput": 9e6 / 8}

SAMPLE = {
    "company": "Acme Ltd", "role": "Data Analyst", "date": "2026-11-27", "time": "15:00", "format": "video",
    "interviewers": [
        {"name": "Priya Shah", "detail": "the reporting warehouse"},
        {"name": "Tom Lee", "detail": "weekly reviews"},
        {"name": "Ana Ruiz", "detail": "the hiring plan"},
    ],
    "your_name": "Sam Jones",
}

# Runs in every page before its own scripts: long tasks, and one worksheet call made the
# moment Python says it is ready (the first call a person's click could make).
PROBE = """
window.__bench = { longtasks: [] };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench.longtasks.push([entry.startTime, entry.duration]);
}).observe({ type: "longtask", buffered: true });
addEventListener("DOMContentLoaded", async () => {
  const main = document.querySelector('script[src*="assets/ati/main.js"]');
  if (!main || !document.querySelector(".ati-worksheet")) return;
  const rt = await import(new URL("python/runtime.js", main.src).href);
  await rt.whenReady();
  const t0 = performance.now();
  const out = await rt.runWorksheet("thank-you", SAMPLE, { interview: "bench" });
  window.__bench.firstCall = out.ok ? performance.now() - t0 : -1;
});
""".replace("SAMPLE", json.dumps(SAMPLE))

LATER_CALL = """async (data) => {
  const main = document.querySelector('script[src*="assets/ati/main.js"]');
  const rt = await import(new URL("python/runtime.js", main.src).href);
  const t0 = performance.now();
  const out = await rt.runWorksheet("thank-you", data, { interview: "bench" });
  if (!out.ok) throw new Error(JSON.stringify(out));
  return performance.now() - t0;
}"""


# The plain embeds (see the docstring): Pyodide's own start, as its documentation shows it.
PLAIN_START = """
import { loadPyodide } from "../assets/pyodide/pyodide.mjs";
const here = new URL(".", import.meta.url);
export async function start() {
  const pyodide = await loadPyodide({ indexURL: new URL("../assets/pyodide/", here).href,
    stdLibURL: new URL("python_stdlib.zip", here).href });
  pyodide.runPython("import json, datetime");
}
"""
PLAIN_WORKER = """
import { start } from "./start.js";
start().then(() => postMessage("ready"));
"""
PLAIN_PAGES = {
    "main": 'import { start } from "../start.js";\nstart().then(() => performance.mark("ati:python-ready"));',
    "worker": ('const worker = new Worker(new URL("../worker.js", import.meta.url), { type: "module" });\n'
               'worker.onmessage = () => performance.mark("ati:python-ready");'),
}
LOADS = ("first visit", "first reload", "second reload")
VARIANTS = (  # (key, label, page, profile options)
    ("plain_main", "plain embed, main thread", PLAIN + "main/", {}),
    ("plain_worker", "plain embed, module worker", PLAIN + "worker/", {}),
    ("page", "our worksheet page", PAGE, {}),
    ("page_http", "our page, service worker blocked", PAGE, {"service_workers": "block"}),
)
TRACE = """JSON.stringify([...performance.getEntriesByType("mark"), ...performance.getEntriesByType("measure")]
  .filter((e) => e.name.startsWith("ati:")).map((e) => [e.name.slice(4), e.startTime, e.startTime + e.duration]))"""


def write_plain_pages(site: Path) -> None:
    """The plain embeds, with Pyodide's stock standard library beside them (not the site's)."""
    from build.python import runtime

    folder = site / PLAIN
    folder.mkdir()
    (folder / "python_stdlib.zip").write_bytes((runtime.check(ROOT) / "python_stdlib.zip").read_bytes())
    (folder / "start.js").write_text(PLAIN_START, "utf-8")
    (folder / "worker.js").write_text(PLAIN_WORKER, "utf-8")
    for name, script in PLAIN_PAGES.items():
        (folder / name).mkdir()
        (folder / name / "index.html").write_text(
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain embed, {name}</title>'
            f'<script type="module">{script}</script></head><body><p>Pyodide only.</p></body></html>', "utf-8")


def poll(page, script: str, timeout: float = 120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = page.evaluate(script)
        if value:
            return value
        time.sleep(0.02)
    raise RuntimeError(f"timed out waiting for {script}")


def ready_at(page) -> float:
    return poll(page, "(performance.getEntriesByName('ati:python-ready')[0] || {}).startTime || 0")


def longest_task(page, until: float) -> float:
    tasks = page.evaluate("window.__bench.longtasks")
    return max((d for s, d in tasks if s <= until), default=0.0)


def sent_since(server: SiteServer, mark: int) -> int:
    return sum(size for _, size in server.sent[mark:])


def browser(p, profile: str, **options):
    context = p.chromium.launch_persistent_context(
        profile, executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True,
        viewport={"width": 1280, "height": 900}, **options,
    )
    context.add_init_script(PROBE)
    return context


def visit(context, server: SiteServer, throttle: dict | None = None, page_path: str = PAGE) -> tuple[object, float, int]:
    """Open the worksheet page (or another) in a new tab: (page, ready time, bytes until ready)."""
    page = context.new_page()
    if throttle:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", throttle)
    mark = len(server.sent)
    page.goto(server.url + page_path, wait_until="commit")
    ready = ready_at(page)
    return page, ready, sent_since(server, mark)


def reload(page, server: SiteServer) -> tuple[float, int]:
    """Reload the page: (ready time, bytes until ready)."""
    mark = len(server.sent)
    page.reload(wait_until="commit")
    return ready_at(page), sent_since(server, mark)


def first_visit_extras(page, server: SiteServer, result: dict, mark: int) -> None:
    """On the worksheet page's first visit: its longest task, the calls, and the offline copy."""
    result["longest_task_ms"] = longest_task(page, result["page_0"])
    result["first_call_ms"] = poll(page, "window.__bench.firstCall")
    result["later_call_ms"] = page.evaluate(LATER_CALL, SAMPLE)
    if page.evaluate("document.querySelector('meta[name=\"ati-offline\"]') !== null"):  # built with offline use
        poll(page, "navigator.serviceWorker.controller !== null")  # the offline copy is complete
        result["bytes_first_total"] = sent_since(server, mark)
        result["bytes_offline_copy"] = result["bytes_first_total"] - result["bytes_first_ready"]


def three_loads(p, server: SiteServer, key: str, path: str, options: dict, result: dict, traces: dict) -> None:
    """A new profile: open `path`, then reload it twice; each load's ready time is `key_<n>`."""
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        context = browser(p, profile, **options)
        mark = len(server.sent)
        page, result[f"{key}_0"], ready_bytes = visit(context, server, page_path=path)
        if key == "page":
            result["bytes_first_ready"] = ready_bytes
            first_visit_extras(page, server, result, mark)
        if key == "plain_main":
            result["plain_longest_task_ms"] = longest_task(page, result[f"{key}_0"])
        traces.setdefault((key, 0), []).append(json.loads(page.evaluate(TRACE)))
        for n in (1, 2):
            result[f"{key}_{n}"], sent = reload(page, server)
            traces.setdefault((key, n), []).append(json.loads(page.evaluate(TRACE)))
            if n == 1:
                result[f"bytes_reload_{key}"] = sent
        context.close()


def one_run(p, server: SiteServer, traces: dict) -> dict[str, float]:
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        context = browser(p, profile)
        page = context.new_page()
        page.goto(server.url)
        result["fcp_ms"] = poll(page, "(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0")
        context.close()
    for key, _, path, options in VARIANTS:
        three_loads(p, server, key, path, options, result, traces)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        context = browser(p, profile)
        _, result["ready_throttled_ms"], _ = visit(context, server, THROTTLE)
        context.close()
    dashboard(p, server, result)
    return result


#: Two applications as the site saves them, for Your interviews (records of schema 3).
SAVED = {
    "application:a1b2c3d4": {"v": 1, "data": {"company": "Acme Ltd", "role": "Data Analyst", "coordinator_name": "Mia Clarke"}},
    "interview:a1b2c3d4": {"v": 3, "data": {"application": "a1b2c3d4", "date": "2026-11-24", "time": "14:00",
                                             "timing": "by the end of next week",
                                             "interviewers": [{"name": "Priya Shah", "detail": "the warehouse plans"}]}},
    "application:e5f6a7b8": {"v": 1, "data": {"company": "Initech", "role": "BI Developer"}},
    "interview:e5f6a7b8": {"v": 3, "data": {"application": "e5f6a7b8", "date": "2026-11-10", "time": "09:30"}},
}
SEED = """([prefix, items]) => { for (const [name, record] of Object.entries(items))
  localStorage.setItem(prefix + name, JSON.stringify({format: "after-the-interview", ...record})); }"""
SHIFT = """(() => { window.__shift = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries())
  if (!entry.hadRecentInput) window.__shift += entry.value; }).observe({type: "layout-shift", buffered: true}); })();"""


def dashboard(p, server: SiteServer, result: dict) -> None:
    """Your interviews on a repeat visit: when its next actions are on screen (the
    ``ati:dashboard-drawn`` mark) and ready, and how far anything moved until Python answered."""
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        context = browser(p, profile)
        context.add_init_script(SHIFT)
        page = context.new_page()
        page.goto(server.url + "interviews/")
        page.evaluate(SEED, [f"ati:{PREFIX}:", SAVED])
        page.reload()
        poll(page, "(document.querySelector('[data-ati-dashboard-note]') || {}).textContent?.includes('afresh')")
        page.reload(wait_until="commit")
        result["dashboard_drawn_ms"] = poll(page, "(performance.getEntriesByName('ati:dashboard-drawn')[0] || {}).startTime || 0")
        result["dashboard_ready_ms"] = ready_at(page)
        poll(page, "(document.querySelector('[data-ati-dashboard-note]') || {}).textContent?.includes('afresh')")
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
        result["dashboard_shift"] = page.evaluate("window.__shift") * 1000  # in thousandths
        context.close()


def summary(values: list[float], unit: str) -> str:
    if not values:
        return "n/a (no service worker)"
    if unit == "MB":
        values = [v / 1e6 for v in values]
        return f"{statistics.median(values):.2f} MB [{min(values):.2f}-{max(values):.2f}]"
    if unit == "CLS":
        values = [v / 1e3 for v in values]
        return f"{statistics.median(values):.3f} [{min(values):.3f}-{max(values):.3f}]"
    if unit == "s":
        values = [v / 1e3 for v in values]
        return f"{statistics.median(values):.2f} s [{min(values):.2f}-{max(values):.2f}]"
    return f"{statistics.median(values):.0f} ms [{min(values):.0f}-{max(values):.0f}]"


ROWS = [
    ("First contentful paint, guide page", "fcp_ms", "ms"),
    ("Python ready, first visit, ~9 Mbps / 100 ms", "ready_throttled_ms", "s"),
    ("Longest main-thread task until ready", "longest_task_ms", "ms"),
    ("  the plain main-thread embed's", "plain_longest_task_ms", "ms"),
    ("Your interviews, repeat visit: next actions drawn", "dashboard_drawn_ms", "ms"),
    ("  and Python ready there", "dashboard_ready_ms", "ms"),
    ("  layout shift until Python has answered", "dashboard_shift", "CLS"),
    ("First worksheet call, right after ready", "first_call_ms", "ms"),
    ("A later worksheet call (3 emails)", "later_call_ms", "ms"),
    ("Bytes, first visit, until ready", "bytes_first_ready", "MB"),
    ("Bytes, first visit, offline copy after ready", "bytes_offline_copy", "MB"),
    ("Bytes, first visit, in all", "bytes_first_total", "MB"),
    ("Bytes, reload, service worker", "bytes_reload_page", "MB"),
    ("Bytes, reload, HTTP cache only", "bytes_reload_page_http", "MB"),
]


def median(runs: list[dict], key: str) -> float | None:
    values = [r[key] for r in runs if key in r]
    return statistics.median(values) if values else None


def print_table(runs: list[dict]) -> None:
    """The four starts, three loads each, then each against the plain main-thread embed."""
    print(f"  {'Python ready':<36}" + "".join(f"{load:<22}" for load in LOADS))
    for key, label, _, _ in VARIANTS:
        print(f"  {label:<36}" + "".join(f"{summary([r[f'{key}_{n}'] for r in runs], 's'):<22}" for n in range(3)))
    print("  Against the plain main-thread embed (ratio of medians; goals: first visit <= 1.1, reloads <= 1.0")
    print("  against its first reload):")
    plain = [median(runs, f"plain_main_{n}") for n in range(3)]
    for key, label, _, _ in VARIANTS[1:]:
        ours = [median(runs, f"{key}_{n}") for n in range(3)]
        cells = [f"{ours[n] / plain[n]:.2f}" for n in range(3)]
        if key.startswith("page"):
            cells[1:] = [f"{cells[n]} ({ours[n] / plain[1]:.2f})" for n in (1, 2)]
        print(f"  {label:<36}" + "".join(f"{cell:<22}" for cell in cells))
    print("  (in brackets: against the plain embed's first reload)")


def print_trace(traces: dict) -> None:
    """Our page's start, part by part: median start and end, ms from navigation."""
    for key, label, _, _ in VARIANTS[2:]:
        for n, load in enumerate(LOADS):
            print(f"  Trace, {label}, {load} (median ms from navigation: start - end, part):")
            parts: dict[str, list[tuple[float, float]]] = {}
            for trace in traces.get((key, n), []):
                for name, start, end in trace:
                    parts.setdefault(name, []).append((start, end))
            rows = sorted((statistics.median(s for s, _ in v), statistics.median(e for _, e in v), name)
                          for name, v in parts.items())
            for start, end, name in rows:
                print(f"    {start:>6.0f} - {end:>6.0f}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--trace", action="store_true", help="also print the worker's start, part by part")
    args = parser.parse_args()
    port = free_port()
    traces: dict = {}
    with tempfile.TemporaryDirectory() as out:
        env = dict(os.environ, SITE_URL=f"http://127.0.0.1:{port}{PREFIX}", NO_MKDOCS_2_WARNING="1")
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", out], cwd=ROOT, env=env, check=True)
        write_plain_pages(Path(out))
        server = SiteServer(Path(out), prefix=PREFIX, port=port).start()
        runs = []
        with sync_playwright() as p:
            for index in range(args.runs):
                runs.append(one_run(p, server, traces))
                print(f"run {index + 1}/{args.runs}: " + ", ".join(f"{k}={v:.0f}" for k, v in runs[-1].items()), file=sys.stderr)
        server.stop()
    load = os.getloadavg()
    print(f"After the Interview benchmark: {args.runs} runs, median [min-max], headless Chromium, {os.cpu_count()} cores, "
          f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    print_table(runs)
    for label, key, unit in ROWS:
        print(f"  {label:<46} {summary([r[key] for r in runs if key in r], unit)}")
    if args.trace:
        print_trace(traces)


if __name__ == "__main__":
    main()
