"""Shared helpers for the export tests: a small project with the hard cases (emoji, accents,
combining marks, overlaps, a passage across a line break, formula-like text, unlinked passages,
notes with newlines, several authors), and the conformance checkers run in-process."""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import json
from pathlib import Path

from desktop.core.commands import AddArticle, Compound, CreateClaim, EditPassage, HighlightPassage
from desktop.core.model import Stance, Verdict
from desktop.core.project import MemoryPersistence, Project
from desktop.core.state import ProjectState

CONFORMANCE = Path(__file__).resolve().parents[1] / "conformance"

TEXT_IT = (
    "Il presidente è arrivato 🇮🇹 alle 10:00.\n"
    "=SOMMA(A1:A3) non è una formula qui, ma «citazione» sì 😀.\n"
    "Naïve café — e\u0301 con accento combinato.\n"
)
TEXT_EN = (
    "The call lasted fifty minutes 🕐, the White House said.\n\n"
    "+1 for diplomacy; -2 for sanctions, @everyone agreed.\n"
    'Tabs\there\tand "quotes", commas.\n'
)


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def build_project(author: str = "Ana Rossi") -> Project:
    project = Project(ProjectState(), MemoryPersistence(), author=author)
    it = AddArticle(
        title="Il presidente arriva",
        text=TEXT_IT,
        outlet="Corriere",
        url="https://example.it/a",
        language="it",
        published="2021-12-31",
        author="M. Bianchi",
    )
    en = AddArticle(title="Fifty minutes", text=TEXT_EN, outlet="Wire", url="", language="en", published="2021-12-30")
    third = AddArticle(title="Undated blog", text="Fifty minutes, said the blog 🙂.\n", outlet="Blog", language="en")
    project.run(Compound([it, en, third], label="articles"))
    c1 = CreateClaim(
        "The call lasted fifty minutes.",
        verdict=Verdict.TRUE,
        note="Two sources\nagree.",
        tags=["call", "time"],
        claimant="The White House",
        claim_date="2021-12-30T22:00Z",
    )
    c2 = CreateClaim("=cmd|' /C calc'!A0 is a formula", verdict=Verdict.FALSE)
    c3 = CreateClaim("A claim nobody carries yet.")
    c4 = CreateClaim("Unverifiable claim", verdict=Verdict.UNVERIFIABLE)
    steps = [c1, c2, c3, c4]
    steps.append(
        HighlightPassage(
            en.article_id,
            *span(TEXT_EN, "The call lasted fifty minutes 🕐"),
            claim_id=c1.claim_id,
            note="Attributed\nto the White House.",
        )
    )
    steps.append(
        HighlightPassage(
            it.article_id, *span(TEXT_IT, "arrivato 🇮🇹 alle 10:00"), claim_id=c1.claim_id, stance=Stance.MENTIONS
        )
    )
    # Overlapping passages, one across a line break, one with an emoji and accents.
    steps.append(
        HighlightPassage(
            it.article_id,
            *span(TEXT_IT, "=SOMMA(A1:A3) non è una formula"),
            claim_id=c2.claim_id,
            stance=Stance.REFUTES,
        )
    )
    steps.append(
        HighlightPassage(
            it.article_id,
            *span(TEXT_IT, "formula qui, ma «citazione» sì 😀.\nNaïve café — e\u0301"),
            claim_id=c4.claim_id,
        )
    )
    steps.append(HighlightPassage(third.article_id, *span(third.text, "Fifty minutes"), claim_id=c1.claim_id))
    # Unlinked passages, one with a formula-like start and tabs inside.
    steps.append(HighlightPassage(en.article_id, *span(TEXT_EN, "+1 for diplomacy; -2"), note='=HYPERLINK("x")'))
    steps.append(HighlightPassage(en.article_id, *span(TEXT_EN, 'Tabs\there\tand "quotes", commas.')))
    project.run(Compound(steps, label="claims"))
    project.author = "Bo Lind"  # a second author edits one passage later
    first_passage = steps[4].passage_id
    project.run(EditPassage(first_passage, stance=Stance.SUPPORTS, note="Attributed\nto the White House (edited)."))
    return project


@functools.cache
def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"conformance_{name}", CONFORMANCE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_checker(name: str, path: Path) -> tuple[int, str]:
    """Run check_w3c / check_schemaorg on a file; (exit status, printed report)."""
    module = _load(name)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = module.main([str(path)])
    return status, out.getvalue()


@functools.cache
def _registry():
    return _load("check_w3c")._registry()


def check_w3c_container(path: Path) -> list[str]:
    """The suite's collection and page MUST assertions (check_w3c.py covers the annotations)."""
    module = _load("check_w3c")
    from jsonschema import Draft4Validator

    registry = _registry()
    doc = json.loads(path.read_text(encoding="utf-8"))
    failures = []
    checks = (
        ("collections/collectionMusts.test", doc),
        ("collections/pages/pageMusts.test", doc),
        ("collections/pages/pageMusts.test", doc["first"]),
    )
    for test, node in checks:
        for schema_path in module._assertions(test):
            schema = json.loads(schema_path.read_text(encoding="utf-8"))
            ok = Draft4Validator(schema, registry=registry).is_valid(node)
            if schema.get("expectedResult", "valid") == "invalid":
                ok = not ok
            if not ok:
                failures.append(f"{schema_path.name}: {schema.get('errorMessage', '')}")
    return failures
