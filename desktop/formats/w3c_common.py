"""Names shared by the W3C Web Annotation writer and reader (FORMATS.md).

Our own fields live under the `crosscheck:` prefix, declared in each annotation's @context next to
the W3C context, so a JSON-LD processor expands them to full IRIs and a reader that does not know
them still sees valid annotations.
"""

from __future__ import annotations

import uuid

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
NAMESPACE = "https://crosscheck.github.io/ns/annotation#"
PREFIX = "crosscheck"
# Terms we use that not every published anno.jsonld defines: the 2017 file that many tools cache
# lacks `assessing` (w3c/web-annotation#444), so without it a verdict's motivation and purpose
# would vanish from the RDF. The W3C context's own terms are not redefined (the model forbids it).
INLINE_CONTEXT = {PREFIX: NAMESPACE, "assessing": "http://www.w3.org/ns/oa#assessing"}
CONTEXT = [ANNO_CONTEXT, INLINE_CONTEXT]
MEDIA_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"'

# Our keys (compact IRIs under the prefix above).
KIND = f"{PREFIX}:kind"  # "claim", "verdict" or "passage": which of our entities an annotation carries
STANCE = f"{PREFIX}:stance"
NOTE = f"{PREFIX}:note"
COLOUR = f"{PREFIX}:colour"
MODIFIED_BY = f"{PREFIX}:modifiedBy"
SHA256 = f"{PREFIX}:sha256"
VERDICT = f"{PREFIX}:verdict"
TITLE = f"{PREFIX}:title"
CLAIMANT = f"{PREFIX}:claimant"
CLAIM_DATE = f"{PREFIX}:claimDate"
TEXT = f"{PREFIX}:text"  # on a passage's target: the stored text its offsets count (when the source is a page URL)

KIND_CLAIM, KIND_VERDICT, KIND_PASSAGE = "claim", "verdict", "passage"
# Stable ids for annotations derived from an entity (a verdict, an unlinked passage's highlight).
_DERIVED = uuid.UUID("6f1c1c5e-3b8e-4d4a-9a59-0d7f3f0c2a11")


def uuid_iri(entity_id: str) -> str:
    return f"urn:uuid:{entity_id}"


def derived_iri(entity_id: str, role: str) -> str:
    return uuid_iri(str(uuid.uuid5(_DERIVED, f"{role}:{entity_id}")))


def sha_iri(sha256: str) -> str:
    return f"urn:sha256:{sha256}"


def uuid_from_iri(iri: object) -> str | None:
    """The UUID of a `urn:uuid:` IRI in canonical form, else None."""
    if not isinstance(iri, str) or not iri.lower().startswith("urn:uuid:"):
        return None
    try:
        return str(uuid.UUID(iri[9:]))
    except ValueError:
        return None


def foreign_passage_id(annotation_id: str, index: int) -> str:
    """A stable passage id for another tool's annotation target, so re-importing replaces."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{annotation_id}#target{index}"))
