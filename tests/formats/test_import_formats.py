"""The article readers: saved pages, MHTML, Markdown, encodings, folders, the CLI's import options."""

from __future__ import annotations

import json
import sqlite3
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.text import normalise_text
from desktop.formats.article_files import ReadOptions, expand_paths, read_article, read_text_stream
from desktop.formats.candidate import SkippedPath
from desktop.formats.encodings import decode_bytes
from desktop.formats.errors import ImportRefused
from desktop.formats.markdown_import import markdown_to_text, read_markdown_bytes
from tests.support.paths import DATA, SAMPLES

PAGES = DATA / "pages"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --- saved pages -----------------------------------------------------------------------------


def test_news_page_keeps_body_and_metadata_drops_clutter():
    c = read_article(PAGES / "it-quotidiano-telefonata.html")
    assert c.title == "Biden e Putin, cinquanta minuti al telefono: nessuna svolta sull'Ucraina"
    assert (c.outlet, c.author, c.published, c.language) == (
        "Il Quotidiano del Nord",
        "Giulia Ferraris",
        "2021-12-31",
        "it",
    )
    assert c.url.startswith("https://www.quotidianodelnord.example/esteri/")
    assert c.description.startswith("Il colloquio tra i due presidenti")
    assert "«un errore colossale»" in c.text and "«sull'Ucraina senza l'Ucraina»" in c.text
    for clutter in ("cookie", "ad-blocker", "Abbonati", "Potrebbe interessarti", "Oroscopo", "P.IVA", "Iscriviti"):
        assert clutter not in c.text, clutter
    assert c.extractor == "trafilatura" and c.extractor_version[0].isdigit()
    assert (
        c.media_type == "text/html"
        and c.encoding == "utf-8"
        and c.original == (PAGES / "it-quotidiano-telefonata.html").read_bytes()
    )
    assert c.warnings == [] and c.text == normalise_text(c.text)


def test_json_ld_authors_and_english_lang_subtag():
    c = read_article(PAGES / "en-wire-both-readouts.html")
    assert c.language == "en" and c.outlet == "Global Wire" and c.published == "2021-12-31"
    assert c.author == "Daniel Okafor; Maria Lindqvist"
    assert "colossal mistake" in c.text and "Most Read" not in c.text and "jk_1970" not in c.text
    assert "ad blocker" not in c.text


def test_cp1252_blog_in_a_layout_table():
    c = read_article(PAGES / "it-blog-archivio-cp1252.html")
    assert c.encoding == "cp1252" and "perché" in c.text.lower() and "ambiguità" in c.text
    assert c.title.startswith("Peskov e l'") and c.outlet == "Il Blog di Piero"
    assert "Archivio" not in c.text and "Link amici" not in c.text and "Powered by" not in c.text
    assert c.language == "it" and any("language detected from the text (it" in w for w in c.warnings)
    # No date in its metadata; its byline says "Pubblicato il 20 gennaio 2022" (archive links
    # such as "Dicembre 2021" are not dates of this post).
    assert c.published == "2022-01-20"


def test_page_without_lang_gets_detected_language_with_a_warning():
    c = read_article(PAGES / "en-nolang-factcheck.html")
    assert c.language == "en" and c.author == "Priya Raman" and c.published == "2022-01-03"
    assert any("language detected" in w for w in c.warnings)
    assert "Recent fact checks" not in c.text and "Become a member" not in c.text


def test_guessed_encoding_is_a_warning(tmp_path):
    page = (PAGES / "it-blog-archivio-cp1252.html").read_bytes().replace(b"; charset=windows-1252", b"")
    path = tmp_path / "undeclared.html"
    path.write_bytes(page)
    c = read_article(path)
    assert "ambiguità" in c.text
    assert any(w.startswith("encoding guessed as") for w in c.warnings)


def test_utf16_page_with_bom(tmp_path):
    text = (PAGES / "it-quotidiano-telefonata.html").read_text(encoding="utf-8").replace('charset="utf-8"', "")
    path = tmp_path / "page16.htm"
    path.write_bytes(text.encode("utf-16"))
    c = read_article(path)
    assert c.encoding == "utf-16" and "«un errore colossale»" in c.text


