"""Deterministic synthetic projects for benchmarks and scale tests.

    python -m benchmarks.synthetic OUT.crosscheck [--articles 500] [--passages 50000] [--claims 5000] [--seed 7]

Articles reuse and vary the sample texts (sentences shuffled, numbers changed, emoji and accents
added) to realistic lengths; passages fall on word boundaries, some overlap, and claims link
passages across several sources.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from desktop.core.commands import PutEntities
from desktop.core.model import Article, Claim, Passage, Stance, Verdict, now_iso, palette_colour
from desktop.core.text import normalise_text, quote_context, text_sha256
from desktop.sample import sample_folder
from desktop.store import create_project

EXTRAS = ("😀", "👍🏽", "🇮🇹", "à", "è", "ì", "ò", "ù", "ß", "é", "«", "»", "—")


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_folder().glob("*.txt"))]
    sentences = []
    for text in texts:
        sentences += [s.strip() for s in re.split(r"(?<=[.;!?])\s+", normalise_text(text)) if len(s.strip()) > 30]
    return sentences


def make_article_text(rng: random.Random, sentences: list[str], target_chars: int) -> str:
    paragraphs, paragraph, size = [], [], 0
    while size < target_chars:
        sentence = rng.choice(sentences)
        sentence = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)), sentence)
        if rng.random() < 0.15:
            sentence += " " + rng.choice(EXTRAS)
        paragraph.append(sentence)
        size += len(sentence) + 1
        if len(paragraph) >= rng.randint(2, 6):
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    return "\n\n".join(paragraphs)


def word_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def generate(articles: int, passages: int, claims: int, seed: int, long_article_passages: int = 0):
    """Entities for a project. With `long_article_passages`, the first article is long and carries
    that many passages (overlaps included), for the repaint benchmark."""
    rng = random.Random(seed)
    sentences = _sentences()
    stamp = now_iso()
    article_list = []
    for n in range(articles):
        target = 58_000 if (n == 0 and long_article_passages) else rng.randint(2_500, 14_000)
        text = make_article_text(rng, sentences, target) + f"\n\n[{n}]"
        article_list.append(
            Article(
                id=f"00000000-0000-4000-8000-{n:012d}",
                title=f"Report {n}: " + text[:60].split("\n")[0],
                text=text,
                sha256=text_sha256(text),
                outlet=f"Outlet {n % 37}",
                language=("it", "en")[n % 2],
                published=f"2022-01-{1 + n % 28:02d}",
                imported_at=stamp,
                modified=stamp,
            )
        )
    claim_list = [
        Claim(
            id=f"10000000-0000-4000-8000-{n:012d}",
            statement=f"Synthetic claim {n}: " + rng.choice(sentences)[:80],
            verdict=rng.choice(list(Verdict)),
            colour=palette_colour(n),
            created=stamp,
            modified=stamp,
        )
        for n in range(claims)
    ]
    spans = {a.id: word_spans(a.text) for a in article_list}
    passage_list: list[Passage] = []

    def add_passage(article: Article, words: list[tuple[int, int]], first: int, length: int) -> None:
        start, end = words[first][0], words[min(len(words) - 1, first + length)][1]
        ctx = quote_context(article.text, start, end)
        claim = rng.choice(claim_list).id if claim_list and rng.random() < 0.85 else None
        passage_list.append(
            Passage(
                id=f"20000000-0000-4000-8000-{len(passage_list):012d}",
                article_id=article.id,
                start=start,
                end=end,
                quote=ctx.quote,
                prefix=ctx.prefix,
                suffix=ctx.suffix,
                claim_id=claim,
                stance=rng.choice(list(Stance)),
                created=stamp,
                modified=stamp,
            )
        )

    if long_article_passages:
        first_article = article_list[0]
        words = spans[first_article.id]
        for k in range(long_article_passages):
            # every tenth overlaps the previous one
            base = (k * (len(words) - 20)) // long_article_passages
            add_passage(first_article, words, max(0, base - (3 if k % 10 == 0 else 0)), rng.randint(2, 12))
    while len(passage_list) < passages:
        article = rng.choice(article_list[1:] if len(article_list) > 1 else article_list)
        words = spans[article.id]
        add_passage(article, words, rng.randrange(0, max(1, len(words) - 15)), rng.randint(2, 25))
    return article_list, claim_list, passage_list


def build_project(
    path: Path, articles: int, passages: int, claims: int, seed: int, long_article_passages: int = 0
) -> Path:
    article_list, claim_list, passage_list = generate(articles, passages, claims, seed, long_article_passages)
    project = create_project(path)
    try:
        project.run(PutEntities([*article_list, *claim_list, *passage_list], label="Synthetic project"))
    finally:
        project.persistence.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--passages", type=int, default=50_000)
    parser.add_argument("--claims", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--long-article-passages", type=int, default=2_000)
    args = parser.parse_args(argv)
    build_project(Path(args.out), args.articles, args.passages, args.claims, args.seed, args.long_article_passages)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
