"""Issue 19, defect 13 (first point): `url` and `language` in NAME.meta.json follow the rules the
CLI flags follow; a bad value refuses the file, naming the field and the value."""

from __future__ import annotations

import json
import re

import pytest

from desktop.formats.article_files import read_article
from desktop.formats.candidate import web_url
from desktop.formats.errors import ImportRefused
from desktop.importing import ImportOptions, check_options
from tests.support.cli import run

BODY = "Il Cremlino ha diffuso il resoconto della telefonata tra i due presidenti. " * 4


def article_with(tmp_path, **meta):
    text = tmp_path / "a.txt"
    text.write_text("Titolo\n\n" + BODY, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return text


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>",
        "file:///etc/passwd",
        "ftp://x.example/a",
        "http://",
        "www.x.it",
    ],
)
def test_a_url_that_is_not_a_web_address_refuses_the_file(tmp_path, url):
    with pytest.raises(ImportRefused, match=re.escape(f"a.meta.json: url {url!r} is not a web address")):
        read_article(article_with(tmp_path, url=url))


@pytest.mark.parametrize("language", ["italiano!", "x", "12", "und", "it it"])
def test_a_language_that_is_not_a_tag_refuses_the_file(tmp_path, language):
    with pytest.raises(ImportRefused, match=r"a\.meta\.json: language .* is not a language tag"):
        read_article(article_with(tmp_path, language=language))
    with pytest.raises(ImportRefused, match="is not a language tag"):  # the CLI flag's rule, word for word
        check_options(ImportOptions(language=language))


def test_good_values_are_kept_in_normal_form(tmp_path):
    candidate = read_article(article_with(tmp_path, url="https://www.example.it/a?b=1", language="it-IT"))
    assert (candidate.url, candidate.language) == ("https://www.example.it/a?b=1", "it")


def test_the_cli_refuses_and_changes_nothing(tmp_path, capsys):
    project = tmp_path / "p.crosscheck"
    run(capsys, "new", project)
    before = project.read_bytes()
    code, _out, err = run(capsys, "import", project, article_with(tmp_path, url="javascript:alert(1)"))
    assert code == 1 and "url 'javascript:alert(1)' is not a web address (http:// or https://)" in err
    assert project.read_bytes() == before


def test_front_matter_urls_follow_the_same_rule(tmp_path):
    md = tmp_path / "n.md"
    md.write_text(f"---\ntitle: T\nurl: javascript:alert(1)\n---\n\n{BODY}\n", encoding="utf-8")
    candidate = read_article(md)
    assert candidate.url == "" and any("url" in w and "javascript" in w for w in candidate.warnings)


def test_web_url():
    assert web_url(" https://a.example/x ") == "https://a.example/x"
    assert web_url("https://a.example/x y") == "" and web_url("HTTP://A.EXAMPLE") == "HTTP://A.EXAMPLE"
