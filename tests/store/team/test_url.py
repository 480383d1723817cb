"""A team project's address: libpq's URL with our `project`; shown and remembered without its
password; refused with a sentence when it names no usable project. (No server needed.)"""

from __future__ import annotations

import pytest

from desktop.store.team.names import ProjectNames
from desktop.store.team.url import TeamAddressError, parse_team_url


def test_the_project_is_ours_the_rest_is_libpqs():
    location = parse_team_url(
        "postgresql://maria:s3cret@desk.example.org:6543/newsroom?sslmode=verify-full&project=biden-putin"
    )
    assert location.project == "biden-putin" and location.database == "newsroom"
    assert (location.user, location.host, location.port) == ("maria", "desk.example.org", "6543")
    assert "project" not in location.conninfo and "sslmode=verify-full" in location.conninfo
    assert "s3cret" in location.conninfo  # for this connection only...
    assert "s3cret" not in location.display  # ...never shown or remembered
    assert location.display.startswith("postgresql://maria@desk.example.org:6543/newsroom")
    assert location.keyring_key == "maria@desk.example.org:6543/newsroom"


def test_a_socket_address_and_a_service():
    location = parse_team_url("postgresql://ada@/crosscheck?host=/run/postgresql&project=p1")
    assert location.host == "/run/postgresql" and "host=/run/postgresql" in location.conninfo
    service = parse_team_url("postgresql://?service=desk&project=p1")
    assert "service=desk" in service.conninfo


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://maria@desk/newsroom", r"name the team project once, with \?project=NAME"),
        ("postgresql://maria@desk/newsroom?project=a&project=b", "name the team project once"),
        ("postgresql://maria@desk/newsroom?project=Biden Putin", "is not a team project name"),
        ("postgresql://maria:pw@desk/newsroom?project=pg_catalog", "is not a team project name"),
        ("summit.crosscheck", "not a team project address"),
    ],
)
def test_unusable_addresses_are_refused_in_one_sentence(url, message):
    with pytest.raises(TeamAddressError, match=message) as info:
        parse_team_url(url)
    assert "pw@" not in str(info.value)


def test_every_project_name_makes_valid_postgresql_names():
    names = ProjectNames("a" * 40)
    assert len(names.role("admin")) <= 63 and len(names.channel) <= 63
    assert names.lock_key == ProjectNames("a" * 40).lock_key != ProjectNames("b").lock_key
