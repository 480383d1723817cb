"""Bad input to the importers (issue 4): each case gives one clear message, crashes nothing, stores
nothing partial, and leaves the project byte-identical when every file fails."""

from __future__ import annotations

import gzip
import io
import pathlib
import socket
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.formats.errors import ImportRefused
from desktop.formats.html_safety import parse_xml
from desktop.importing import add_candidates, read_candidates
from tests.support.paths import SAMPLES

BODY = "<p>" + " ".join(["Il Cremlino ha diffuso il resoconto della telefonata."] * 8) + "</p>"


def run(capsys, *argv, stdin: bytes | None = None):
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        code = main([str(a) for a in argv])
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path, capsys):
    path = tmp_path / "p.crosscheck"
    run(capsys, "new", path)
    run(capsys, "import", path, SAMPLES / "02-it-kremlin-readout-translation.txt")
    return path


@pytest.fixture
def listener():
    """A loopback server that records whether anything connected to it (XXE over the network)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    hits: list[bool] = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            hits.append(True)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], hits
    stop.set()
    thread.join(2)
    server.close()


def _gzip_bomb() -> bytes:
    return gzip.compress(b"\0" * (50 * 1024 * 1024), compresslevel=1)


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("index.html", b"\0" * (50 * 1024 * 1024))
    return buffer.getvalue()


def _pages(secret: Path, port: int) -> dict[str, tuple[str, bytes, str]]:
    """name -> (file name, bytes, expected message)."""
    entity_refused = "declares XML entities in its DOCTYPE"
    return {
        "xxe-file": (
            "xxe.html",
            f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
            f"<html><body><p>&xxe;</p>{BODY}</body></html>".encode(),
            entity_refused,
        ),
        "xxe-network": (
            "xxe-net.xhtml",
            f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM '
            f'"http://127.0.0.1:{port}/leak">]><html><body><p>&xxe;</p>{BODY}</body></html>'.encode(),
            entity_refused,
        ),
        "parameter-entity": (
            "pe.html",
            f'<!DOCTYPE html [<!ENTITY % ext SYSTEM "file://{secret}"> %ext;]>'
            f"<html><body>{BODY}</body></html>".encode(),
            entity_refused,
        ),
        "billion-laughs": (
            "lol.html",
            (
                '<!DOCTYPE lolz [<!ENTITY lol "lol">'
                + "".join(
                    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                    for i in range(1, 10)
                )
                + f"]><html><body><p>&lol9;</p>{BODY}</body></html>"
            ).encode(),
            entity_refused,
        ),
        "nested-divs": (
            "deep.html",
            ("<html><body>" + "<div>" * 5000 + BODY + "</div>" * 5000 + "</body></html>").encode(),
            "could not be parsed completely (Excessive depth in document",
        ),
        "20-mb-paragraph": (
            "para.html",
            b"<html><body><p>" + b"parola " * (20_000_000 // 7) + b"</p></body></html>",
            "characters of text, over the 2,000,000 limit for one article",
        ),
        "no-body": (
            "menu.html",
            b"<html><body><nav><a href='/'>Home</a> <a href='/it'>Esteri</a></nav>"
            b"<footer>(c) 2021</footer></body></html>",
            "no article body found in the page",
        ),
        "binary-renamed": ("photo.html", bytes(range(256)) * 40, "a binary file, not a web page"),
        "gzip-bomb": ("bomb.html", _gzip_bomb, "gzip-compressed data, not a web page"),
        "zip-bomb": ("bomb2.htm", _zip_bomb, "a zip archive, not a web page"),
        "invalid-utf8-html": (
            "bad.html",
            b'<html><head><meta charset="utf-8"></head><body><p>caff\xe8 \xff</p>' + BODY.encode() + b"</body></html>",
            "not valid UTF-8 although the page declares it (byte 0xE8 at position 54)",
        ),
        "invalid-utf8-md": ("bad.md", b"# Titolo\n\ncaff\xe8 \xff\xfe", "not UTF-8 text (byte 0xE8 at position 14)"),
        # Issue 19, defect 9: the refusal once looked only at the first 64 KiB of raw bytes.
        "doctype-after-64kib": (
            "late.html",
            b"<!-- "
            + b"x" * 70_000
            + b" -->"
            + f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'.encode()
            + f"<html><body><p>&xxe;</p>{BODY}</body></html>".encode(),
            entity_refused,
        ),
        "utf16-page": (
            "utf16.html",
            (
                f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]><html><body><p>&xxe;</p>{BODY}</body></html>'
            ).encode("utf-16"),
            entity_refused,
        ),
        "empty-html": ("empty.html", b"", "the file is empty"),
        "empty-md": ("empty.md", b"", "the file is empty"),
        "empty-mhtml": ("empty.mhtml", b"", "the file is empty"),
    }


CASES = [
    "xxe-file",
    "doctype-after-64kib",
    "utf16-page",
    "xxe-network",
    "parameter-entity",
    "billion-laughs",
    "nested-divs",
    "20-mb-paragraph",
    "no-body",
    "binary-renamed",
    "gzip-bomb",
    "zip-bomb",
    "invalid-utf8-html",
    "invalid-utf8-md",
    "empty-html",
    "empty-md",
    "empty-mhtml",
]


@pytest.mark.parametrize("case", CASES)
def test_bad_file_is_refused_clearly_and_changes_nothing(case, project, tmp_path, capsys, listener):
    port, hits = listener
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN", encoding="utf-8")
    name, data, message = _pages(secret, port)[case]
    bad = tmp_path / name
    bad.write_bytes(data() if callable(data) else data)  # bombs are built only for their own case
    before = project.read_bytes()
    code, out, err = run(capsys, "import", project, bad)
    assert code == 1
    assert f"failed    {bad}: " in err and message in err, err
    assert "Traceback" not in err and "TOP-SECRET-TOKEN" not in out + err
    assert out.strip().endswith("0 imported, 0 skipped, 1 failed")
    assert project.read_bytes() == before
    assert hits == []


def test_safe_xml_parser_neither_reads_files_nor_fetches(tmp_path, listener):
    """Defence in depth: even without the DOCTYPE check, the XML parser expands nothing."""
    port, hits = listener
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN", encoding="utf-8")
    for doctype in (
        f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>',
        f'<!DOCTYPE r [<!ENTITY x SYSTEM "http://127.0.0.1:{port}/">]>',
        f'<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:{port}/p.dtd"> %p;]>',
        f'<!DOCTYPE r SYSTEM "http://127.0.0.1:{port}/ext.dtd">',
    ):
        try:
            root = parse_xml(f"<?xml version='1.0'?>{doctype}<r>&x;</r>".encode())
        except ImportRefused:
            continue  # refusing is fine too; leaking is not
        from lxml import etree

        assert "TOP-SECRET-TOKEN" not in etree.tostring(root, encoding="unicode")
    assert hits == []


def test_200_mb_file_is_refused_by_size_before_reading(project, tmp_path, capsys, monkeypatch):
    big = tmp_path / "huge.html"
    with big.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no disk space used
    real_open = pathlib.Path.open

    def guarded_open(self, *args, **kwargs):
        assert self != big, "the file was opened although its size alone refuses it"
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", guarded_open)
    before = project.read_bytes()
    code, _out, err = run(capsys, "import", project, big)
    assert code == 1 and "huge.html: 200.0 MB is over the 20.0 MB limit for one article" in err
    assert project.read_bytes() == before


def test_too_much_on_stdin(project, capsys):
    before = project.read_bytes()
    code, _, err = run(capsys, "import", project, "-", stdin=b"a" * (20 * 1024 * 1024 + 5))
    assert code == 1 and "stdin: over the 20.0 MB limit for one article" in err
    assert project.read_bytes() == before


def _story(i: int) -> str:
    return f"Notizia numero {i}\n" + f"Il testo dell'articolo {i} racconta la telefonata. " * 5


def test_file_that_disappears_during_the_import(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(1, 5):
        (folder / f"{i:02}.txt").write_text(_story(i), encoding="utf-8")
    doomed = folder / "03.txt"

    def progress(path: str) -> None:
        if path.endswith("02.txt"):
            doomed.unlink()  # listed by the walk, gone before it is read

    project = open_project_for_test(tmp_path)
    try:
        candidates, problems = read_candidates([folder], on_progress=progress)
        report = add_candidates(project, candidates)
        report.outcomes.extend(problems)
        assert report.summary == "3 imported, 0 skipped, 1 failed"
        failed = [o for o in report.outcomes if o.status == "failed"]
        assert failed[0].path == str(doomed) and "no such file (it may have been moved or deleted)" in failed[0].message
        assert sorted(a.title for a in project.state.articles.values()) == [
            "Notizia numero 1",
            "Notizia numero 2",
            "Notizia numero 4",
        ]
    finally:
        project.persistence.close()


def open_project_for_test(tmp_path: Path):
    from desktop.store import create_project

    return create_project(tmp_path / "t.crosscheck")


def test_many_files_succeed_or_fail_one_by_one(tmp_path, capsys):
    """File 7 of 10 fails: with --skip-failed, 1-6 and 8-10 are imported and every outcome is reported."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(1, 11):
        (folder / f"{i:02}.txt").write_text(_story(i), encoding="utf-8")
    (folder / "07.txt").write_bytes(b"\x00\x01\x02" * 50)
    project = tmp_path / "m.crosscheck"
    run(capsys, "new", project)
    code, out, err = run(capsys, "import", project, folder, "--skip-failed")
    assert code == 0 and out.strip().endswith("9 imported, 0 skipped, 1 failed")
    assert f"failed    {folder / '07.txt'}: a binary file, not text" in err
    listed = run(capsys, "articles", project)[1]
    assert all(f"Notizia numero {i} " in listed for i in (1, 2, 3, 4, 5, 6, 8, 9, 10))
    assert "Notizia numero 7 " not in listed and listed.strip().endswith("9 articles")


def test_a_failed_import_is_not_half_undone(tmp_path):
    """The good files of a mixed batch are one undo step: undo removes exactly them."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_text(_story(1), encoding="utf-8")
    (folder / "b.html").write_bytes(b"\x1f\x8b\x08" + bytes(64))
    project = open_project_for_test(tmp_path)
    try:
        candidates, problems = read_candidates([folder])
        report = add_candidates(project, candidates)
        assert len(report.outcomes) == 1 and len(problems) == 1 and len(project.state.articles) == 1
        project.undo()
        assert project.state.articles == {}
    finally:
        project.persistence.close()


def test_refusals_are_always_one_line():
    from desktop.formats.errors import ImportRefused
    from desktop.formats.html_import import read_html_bytes

    with pytest.raises(ImportRefused) as refused:
        read_html_bytes(b"<p><![CDATA[<p>", "page.xhtml")  # found by the fuzzer: lxml's message had a newline
    assert "\n" not in str(refused.value) and str(refused.value)
