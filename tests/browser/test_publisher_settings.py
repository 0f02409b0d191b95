"""The publisher's settings, as a visitor meets them: a site whose block in mkdocs.yml says
"GB" and "300" opens with those chosen, writes Premium-length notes, and keeps the visitor's
own choice once they change it."""

from __future__ import annotations

import os
import subprocess

import pytest
from playwright.sync_api import expect

from tests.support.repo import PUBLISHER_EDITS, copy_repo

from .conftest import serve_build, wait_ready, wait_saved
from .test_reflection_linkedin_outcomes import linkedin

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    def build(out, site_url):
        work = copy_repo(tmp_path_factory.mktemp("publisher") / "repo", PUBLISHER_EDITS)
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "SITE_URL": site_url}
        subprocess.run(["./dev", "build", "-d", str(out)], cwd=work, env=env, check=True, capture_output=True)

    server = serve_build(tmp_path_factory, build)
    yield server
    server.stop()


def test_a_new_visitor_starts_from_the_publishers_defaults(page, site):
    page.goto(site.url + "steps/5-follow-up/")
    expect(page).to_have_title("5. Follow up professionally - Careers Service Interview Guide")
    expect(page.get_by_label("Your country").first).to_have_value("GB")

    page.goto(site.url + "steps/4-linkedin/")
    wait_ready(page)
    box = page.get_by_label("I have LinkedIn Premium")
    expect(box).to_be_checked()
    sheet = linkedin(page)
    expect(sheet.locator(".ati-notice").filter(has_text="300-character limit for LinkedIn Premium")).to_have_count(1)

    box.uncheck()  # the visitor's own choice wins over the default, and is kept
    wait_saved(page)
    page.reload()
    expect(page.get_by_label("I have LinkedIn Premium")).not_to_be_checked()
