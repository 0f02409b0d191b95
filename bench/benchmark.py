"""Print how fast the site gets a person to a working worksheet, online and offline.

Serves a fresh build under /after-the-interview/ (gzip, Cache-Control and ETag as GitHub
Pages does) and drives Debian's chromium with persistent profiles, so repeat visits are real
repeat visits. Each run measures, on the thank-you worksheet page:

- first contentful paint of a guide page (the home page, new profile);
- a first visit (new profile): time from navigation to "Python ready"; the longest
  main-thread task until then (Long Tasks API: only tasks over 50 ms are reported); bytes
  until ready, and the bytes of the offline copy the service worker makes afterwards; the
  first worksheet call made the moment Python says it is ready (3 emails), and a later one;
- a repeat visit with the service worker (new page load, same profile): ready time, bytes;
- a repeat visit with only the HTTP cache (a profile with service workers blocked): ready
  time, bytes;
- a first visit over a throttled connection (Chromium's network emulation, about 9 Mbps
  down, 100 ms latency): ready time;
- the floor: the same start of Python on a page that holds nothing else (written into the
  build for this run only: the worksheet page's <meta name="ati-python">, python/boot.js and
  python/runtime.js), first and repeat visit (HTTP cache). What the worksheet page takes beyond it is
  the page's own work (the theme, the guide, the forms) competing for the same cores.

Bytes are response bodies as the server sent them (compressed; a 304 counts 0). Figures are
median [min-max] over --runs runs. This is a measurement, not a test: nothing here passes or
fails. Run: ./dev bench [--runs N]
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
from build.pages.boot import MARK  # noqa: E402

PAGE = "steps/2-thank-you/"
FLOOR = "bench-floor/"
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


def one_run(p, server: SiteServer) -> dict[str, float]:
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        context = browser(p, profile)
        page = context.new_page()
        page.goto(server.url)
        result["fcp_ms"] = poll(page, "(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0")
        context.close()

    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        context = browser(p, profile)
        mark = len(server.sent)
        page, result["ready_cold_ms"], result["bytes_first_ready"] = visit(context, server)
        tasks = page.evaluate("window.__bench.longtasks")
        result["longest_task_ms"] = max((d for s, d in tasks if s <= result["ready_cold_ms"]), default=0.0)
        result["first_call_ms"] = poll(page, "window.__bench.firstCall")
        result["later_call_ms"] = page.evaluate(LATER_CALL, SAMPLE)
        offline = page.evaluate("document.querySelector('meta[name=\"ati-offline\"]') !== null")
        if offline:  # a site built with offline use (the default)
            poll(page, "navigator.serviceWorker.controller !== null")  # the offline copy is complete
        result["bytes_first_total"] = sent_since(server, mark)
        result["bytes_offline_copy"] = result["bytes_first_total"] - result["bytes_first_ready"]
        page.close()
        if offline:
            page, result["ready_warm_sw_ms"], result["bytes_repeat_sw"] = visit(context, server)
        context.close()

    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        context = browser(p, profile, service_workers="block")
        visit(context, server)[0].close()
        page, result["ready_warm_http_ms"], result["bytes_repeat_http"] = visit(context, server)
        context.close()

    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        context = browser(p, profile)
        page, result["ready_throttled_ms"], _ = visit(context, server, THROTTLE)
        context.close()

    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        context = browser(p, profile, service_workers="block")
        page, result["floor_cold_ms"], _ = visit(context, server, page_path=FLOOR)
        page.close()
        page, result["floor_warm_ms"], _ = visit(context, server, page_path=FLOOR)
        context.close()
    return result


def write_floor_page(site: Path) -> None:
    """A page that only starts Python, with what the worksheet page gives it (see the docstring)."""
    html = (site / PAGE / "index.html").read_text("utf-8")
    meta = re.search(rf'<meta {MARK} content="[^"]*">', html).group(0)
    (site / FLOOR).mkdir()
    (site / FLOOR / "index.html").write_text(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title>{meta}'
        '<script type="module" async src="../assets/ati/python/boot.js"></script>'
        '<script type="module" src="../assets/ati/python/runtime.js"></script></head><body><p>Python only.</p></body></html>',
        "utf-8")


def summary(values: list[float], unit: str) -> str:
    if not values:
        return "n/a (no service worker)"
    if unit == "MB":
        values = [v / 1e6 for v in values]
        return f"{statistics.median(values):.2f} MB [{min(values):.2f}-{max(values):.2f}]"
    if unit == "s":
        values = [v / 1e3 for v in values]
        return f"{statistics.median(values):.2f} s [{min(values):.2f}-{max(values):.2f}]"
    return f"{statistics.median(values):.0f} ms [{min(values):.0f}-{max(values):.0f}]"


ROWS = [
    ("First contentful paint, guide page", "fcp_ms", "ms"),
    ("Python ready, first visit (loopback)", "ready_cold_ms", "s"),
    ("Python ready, repeat visit, HTTP cache only", "ready_warm_http_ms", "s"),
    ("Python ready, repeat visit, service worker", "ready_warm_sw_ms", "s"),
    ("Python ready, first visit, ~9 Mbps / 100 ms", "ready_throttled_ms", "s"),
    ("Floor: Python alone on an empty page, first", "floor_cold_ms", "s"),
    ("Floor: Python alone on an empty page, repeat", "floor_warm_ms", "s"),
    ("Longest main-thread task until ready", "longest_task_ms", "ms"),
    ("First worksheet call, right after ready", "first_call_ms", "ms"),
    ("A later worksheet call (3 emails)", "later_call_ms", "ms"),
    ("Bytes, first visit, until ready", "bytes_first_ready", "MB"),
    ("Bytes, first visit, offline copy after ready", "bytes_offline_copy", "MB"),
    ("Bytes, first visit, in all", "bytes_first_total", "MB"),
    ("Bytes, repeat visit, service worker", "bytes_repeat_sw", "MB"),
    ("Bytes, repeat visit, HTTP cache only", "bytes_repeat_http", "MB"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as out:
        env = dict(os.environ, SITE_URL=f"http://127.0.0.1:{port}{PREFIX}", NO_MKDOCS_2_WARNING="1")
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", out], cwd=ROOT, env=env, check=True)
        write_floor_page(Path(out))
        server = SiteServer(Path(out), prefix=PREFIX, port=port).start()
        runs = []
        with sync_playwright() as p:
            for index in range(args.runs):
                runs.append(one_run(p, server))
                print(f"run {index + 1}/{args.runs}: " + ", ".join(f"{k}={v:.0f}" for k, v in runs[-1].items()), file=sys.stderr)
        server.stop()
    load = os.getloadavg()
    print(f"After the Interview benchmark: {args.runs} runs, median [min-max], headless Chromium, {os.cpu_count()} cores, "
          f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    for label, key, unit in ROWS:
        print(f"  {label:<46} {summary([r[key] for r in runs if key in r], unit)}")


if __name__ == "__main__":
    main()
