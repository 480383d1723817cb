"""A sample set that is missing or broken is one typed, one-line error (issue 14: it was
"unexpected SampleMissingError"), and no half-built project is left behind."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.sample import SampleMissingError, sample_folder


def run_sample(capsys, tmp_path):
    target = tmp_path / "out" / "s.crosscheck"
    target.parent.mkdir()
    code = main(["sample", str(target)])
    err = capsys.readouterr().err
    return code, err, target


def broken_claims(folder, change):
    spec = json.loads((folder / "claims.json").read_text(encoding="utf-8"))
    (folder / "claims.json").write_text(change(spec), encoding="utf-8")


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda folder: (folder / "claims.json").unlink(), "has no claims.json"),
        (lambda folder: (folder / "claims.json").write_text("{not json", encoding="utf-8"), "cannot be read"),
        (lambda folder: broken_claims(folder, lambda spec: json.dumps({"claim": []})), "missing key 'claims'"),
        (
            lambda folder: broken_claims(
                folder,
                lambda spec: json.dumps(
                    {"claims": [{"statement": "x", "passages": [{"file": "gone.txt", "quote": "x"}]}]}
                ),
            ),
            "names 'gone.txt', which was not imported",
        ),
        (
            lambda folder: broken_claims(
                folder,
                lambda spec: json.dumps(
                    {
                        "claims": [
                            {
                                "statement": "x",
                                "passages": [
                                    {
                                        "file": spec["claims"][0]["passages"][0]["file"],
                                        "quote": "never written anywhere",
                                    }
                                ],
                            }
                        ]
                    }
                ),
            ),
            "sample quote not found",
        ),
    ],
    ids=["no claims file", "not json", "no claims key", "unknown article file", "quote not in the text"],
)
def test_a_broken_sample_set_is_one_line_and_leaves_no_file(sample_copy, monkeypatch, capsys, tmp_path, setup, message):
    setup(sample_copy)
    monkeypatch.setenv("CROSSCHECK_SAMPLES", str(sample_copy))
    code, err, target = run_sample(capsys, tmp_path)
    assert code == 1 and message in err
    assert err.startswith("crosscheck: error: ") and len(err.strip().splitlines()) == 1
    assert "unexpected" not in err and "Traceback" not in err
    assert list(target.parent.iterdir()) == []  # nothing half-built


def test_the_packaged_sample_set_is_found_without_any_setting(monkeypatch):
    monkeypatch.delenv("CROSSCHECK_SAMPLES", raising=False)
    folder = sample_folder()
    assert folder.name == "sample_articles" and folder.parent.name == "desktop"


def test_a_missing_folder_names_the_setting(monkeypatch, tmp_path):
    monkeypatch.setenv("CROSSCHECK_SAMPLES", str(tmp_path / "nowhere"))
    with pytest.raises(SampleMissingError, match="CROSSCHECK_SAMPLES="):
        sample_folder()
