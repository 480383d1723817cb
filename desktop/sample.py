"""The sample project: five reports of the 30 December 2021 Biden–Putin call, with example claims
already linked across them, so a new user sees the point at once."""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_data_dir

from desktop import APP_NAME, ORGANISATION
from desktop.core.commands import Command, Compound, CreateClaim, HighlightPassage
from desktop.core.i18n import Context
from desktop.core.model import Verdict, parse_stance
from desktop.core.project import Project
from desktop.formats.json_types import JsonObject
from desktop.importing import import_paths

CLAIMS_FILE = "claims.json"


# Package data (pyproject.toml): a source checkout, an editable or a wheel install and the
# PyInstaller bundle (packaging/crosscheck.spec) all have it beside this module.
PACKAGED_SAMPLES = Path(__file__).resolve().parent / "sample_articles"
SAMPLES_ENV = "CROSSCHECK_SAMPLES"  # another folder of the same layout (tests, trying a new set)


sample_texts = Context("sample_texts")


class SampleMissingError(RuntimeError):
    """The sample set cannot be found or read: the message says which file and why (one line)."""


def sample_folder() -> Path:
    """The folder of sample articles: $CROSSCHECK_SAMPLES when set, else the packaged one."""
    override = os.environ.get(SAMPLES_ENV)
    folder = Path(override) if override else PACKAGED_SAMPLES
    if not (folder / CLAIMS_FILE).is_file():
        where = f"{SAMPLES_ENV}={override}" if override else str(folder)
        raise SampleMissingError(
            sample_texts.tr(
                "the sample articles are not installed ({where} has no {file})", where=where, file=CLAIMS_FILE
            )
        )
    return folder


def populate_sample(project: Project, folder: Path | None = None) -> None:
    """Import the sample articles and link the example claims, as two undo steps."""
    folder = folder or sample_folder()
    report = import_paths(project, [folder])
    failed = [o for o in report.outcomes if o.status == "failed"]
    if failed:
        raise SampleMissingError(
            sample_texts.tr("sample article {path}: {problem}", path=failed[0].path, problem=failed[0].message)
        )
    by_file = {Path(o.path).name: o.article_id for o in report.outcomes if o.status == "imported"}
    try:
        steps = _claim_steps(project, json.loads((folder / CLAIMS_FILE).read_text(encoding="utf-8")), by_file)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        reason = sample_texts.tr("missing key {key}", key=error) if isinstance(error, KeyError) else str(error)
        raise SampleMissingError(
            sample_texts.tr("{file} cannot be read: {reason}", file=folder / CLAIMS_FILE, reason=reason)
        ) from error
    project.run(Compound(steps, label=sample_texts.tr("Add sample claims")))


def _claim_steps(project: Project, spec: JsonObject, by_file: dict[str, str]) -> list[Command]:
    steps: list[Command] = []
    for claim in spec["claims"]:
        create = CreateClaim(
            statement=claim["statement"],
            verdict=Verdict.parse(claim.get("verdict", "Not rated")),
            note=claim.get("note", ""),
            tags=claim.get("tags", []),
            claimant=claim.get("claimant", ""),
            claim_date=claim.get("claim_date", ""),
        )
        steps.append(create)
        for passage in claim["passages"]:
            article_id = by_file.get(passage["file"])
            if article_id is None:
                raise SampleMissingError(
                    sample_texts.tr(
                        "{file} names {name}, which was not imported from the folder",
                        file=CLAIMS_FILE,
                        name=repr(passage["file"]),
                    )
                )
            text = project.state.articles[article_id].text
            start = text.find(passage["quote"])
            if start < 0:
                raise SampleMissingError(
                    sample_texts.tr(
                        "sample quote not found in {file}: {quote}…", file=passage["file"], quote=passage["quote"][:40]
                    )
                )
            steps.append(
                HighlightPassage(
                    article_id,
                    start,
                    start + len(passage["quote"]),
                    claim_id=create.claim_id,
                    stance=parse_stance(passage.get("stance", "supports")),
                    note=passage.get("note", ""),
                )
            )
    return steps


SAMPLE_NAME = "Sample project.crosscheck"


def default_sample_path() -> Path:
    return Path(user_data_dir(APP_NAME, ORGANISATION)) / SAMPLE_NAME


def ensure_sample_project(path: Path | None = None) -> Path:
    """The sample project in the user data folder, built on first use."""
    from desktop.store import create_project

    path = path or default_sample_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    project = create_project(path)
    try:
        populate_sample(project)
    except BaseException:
        project.persistence.close()
        path.unlink(missing_ok=True)
        raise
    project.persistence.close()
    return path