def test_mhtml_page(tmp_path):
    html = (PAGES / "en-wire-both-readouts.html").read_bytes()
    message = MIMEMultipart("related", type="text/html")
    message["Snapshot-Content-Location"] = "https://globalwire.example/world/story"
    part = MIMEText(html.decode("utf-8"), "html", "utf-8")
    part["Content-Location"] = "https://globalwire.example/world/story"
    message.attach(part)
    path = tmp_path / "story.mhtml"
    path.write_bytes(message.as_bytes())
    c = read_article(path)
    assert "colossal mistake" in c.text and c.media_type == "multipart/related"
    assert c.original == path.read_bytes() and c.title.startswith("Biden warns Putin")


def test_mhtml_without_html_part(tmp_path):
    message = MIMEMultipart("related")
    message.attach(MIMEText("just text", "plain"))
    path = tmp_path / "x.mht"
    path.write_bytes(message.as_bytes())
    with pytest.raises(ImportRefused, match="no HTML page inside"):
        read_article(path)


def test_html_on_stdin_is_extracted():
    c = read_text_stream((PAGES / "it-quotidiano-telefonata.html").read_bytes())
    assert c.extractor == "trafilatura" and "Potrebbe interessarti" not in c.text


# --- Markdown --------------------------------------------------------------------------------

MARKDOWN = """---
title: "La telefonata, riga per riga"
author: Anna Verdi
date: 2022-01-02
lang: it-IT
outlet: Il Taccuino
---
# Titolo interno

Un paragrafo con **grassetto**, _corsivo_ e un [link](https://example.org/x "t")
che continua sulla riga dopo.

- primo punto
- secondo `codice`

> Una citazione ![foto del vertice](img.png)

| Fonte | Durata |
|-------|--------|
| Cremlino | 50 min |

<div class="x">Testo in HTML &amp; altro</div>
"""


def test_markdown_keeps_text_and_drops_markup():
    c = read_markdown_bytes(MARKDOWN.encode(), "nota.md")
    assert c.title == "La telefonata, riga per riga" and c.author == "Anna Verdi"
    assert (c.published, c.language, c.outlet) == ("2022-01-02", "it", "Il Taccuino")
    assert c.text.split("\n")[:5] == [
        "Titolo interno",
        "Un paragrafo con grassetto, corsivo e un link che continua sulla riga dopo.",
        "primo punto",
        "secondo codice",
        "Una citazione foto del vertice",
    ]
    assert "Cremlino\t50 min" in c.text and "Testo in HTML & altro" in c.text
    for markup in ("**", "](", "---", "|", "#", "<div"):
        assert markup not in c.text
    assert c.media_type == "text/markdown" and c.extractor == "crosscheck-markdown"


def test_markdown_title_from_heading_and_sidecar_wins(tmp_path):
    (tmp_path / "n.md").write_text("Intro line\n\n## The real heading\n\nBody text.\n", encoding="utf-8")
    assert read_article(tmp_path / "n.md").title == "The real heading"
    (tmp_path / "n.meta.json").write_text(json.dumps({"title": "From sidecar", "outlet": "X"}), encoding="utf-8")
    c = read_article(tmp_path / "n.md")
    assert (c.title, c.outlet) == ("From sidecar", "X")


def test_markdown_nesting_beyond_the_limit_is_refused_not_shortened():
    deep = "".join("> " * 60 + f"parola{i} numero {i}\n" for i in range(40))
    text, _ = markdown_to_text(deep)
    assert "parola39" not in text  # markdown-it stops at its nesting limit, silently
    with pytest.raises(ImportRefused, match="could not be converted completely"):
        read_markdown_bytes(deep.encode(), "deep.md")


# --- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, encoding, how",
    [
        ("caffè".encode(), "utf-8", "utf-8"),
        ("\ufeffcaffè".encode("utf-8"), "utf-8-sig", "bom"),
        ("caffè".encode("utf-16"), "utf-16", "bom"),
        ("caffè".encode("utf-32"), "utf-32", "bom"),
    ],
)
def test_decoding_by_evidence(data, encoding, how):
    decoded = decode_bytes(data, allow_guess=False)
    assert normalise_text(decoded.text) == "caffè" and (decoded.encoding, decoded.how) == (encoding, how)


