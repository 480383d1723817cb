"""The translation files and the code agree (issue 18): the .ts files are exactly what lupdate
makes of the code, nothing is left unfinished, every catalogue builds and loads, translations
keep their placeholders, every context the code uses is one lupdate can see, and a language is
one .ts file and one line."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.core.i18n import English
from tests.support.paths import REPO
from tests.support.translations import tool

TS_DIR = REPO / "resources" / "translations"
PACKAGE = REPO / "desktop"
FIELD = re.compile(r"\{(\w+)\}")
TAG = re.compile(r"</?(\w+)[^>]*>")


def ts_files() -> list[Path]:
    return tool().ts_files(TS_DIR)


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(ts)
    return [(c.findtext("name") or "", m) for c in tree.iter("context") for m in c.iter("message")]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    numerus = [f.text or "" for f in translation.iter("numerusform")]
    return numerus if message.get("numerus") == "yes" else [translation.text or ""]


def counts(text: str) -> tuple[bool, bool]:
    return "%Ln" in text, "%n" in text.replace("%Ln", "")


def test_there_are_translations():
    assert {tool().language_of(ts) for ts in ts_files()} >= {"en", "it"}
    assert len(messages(TS_DIR / "crosscheck_it.ts")) > 800


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_the_ts_file_is_what_lupdate_makes_of_the_code(ts, tmp_path):
    """Nothing new, nothing gone: `python packaging/translations.py update` was run and committed."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    tool().update(copy)
    assert copy.read_bytes() == ts.read_bytes(), f"run: python packaging/translations.py update ({ts.name})"


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_nothing_is_left_unfinished(ts):
    unfinished = [
        (context, m.findtext("source"))
        for context, m in messages(ts)
        if (m.find("translation").get("type") or "") in ("unfinished", "vanished", "obsolete")
    ]
    assert not unfinished, unfinished[:20]


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_translations_keep_placeholders_plurals_and_markup(ts):
    problems = []
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        for number, text in enumerate(forms(message)):
            if sorted(FIELD.findall(text)) != sorted(FIELD.findall(source)):
                problems.append((context, source, text, "fields"))
            # The singular may spell its one out ("Aperto un altro articolo"); nothing else drops the count.
            spelled_out = message.get("numerus") == "yes" and number == 0 and "%" not in text
            if counts(text) != counts(source) and not spelled_out:
                problems.append((context, source, text, "count"))
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                problems.append((context, source, text, "markup"))
            if text.count("&") - text.count("&&") > 1:
                problems.append((context, source, text, "two accelerators"))
        if message.get("numerus") == "yes":
            assert len(forms(message)) == 2, (context, source)  # English and Italian: one, other
    assert not problems, problems[:20]


def test_every_catalogue_builds_and_loads(tmp_path):
    from PySide6.QtCore import QTranslator

    built = tool().build(tmp_path, TS_DIR)
    assert {p.name for p in built} == {f"{ts.stem}.qm" for ts in ts_files()}
    for qm in built:
        translator = QTranslator()
        assert translator.load(str(qm)) and not translator.isEmpty(), qm
    italian = QTranslator()
    italian.load(str(tmp_path / "crosscheck_it.qm"))
    assert italian.translate("model_texts", "Mostly true") == "Per lo più vero"
    assert italian.translate("report_texts", "%n conflicts", None, 2) == "%n conflitti"
    english = QTranslator()
    english.load(str(tmp_path / "crosscheck_en.qm"))
    assert english.translate("report_texts", "%n conflicts", None, 1) == "%n conflict"


def test_english_plurals_are_the_rule_the_cli_speaks():
    """The window's English catalogue and the CLI's plain English give the same plurals."""
    checked = 0
    for context, message in messages(TS_DIR / "crosscheck_en.ts"):
        source = message.findtext("source") or ""
        if "(s)" not in source:
            continue
        one, other = forms(message)
        assert (one, other) == tool().english_forms(source), (context, source)
        cli = English()
        assert cli.translate(context, source, None, 1) == one.replace("%n", "1").replace("%Ln", "1")
        assert cli.translate(context, source, None, 2000) == other.replace("%n", "2000").replace("%Ln", "2,000")
        checked += 1
    assert checked > 30


