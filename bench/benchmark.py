"""Print how fast the site gets a person to a working worksheet.

Serves a fresh build under /after-the-interview/ (gzip and Cache-Control as GitHub Pages
does) and drives Debian's chromium with a persistent profile, so the second visit is a real
warm-cache visit. For each run it measures:

- first contentful paint of a guide page (the home page, cold);
- on the thank-you worksheet page: time from navigation to "Python ready", cold (empty
  cache) and warm (cached files, new page load), from the page's own performance marks;
- the longest main-thread task while Python loads (Long Tasks API);
- bytes the server sent for the cold and the warm worksheet visit (compressed, as sent);
- the round trip of one worksheet call (validate and compose 3 emails) once ready.

Figures are median [min-max] over --runs runs. This is a measurement, not a test: nothing
here passes or fails. Run: ./dev bench [--runs N]
"""

from __future__ import annotations

import argparse
import os
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

LONGTASKS = """
window.__longtasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longtasks.push([entry.startTime, entry.duration]);
}).observe({ type: "longtask", buffered: true });
"""

SAMPLE = {
    "company": "Acme Ltd", "role": "Data Analyst", "date": "2026-11-27", "time": "15:00", "format": "video",
    "interviewers": [
        {"name": "Priya Shah", "detail": "the reporting warehouse"},
        {"name": "Tom Lee", "detail": "weekly reviews"},
        {"name": "Ana Ruiz", "detail": "the hiring plan"},
    ],
    "your_name": "Sam Jones",
}


def wait_ready(page, timeout=90.0) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready = page.evaluate("(performance.getEntriesByName('ati:python-ready')[0] || {}).startTime || 0")
        if ready:
            return ready
        time.sleep(0.05)
    raise RuntimeError("Python did not become ready")


def bytes_since(server: SiteServer, mark: int) -> int:
    return sum(size for _, size in server.sent[mark:])


def one_run(p, server: SiteServer) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as profile:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1280, "height": 900},
        )
        context.add_init_script(LONGTASKS)
        result: dict[str, float] = {}
        page = context.new_page()
        page.goto(server.url)
        page.wait_for_load_state("load")
        time.sleep(0.2)
        result["fcp_ms"] = page.evaluate("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0")

        # Cold worksheet visit: a new profile has nothing cached but the home page's assets.
        context.clear_cookies()
        page.close()
        mark = len(server.sent)
        page = context.new_page()
        page.goto(server.url + "steps/2-thank-you/")
        ready = wait_ready(page)
        result["ready_cold_ms"] = ready
        tasks = page.evaluate("window.__longtasks")
        result["longest_task_ms"] = max((d for s, d in tasks if s <= ready), default=0.0)
        result["bytes_cold"] = bytes_since(server, mark)
        result["call_ms"] = page.evaluate(
            """async (data) => {
                const rt = await import(new URL('assets/ati/runtime.js', document.baseURI.replace(/steps\\/.*$/, '')).href);
                await rt.runWorksheet('thank-you', data, '2026-11-27');   // warm the code path once
                const t0 = performance.now();
                const out = await rt.runWorksheet('thank-you', data, '2026-11-27');
                if (!out.ok) throw new Error(JSON.stringify(out));
                return performance.now() - t0;
            }""",
            SAMPLE,
        )
        page.close()

        # Warm visit: same profile, new page load; the HTTP cache holds the runtime.
        mark = len(server.sent)
        page = context.new_page()
        page.goto(server.url + "steps/2-thank-you/")
        result["ready_warm_ms"] = wait_ready(page)
        result["bytes_warm"] = bytes_since(server, mark)
        context.close()
        return result


def summary(values: list[float], unit: str) -> str:
    if unit == "MB":
        values = [v / 1e6 for v in values]
        return f"{statistics.median(values):.2f} MB [{min(values):.2f}-{max(values):.2f}]"
    return f"{statistics.median(values):.0f} ms [{min(values):.0f}-{max(values):.0f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as out:
        env = dict(os.environ, SITE_URL=f"http://127.0.0.1:{port}{PREFIX}", NO_MKDOCS_2_WARNING="1")
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", out], cwd=ROOT, env=env, check=True)
        server = SiteServer(Path(out), prefix=PREFIX, port=port).start()
        runs = []
        with sync_playwright() as p:
            for index in range(args.runs):
                runs.append(one_run(p, server))
                print(f"run {index + 1}/{args.runs}: " + ", ".join(f"{k}={v:.0f}" for k, v in runs[-1].items()), file=sys.stderr)
        server.stop()
    rows = [
        ("First contentful paint, guide page (cold)", "fcp_ms", "ms"),
        ("Python ready, worksheet page, cold cache", "ready_cold_ms", "ms"),
        ("Python ready, worksheet page, warm cache", "ready_warm_ms", "ms"),
        ("Longest main-thread task while Python loads", "longest_task_ms", "ms"),
        ("Bytes transferred, worksheet page, cold", "bytes_cold", "MB"),
        ("Bytes transferred, worksheet page, warm", "bytes_warm", "MB"),
        ("One worksheet call round trip (3 emails)", "call_ms", "ms"),
    ]
    print(f"After the Interview benchmark: {args.runs} runs, median [min-max], headless Chromium, {os.cpu_count()} cores")
    for label, key, unit in rows:
        print(f"  {label:<46} {summary([r[key] for r in runs], unit)}")


if __name__ == "__main__":
    main()
