"""Team projects: one project on a PostgreSQL server, shared live by a team (docs/team.md).

Nothing here imports psycopg until a team project is opened, so single-user use never needs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core.project import Project

from .errors import (
    EditConflict,
    FieldConflict,
    TeamAccessError,
    TeamDataError,
    TeamError,
    TeamLoginError,
    TeamNotFoundError,
    TeamUnavailableError,
    TeamVersionError,
    TeamWriteFailed,
)
from .url import TeamAddressError, TeamLocation, is_team_location, parse_team_url

if TYPE_CHECKING:
    from .feed import Feed

__all__ = [
    "EditConflict",
    "FieldConflict",
    "TeamAccessError",
    "TeamAddressError",
    "TeamDataError",
    "TeamError",
    "TeamLocation",
    "TeamLoginError",
    "TeamNotFoundError",
    "TeamUnavailableError",
    "TeamVersionError",
    "TeamWriteFailed",
    "is_team_location",
    "open_team_project",
    "parse_team_url",
    "start_feed",
]


def open_team_project(url: str | TeamLocation, *, read_only: bool = False) -> Project:
    """Open a team project; its persistence is a TeamStore, its author the member's name."""
    from .store import TeamStore

    try:
        location = url if isinstance(url, TeamLocation) else parse_team_url(url)
    except TeamAddressError as error:
        raise TeamError(str(url).split("?")[0], str(error).split(": ", 1)[-1]) from None
    store, state = TeamStore.open(location, read_only=read_only)
    return Project(state, store, author=store.author)


def start_feed(project: Project, wake: Callable[[], None]) -> Feed:
    """Start the live feed of a team project opened with open_team_project: `wake` is called
    from the feed's thread whenever there is news; then call `feed.poll()` on the project's
    thread. The store's close() stops it."""
    from .feed import Feed
    from .store import TeamStore

    store = project.persistence
    if not isinstance(store, TeamStore):
        raise TypeError("start_feed needs a team project (open_team_project)")
    if isinstance(store.feed, Feed):
        return store.feed
    feed = Feed(store, project, wake)
    store.feed = feed
    return feed
