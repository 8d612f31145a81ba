"""eventdb.extract.titles in Portuguese and Spanish: the English clause rules, each
language's words (PORTUGUESE_TITLES, SPANISH_TITLES), chosen by the draft's language."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from eventdb import cli, extract
from eventdb.extract import draft_document
from eventdb.extract.titles import (
    ENGLISH_TITLES,
    PORTUGUESE_TITLES,
    SPANISH_TITLES,
    TITLES,
    TitleWords,
    event_title,
)
from eventdb.resolve.packs import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
SEED_DAY = date(2023, 9, 19)

# (sentence, the date phrase in it, the title event_title gives with PORTUGUESE_TITLES)
PORTUGUESE: list[tuple[str, str, str]] = [
    # a piece that is only the date gives its place to the clause after it
    (
        "Desde o fim do ano passado, o Azerbaijão bloqueia o corredor de Lachin.",
        "Desde o fim do ano passado",
        "O Azerbaijão bloqueia o corredor de Lachin",
    ),
    # too long: the trailing prepositional phrase goes ("a Nagorno-Karabakh")
    (
        "Nesta segunda-feira (18), o governo do Azerbaijão informou que caminhões com ajuda "
        "humanitária chegaram a Nagorno-Karabakh.",
        "Nesta segunda-feira (18)",
        "O governo do Azerbaijão informou que caminhões com ajuda humanitária chegaram",
    ),
    # an opening conjunction goes, "essa" before a noun becomes "a"
    (
        "Moscou deveria garantir a circulação, mas desde o fim do ano passado o Azerbaijão "
        "bloqueia essa ligação.",
        "desde o fim do ano passado",
        "O Azerbaijão bloqueia a ligação",
    ),
    # "que" is replaced by the noun phrase it stands for, the preposition "em" goes
    (
        "A guerra na Ucrânia, que começou com a invasão lançada em fevereiro do ano passado "
        "pela Rússia, ameaça a influência de Moscou.",
        "fevereiro do ano passado",
        "A guerra na Ucrânia começou com a invasão lançada pela Rússia",
    ),
    # so is "o qual"
    (
        "O tratado, o qual foi assinado em 2020, expirou.",
        "2020",
        "O tratado foi assinado",
    ),
    # a relative clause before the date's verb-led piece: the noun phrase is the subject
    (
        "O exercício, que começou na semana passada, termina nesta quarta-feira (20).",
        "nesta quarta-feira (20)",
        "O exercício termina",
    ),
    (
        "Em março, o TPI emitiu um mandado de prisão contra o presidente russo.",
        "março",
        "O TPI emitiu um mandado de prisão contra o presidente russo",
    ),
    # parentheses go; "do Tribunal Penal Internacional" goes to fit 80 characters
    (
        "Na semana passada, Pashinian anunciou que o país vai ratificar o Estatuto de Roma "
        "do Tribunal Penal Internacional (TPI).",
        "semana passada",
        "Pashinian anunciou que o país vai ratificar o Estatuto de Roma",
    ),
    (
        "O acordo foi assinado em 18 de setembro de 2023.",
        "18 de setembro de 2023",
        "O acordo foi assinado",
    ),
    # "Porém" opens the sentence; "esta" becomes "a"
    (
        "Porém, na terça-feira o parlamento aprovou esta lei.",
        "terça-feira",
        "O parlamento aprovou a lei",
    ),
    (
        "O governo anunciou ontem estes novos investimentos em escolas.",
        "ontem",
        "O governo anunciou os novos investimentos em escolas",
    ),
]

# (sentence, the date phrase in it, the title event_title gives with SPANISH_TITLES)
SPANISH: list[tuple[str, str, str]] = [
    (
        "Desde finales del año pasado, Azerbaiyán bloquea el corredor de Lachin.",
        "Desde finales del año pasado",
        "Azerbaiyán bloquea el corredor de Lachin",
    ),
    (
        "Este lunes (18), el gobierno de Azerbaiyán informó que camiones con ayuda humanitaria "
        "llegaron a Nagorno Karabaj.",
        "Este lunes (18)",
        "El gobierno de Azerbaiyán informó que camiones con ayuda humanitaria llegaron",
    ),
    # "pero" goes, "ese" before a noun becomes "el"
    (
        "Moscú debía garantizar la circulación, pero desde finales del año pasado Azerbaiyán "
        "bloquea ese enlace.",
        "desde finales del año pasado",
        "Azerbaiyán bloquea el enlace",
    ),
    (
        "La guerra en Ucrania, que comenzó en febrero del año pasado, amenaza la influencia "
        "de Moscú.",
        "febrero del año pasado",
        "La guerra en Ucrania comenzó",
    ),
    ("El tratado, el cual fue firmado en 2020, expiró.", "2020", "El tratado fue firmado"),
    (
        "El ejercicio, que comenzó la semana pasada, termina este miércoles (20).",
        "este miércoles (20)",
        "El ejercicio termina",
    ),
    (
        "En marzo, la CPI emitió una orden de arresto contra el presidente ruso.",
        "marzo",
        "La CPI emitió una orden de arresto contra el presidente ruso",
    ),
    # the two-word conjunction "Sin embargo" goes
    (
        "Sin embargo, el martes el parlamento aprobó esta ley.",
        "el martes",
        "El parlamento aprobó la ley",
    ),
    (
        "Ucrania y Rusia firmaron en julio del año pasado un acuerdo sobre los cereales.",
        "julio del año pasado",
        "Ucrania y Rusia firmaron un acuerdo sobre los cereales",
    ),
    ("Ayer, el presidente habló con la prensa.", "Ayer", "El presidente habló con la prensa"),
]

# (language, sentence, phrase): rejected, no clause once the date is out, so no title
NO_TITLE: list[tuple[str, str, str]] = [
    ("pt", "Em março.", "março"),
    ("pt", "Desde o fim do ano passado.", "Desde o fim do ano passado"),
    ("es", "En marzo.", "marzo"),
    ("es", "Desde finales del año pasado.", "Desde finales del año pasado"),
]

# the English rule the tables share: a relative clause before a verb-led piece is skipped
ENGLISH: list[tuple[str, str, str]] = [
    (
        "The exercise, which began last week, closed on Friday.",
        "Friday",
        "The exercise closed",
    ),
]


def test_title_tables_have_no_duplicates() -> None:
    """No sentence is listed twice in a table."""
    for table in (PORTUGUESE, SPANISH, ENGLISH):
        assert len({s for s, _, _ in table}) == len(table)
    assert len(set(NO_TITLE)) == len(NO_TITLE)


def test_every_pack_has_a_title_table() -> None:
    """TITLES holds one table per resolver pack, English's the default event_title reads."""
    assert set(TITLES) == set(LANGUAGES)
    assert (TITLES["en"], TITLES["pt"], TITLES["es"]) == (
        ENGLISH_TITLES,
        PORTUGUESE_TITLES,
        SPANISH_TITLES,
    )


