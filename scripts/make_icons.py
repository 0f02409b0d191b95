"""Make the home-screen icons (PNG) from docs/assets/images/icon.svg, with Debian's chromium.

    .venv/bin/python scripts/make_icons.py

Writes into docs/assets/images/: icon-192.png and icon-512.png (the icon as drawn),
icon-maskable-512.png (drawn smaller on a full square, for phones that crop icons to their
own shape) and apple-touch-icon.png (180 px, full square: iPhones round the corners
themselves). The web app manifest the build writes lists them. A publisher who wants their
own icon replaces icon.svg and runs this, or replaces the PNG files directly.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM_ARGS, chromium_path  # noqa: E402

IMAGES = ROOT / "docs" / "assets" / "images"


def full_bleed(svg: str, scale: float) -> str:
    """The drawing scaled about its centre on a square without rounded corners."""
    svg = re.sub(r'<rect width="512" height="512" rx="\d+"', '<rect width="512" height="512"', svg, count=1)
    return svg.replace('<g transform="translate(256 256)">', f'<g transform="translate(256 256) scale({scale})">', 1)


def main() -> None:
    svg = (IMAGES / "icon.svg").read_text(encoding="utf-8")
    outputs = [
        ("icon-192.png", svg, 192, True),
        ("icon-512.png", svg, 512, True),
        ("icon-maskable-512.png", full_bleed(svg, 0.78), 512, False),  # inside the 80% safe circle
        ("apple-touch-icon.png", full_bleed(svg, 0.9), 180, False),
    ]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for name, drawing, size, transparent in outputs:
            page = browser.new_page(viewport={"width": size, "height": size})
            sized = drawing.replace("<svg ", f'<svg width="{size}" height="{size}" ', 1)
            page.set_content(f'<html><body style="margin:0;background:transparent">{sized}</body></html>')
            page.screenshot(path=str(IMAGES / name), omit_background=transparent, clip={"x": 0, "y": 0, "width": size, "height": size})
            page.close()
            print("wrote", IMAGES / name)
        browser.close()


if __name__ == "__main__":
    main()
