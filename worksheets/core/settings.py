"""The publisher's settings: what a careers service or coach changes when they fork the site.

Publishers edit them in one block of ``mkdocs.yml`` (``extra: publisher:``). The build checks
them with :func:`parse` and writes them as ``worksheets/publisher.json`` into the wheel the
browser installs, so Python in the page reads the same values as the build. In a source
checkout the file does not exist and :func:`load` returns the defaults, which is what the
unit tests see.

Pure: no I/O beyond reading that one file inside this package; imports nothing from the
rest of the package, so any module may use it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from functools import cache
from importlib import resources
from typing import Any

FILE = "publisher.json"  # inside the package, written by the build into the wheel only

LINKEDIN_LIMITS = (200, 300)  # a free account's note limit, and Premium's


@dataclass(frozen=True)
class Settings:
    #: Public holidays that follow-up dates skip when the person has not chosen: a country
    #: code of :data:`worksheets.days.holidays.COUNTRIES`, or "" for weekends only.
    country: str = ""
    #: The LinkedIn note length assumed until the person says otherwise: 200 (free) or 300 (Premium).
    linkedin_limit: int = 200
    #: The English of a visitor whose country does not decide it (and of anyone until they
    #: choose): "gb" (British) or "us" (American). A visitor in the US gets "us" whatever it is.
    english: str = "gb"
    #: The line above the person's name at the end of every message, for everyone; "" for the
    #: one their English uses ("Kind regards," in British English, "Best regards," in
    #: American: templates/letters.toml).
    sign_off: str = ""

    @property
    def linkedin_premium(self) -> bool:
        return self.linkedin_limit == LINKEDIN_LIMITS[1]

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, indent=1) + "\n"


DEFAULTS = Settings()


def parse(data: dict[str, Any] | None) -> Settings:
    """Settings from a publisher's block, each missing key taking its default.

    Raises ``ValueError`` with a sentence a publisher can act on: an unknown key (a typo
    would otherwise be ignored silently) or a value of the wrong kind.
    """
    data = dict(data or {})
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValueError(f"unknown publisher setting {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    country = data.get("country", DEFAULTS.country)
    if country is None:
        country = ""
    if not isinstance(country, str) or (country and not (len(country) == 2 and country.isalpha())):
        raise ValueError(f"country must be a two-letter country code such as GB, or \"\" for none; got {country!r}")
    limit = data.get("linkedin_limit", DEFAULTS.linkedin_limit)
    if isinstance(limit, bool) or limit not in LINKEDIN_LIMITS:
        raise ValueError(f"linkedin_limit must be 200 (a free account) or 300 (Premium); got {limit!r}")
    english = data.get("english", DEFAULTS.english)
    if english not in ("gb", "us"):
        raise ValueError(f"english must be \"gb\" (British) or \"us\" (American); got {english!r}")
    sign_off = data.get("sign_off", DEFAULTS.sign_off)
    if sign_off is None:
        sign_off = ""
    if not isinstance(sign_off, str) or "\n" in sign_off:
        raise ValueError(f"sign_off must be one line of text, such as \"Kind regards,\", or \"\" for the visitor's English; got {sign_off!r}")
    return Settings(country=country.upper(), linkedin_limit=int(limit), english=english, sign_off=sign_off.strip())


@cache
def load() -> Settings:
    """The settings the build put into this package, or the defaults when there are none."""
    path = resources.files("worksheets").joinpath(FILE)
    if not path.is_file():
        return DEFAULTS
    return parse(json.loads(path.read_text("utf-8")))
