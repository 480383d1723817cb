"""User-facing errors of team projects. Like the file's errors, each message is one sentence that
names the project (by its address, never with a password) and says what to do."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.model import field_name, kind_name
from desktop.store.errors import StoreError, store_texts


class TeamError(StoreError):
    """Base class; `location` is the address without its password."""

    def __init__(self, location: str, message: str) -> None:
        super().__init__(location, f"{location}: {message}")
        self.location = location


class TeamUnavailableError(TeamError):
    """The server cannot be reached, or went away."""


class TeamLoginError(TeamError):
    """The server refused the login."""


class TeamNotFoundError(TeamError):
    """No such team project (or database) on that server."""


class TeamAccessError(TeamError):
    """The login is not a member, or its role does not allow the change."""


class TeamVersionError(TeamError):
    """The team project's schema is older or newer than this Crosscheck."""


class TeamDataError(TeamError):
    """The server sent data that does not hold together (checked like an untrusted file)."""


class TeamWriteFailed(TeamError):
    """A change could not be saved; nothing of it was."""


@dataclass(frozen=True)
class FieldConflict:
    """Someone else changed what we were changing, since we last saw it."""

    kind: str  # "article", "claim" or "passage"
    entity_id: str
    name: str  # how the user knows it (statement, quote or title)
    field: str  # "" when the whole entity is at stake (deleted, or changed while we deleted it)
    ours: object
    theirs: object  # None when they deleted it
    author: str  # their display name

    @property
    def sentence(self) -> str:
        who = self.author or store_texts.tr("someone else")
        kind = kind_name(self.kind)
        if self.theirs is None:
            return store_texts.tr("{who} deleted the {kind} {name}", who=who, kind=kind, name=self.name)
        if not self.field:
            return store_texts.tr("{who} changed the {kind} {name}", who=who, kind=kind, name=self.name)
        return store_texts.tr(
            "{who} changed the {field} of the {kind} {name} to {theirs} (yours: {ours})",
            who=who,
            field=field_name(self.field),
            kind=kind,
            name=self.name,
            theirs=_shown(self.theirs),
            ours=_shown(self.ours),
        )


def _shown(value: object) -> str:
    text = getattr(value, "label", None) or getattr(value, "value", value)  # a verdict as the user reads it
    text = " ".join(str(text).split()) if text is not None else store_texts.tr("none")
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"


class EditConflict(TeamWriteFailed):
    """Our change met a colleague's newer one: nothing was saved and nothing was overwritten.
    Their version reaches this client with the next poll(); run the command again to put ours
    over theirs, or leave theirs."""

    def __init__(self, location: str, conflicts: Sequence[FieldConflict]) -> None:
        self.conflicts = tuple(conflicts)
        more = store_texts.tr(" and %n more", None, len(self.conflicts) - 2) if len(self.conflicts) > 2 else ""
        detail = "; ".join(conflict.sentence for conflict in self.conflicts[:2])
        super().__init__(
            location,
            store_texts.tr(
                "{conflicts}{more} after you last saw it; nothing was saved, choose which to keep",
                conflicts=detail,
                more=more,
            ),
        )
