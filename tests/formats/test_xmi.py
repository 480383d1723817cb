"""UIMA CAS XMI for INCEpTION (issue 17 item 1): every file loads back with dkpro-cassis and every
covered text is the article's; offsets are UTF-16 code units in the file; the type system is
what INCEpTION's layer import reads; an INCEpTION-shaped export of it imports back."""

from __future__ import annotations

import io
import zipfile

import lxml.etree
import pytest
from cassis import load_cas_from_xmi, load_dkpro_core_typesystem, load_typesystem, merge_typesystems

from desktop.annotation_import import import_annotations
from desktop.cli import main
from desktop.core.commands import AddArticle, Compound, CreateClaim, HighlightPassage
from desktop.core.model import Stance, Verdict
from desktop.core.project import MemoryPersistence, Project
from desktop.core.state import ProjectState
from desktop.core.text import Utf16Index
from desktop.exporting import export_project
from desktop.formats.xmi import ARTICLE_TYPE, DOCUMENT_META_DATA, PASSAGE_TYPE, TYPE_SYSTEM_NAME
from desktop.store import create_project, open_project
from tests.support.exports import build_project

XMI_NS = "{http:///webanno/custom.ecore}"


def export_zip(project: Project, tmp_path) -> zipfile.ZipFile:
    out = tmp_path / "inception.zip"
    result = export_project(project, "xmi", out)
    assert result.items == len(project.state.articles)
    return zipfile.ZipFile(out)


def documents(archive: zipfile.ZipFile):
    ts = load_typesystem(io.BytesIO(archive.read(TYPE_SYSTEM_NAME)))
    for name in archive.namelist():
        if name.endswith(".xmi"):
            yield name, archive.read(name), load_cas_from_xmi(io.BytesIO(archive.read(name)), typesystem=ts)


def test_every_file_loads_back_with_cassis_and_every_covered_text_is_the_articles(tmp_path):
    project = build_project()
    archive = export_zip(project, tmp_path)
    names = archive.namelist()
    assert names[0] == TYPE_SYSTEM_NAME and "README.txt" in names and all("/" not in n for n in names)  # flat
    assert archive.read(TYPE_SYSTEM_NAME).startswith(b"<?xml")  # what INCEpTION's layer import looks for
    by_id = project.state.passages
    seen = set()
    for _name, _raw, cas in documents(archive):
        (meta,) = cas.select(DOCUMENT_META_DATA)
        article = project.state.articles[meta.documentId]
        assert cas.sofa_string == article.text and meta.language == (article.language or "x-unspecified")
        (details,) = cas.select(ARTICLE_TYPE)
        assert (details.sha256, details.outlet, details.published) == (
            article.sha256,
            article.outlet,
            article.published,
        )
        for span in cas.select(PASSAGE_TYPE):
            passage = by_id[span.passageId]
            assert span.get_covered_text() == article.text[passage.start : passage.end] == passage.quote
            assert (span.begin, span.end) == (passage.start, passage.end)  # cassis reads code points back
            assert span.stance == passage.stance.value and (span.note or "") == passage.note
            if passage.claim_id:
                claim = project.state.claims[passage.claim_id]
                assert (span.claimId, span.statement, span.verdict) == (claim.id, claim.statement, claim.verdict.value)
                assert (span.claimant or "", span.claimDate or "") == (claim.claimant, claim.claim_date)
                assert list(span.tags.elements) == list(claim.tags)
            seen.add(span.passageId)
    assert seen == set(by_id)


def test_offsets_in_the_file_are_utf16_code_units(tmp_path):
    project = build_project()  # emoji (🇮🇹, 😀, 🕐) before and inside passages
    shifted = 0
    for _name, raw, cas in documents(export_zip(project, tmp_path)):
        index = Utf16Index(cas.sofa_string)
        root = lxml.etree.fromstring(raw)
        for element in root.iter(f"{XMI_NS}CrosscheckPassage"):
            passage = project.state.passages[element.get("passageId")]
            begin, end = int(element.get("begin")), int(element.get("end"))
            assert (begin, end) == (index.to_utf16(passage.start), index.to_utf16(passage.end))
            shifted += begin != passage.start
    assert shifted >= 2  # the emoji really moved later begins