@pytest.mark.parametrize(("sentence", "phrase", "title"), PORTUGUESE)
def test_portuguese_title(sentence: str, phrase: str, title: str) -> None:
    """A Portuguese sentence's title is its date's clause, cut with the Portuguese words."""
    start = sentence.index(phrase)
    assert event_title(sentence, start, start + len(phrase), words=PORTUGUESE_TITLES) == title


@pytest.mark.parametrize(("sentence", "phrase", "title"), SPANISH)
def test_spanish_title(sentence: str, phrase: str, title: str) -> None:
    """A Spanish sentence's title is its date's clause, cut with the Spanish words."""
    start = sentence.index(phrase)
    assert event_title(sentence, start, start + len(phrase), words=SPANISH_TITLES) == title


@pytest.mark.parametrize(("sentence", "phrase", "title"), ENGLISH)
def test_english_relative_aside(sentence: str, phrase: str, title: str) -> None:
    """In English too, a relative clause is no subject for the date's verb-led piece."""
    start = sentence.index(phrase)
    assert event_title(sentence, start, start + len(phrase)) == title


@pytest.mark.parametrize(("language", "sentence", "phrase"), NO_TITLE)
def test_no_title_without_a_clause(language: str, sentence: str, phrase: str) -> None:
    """A sentence that is only its date has no title in any language."""
    start = sentence.index(phrase)
    assert event_title(sentence, start, start + len(phrase), words=TITLES[language]) == ""


