"""A page's publication date from its visible byline ("Pubblicato il 20 gennaio 2022 da …"),
for pages whose metadata has none. trafilatura's date search (htmldate) reads metadata, URLs and
numeric or English dates; its extensive mode is slow and picks archive links ("Dicembre 2021"),
and it knows no Italian month names. This looks only where a byline is: <time> elements and
elements whose class, id or itemprop names a date, outside links, in the first elements of the
page. Every pattern runs on at most BYLINE_CHARS characters, so the work is bounded."""

from __future__ import annotations

import datetime
import re

from lxml.html import HtmlElement

MONTHS: dict[str, int] = {}
for _names in (
    # Italian, English, French, Spanish, Portuguese, German: the languages of our users' sources.
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "january february march april may june july august september october november december",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januar februar märz april mai juni juli august september oktober november dezember",
):
    for _number, _name in enumerate(_names.split(), start=1):
        MONTHS.setdefault(_name, _number)
        MONTHS.setdefault(_name[:3], _number)  # "20 gen 2022", "Jan 20, 2022"

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|º|°|\.)?\s+(?:de\s+)?({_MONTH})\.?,?\s+(?:de\s+)?(\d{{4}})\b", re.IGNORECASE
)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")  # "2021-12-31T09:00" too
_HINT = re.compile(r"date|data|time|byline|posted|pubbl|publi|fecha|datum", re.IGNORECASE)

BYLINE_CHARS = 300  # a byline is short; more text is an article, not a date
MAX_ELEMENTS = 5_000  # a byline sits near the top of the page
FIRST_YEAR, LAST_YEAR = 1990, 2100


def byline_date(root: HtmlElement) -> str:
    """The first byline date of an lxml HTML tree as YYYY-MM-DD, or ""."""
    for count, element in enumerate(root.iter()):
        if count >= MAX_ELEMENTS:
            break
        if not isinstance(element.tag, str) or element.tag == "a" or _inside_link(element):
            continue
        hint = " ".join(element.get(name, "") for name in ("class", "id", "itemprop"))
        if element.tag != "time" and not _HINT.search(hint):
            continue
        texts = [element.get("datetime", "")[:BYLINE_CHARS]] if element.tag == "time" else []
        texts.append(" ".join(element.text_content()[:BYLINE_CHARS].split()))
        for text in texts:
            found = date_in(text)
            if found:
                return found
    return ""


def date_in(text: str) -> str:
    """The first full date written in `text` (ISO, "20 gennaio 2022", "January 20, 2022")."""
    for pattern, order in ((_ISO, "ymd"), (_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        for match in pattern.finditer(text[:BYLINE_CHARS]):
            parts = dict(zip(order, match.groups(), strict=True))
            month = MONTHS.get(parts["m"].lower()) if not parts["m"].isdigit() else int(parts["m"])
            try:
                day = datetime.date(int(parts["y"]), month or 0, int(parts["d"]))
            except ValueError:
                continue
            if FIRST_YEAR <= day.year <= LAST_YEAR:
                return day.isoformat()
    return ""


def _inside_link(element: HtmlElement) -> bool:
    return any(ancestor.tag == "a" for ancestor in element.iterancestors())