def test_characters_xml_cannot_hold_are_replaced_one_for_one(tmp_path):
    project = Project(ProjectState(), MemoryPersistence())
    article = AddArticle(title="Control", text="Before\x0bafter 😀 the\x1f end.")
    claim = CreateClaim("Something", verdict=Verdict.TRUE)
    text = "Before\x0bafter 😀 the\x1f end."
    start = text.index("the")
    project.run(
        Compound([article, claim, HighlightPassage(article.article_id, start, start + 8, claim_id=claim.claim_id)])
    )
    out = tmp_path / "c.zip"
    result = export_project(project, "xmi", out)
    assert result.warnings == (
        "“Control”: 2 characters that XML 1.0 cannot hold were written as U+FFFD (offsets unchanged)",
    )
    ((_name, _raw, cas),) = list(documents(zipfile.ZipFile(out)))
    (span,) = cas.select(PASSAGE_TYPE)
    assert cas.sofa_string == text.replace("\x0b", "\ufffd").replace("\x1f", "\ufffd")
    assert (span.begin, span.end) == (start, start + 8) and span.get_covered_text() == "the\ufffd end"


def articles_only(source: Project, path) -> None:
    project = create_project(path)
    project.run(
        Compound(
            [
                AddArticle(title=a.title, text=a.text, url=a.url, language=a.language, published=a.published)
                for a in source.state.articles.values()
            ]
        )
    )
    project.persistence.close()


def test_round_trip_restores_claims_and_passages(tmp_path):
    source = build_project()
    out = tmp_path / "set.zip"
    export_project(source, "xmi", out)
    path = tmp_path / "p.crosscheck"
    articles_only(source, path)
    project = open_project(path)
    try:
        report = import_annotations(project, out)
        assert report.stored, (report.message, report.problems, report.orphans)
        by_sha = {a.sha256: a.id for a in project.state.articles.values()}
        for passage in source.state.passages.values():
            mine = project.state.passages[passage.id]
            assert (mine.start, mine.end, mine.quote, mine.stance, mine.note, mine.claim_id) == (
                passage.start,
                passage.end,
                passage.quote,
                passage.stance,
                passage.note,
                passage.claim_id,
            )
            assert mine.article_id == by_sha[source.state.articles[passage.article_id].sha256]
        carried = {p.claim_id for p in source.state.passages.values() if p.claim_id}
        for claim_id in carried:
            theirs, mine = source.state.claims[claim_id], project.state.claims[claim_id]
            assert (mine.statement, mine.verdict, mine.note, mine.tags, mine.claimant, mine.claim_date) == (
                theirs.statement,
                theirs.verdict,
                theirs.note,
                theirs.tags,
                theirs.claimant,
                theirs.claim_date,
            )
        # The same file again changes nothing: no new undo step, every value as it was.
        before = {**project.state.claims, **project.state.passages}
        again = import_annotations(project, out)
        assert again.stored and {**project.state.claims, **project.state.passages} == before
    finally:
        project.persistence.close()


