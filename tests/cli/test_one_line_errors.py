"""Issue 19, defects 11 and 13 (second point): every error is one line and never "unexpected";
text from files reaches the terminal with its control and bidi-override characters escaped."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop.core.text import one_line, terminal_safe
from desktop.store import CorruptProjectError, ProjectNotFoundError
from tests.support.cli import run
from tests.support.hostile import assert_one_line_error, refused, tamper
from tests.support.paths import SAMPLES


def test_a_path_with_a_newline_stays_on_one_line(capsys, tmp_path):
    missing = tmp_path / "two\nlines.crosscheck"
    line = refused(capsys, [], "articles", missing, match="no such project file")
    assert "two\\nlines.crosscheck" in line
    assert "\n" not in str(ProjectNotFoundError(missing))


def test_an_import_report_line_per_file_even_for_odd_names(capsys, tmp_path):
    project = tmp_path / "p.crosscheck"
    run(capsys, "new", project)
    odd = tmp_path / "a\nb.txt"
    odd.write_bytes(b"")
    code, _out, err = run(capsys, "import", project, odd)
    assert code == 1
    assert err.count("\n") == 1 and "a\\nb.txt: the file is empty" in err


def test_a_damaged_file_is_one_line(capsys, sample_project):
    """quick_check reports '*** in database main ***' and the details on separate lines."""
    data = bytearray(sample_project.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2 + 100, page * 4, 7):  # scribble over b-tree pages
        data[offset] = 0x5A
    sample_project.write_bytes(bytes(data))
    refused(capsys, sample_project, "articles", sample_project, match="damaged or truncated")
    with pytest.raises(CorruptProjectError) as raised:
        from desktop.store import open_project

        open_project(sample_project, thorough=True)
    assert "\n" not in str(raised.value)


def test_a_damaged_byte_in_the_schema_text_is_one_line(capsys, sample_project):
    """Found by the fuzz harness: a byte that is not UTF-8 inside sqlite_schema's SQL gave
    "unexpected UnicodeDecodeError" from every command and the window."""
    data = bytearray(sample_project.read_bytes())
    create = data.index(b"CREATE INDEX ix_passage_claim_id")
    data[create + 8] = 0x80  # "CREATE I\x80DEX": SQLite reads the schema, Python cannot decode it
    sample_project.write_bytes(bytes(data))
    for command in (["articles"], ["claims", "--json"], ["export", "-f", "csv", "-o", "/dev/null"]):
        refused(capsys, sample_project, command[0], sample_project, *command[1:], match="not UTF-8")
    before = sample_project.read_bytes()
    code, out, err = run(capsys, "check", sample_project)
    assert code == 1 and "not UTF-8" in out and "unexpected" not in out + err
    assert sample_project.read_bytes() == before


def test_a_5000_digit_number_in_an_annotation_file(capsys, sample_project, tmp_path):
    path = tmp_path / "big.jsonld"
    path.write_text('{"type": "Annotation", "target": ' + "7" * 5000 + "}")
    before = sample_project.read_bytes()
    code, _out, err = run(capsys, "import-annotations", sample_project, path)
    assert code == 1
    assert_one_line_error(err, "a number with more than 4300 digits")
    assert sample_project.read_bytes() == before


def test_a_5000_digit_number_in_a_sidecar(capsys, tmp_path):
    project = tmp_path / "p.crosscheck"
    run(capsys, "new", project)
    text = tmp_path / "a.txt"
    shutil.copy(SAMPLES / "02-it-kremlin-readout-translation.txt", text)
    (tmp_path / "a.meta.json").write_text('{"title": "T", "x": ' + "9" * 5000 + "}")
    code, out, err = run(capsys, "import", project, text, "--json")
    outcome = json.loads(out)["outcomes"][0]
    assert code == 0 and any(
        "a.meta.json ignored: a number with more than 4300 digits" in w for w in outcome["warnings"]
    )
    assert "ValueError" not in out + err


def test_escape_and_bidi_characters_from_files_are_escaped(capsys, tmp_path):
    project = tmp_path / "p.crosscheck"
    run(capsys, "new", project)
    text = tmp_path / "evil.txt"
    title = "Title \x1b[2J\x1b]0;pwned\x07 \u202egnp.exe\u202c end"
    text.write_text(title + "\n\n" + "Il Cremlino ha diffuso il resoconto della telefonata. " * 5, encoding="utf-8")
    code, out, err = run(capsys, "import", project, text)
    assert code == 0, err
    code, listing, _ = run(capsys, "articles", project)
    for output in (out, listing):
        assert "\x1b" not in output and "\u202e" not in output and "\x07" not in output
        assert "\\u001b[2J" in output and "\\u202egnp.exe" in output
    code, as_json, _ = run(capsys, "articles", project, "--json")
    assert "\u202e" not in as_json and json.loads(as_json)[0]["title"].startswith("Title \x1b[2J")  # lossless


def test_show_keeps_the_text_exact_when_piped(capsys, tmp_path):
    project = tmp_path / "p.crosscheck"
    run(capsys, "new", project)
    text = tmp_path / "a.txt"
    body = "Prima riga \u202eabc\u202c.\n\nIl Cremlino ha diffuso il resoconto della telefonata. " * 3
    text.write_text(body, encoding="utf-8")
    run(capsys, "import", project, text)
    article = json.loads(run(capsys, "articles", project, "--json")[1])[0]["id"]
    code, shown, _ = run(capsys, "show", project, article)
    assert code == 0 and shown == body  # a pipe gets the stored text byte for byte


def test_the_text_helpers():
    assert one_line("a\nb\r\nc") == "a\\nb\\r\\nc"
    assert terminal_safe("keep\nlines\tand tabs \x1b \u2066") == "keep\nlines\tand tabs \\u001b \\u2066"
    assert terminal_safe("“Città” 😀 e\u0301") == "“Città” 😀 e\u0301"


def test_a_tampered_tags_column_is_one_line(capsys, sample_project):
    tamper(sample_project, "UPDATE claim SET tags = '" + "[" * 100_000 + "' WHERE rowid = 1")
    refused(capsys, sample_project, "claims", sample_project, match="claim")
