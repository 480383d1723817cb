"""desktop.core.i18n: how the layers without Qt speak (plain English, or through the backend the
window installs), plurals, named placeholders, markers."""

from __future__ import annotations

from desktop.core import i18n
from desktop.core.i18n import QT_TRANSLATE_NOOP, Context, English


class Recording:
    def __init__(self) -> None:
        self.asked: list[tuple] = []

    def translate(self, context, source, disambiguation, n):
        self.asked.append((context, source, disambiguation, n))
        return "«" + source + "»"

    def number(self, value):
        return f"n{value}"

    def datetime(self, iso):
        return f"t{iso}"

    def date(self, value):
        return f"d{value}"


texts = Context("texts")


def test_plain_english_settles_plurals_and_counts():
    english = English()
    assert english.translate("c", "%n passage(s)", None, 1) == "1 passage"
    assert english.translate("c", "%n passage(s)", None, 0) == "0 passages"
    assert english.translate("c", "%Ln character(s)", None, 12345) == "12,345 characters"
    assert english.translate("c", "(s) stays without a count", None, -1) == "(s) stays without a count"
    assert english.number(1234567) == "1,234,567"
    assert english.datetime("2021-12-30T18:02:41.123456Z") == "2021-12-30 18:02:41 UTC"


def test_fields_are_named_and_only_formatted_when_given():
    assert texts.tr("{path}: no such project file", path="/tmp/a") == "/tmp/a: no such project file"
    assert texts.tr("braces {stay} without fields") == "braces {stay} without fields"
    assert texts.tr("{a} then {b}", b=2, a=1) == "1 then 2"
    assert texts.tr("%n of {total}", None, 3, total=5) == "3 of 5"


def test_an_installed_backend_gets_the_context_and_the_count():
    backend = Recording()
    i18n.install(backend)
    try:
        assert texts.tr("%n claim(s) for {who}", "note", 2, who="Ann") == "«%n claim(s) for Ann»"
        assert backend.asked == [("texts", "%n claim(s) for {who}", "note", 2)]
        assert (i18n.number(3), i18n.datetime_text("x"), i18n.date_text("y")) == ("n3", "tx", "dy")
        assert i18n.datetime_text("") == "" and i18n.date_text("") == ""
    finally:
        i18n.install(None)
    assert isinstance(i18n.backend(), English)


def test_a_marker_returns_its_text_untranslated():
    assert QT_TRANSLATE_NOOP("texts", "True") == "True"


def test_verdict_and_stance_labels_are_translated_values_stay():
    from desktop.core.model import Stance, Verdict

    backend = Recording()
    i18n.install(backend)
    try:
        assert Verdict.MOSTLY_TRUE.label == "«Mostly true»" and Verdict.MOSTLY_TRUE.value == "Mostly true"
        assert Stance.REFUTES.label == "«Refutes»" and Stance.REFUTES.value == "refutes"
        assert Verdict.parse("«Mostly true»") is Verdict.MOSTLY_TRUE  # the shown name reads back
    finally:
        i18n.install(None)
