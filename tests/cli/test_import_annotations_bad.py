"""`crosscheck import-annotations` on bad input: a clear report, exit 1, and the project file
byte-identical. Also the good path through the CLI with a real project file."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from tests.support.cli import run


@pytest.fixture
def exported(sample_project, tmp_path, capsys):
    out = tmp_path / "sample.jsonld"
    code, _, err = run(capsys, "export", sample_project, "--format", "w3c", "-o", out)
    assert code == 0, err
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture
def fresh_copy(tmp_path, capsys):
    """A project with the sample's articles but none of its claims."""
    from tests.support.paths import SAMPLES

    path = tmp_path / "b.crosscheck"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(SAMPLES)]) == 0
    capsys.readouterr()
    return path


def first_target(doc):
    return next(item for item in doc["first"]["items"] if isinstance(item["target"], list))["target"][0]


def bad_unknown_article(doc):
    target = first_target(doc)
    target["source"] = {"id": "https://nowhere.example/missing", "type": "Text"}
    return doc, "no article in this project"


def bad_missing_selectors(doc):
    del first_target(doc)["selector"]
    return doc, "no TextQuoteSelector or TextPositionSelector"


def bad_string_target(doc):
    doc["first"]["items"][0]["target"] = ["https://example.org/whole-page"]
    return doc, "has no selector"


def bad_wrong_annotation_type(doc):
    doc["first"]["items"][0]["type"] = "Highlight"
    return doc, "not 'Annotation'"


def bad_wrong_value_types(doc):
    selector = next(s for s in first_target(doc)["selector"] if s["type"] == "TextPositionSelector")
    selector["start"] = "12"
    return doc, "must be whole numbers"


def bad_offsets_beyond_text(doc):
    target = first_target(doc)
    target["selector"] = [{"type": "TextPositionSelector", "start": 999_990, "end": 1_000_000}]
    return doc, "beyond the end of the text"


def bad_quote_not_found(doc):
    quote = next(s for s in first_target(doc)["selector"] if s["type"] == "TextQuoteSelector")
    quote["exact"] = "Completely different words that appear nowhere in any article at all."
    return doc, "not found"


def bad_verdict(doc):
    verdict = next(item for item in doc["first"]["items"] if item["motivation"] == "assessing")
    verdict["crosscheck:verdict"] = "Pants on fire"
    return doc, "unknown verdict"


def bad_not_annotations(doc):
    return {"hello": "world", "type": 42}, "type is 42"


CASES = [
    bad_unknown_article,
    bad_missing_selectors,
    bad_string_target,
    bad_wrong_annotation_type,
    bad_wrong_value_types,
    bad_offsets_beyond_text,
    bad_quote_not_found,
    bad_verdict,
    bad_not_annotations,
]


@pytest.mark.parametrize("corrupt", CASES, ids=lambda f: f.__name__[4:])
def test_bad_annotation_files_store_nothing(exported, fresh_copy, tmp_path, capsys, corrupt):
    doc, expected = corrupt(exported)
    path = tmp_path / "bad.jsonld"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = fresh_copy.read_bytes()
    code, out, err = run(capsys, "import-annotations", fresh_copy, path)
    assert code == 1
    assert expected in err, err
    assert "nothing was imported" in err
    assert fresh_copy.read_bytes() == before
    code, out, _ = run(capsys, "claims", fresh_copy)
    assert out.strip().endswith("0 claims, 0 unlinked passages")


