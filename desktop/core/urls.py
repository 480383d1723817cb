"""Page URLs compared as the same page: the one rule for matching an annotation's source to an
article (Hypothesis's `uri` differs from the URL the page was saved with by scheme, `www.`,
tracking parameters, fragments and a trailing slash)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

# Query parameters that only say where a click came from; the page is the same without them.
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "twclid",
        "_ga",
        "_gl",
        "ref_src",
        "ocid",
        "cmpid",
        "smid",
    }
)


def comparable_url(url: str) -> str:
    """A key equal for two URLs of the same page: lower-case host without `www.`, no scheme,
    default port, fragment, tracking parameters or trailing slash; other query parameters kept
    in order. Anything that is not an http(s) URL is returned stripped, unchanged."""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return text
    host = parts.hostname.removeprefix("www.")
    try:
        port = parts.port
    except ValueError:
        return text
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMETERS and not key.lower().startswith(TRACKING_PREFIXES)
    ]
    path = parts.path.rstrip("/")
    return host + path + (f"?{urlencode(query)}" if query else "")
