"""The domain entities: Article, Passage, Claim, and the Stance and Verdict scales.

Entities are immutable values; a change is a new value (`dataclasses.replace`). That makes an
undo step nothing more than the value before and the value after (see commands.py).
Vocabulary follows CONTEXT.md.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from .i18n import QT_TRANSLATE_NOOP, Context

model_texts = Context("model_texts")


def new_id() -> str:
    return str(uuid.uuid4())


_last_now: list[datetime] = []


def now_iso() -> str:
    """UTC timestamp in microseconds, sortable as text (ISO 8601, 'Z' suffix). Strictly increasing
    within a process, so entities made in one step (an import of many files) keep their order."""
    now = datetime.now(UTC)
    if _last_now and now <= _last_now[0]:
        now = _last_now[0] + timedelta(microseconds=1)
    _last_now[:] = [now]
    return now.isoformat(timespec="microseconds").replace("+00:00", "Z")


class Stance(enum.StrEnum):
    """How a passage relates to the claim it is linked to."""

    SUPPORTS = "supports"  # the source asserts the claim as fact
    MENTIONS = "mentions"  # the source reports or attributes it without endorsing it
    REFUTES = "refutes"  # the source contradicts it

    @property
    def label(self) -> str:
        """Its name for the user ("Supports"), in the user's language; `value` is the stored one."""
        return model_texts.tr(_STANCE_LABELS[self])


class Verdict(enum.StrEnum):
    """The fact-checker's rating of a claim. Ordered from best to worst; the last two are not on the
    numeric scale (ClaimReview gets no ratingValue for them)."""

    TRUE = "True"
    MOSTLY_TRUE = "Mostly true"
    MIXED = "Mixed"
    MOSTLY_FALSE = "Mostly false"
    FALSE = "False"
    UNVERIFIABLE = "Unverifiable"
    NOT_RATED = "Not rated"

    @property
    def label(self) -> str:
        """Its name for the user, in the user's language; `value` is the stored (English) one."""
        return model_texts.tr(_VERDICT_LABELS[self])

    @property
    def rating_value(self) -> int | None:
        """5 (True) .. 1 (False); None where the verdict is not a point on the scale."""
        return _RATING.get(self)

    @classmethod
    def parse(cls, text: str) -> Verdict:
        wanted = text.strip().casefold()
        for verdict in cls:
            if wanted in (verdict.value.casefold(), verdict.name.casefold(), verdict.label.casefold()):
                return verdict
        allowed = ", ".join(v.value for v in cls)
        raise ValueError(
            model_texts.tr("unknown verdict {text}; use one of: {allowed}", text=repr(text), allowed=allowed)
        )


_STANCE_LABELS = {
    Stance.SUPPORTS: QT_TRANSLATE_NOOP("model_texts", "Supports"),
    Stance.MENTIONS: QT_TRANSLATE_NOOP("model_texts", "Mentions"),
    Stance.REFUTES: QT_TRANSLATE_NOOP("model_texts", "Refutes"),
}
_VERDICT_LABELS = {
    Verdict.TRUE: QT_TRANSLATE_NOOP("model_texts", "True"),
    Verdict.MOSTLY_TRUE: QT_TRANSLATE_NOOP("model_texts", "Mostly true"),
    Verdict.MIXED: QT_TRANSLATE_NOOP("model_texts", "Mixed"),
    Verdict.MOSTLY_FALSE: QT_TRANSLATE_NOOP("model_texts", "Mostly false"),
    Verdict.FALSE: QT_TRANSLATE_NOOP("model_texts", "False"),
    Verdict.UNVERIFIABLE: QT_TRANSLATE_NOOP("model_texts", "Unverifiable"),
    Verdict.NOT_RATED: QT_TRANSLATE_NOOP("model_texts", "Not rated"),
}


_RATING = {
    Verdict.TRUE: 5,
    Verdict.MOSTLY_TRUE: 4,
    Verdict.MIXED: 3,
    Verdict.MOSTLY_FALSE: 2,
    Verdict.FALSE: 1,
}
BEST_RATING, WORST_RATING = 5, 1


def parse_stance(text: str) -> Stance:
    try:
        return Stance(text.strip().lower())
    except ValueError:
        allowed = ", ".join(s.value for s in Stance)
        raise ValueError(
            model_texts.tr("unknown stance {text}; use one of: {allowed}", text=repr(text), allowed=allowed)
        ) from None