def test_english_table_misreads_portuguese() -> None:
    """The table is what changes the title: the English one leaves "Mas" and "essa"."""
    sentence = (
        "Moscou garante a ligação, mas desde o fim do ano passado o Azerbaijão bloqueia "
        "essa ligação."
    )
    phrase = "desde o fim do ano passado"
    start = sentence.index(phrase)
    tables = (ENGLISH_TITLES, PORTUGUESE_TITLES)
    got = [event_title(sentence, start, start + len(phrase), words=w) for w in tables]
    assert got == ["Mas o Azerbaijão bloqueia essa ligação", "O Azerbaijão bloqueia a ligação"]


# (language, article, [(when, title), ...]): the draft's events, `when` widened to the
# preposition that opens the sentence
DRAFTS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "pt",
        "Em março, o TPI emitiu um mandado. Na semana passada, Pashinian anunciou a decisão.",
        [
            ("Em março", "O TPI emitiu um mandado"),
            ("Na semana passada", "Pashinian anunciou a decisão"),
        ],
    ),
    (
        "es",
        "En marzo, la CPI emitió una orden. Desde finales del año pasado, Azerbaiyán bloquea "
        "el corredor.",
        [
            ("En marzo", "La CPI emitió una orden"),
            ("Desde finales del año pasado", "Azerbaiyán bloquea el corredor"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "events"), DRAFTS)
def test_draft_titles_and_when_in_language(
    language: str, text: str, events: list[tuple[str, str]]
) -> None:
    """draft_document titles and widens `when` with the draft's language, and gives no
    `date` where the phrase resolved alone in that language already says it."""
    mentions = extract(text, SEED_DAY, language=language)
    doc = draft_document(text, mentions, published=SEED_DAY, language=language)
    assert [(e["when"], e["title"]) for e in doc["events"]] == events
    assert all("date" not in e for e in doc["events"])


def _opening(words: TitleWords) -> re.Pattern[str]:
    """A title's opening word when it is one a title should not open with (an article
    that is also a preposition, Portuguese "a", may open one)."""
    banned = (words.conjunctions | words.relatives | words.prepositions) - words.determiners
    alternatives = "|".join(sorted(map(re.escape, banned), key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})\b", re.IGNORECASE)


def test_portuguese_seed_preview_titles_open_with_a_clause() -> None:
    """`eventdb extract` on the Portuguese seed titles no event with a conjunction,
    relative pronoun or preposition, nor with the fallback's cut ("…")."""
    args = ["extract", str(ROOT / "fixtures" / "seed-article-pt.txt")]
    args += ["--published", "2023-09-19", "--language", "pt", "-f", "json"]
    r = CliRunner().invoke(cli.app, args, prog_name="eventdb")
    assert r.exit_code == 0, r.stderr
    titles = [e["title"] for e in json.loads(r.stdout)["events"]]
    assert len(titles) == 6
    bad = _opening(PORTUGUESE_TITLES)
    assert [t for t in titles if bad.match(t) or t.endswith("…")] == []


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


_PT_WORDS = ["o", "governo", "anunciou", "que", "mas", "a", "lei", "na", "essa", "ponte", "e"]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(sorted(TITLES)),
    st.lists(st.sampled_from(_PT_WORDS), min_size=0, max_size=8),
    st.lists(st.sampled_from(_PT_WORDS), min_size=0, max_size=8),
)
def test_title_words_come_from_the_sentence(code: str, before: list[str], after: list[str]) -> None:
    """Whatever the words and table, a title is "" or at least two words, capitalised,
    each from the sentence or a demonstrative's replacement; the date is never in it."""
    date_phrase = "18 de setembro de 2023"
    sentence = " ".join([*before, date_phrase, *after]) + "."
    start = sentence.index(date_phrase)
    words = TITLES[code]
    title = event_title(sentence, start, start + len(date_phrase), words=words)
    if not title:
        return
    assert len(title.split()) >= 2
    assert title[0] == title[0].upper()
    allowed = set(_tokens(sentence)) | set(words.demonstratives.values())
    assert set(_tokens(title)) <= allowed
    assert "2023" not in title