def inception_export(our_zip: bytes, edit) -> bytes:
    """What INCEpTION's project export in UIMA CAS XMI gives back: a zip per document holding the
    XMI (now with DKPro segmentation and metadata types) and the full type system."""
    ours = zipfile.ZipFile(io.BytesIO(our_zip))
    ts = merge_typesystems(load_typesystem(io.BytesIO(ours.read(TYPE_SYSTEM_NAME))), load_dkpro_core_typesystem())
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w") as project_zip:
        for name in ours.namelist():
            if not name.endswith(".xmi"):
                continue
            cas = load_cas_from_xmi(io.BytesIO(ours.read(name)), typesystem=ts)
            sentence = ts.get_type("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence")
            token = ts.get_type("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
            text = cas.sofa_string
            cas.add(sentence(begin=0, end=len(text)))
            position = 0
            for word in text.split():
                begin = text.index(word, position)
                cas.add(token(begin=begin, end=begin + len(word)))
                position = begin + len(word)
            edit(cas, ts)
            inner = io.BytesIO()
            with zipfile.ZipFile(inner, "w") as document_zip:
                document_zip.writestr(name, cas.to_xmi())
                document_zip.writestr("TypeSystem.xml", ts.to_xml())
            project_zip.writestr(f"annotation/{name.removesuffix('.xmi')}.zip", inner.getvalue())
    return outer.getvalue()


@pytest.mark.filterwarnings("ignore:open_binary is deprecated:DeprecationWarning")  # cassis loading DKPro's types
def test_an_inception_shaped_export_imports_back(tmp_path):
    project = create_project(tmp_path / "p.crosscheck")
    text = "The call lasted fifty minutes 😀 said the White House. Putin warned of a complete break."
    article = AddArticle(title="Wire", text=text, url="https://wire.example/a")
    claim = CreateClaim("The call lasted fifty minutes.", verdict=Verdict.TRUE, claimant="The White House")
    start = text.index("The call")
    project.run(
        Compound([article, claim, HighlightPassage(article.article_id, start, start + 29, claim_id=claim.claim_id)])
    )
    (passage,) = project.state.passages.values()
    out = tmp_path / "set.zip"
    export_project(project, "xmi", out)

    def annotate(cas, ts):
        (span,) = cas.select(PASSAGE_TYPE)
        span.stance = "mentions"  # the annotator changed the stance
        begin = cas.sofa_string.index("Putin warned")
        layer = ts.get_type(PASSAGE_TYPE)
        cas.add(layer(begin=begin, end=begin + 12, claimId="new-claim", statement="Putin warned of a break."))
        cas.add(layer(begin=0, end=3))  # a highlight with no claim

    path = tmp_path / "from-inception.zip"
    path.write_bytes(inception_export(out.read_bytes(), annotate))
    report = import_annotations(project, path)
    assert report.stored, (report.message, report.problems, report.orphans)
    state = project.state
    assert (
        state.passages[passage.id].stance is Stance.MENTIONS and state.passages[passage.id].claim_id == claim.claim_id
    )
    assert state.claims[claim.claim_id].claimant == "The White House"
    assert state.claims[claim.claim_id].verdict is Verdict.TRUE
    new = [p for p in state.passages.values() if p.id != passage.id]
    linked = next(p for p in new if p.claim_id)
    assert linked.quote == "Putin warned" and state.claims[linked.claim_id].statement == "Putin warned of a break."
    assert any(p.claim_id is None and p.quote == "The" for p in new)
    project.undo()  # one undo step takes the whole import back
    assert set(project.state.passages) == {passage.id} and project.state.passages[passage.id].stance is Stance.SUPPORTS
    project.persistence.close()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"PK\x03\x04 not really a zip", "not a readable zip file"),
        ("zip without xmi", "the zip holds no .xmi file"),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            b'<xmi:XMI xmlns:xmi="http://www.omg.org/XMI">&e;</xmi:XMI>',
            "XMI never has a DOCTYPE",
        ),
        (b'<?xml version="1.0"?><xmi:XMI xmlns:xmi="http://www.omg.org/XMI"><broken', "not readable UIMA CAS XMI"),
        (
            b'<?xml version="1.0"?><xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmi:version="2.0"/>',
            "holds no CrosscheckPassage annotations",
        ),
    ],
)
def test_bad_xmi_is_one_line_and_changes_nothing(tmp_path, capsys, content, message):
    path = tmp_path / "p.crosscheck"
    create_project(path).persistence.close()
    bad = tmp_path / "bad.zip"
    if isinstance(content, str):
        with zipfile.ZipFile(bad, "w") as archive:
            archive.writestr("notes.txt", content)
    else:
        bad.write_bytes(content)
    before = path.read_bytes()
    code = main(["import-annotations", str(path), str(bad)])
    err = capsys.readouterr().err
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert path.read_bytes() == before
