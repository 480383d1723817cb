"""PostgreSQL stays optional: single-user use never imports psycopg, alembic or keyring, and a
team address is told from a file without them."""

from __future__ import annotations

import subprocess
import sys

from tests.support.paths import REPO

PROBE = r"""
import sys
from desktop.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in ("psycopg", "alembic", "keyring", "desktop.store.team.store") if m in sys.modules)
print("LOADED", ",".join(loaded))
raise SystemExit(code)
"""


def loaded_by(*argv: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], cwd=REPO, capture_output=True, text=True, check=False, timeout=120
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("LOADED"))
    return line.removeprefix("LOADED").strip()


def test_commands_on_a_file_load_no_postgresql_client(sample_project, tmp_path):
    assert loaded_by("claims", str(sample_project)) == ""
    assert loaded_by("export", str(sample_project), "-f", "csv", "-o", str(tmp_path / "out.csv")) == ""
    assert loaded_by("check", str(sample_project)) == ""


def test_telling_a_team_address_from_a_file_needs_no_client():
    from desktop.store import is_team_location

    assert is_team_location("postgresql://maria@desk/newsroom?project=summit")
    assert is_team_location("postgres://desk/newsroom?project=summit")
    assert not is_team_location("summit.crosscheck")
    assert not is_team_location("/home/maria/postgresql:/x.crosscheck")