def test_declared_latin1_is_read_as_cp1252():
    decoded = decode_bytes("“citazione” è".encode("cp1252"), declared="ISO-8859-1")
    assert decoded.text == "“citazione” è" and decoded.encoding == "cp1252" and decoded.how == "declared"


def test_text_file_in_cp1252_is_refused_with_a_hint_and_read_with_encoding(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Perché la telefonata è durata “50 minuti”, dicono.".encode("cp1252"))
    with pytest.raises(ImportRefused, match=r"not UTF-8 text \(byte 0xE9 at position 5\); it looks like"):
        read_article(path)
    c = read_article(path, ReadOptions(encoding="cp1252"))
    assert c.text == "Perché la telefonata è durata “50 minuti”, dicono." and c.encoding == "cp1252"


def test_mixed_newlines_become_one_form(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"one\r\ntwo\rthree\nfour\xe2\x80\xa8five")
    assert read_article(path).text == "one\ntwo\nthree\nfour\nfive"


# --- folders and the CLI ----------------------------------------------------------------------


def test_saved_page_folder_is_skipped_not_imported(tmp_path):
    (tmp_path / "Story.html").write_bytes((PAGES / "en-wire-both-readouts.html").read_bytes())
    (tmp_path / "Story_files").mkdir()
    (tmp_path / "Story_files" / "frame.html").write_text("<html><body><p>ad frame</p></body></html>")
    (tmp_path / "Story_files" / "main.css").write_text("body{}")
    items = list(expand_paths([tmp_path]))
    assert [i.name for i in items if isinstance(i, Path)] == ["Story.html"]
    skipped = [i for i in items if isinstance(i, SkippedPath)]
    assert len(skipped) == 1 and skipped[0].reason == "images and scripts saved with Story.html, not articles"


def test_sample_folder_import_is_unchanged(tmp_path, capsys):
    project = tmp_path / "p.crosscheck"
    run(capsys, "new", project)
    code, out, _ = run(capsys, "import", project, SAMPLES)
    assert code == 0 and out.strip().endswith("5 imported, 2 skipped, 0 failed")


def test_cli_imports_pages_with_sources_and_overrides(tmp_path, capsys):
    project = tmp_path / "p.crosscheck"
    run(capsys, "new", project)
    code, out, _ = run(capsys, "import", project, PAGES, "--json")
    report = json.loads(out)
    assert code == 0 and report["imported"] == 4 and report["failed"] == 0
    assert {o["language"] for o in report["outcomes"]} == {"it", "en"}
    assert {o["encoding"] for o in report["outcomes"]} == {"utf-8", "cp1252"}
    rows = (
        sqlite3.connect(project)
        .execute("SELECT filename, media_type, encoding, extractor, length(original) FROM article_source")
        .fetchall()
    )
    assert len(rows) == 4 and all(r[3] == "trafilatura" and r[4] > 1000 for r in rows)
    assert ("it-blog-archivio-cp1252.html", "text/html", "cp1252") in {r[:3] for r in rows}
    other = tmp_path / "q.crosscheck"
    run(capsys, "new", other)
    code, out, _ = run(
        capsys, "import", other, PAGES / "en-nolang-factcheck.html", "--language", "en-US", "--outlet", "Verify Desk"
    )
    articles = json.loads(run(capsys, "articles", other, "--json")[1])
    assert code == 0 and (articles[0]["language"], articles[0]["outlet"]) == ("en", "Verify Desk")


@pytest.mark.parametrize(
    "flags, message",
    [
        (["--encoding", "klingon-8"], "unknown encoding 'klingon-8'"),
        (["--language", "not a tag"], "'not a tag' is not a language tag"),
    ],
)
def test_cli_bad_options_change_nothing(tmp_path, capsys, flags, message):
    project = tmp_path / "p.crosscheck"
    run(capsys, "new", project)
    before = project.read_bytes()
    code, _out, err = run(capsys, "import", project, PAGES, *flags)
    assert code == 1 and message in err and err.count("\n") == 1 and project.read_bytes() == before
