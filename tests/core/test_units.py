"""The unit splitter: sentences and clauses with exact code-point spans."""

from __future__ import annotations

from desktop.core.units import MAX_UNIT_CHARS, candidate_units, split_sentences


def texts(text):
    return [text[u.start : u.end] for u in split_sentences(text)]


def test_english_sentences_and_abbreviations():
    text = "Mr. Biden spoke to Dr. Putin. It lasted 50 min. The U.S. said so. J. Biden agreed!"
    assert texts(text) == [
        "Mr. Biden spoke to Dr. Putin.",
        "It lasted 50 min.",
        "The U.S. said so.",
        "J. Biden agreed!",
    ]


def test_italian_quotes_and_guillemets():
    text = "Ha detto: «Non lo escludiamo.» Poi ha aggiunto “è tutto da chiarire”. Il sig. Rossi tace."
    assert texts(text) == [
        "Ha detto: «Non lo escludiamo.»",
        "Poi ha aggiunto “è tutto da chiarire”.",
        "Il sig. Rossi tace.",
    ]


def test_lowercase_after_period_and_decimals_do_not_split():
    text = "Il pil cresce del 2.5 per cento. ecc. e poi altro. Fine."
    assert texts(text) == ["Il pil cresce del 2.5 per cento. ecc. e poi altro.", "Fine."]


def test_newlines_end_units_and_spans_are_code_points():
    text = "Titolo 🇮🇹 breve\n\nPrima frase qui. Seconda 😀 frase qui.\n"
    units = split_sentences(text)
    assert [text[u.start : u.end] for u in units] == ["Titolo 🇮🇹 breve", "Prima frase qui.", "Seconda 😀 frase qui."]
    for u in units:
        assert text[u.start : u.end] == text[u.start : u.end].strip()


def test_long_sentence_also_offered_as_clauses():
    text = (
        "Putin and Biden agreed that negotiations will take place bilaterally in Geneva on January 10; "
        "in Brussels in the framework of the meeting between Russia and NATO, on January 12; "
        "and in Vienna at the OSCE, on the 13th."
    )
    units = candidate_units(text)
    kinds = [u.kind for u in units]
    assert kinds[0] == "sentence" and kinds.count("clause") == 3
    assert any(text[u.start : u.end].startswith("in Brussels") for u in units)


def test_one_megabyte_article_is_split_into_bounded_units():
    paragraph = "Il colloquio telefonico tra Biden e Putin si è chiuso dopo 50 minuti. " * 20 + "\n"
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    run_on = "parola " * 5000  # no punctuation at all
    units = candidate_units(text + run_on)
    assert len(units) > 10000
    assert max(u.end - u.start for u in units) <= MAX_UNIT_CHARS
    assert units[-1].end <= len(text + run_on)


def test_empty_and_blank_text():
    assert split_sentences("") == [] and candidate_units("  \n\n ") == []


def test_headings_are_short_lines_of_their_own():
    from desktop.core.units import is_heading

    text = (
        "Telephone conversations between Putin and Biden\n\n"
        "Yesterday a call took place. It lasted 50 minutes.\n"
        "Armi in Ucraina\n"
        "The call lasted fifty minutes, the White House reported.\n"
        "Biden warned Putin of further sanctions, and Putin answered that this would be a mistake;\n"
        "Colloqui tra Putin e Biden."
    )
    headings = {text[u.start : u.end] for u in candidate_units(text) if is_heading(text, u)}
    # The title, a subheading and the trailing tag line (last line, even with its full stop);
    # not a sentence that shares its line, a one-sentence paragraph or a list item.
    assert headings == {
        "Telephone conversations between Putin and Biden",
        "Armi in Ucraina",
        "Colloqui tra Putin e Biden.",
    }