@pytest.mark.parametrize(
    "content, expected",
    [
        (b'{"type": "Annotation", "target": ', "not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[]", "holds no annotations"),
        (b'"just a string"', "expected a JSON object"),
        (b'{"type": "AnnotationCollection", "first": "https://example.org/page1"}', "not embedded"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
    ids=["truncated", "empty", "binary", "empty-list", "scalar", "linked-pages", "deep"],
)
def test_unreadable_files_store_nothing(fresh_copy, tmp_path, capsys, content, expected):
    path = tmp_path / "bad.jsonld"
    path.write_bytes(content)
    before = fresh_copy.read_bytes()
    code, _out, err = run(capsys, "import-annotations", fresh_copy, path)
    assert code == 1 and expected in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert fresh_copy.read_bytes() == before


def test_a_100_mb_file_is_refused_before_reading(fresh_copy, tmp_path, capsys, monkeypatch):
    path = tmp_path / "huge.jsonld"
    with path.open("wb") as handle:  # sparse: costs no disk and no time
        handle.truncate(100 * 1024 * 1024)
    import desktop.formats.w3c_import as w3c_import

    def must_not_parse(data):  # pragma: no cover - reached only if the size check is missing
        raise AssertionError("the file was read before its size was checked")

    monkeypatch.setattr("desktop.annotation_import.parse_document", must_not_parse)
    before = fresh_copy.read_bytes()
    code, _, err = run(capsys, "import-annotations", fresh_copy, path)
    assert code == 1 and "100 MB" in err and f"{w3c_import.MAX_FILE_BYTES // 2**20} MB" in err, err
    assert fresh_copy.read_bytes() == before


def test_missing_file_is_one_line(fresh_copy, tmp_path, capsys):
    before = fresh_copy.read_bytes()
    code, _, err = run(capsys, "import-annotations", fresh_copy, tmp_path / "nope.jsonld")
    assert code == 1 and "nope.jsonld" in err and len(err.strip().splitlines()) == 1
    assert fresh_copy.read_bytes() == before


def test_good_file_through_the_cli(exported, fresh_copy, sample_project, tmp_path, capsys):
    path = tmp_path / "good.jsonld"
    path.write_text(json.dumps(exported), encoding="utf-8")
    code, out, err = run(capsys, "import-annotations", fresh_copy, path, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["stored"] and report["orphans"] == [] and report["problems"] == []
    assert report["matched"] == report["passages"] > 0
    mine = json.loads(run(capsys, "claims", fresh_copy, "--json")[1])
    theirs = json.loads(run(capsys, "claims", sample_project, "--json")[1])

    def strip(claims):
        return [{**c, "sources": None, "passages": [{**p, "article_id": None} for p in c["passages"]]} for c in claims]

    assert strip(mine) == strip(theirs)


def test_skip_orphans_imports_the_rest_and_lists_them(exported, fresh_copy, tmp_path, capsys):
    doc, _ = bad_unknown_article(exported)
    path = tmp_path / "partly.jsonld"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(capsys, "import-annotations", fresh_copy, path, "--skip-orphans")
    assert code == 0, err
    assert "1 orphan" in out and "orphan    " in out and "nowhere.example" in out


@pytest.mark.parametrize("kind", ["article", "passage"])
def test_an_id_used_by_another_kind_is_refused(exported, fresh_copy, tmp_path, capsys, kind):
    """Issue 19, defect 10: a claim whose id is an article's (or a passage's) id was imported, and
    the project then failed its own check."""
    claims = [item for item in exported["first"]["items"] if item["motivation"] == "linking"]
    if kind == "article":
        taken = json.loads(run(capsys, "articles", fresh_copy, "--json")[1])[0]["id"]
    else:
        taken = claims[1]["target"][0]["id"].removeprefix("urn:uuid:")  # a passage in the same file
    old = claims[0]["id"]
    for item in exported["first"]["items"]:  # its verdict follows it
        if item["motivation"] == "assessing" and item["target"] == old:
            item["target"] = f"urn:uuid:{taken}"
    claims[0]["id"] = f"urn:uuid:{taken}"
    path = tmp_path / "clash.jsonld"
    path.write_text(json.dumps(exported), encoding="utf-8")
    before = fresh_copy.read_bytes()
    code, _out, err = run(capsys, "import-annotations", fresh_copy, path)
    # Claims go in before passages, so in the file-internal case the passage is the one refused.
    clash = (
        f"claim {taken}: the id is already used by an article"
        if kind == "article"
        else f"passage {taken}: the id is already used by a claim"
    )
    assert code == 1 and clash in err, err
    assert "nothing was imported" in err and "unexpected" not in err
    assert fresh_copy.read_bytes() == before
    assert run(capsys, "check", fresh_copy)[0] == 0
