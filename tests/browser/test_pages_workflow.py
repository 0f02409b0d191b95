"""The site the GitHub Pages workflow publishes: its build job's commands, run here in order
with a Pages-style address (a project path, as ``actions/configure-pages`` reports it), make a
site that works under that path. Instant navigation is the test that fails when the address
is wrong (it falls back to full page loads, and Python restarts on every page).

The tests are the same functions as for the usual build, collected here a second time with
this module's ``site``: the folder the workflow would upload, served under its path.
"""

from __future__ import annotations

import pytest

from tests.support import workflow

from .conftest import PREFIX, serve_build
from .test_thank_you_page import (  # noqa: F401
    test_fill_get_emails_reload_and_find_everything,
    test_instant_navigation_keeps_python_running,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    def build(out, site_url):
        base_url = site_url.rstrip("/")  # configure-pages gives it without the final slash
        uploaded = workflow.run_build_job(tmp_path_factory.mktemp("workflow") / "repo", base_url)
        uploaded.rename(out)

    server = serve_build(tmp_path_factory, build)
    assert server.prefix == PREFIX
    yield server
    server.stop()


def test_the_pages_address_is_the_one_the_site_was_built_for(site):
    home = (site.root / "index.html").read_text("utf-8")
    assert f'<link rel="canonical" href="{site.url}">' in home
