"""The W3C export as RDF, read by real JSON-LD and RDF libraries (pyld, rdflib): the same graph
under the 2017 anno.jsonld that many tools cache and under the current one, nothing dropped,
verdicts keep their motivation, and each stored text is its own node."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyld import jsonld
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from desktop.core.commands import AddArticle, Compound, CreateClaim, HighlightPassage
from desktop.core.model import Verdict
from desktop.exporting import export_project
from desktop.formats import w3c_common as w3c
from tests.support.exports import build_project
from tests.support.paths import DATA

OA = Namespace("http://www.w3.org/ns/oa#")
CC = Namespace(w3c.NAMESPACE)
DC = Namespace("http://purl.org/dc/elements/1.1/")
CONTEXTS = {name: DATA / "w3c-context" / f"anno-{name}.jsonld" for name in ("2017", "current")}
SHARED_URL = "http://kremlin.ru"


def loader_for(context: Path):
    document = json.loads(context.read_text(encoding="utf-8"))

    def load(url, options=None):
        assert url == w3c.ANNO_CONTEXT, f"only the annotation context may be fetched, not {url}"
        return {"contextUrl": None, "documentUrl": url, "document": document}

    return load


def graph_of(doc: dict, context: Path) -> Graph:
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads", "documentLoader": loader_for(context)})
    return Graph().parse(data=nquads, format="nt")


@pytest.fixture
def exported(tmp_path) -> tuple[dict, object]:
    project = build_project()
    # Two different texts of one page URL (the defect: they became one node with two hashes).
    first = AddArticle(title="Readout, first version", text="Putin e Biden hanno parlato.\n", url=SHARED_URL)
    second = AddArticle(title="Readout, updated", text="Putin e Biden hanno parlato a lungo.\n", url=SHARED_URL)
    claim = CreateClaim("They spoke.", verdict=Verdict.MOSTLY_TRUE)
    project.run(
        Compound(
            [
                first,
                second,
                claim,
                HighlightPassage(first.article_id, 0, 13, claim_id=claim.claim_id),
                HighlightPassage(second.article_id, 0, 13, claim_id=claim.claim_id),
            ]
        )
    )
    out = tmp_path / "set.jsonld"
    export_project(project, "w3c", out)
    return json.loads(out.read_text(encoding="utf-8")), project


def test_the_graph_is_the_same_under_the_2017_and_the_current_context(exported):
    doc, _ = exported
    graphs = {name: graph_of(doc, path) for name, path in CONTEXTS.items()}
    assert len(graphs["2017"]) > 300
    assert isomorphic(graphs["2017"], graphs["current"])


def test_verdicts_keep_motivation_and_purpose_under_the_2017_context(exported):
    doc, project = exported
    graph = graph_of(doc, CONTEXTS["2017"])
    rated = [c for c in project.state.claims.values() if c.verdict is not Verdict.NOT_RATED]
    assessing = set(graph.subjects(OA.motivatedBy, OA.assessing))
    assert len(assessing) == len(rated) == 4
    for annotation in assessing:
        body = graph.value(annotation, OA.hasBody)
        assert graph.value(body, OA.hasPurpose) == OA.assessing
        assert graph.value(annotation, OA.hasTarget) is not None


def _terms(context: Path) -> set[str]:
    return set(json.loads(context.read_text(encoding="utf-8"))["@context"])


def _walk(node, found: set[str], values: set[str]) -> None:
    if isinstance(node, list):
        for item in node:
            _walk(item, found, values)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                continue
            found.add(key)
            if key in ("motivation", "purpose", "type"):  # values that are terms (@vocab / @type)
                values.update(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
            _walk(value, found, values)


def test_every_term_we_use_is_defined_by_both_contexts_or_our_inline_one(exported):
    doc, _ = exported
    keys: set[str] = set()
    values: set[str] = set()
    _walk(doc, keys, values)
    defined = (_terms(CONTEXTS["2017"]) & _terms(CONTEXTS["current"])) | set(w3c.INLINE_CONTEXT)
    prefixes = {"crosscheck"}
    undefined = {t for t in keys | values if t not in defined and t.split(":")[0] not in prefixes}
    assert undefined == set()
    assert "assessing" in values and "assessing" not in _terms(CONTEXTS["2017"])  # the term that needed us
    # Our inline context does not redefine a term of the W3C context (the model forbids it).
    assert not (set(w3c.INLINE_CONTEXT) - {"crosscheck"}) & _terms(CONTEXTS["current"]) - {"assessing"}


def test_each_stored_text_is_its_own_node_and_the_offsets_name_it(exported):
    doc, project = exported
    graph = graph_of(doc, CONTEXTS["2017"])
    page = URIRef(SHARED_URL)
    assert graph.value(page, CC.sha256) is None and graph.value(page, CC.title) is None  # the page is not the text
    shared = [a for a in project.state.articles.values() if a.url == SHARED_URL]
    for article in shared:
        text = URIRef(f"urn:sha256:{article.sha256}")
        assert list(graph.objects(text, CC.sha256)) == [Literal(article.sha256)]
        assert list(graph.objects(text, CC.title)) == [Literal(article.title)]
        assert graph.value(text, DC["format"]) == Literal("text/plain")
    targets = list(graph.subjects(RDF.type, OA.SpecificResource))
    on_page = [t for t in targets if graph.value(t, OA.hasSource) == page]
    assert len(on_page) == 2
    cached = {graph.value(graph.value(t, OA.hasState), OA.cachedSource) for t in on_page}
    assert cached == {URIRef(f"urn:sha256:{a.sha256}") for a in shared}
    for target in on_page:
        state = graph.value(target, OA.hasState)
        assert (state, RDF.type, OA.TimeState) in graph and graph.value(state, OA.sourceDate) is not None


def test_claimant_and_claim_date_are_in_the_graph(exported):
    doc, project = exported
    graph = graph_of(doc, CONTEXTS["current"])
    claim = next(c for c in project.state.claims.values() if c.claimant)
    node = URIRef(f"urn:uuid:{claim.id}")
    assert graph.value(node, CC.claimant) == Literal("The White House")
    assert graph.value(node, CC.claimDate) == Literal("2021-12-30T22:00Z")