def test_a_language_is_one_ts_file_and_one_line():
    from desktop.ui.common.i18n import LANGUAGES

    assert set(LANGUAGES) == {tool().language_of(ts) for ts in ts_files()}


def test_claimreview_names_the_verdicts_as_the_window_does():
    """The verdict names a published fact-check uses are the window's own, in each language."""
    from desktop.core.model import _VERDICT_LABELS, Verdict
    from desktop.formats.claimreview import VERDICT_NAMES

    assert VERDICT_NAMES["en"] == {v: _VERDICT_LABELS[v] for v in Verdict}
    for language, names in VERDICT_NAMES.items():
        if language == "en":
            continue
        translated = {
            m.findtext("source"): forms(m)[0]
            for context, m in messages(TS_DIR / f"crosscheck_{language}.ts")
            if context == "model_texts"
        }
        assert names == {v: translated[_VERDICT_LABELS[v]] for v in Verdict}, language


# --- the code's side: what lupdate can see ------------------------------------------------------
def python_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def bound_contexts() -> dict[str, str]:
    """name -> file for every `name = Context("name")`; a name bound to another name fails."""
    found = {}
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and _call_name(node.value) == "Context"
            ):
                (target,) = node.targets
                argument = node.value.args[0]
                assert isinstance(target, ast.Name) and isinstance(argument, ast.Constant), path
                assert target.id == argument.value, f"{path.name}: {target.id} = Context({argument.value!r})"
                found[target.id] = path.name
    return found


def qobject_classes() -> set[str]:
    return {
        node.name
        for path in python_files()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    }


def test_every_context_of_the_catalogue_is_a_class_or_a_bound_context():
    contexts = {context for context, _ in messages(TS_DIR / "crosscheck_it.ts")}
    known = set(bound_contexts()) | qobject_classes()
    assert "" not in contexts  # a bare tr(): lupdate files it under no context, Qt never finds it
    assert contexts <= known, sorted(contexts - known)


def test_no_text_for_translation_is_hidden_from_lupdate():
    """lupdate reads tokens, not Python: a tr() inside an f-string, an f-string as the text, or
    `tr = texts.tr` (an alias: lupdate files its texts under no context) would never be translated."""
    problems = []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and _call_name(inner) in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                        problems.append(f"{path.name}:{inner.lineno}: tr() inside an f-string")
            elif isinstance(node, ast.Call) and _call_name(node) in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                text = node.args[1] if _call_name(node) != "tr" and len(node.args) > 1 else (node.args or [None])[0]
                if isinstance(text, ast.JoinedStr):
                    problems.append(f"{path.name}:{node.lineno}: an f-string as the text")
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "tr":
                problems.append(f"{path.name}:{node.lineno}: tr bound to another name")
    assert not problems, problems


def test_every_literal_text_reaches_the_catalogue():
    """Each `context.tr("...")`, `self.tr("...")` and QT_TRANSLATE_NOOP text of the code is in
    the Italian catalogue under its context (the class for self.tr)."""
    catalogue = {(context, m.findtext("source")) for context, m in messages(TS_DIR / "crosscheck_it.ts")}
    contexts = bound_contexts()
    missing = []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
            for node in ast.walk(cls):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = _call_name(node)
                func = node.func
                if name == "QT_TRANSLATE_NOOP" and isinstance(node.args[1], ast.Constant):
                    key = (node.args[0].value, node.args[1].value)
                elif name == "tr" and isinstance(func, ast.Attribute) and isinstance(node.args[0], ast.Constant):
                    owner = func.value.id if isinstance(func.value, ast.Name) else None
                    if owner == "self" and isinstance(cls, ast.ClassDef):
                        key = (cls.name, node.args[0].value)
                    elif owner in contexts:
                        key = (owner, node.args[0].value)
                    else:
                        continue
                else:
                    continue
                if key not in catalogue:
                    missing.append(f"{path.name}:{node.lineno}: {key}")
    assert not missing, missing[:20]
