"""The verdict names written into ClaimReview follow the language the fact-check is published in
(a project setting, or --review-language), never the language the window speaks (issue 18)."""

from __future__ import annotations

import json

import pytest

from desktop.core import i18n
from desktop.core.model import Verdict
from desktop.exporting import ExportError, ExportOptions, export_project, publisher_from_settings
from desktop.formats.claimreview import SETTING_REVIEW_LANGUAGE, VERDICT_NAMES, Publisher, rating
from desktop.store import open_project
from tests.support.cli import run

REVIEW_URL = "https://fc.example/{id}"


class Shouting:
    """A window backend that would mark every text it translates: exports must not ask it."""

    def translate(self, context, source, disambiguation, n):
        return "¡" + source

    def number(self, value):
        return str(value)

    def datetime(self, iso):
        return iso

    def date(self, value):
        return value


def reviews(path) -> list[dict]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    return doc.get("@graph", [doc])


def test_every_verdict_has_a_name_in_every_review_language():
    for language, names in VERDICT_NAMES.items():
        assert set(names) == set(Verdict), language
        assert len(set(names.values())) == len(Verdict), language  # no two verdicts share a name
    assert rating(Verdict.MOSTLY_TRUE, "it")["alternateName"] == "Per lo più vero"
    assert rating(Verdict.MOSTLY_TRUE)["alternateName"] == "Mostly true"


def test_the_review_language_decides_the_names_not_the_interface(sample_project, tmp_path, monkeypatch):
    i18n.install(Shouting())  # as if the window were in another language
    project = open_project(sample_project)
    try:
        out = tmp_path / "it.jsonld"
        export_project(
            project, "claimreview", out, options=ExportOptions(Publisher(review_url=REVIEW_URL, language="it"))
        )
        names = {r["reviewRating"]["alternateName"] for r in reviews(out)}
        assert names <= set(VERDICT_NAMES["it"].values()) and "Vero" in names
        assert {r["inLanguage"] for r in reviews(out)} == {"it"}
        out = tmp_path / "en.jsonld"
        export_project(project, "claimreview", out, options=ExportOptions(Publisher(review_url=REVIEW_URL)))
        assert "True" in {r["reviewRating"]["alternateName"] for r in reviews(out)}
    finally:
        project.persistence.close()


def test_an_unknown_review_language_is_refused_before_anything_is_written(sample_project, tmp_path):
    project = open_project(sample_project)
    out = tmp_path / "x.jsonld"
    try:
        with pytest.raises(ExportError, match="no verdict names for the review language 'xx'"):
            export_project(
                project, "claimreview", out, options=ExportOptions(Publisher(review_url=REVIEW_URL, language="xx"))
            )
    finally:
        project.persistence.close()
    assert not out.exists()


def test_the_cli_takes_the_review_language_and_can_remember_it(sample_project, tmp_path, capsys):
    out = tmp_path / "a.jsonld"
    code, _, err = run(
        capsys, "export", sample_project, "-f", "claimreview", "-o", out,
        "--review-url", REVIEW_URL, "--review-language", "it", "--save-publisher",
    )  # fmt: skip
    assert code == 0, err
    assert "Vero" in {r["reviewRating"]["alternateName"] for r in reviews(out)}
    project = open_project(sample_project)
    try:
        assert project.persistence.setting(SETTING_REVIEW_LANGUAGE) == "it"
        assert publisher_from_settings(project.persistence).language == "it"
    finally:
        project.persistence.close()
    again = tmp_path / "b.jsonld"
    code, _, err = run(capsys, "export", sample_project, "-f", "claimreview", "-o", again)
    assert code == 0 and reviews(again) == reviews(out), err  # the project's setting, the same names


def test_a_bad_review_language_is_one_line_and_changes_nothing(sample_project, tmp_path, capsys):
    before = sample_project.read_bytes()
    out = tmp_path / "a.jsonld"
    code, _, err = run(
        capsys, "export", sample_project, "-f", "claimreview", "-o", out,
        "--review-url", REVIEW_URL, "--review-language", "klingon", "--save-publisher",
    )  # fmt: skip
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "no verdict names for the review language 'klingon'; use one of: en, it" in err
    assert not out.exists() and sample_project.read_bytes() == before
