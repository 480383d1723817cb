"""What a step did, in a few words, from its entity changes alone: "linked 2 passages", "set the
verdict of “…” to False". A team project's status bar says who did what with it ("Maria linked
2 passages"); it needs no command label, so nothing a client sends is shown as it was sent."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from .i18n import Context
from .model import Article, Claim, Passage
from .replay import entity_name
from .state import EntityChange

describe_texts = Context("describe_texts")

# What a step did to one kind of entity, for one entity and for several ("linked a passage",
# "linked 3 passages"): a sentence's predicate, its subject the person ("Maria linked ...").
_PHRASES: dict[str, tuple[Callable[[], str], Callable[[int], str]]] = {
    "highlighted passage": (
        lambda: describe_texts.tr("highlighted a passage"),
        lambda n: describe_texts.tr("highlighted %n passages", None, n),
    ),
    "linked passage": (
        lambda: describe_texts.tr("linked a passage"),
        lambda n: describe_texts.tr("linked %n passages", None, n),
    ),
    "unlinked passage": (
        lambda: describe_texts.tr("unlinked a passage"),
        lambda n: describe_texts.tr("unlinked %n passages", None, n),
    ),
    "edited passage": (
        lambda: describe_texts.tr("edited a passage"),
        lambda n: describe_texts.tr("edited %n passages", None, n),
    ),
    "deleted passage": (
        lambda: describe_texts.tr("deleted a passage"),
        lambda n: describe_texts.tr("deleted %n passages", None, n),
    ),
    "new claim": (
        lambda: describe_texts.tr("made a new claim"),
        lambda n: describe_texts.tr("made %n new claims", None, n),
    ),
    "edited claim": (
        lambda: describe_texts.tr("edited a claim"),
        lambda n: describe_texts.tr("edited %n claims", None, n),
    ),
    "deleted claim": (
        lambda: describe_texts.tr("deleted a claim"),
        lambda n: describe_texts.tr("deleted %n claims", None, n),
    ),
    "imported article": (
        lambda: describe_texts.tr("imported an article"),
        lambda n: describe_texts.tr("imported %n articles", None, n),
    ),
    "edited article": (
        lambda: describe_texts.tr("edited an article"),
        lambda n: describe_texts.tr("edited %n articles", None, n),
    ),
    "removed article": (
        lambda: describe_texts.tr("removed an article"),
        lambda n: describe_texts.tr("removed %n articles", None, n),
    ),
}


def describe_changes(changes: Sequence[EntityChange]) -> str:
    counts: Counter[str] = Counter()
    verdicts: list[str] = []
    for change in changes:
        before, after = change.before, change.after
        if isinstance(change.entity, Passage):
            if before is None:
                counts["linked passage" if after.claim_id else "highlighted passage"] += 1  # type: ignore[union-attr]  # a passage change with no before has an after
            elif after is None:
                counts["deleted passage"] += 1
            elif before.claim_id != after.claim_id:  # type: ignore[union-attr]  # both set: neither a creation nor a deletion here
                counts["linked passage" if after.claim_id else "unlinked passage"] += 1  # type: ignore[union-attr]  # as above
            else:
                counts["edited passage"] += 1
        elif isinstance(change.entity, Claim):
            if before is None:
                counts["new claim"] += 1
            elif after is None:
                counts["deleted claim"] += 1
            elif isinstance(after, Claim) and isinstance(before, Claim) and before.verdict != after.verdict:
                verdicts.append(
                    describe_texts.tr(
                        "set the verdict of {claim} to {verdict}", claim=entity_name(after), verdict=after.verdict.label
                    )
                )
            else:
                counts["edited claim"] += 1
        elif isinstance(change.entity, Article):
            counts[
                "imported article" if before is None else "removed article" if after is None else "edited article"
            ] += 1
    parts = list(verdicts)
    for key, (one, several) in _PHRASES.items():
        if counts[key]:
            parts.append(one() if counts[key] == 1 else several(counts[key]))
    if not parts:
        return describe_texts.tr("made a change")
    return parts[0] if len(parts) == 1 else joined(parts)


def joined(parts: Sequence[str]) -> str:
    """ "a, b and c", in the user's language."""
    return describe_texts.tr("{first} and {last}", first=", ".join(parts[:-1]), last=parts[-1])
