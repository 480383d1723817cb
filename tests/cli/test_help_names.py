"""The CLI speaks English, but its --help names the window's concepts (issue 18): each "(Menu >
Item)" it cites is an entry of the window's menus, with the window's words."""

from __future__ import annotations

import re

from desktop.ui.shell.actions import MENUS, SPECS
from tests.support.cli import run

CITED = re.compile(r"(File|Edit|Annotate|Claims|View|Help) > ([A-Z][\w ]+?)(?=[),;]|$)")


def plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip()


def test_the_help_cites_the_window_by_its_own_names(capsys):
    code, text, _ = run(capsys, "--help")
    assert code == 0
    text = " ".join(text.split())
    cited = CITED.findall(text)
    assert len(cited) >= 7, cited
    entries = {(plain(spec.menu), plain(spec.text)) for spec in SPECS}
    assert {plain(m) for m in MENUS} >= {menu for menu, _ in cited}
    missing = [(menu, item) for menu, item in cited if (menu, item.strip()) not in entries]
    assert not missing, missing
    for word in ("claim", "passage", "article", "coverage", "source", "stance", "colleague"):
        assert word in text, word
