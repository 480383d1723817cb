"""`crosscheck check URL`: every problem of a team project's content, without changing it.

Like checking a file, it goes on past the first problem: each row is decoded on its own (a row
of the wrong shape is one finding), then the content is checked as a received file's is."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.consistency import Finding, check_state
from desktop.core.state import ProjectState

from .errors import TeamError
from .rows import BadRow, decode, select_sql
from .store import TeamStore, duplicate_ids


@dataclass
class TeamCheck:
    location: str
    format_version: str | None = None  # the schema's alembic revision
    app_version: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def to_dict(self) -> dict[str, object]:
        return {
            "location": self.location,
            "ok": self.ok,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "counts": self.counts,
            "notes": self.notes,
            "findings": [f.to_dict() for f in self.findings],
        }


def check_team(url: str) -> TeamCheck:
    from .url import TeamAddressError, parse_team_url

    try:
        location = parse_team_url(url)
    except TeamAddressError as error:
        return TeamCheck(url.split("?")[0], findings=[Finding("address", str(error))])
    result = TeamCheck(location.display)
    try:
        store = TeamStore._open_unloaded(location)
    except TeamError as error:
        result.findings.append(Finding(type(error).__name__, str(error)))
        return result
    try:
        result.format_version = store.revision
        meta = store.meta()
        result.app_version = meta.get("app_version", "")
        result.notes.append(
            f"team project {location.project}; you are {'an' if store.role[0] in 'aeiou' else 'a'} {store.role}"
        )
        rows = store.read_snapshot({kind: select_sql(kind) for kind in ("article", "claim", "passage")})
    except TeamError as error:
        result.findings.append(Finding(type(error).__name__, str(error)))
        return result
    finally:
        store.close()
    entities: dict[str, list[object]] = {}
    for kind, table in rows.items():
        entities[kind] = []
        for row in table:
            try:
                entities[kind].append(decode(kind, row)[0])
            except BadRow as error:
                result.findings.append(Finding("rows", f"{location.display}: {error}", str(row[0])[:60] if row else ""))
    state = ProjectState(entities["article"], entities["passage"], entities["claim"])  # type: ignore[arg-type]  # each list holds its kind only (decode by kind); the dict is typed list[Entity]
    result.counts = {"articles": len(state.articles), "claims": len(state.claims), "passages": len(state.passages)}
    result.findings += check_state(state) + duplicate_ids(state)
    return result
