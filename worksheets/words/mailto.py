"""``mailto:`` links built to RFC 6068.

Every component is percent-encoded from its UTF-8 bytes, so nothing a user types can end
the subject early or add a header such as ``cc`` or ``bcc``: ``&``, ``=``, ``?``, ``#`` and
``%`` in typed text arrive encoded. Line breaks in the body are sent as ``%0D%0A`` (RFC 6068
section 5). Links longer than :data:`MAX_LENGTH` are refused, because several mail clients
and browsers silently truncate them; callers fall back to Copy.
"""

from __future__ import annotations

#: Above about 2,000 characters some clients (Outlook, older Windows handlers) cut the link.
MAX_LENGTH = 1900
#: Said under a message whose link would be longer than that.
TOO_LONG_FOR_A_LINK = "This email is too long for a mail link to carry safely: use Copy, then paste it into a new email."

# RFC 6068: "addr-spec" characters allowed unencoded in the address part are a subset of
# RFC 3986 unreserved plus "@"; everything else is encoded.
_ADDRESS_SAFE = "@.-_~+!$'*"


#: RFC 3986 "unreserved" characters: never percent-encoded.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _encode(text: str, safe: str = "") -> str:
    """``text`` percent-encoded from its UTF-8 bytes, but for the unreserved characters and
    ``safe``: what ``urllib.parse.quote`` does, written out because importing that module
    brings ``ipaddress`` with it, ~40 KB more for every page to download before Python is
    ready, for these four lines."""
    keep = _UNRESERVED | set(safe)
    return "".join(char if char in keep else "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))
                   for char in text)


def mailto(to: str = "", subject: str = "", body: str = "", cc: str = "") -> str:
    """Return the link, or ``""`` when it would be too long to open reliably. ``cc`` adds a
    copy recipient (RFC 6068 ``cc=``), encoded like the address."""
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    subject = " ".join(subject.split())  # a header is one line
    parts = []
    if cc.strip():
        parts.append("cc=" + _encode(cc.strip(), safe=_ADDRESS_SAFE))
    if subject:
        parts.append("subject=" + _encode(subject))
    if body:
        parts.append("body=" + _encode(body))
    link = "mailto:" + _encode(to.strip(), safe=_ADDRESS_SAFE)
    if parts:
        link += "?" + "&".join(parts)
    return link if len(link) <= MAX_LENGTH else ""
