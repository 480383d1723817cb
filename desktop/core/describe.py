"""What a step did, in a few words, from its entity changes alone: "linked 2 passages", "set the
verdict of “…” to False". A team project's status bar says who did what with it ("Maria linked
2 passages"); it needs no command label, so nothing a client sends is shown as it was sent."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .model import Article, Claim, Passage
from .replay import entity_name
from .state import EntityChange


def _count(n: int, noun: str) -> str:
    if n != 1:
        return f"{n} {noun}s"
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def describe_changes(changes: Sequence[EntityChange]) -> str:
    counts: Counter[str] = Counter()
    verdicts: list[str] = []
    for change in changes:
        before, after = change.before, change.after
        if isinstance(change.entity, Passage):
            if before is None:
                counts["linked passage" if after.claim_id else "highlighted passage"] += 1  # type: ignore[union-attr]
            elif after is None:
                counts["deleted passage"] += 1
            elif before.claim_id != after.claim_id:  # type: ignore[union-attr]
                counts["linked passage" if after.claim_id else "unlinked passage"] += 1  # type: ignore[union-attr]
            else:
                counts["edited passage"] += 1
        elif isinstance(change.entity, Claim):
            if before is None:
                counts["new claim"] += 1
            elif after is None:
                counts["deleted claim"] += 1
            elif isinstance(after, Claim) and isinstance(before, Claim) and before.verdict != after.verdict:
                verdicts.append(f"set the verdict of {entity_name(after)} to {after.verdict.value}")
            else:
                counts["edited claim"] += 1
        elif isinstance(change.entity, Article):
            counts[
                "imported article" if before is None else "removed article" if after is None else "edited article"
            ] += 1
    parts = list(verdicts)
    phrases = {
        "highlighted passage": ("highlighted", "passage"),
        "linked passage": ("linked", "passage"),
        "unlinked passage": ("unlinked", "passage"),
        "edited passage": ("edited", "passage"),
        "deleted passage": ("deleted", "passage"),
        "new claim": ("made", "new claim"),
        "edited claim": ("edited", "claim"),
        "deleted claim": ("deleted", "claim"),
        "imported article": ("imported", "article"),
        "edited article": ("edited", "article"),
        "removed article": ("removed", "article"),
    }
    for key, (verb, noun) in phrases.items():
        if counts[key]:
            parts.append(f"{verb} {_count(counts[key], noun)}")
    if not parts:
        return "made a change"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