# An entity's kind ("article", as merges and checks say it), in the user's language.
KIND_NAMES = {
    "article": QT_TRANSLATE_NOOP("model_texts", "article"),
    "claim": QT_TRANSLATE_NOOP("model_texts", "claim"),
    "passage": QT_TRANSLATE_NOOP("model_texts", "passage"),
}


def kind_name(kind: str) -> str:
    return model_texts.tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


# Entity fields as a message names them (a merge conflict, an undo over a colleague's change).
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("model_texts", "title"),
    "text": QT_TRANSLATE_NOOP("model_texts", "text"),
    "sha256": QT_TRANSLATE_NOOP("model_texts", "text hash"),
    "outlet": QT_TRANSLATE_NOOP("model_texts", "outlet"),
    "url": QT_TRANSLATE_NOOP("model_texts", "URL"),
    "language": QT_TRANSLATE_NOOP("model_texts", "language"),
    "published": QT_TRANSLATE_NOOP("model_texts", "date"),
    "author": QT_TRANSLATE_NOOP("model_texts", "author"),
    "article_id": QT_TRANSLATE_NOOP("model_texts", "article"),
    "start": QT_TRANSLATE_NOOP("model_texts", "start"),
    "end": QT_TRANSLATE_NOOP("model_texts", "end"),
    "quote": QT_TRANSLATE_NOOP("model_texts", "quote"),
    "prefix": QT_TRANSLATE_NOOP("model_texts", "text before"),
    "suffix": QT_TRANSLATE_NOOP("model_texts", "text after"),
    "claim_id": QT_TRANSLATE_NOOP("model_texts", "claim"),
    "claimant": QT_TRANSLATE_NOOP("model_texts", "claimant"),
    "claim_date": QT_TRANSLATE_NOOP("model_texts", "claim date"),
    "stance": QT_TRANSLATE_NOOP("model_texts", "stance"),
    "note": QT_TRANSLATE_NOOP("model_texts", "note"),
    "statement": QT_TRANSLATE_NOOP("model_texts", "statement"),
    "verdict": QT_TRANSLATE_NOOP("model_texts", "verdict"),
    "tags": QT_TRANSLATE_NOOP("model_texts", "tags"),
    "colour": QT_TRANSLATE_NOOP("model_texts", "colour"),
    "modified": QT_TRANSLATE_NOOP("model_texts", "modified"),
}


def field_name(field_: str) -> str:
    return model_texts.tr(FIELD_NAMES[field_]) if field_ in FIELD_NAMES else field_


@dataclass(frozen=True, slots=True)
class Article:
    """One report from one outlet. Its text is normalised on import and never changes."""

    id: str
    title: str
    text: str
    sha256: str
    outlet: str = ""
    url: str = ""
    language: str = ""  # BCP 47 tag, e.g. "it", "en"
    published: str = ""  # ISO date (YYYY-MM-DD) or datetime; "" when unknown
    author: str = ""  # who wrote the article (byline), not who imported it
    imported_at: str = field(default_factory=now_iso)
    created_by: str = ""
    modified: str = field(default_factory=now_iso)
    modified_by: str = ""

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True, slots=True)
class Passage:
    """A span of one article's text, in code points [start, end), optionally linked to a claim."""

    id: str
    article_id: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    claim_id: str | None = None
    stance: Stance = Stance.SUPPORTS
    note: str = ""
    created: str = field(default_factory=now_iso)
    created_by: str = ""
    modified: str = field(default_factory=now_iso)
    modified_by: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement that one or more passages, usually in different articles, make."""

    id: str
    statement: str
    verdict: Verdict = Verdict.NOT_RATED
    note: str = ""
    tags: tuple[str, ...] = ()
    colour: str = ""  # "#rrggbb"; "" lets the palette choose
    claimant: str = ""  # who made the claim (a person or an organisation, as named); "" when unknown
    claim_date: str = ""  # when it was made: an ISO 8601 date or date-time (core.dates); "" when unknown
    created: str = field(default_factory=now_iso)
    created_by: str = ""
    modified: str = field(default_factory=now_iso)
    modified_by: str = ""


Entity = Article | Passage | Claim

# Distinct hues that stay apart for common colour-vision deficiencies (Okabe-Ito plus extras);
# the UI derives light/dark tints from them. A claim is never shown by colour alone.
CLAIM_PALETTE = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#d55e00",
    "#f0e442",
    "#7f63b8",
    "#8c564b",
    "#17becf",
)


def palette_colour(index: int) -> str:
    return CLAIM_PALETTE[index % len(CLAIM_PALETTE)]
