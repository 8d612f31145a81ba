"""An event's title from its sentence: the clause that carries the date, shortened by rule.

A news sentence often holds several clauses, and only one carries the date. The title is
that clause without its date phrase: the subject, verb and object a reader would put in a
chronology ("Azerbaijan has blocked the link" from "…, but since the end of last year
Azerbaijan has blocked this link, making it difficult…"). The rules, in order:

1. split the sentence at commas, semicolons, dashes and quotation marks (never inside the
   date phrase); the clause is the piece holding the date, without the date and the
   preposition before it;
2. a piece that was only the date ("In March, the ICC issued…") gives its place to the
   clause that follows it;
3. an opening conjunction goes ("but", "and"); a relative pronoun is replaced by what it
   stands for ("The war in Ukraine, which began…" → "The war in Ukraine began…"), and a
   relative clause that was only the date leaves that noun phrase alone ("a joint
   exercise…, which began last week and runs until…" → "A joint exercise…");
4. parentheses go, and "this"/"these" before a noun become "the";
5. while the title is longer than the limit, its last prepositional phrase goes ("… of
   the International Criminal Court"), never one with a verb in it and never leaving
   fewer than three words; what cannot be shortened that way is kept whole: a title is
   never cut mid-phrase.

The words these rules use are data, one table per language (:data:`ENGLISH_TITLES`,
:data:`PORTUGUESE_TITLES`, :data:`SPANISH_TITLES`; :data:`TITLES` by pack code): adding a
language is adding a table, no rule changes.

>>> event_title("In March, the ICC issued a warrant against the president of Russia.", 0, 8)
'The ICC issued a warrant against the president of Russia'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textio import one_line

__all__ = [
    "ENGLISH_TITLES",
    "PORTUGUESE_TITLES",
    "SPANISH_TITLES",
    "TITLES",
    "TitleWords",
    "event_title",
]


@dataclass(frozen=True)
class TitleWords:
    """The words of one language that the title rules look for (all lowercase)."""

    # prepositions: a phrase they open may be dropped; one just before the date goes with it
    prepositions: frozenset[str]
    # words that make a preposition part of a longer one ("due to", "because of")
    preposition_heads: frozenset[str]
    # words before the date that go with it ("since the end of last year")
    date_leads: frozenset[str]
    # conjunctions that open a clause and are dropped from its title
    conjunctions: frozenset[str]
    # relative pronouns, replaced by the noun phrase they stand for
    relatives: frozenset[str]
    # auxiliaries and common finite verbs: where a noun phrase before a relative starts
    verbs: frozenset[str]
    # the regular past/participle ending ("-ed"), as a pattern
    participle: str
    # demonstratives a title reads better without ("this link" -> "the link")
    demonstratives: dict[str, str]
    # articles between a preposition and the date ("on a Thursday")
    determiners: frozenset[str] = frozenset()
    # words that open a clause with no finite verb ("to be completed")
    nonfinite: frozenset[str] = frozenset({"to"})
    # the endings of a gerund ("saying"), which opens a clause with no finite verb
    gerunds: tuple[str, ...] = ("ing",)
    # the word that opens a clause after a noun ("warnings that …"), cut when too long
    complementizer: str = "that"


ENGLISH_TITLES = TitleWords(
    prepositions=frozenset(
        {
            *("about", "above", "across", "after", "against", "along", "amid", "among"),
            *("around", "at", "before", "behind", "below", "beside", "between", "beyond"),
            *("by", "despite", "during", "for", "from", "in", "inside", "into", "near", "of"),
            *("off", "on", "onto", "over", "since", "through", "throughout", "to", "toward"),
            *("towards", "under", "until", "upon", "with", "within", "without", "via"),
        }
    ),
    preposition_heads=frozenset({"due", "because", "according", "ahead", "instead", "prior"}),
    date_leads=frozenset(
        {
            *("in", "on", "at", "since", "until", "till", "by", "during", "from", "after"),
            *("before", "around", "about", "through", "ended", "ending", "effective"),
            *("later", "earlier", "as", "of", "into", "due", "for", "to"),
        }
    ),
    conjunctions=frozenset({"but", "and", "yet", "so", "or", "then", "while", "whereas"}),
    relatives=frozenset({"which", "who", "whom", "that"}),
    verbs=frozenset(
        {
            *("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had"),
            *("will", "would", "shall", "should", "can", "could", "may", "might", "must"),
            *("does", "do", "did", "says", "said", "remains", "became", "becomes"),
            *("rose", "fell", "sought", "told", "met", "took", "made", "gave", "held", "won"),
            *("lost", "sold", "bought", "paid", "saw", "got", "found", "led", "spent", "spoke"),
            *("wrote", "ran", "brought", "thought", "kept", "sent", "stood", "began", "came"),
            *("went", "left", "struck", "grew", "rejected", "agreed"),
        }
    ),
    participle=r"[a-z]{3,}ed",
    demonstratives={"this": "the", "these": "the"},
    determiners=frozenset({"a", "an", "the"}),
)

PORTUGUESE_TITLES = TitleWords(
    prepositions=frozenset(
        {
            *("em", "no", "na", "nos", "nas", "de", "do", "da", "dos", "das", "desde"),
            *("até", "durante", "a", "ao", "aos", "à", "às", "com", "contra", "entre"),
            *("para", "pelo", "pela", "pelos", "pelas", "por", "sem", "sob", "sobre"),
            *("num", "numa", "após", "perante"),
        }
    ),
    preposition_heads=frozenset({"partir", "antes", "depois", "além", "apesar", "cerca"}),
    date_leads=frozenset(
        {
            *("em", "no", "na", "nos", "nas", "de", "do", "da", "desde", "até", "durante"),
            *("a", "partir", "após", "antes", "depois", "entre", "por", "pelo", "pela"),
        }
    ),
    conjunctions=frozenset({"mas", "e", "porém", "ou", "contudo", "todavia", "entretanto"}),
    relatives=frozenset({"que", "o qual", "a qual", "os quais", "as quais"}),
    verbs=frozenset(
        {
            *("é", "são", "foi", "foram", "era", "eram", "está", "estão", "esteve", "tem"),
            *("têm", "teve", "tinha", "há", "houve", "vai", "vão", "será", "serão", "deve"),
            *("devem", "deverá", "pode", "podem", "poderá", "disse", "fez", "deu", "veio"),
            *("continua", "bloqueia", "ameaça", "segue", "termina", "dura", "reúne"),
        }
    ),
    participle=r"[a-zà-ú]{2,}(?:ou|aram|eram|iram|ava|avam)",
    demonstratives={
        **{"este": "o", "esse": "o", "esta": "a", "essa": "a"},
        **{"estes": "os", "esses": "os", "estas": "as", "essas": "as"},
    },
    determiners=frozenset({"o", "a", "os", "as", "um", "uma"}),
    nonfinite=frozenset({"para"}),
    gerunds=("ando", "endo", "indo"),
    complementizer="que",
)

SPANISH_TITLES = TitleWords(
    prepositions=frozenset(
        {
            *("en", "de", "del", "desde", "hasta", "durante", "a", "al", "con", "contra"),
            *("entre", "para", "por", "sin", "sobre", "tras", "ante", "bajo", "según"),
        }
    ),
    preposition_heads=frozenset({"partir", "antes", "después", "además", "cerca"}),
    date_leads=frozenset(
        {
            *("en", "el", "la", "de", "del", "desde", "hasta", "durante", "a", "al"),
            *("partir", "tras", "antes", "después", "entre", "por"),
        }
    ),
    conjunctions=frozenset({"pero", "y", "e", "o", "u", "sin embargo", "aunque", "mientras"}),
    relatives=frozenset({"que", "el cual", "la cual", "los cuales", "las cuales"}),
    verbs=frozenset(
        {
            *("es", "son", "fue", "fueron", "era", "eran", "está", "están", "estuvo"),
            *("ha", "han", "había", "habían", "hay", "hubo", "tiene", "tienen", "tuvo"),
            *("va", "van", "será", "serán", "debe", "deben", "puede", "pueden", "dijo"),
            *("hizo", "dio", "vino", "sigue", "continúa", "termina", "dura", "bloquea"),
            *("amenaza", "reúne"),
        }
    ),
    participle=r"[a-zá-úñ]{2,}(?:ó|aron|ieron|aba|aban)",
    demonstratives={
        **{"este": "el", "ese": "el", "esta": "la", "esa": "la"},
        **{"estos": "los", "esos": "los", "estas": "las", "esas": "las"},
    },
    determiners=frozenset({"el", "la", "los", "las", "un", "una"}),
    nonfinite=frozenset({"para"}),
    gerunds=("ando", "iendo", "yendo"),
    complementizer="que",
)

# the title words of each language, by pack code (eventdb.resolve.packs.LANGUAGES)
TITLES: dict[str, TitleWords] = {
    "en": ENGLISH_TITLES,
    "pt": PORTUGUESE_TITLES,
    "es": SPANISH_TITLES,
}

# where a sentence splits into pieces: punctuation, or a dash between spaces
_SPLIT = re.compile(r",(?!\d{3}\b)|[;:“”\"]|\s[–—-]\s")  # not "$132,000"
_PARENS = re.compile(r"\s*\([^()]*\)")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _pieces(sentence: str, ws: int, we: int) -> list[tuple[int, int]]:
    """The sentence's pieces as (start, end), never split inside ``ws:we``."""
    out, last = [], 0
    for m in _SPLIT.finditer(sentence):
        if ws <= m.start() < we:
            continue
        out.append((last, m.start()))
        last = m.end()
    out.append((last, len(sentence)))
    return out


def _text(sentence: str, piece: tuple[int, int]) -> str:
    return sentence[piece[0] : piece[1]]


def _tidy(text: str) -> str:
    return one_line(text).strip(" .,;:!?'\"’‘")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _alternatives(phrases: frozenset[str]) -> str:
    """A pattern for any of ``phrases``, longest first, a space standing for any run."""
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=lambda p: (-len(p), p))
    )


def _drop_lead(text: str, words: TitleWords) -> str:
    """``text`` without the words that led to the date at its end: prepositions, their
    determiners and the participles that take a date ("… launched in", "… invaded on a",
    "… the six months ended", "… later in")."""
    while True:
        m = re.search(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+)\s*$", text)
        if m is None:
            return text
        prev, w = (m.group(1) or "").lower(), m.group(2).lower()
        if w in words.date_leads:
            text = text[: m.start(2)]
        elif w in words.determiners and prev in words.date_leads:
            text = text[: m.start(1)]  # "on a Thursday"; not "reported a third-quarter loss"
        else:
            return text


def _drop_opening(text: str, words: TitleWords) -> str:
    """``text`` without its opening conjunctions ("but Azerbaijan has…")."""
    opening = re.compile(rf"\s*(?:{_alternatives(words.conjunctions)})\b\s*", re.IGNORECASE)
    while True:
        m = opening.match(text)
        if m is None:
            return text
        text = text[m.end() :]


def _antecedent(piece: str, words: TitleWords) -> str:
    """The noun phrase a relative pronoun after ``piece`` stands for: what follows the
    piece's last verb, or the whole piece when it has none."""
    verb = re.compile(rf"(?:{words.participle})$")
    cut = 0
    for m in _WORD.finditer(piece):
        w = m.group()
        if w.lower() in words.verbs or (w.islower() and verb.match(w)):
            cut = m.end()
    return piece[cut:].strip()


def _is_verb_after_noun(tokens: list[str], i: int, words: TitleWords) -> bool:
    """Token ``i`` is a verb: a past form after a word that is no preposition or
    determiner ("aid arrived"; not "from occupied areas")."""
    w = tokens[i]
    if w.lower() in words.verbs:
        return True
    if not (w.islower() and re.fullmatch(words.participle, w)):
        return False
    before = tokens[i - 1].lower() if i else ""
    return before not in words.prepositions and before not in words.determiners


def _has_verb(text: str, words: TitleWords) -> bool:
    """A finite verb among ``text``'s words (an auxiliary, a listed verb, a past form)."""
    return any(
        w.lower() in words.verbs or (w.islower() and re.fullmatch(words.participle, w))
        for w in _WORD.findall(text)
    )


def _opens_without_subject(clause: str, words: TitleWords) -> str:
    """How ``clause`` opens when it has no subject of its own: "verb" ("glossed over
    …"), "nonfinite" ("saying that …", "to be completed"), or ""."""
    m = re.match(r"([^\W\d_]+)", clause)
    if m is None or not m.group(1).islower():
        return ""
    w = m.group(1)
    if w in words.nonfinite or (w.endswith(words.gerunds) and len(w) > 4):
        return "nonfinite"
    if w in words.verbs or re.fullmatch(words.participle, w):
        return "verb"
    return ""


def _main_clause(
    sentence: str, pieces: list[tuple[int, int]], k: int, words: TitleWords
) -> tuple[str, bool]:
    """The pieces before piece ``k`` up to the first with a verb, without one-word asides
    ("President Clinton, meantime, …") or relative clauses ("The exercise, which began
    last week, …"), and whether they hold a verb."""
    relative = re.compile(rf"(?:{_alternatives(words.relatives)})\b", re.IGNORECASE)
    out: list[str] = []
    for a, b in pieces[:k]:
        piece = sentence[a:b].strip()
        if out and relative.match(piece):
            continue
        if len(piece.split()) > 1:
            out.append(piece)
        if _has_verb(piece, words):
            return " ".join(out), True
    return " ".join(out), False


def _shorten(title: str, limit: int, words: TitleWords) -> str:
    """Drop trailing prepositional phrases while ``title`` is longer than ``limit``, then
    a trailing "that" clause ("… warnings from Moscow that US air strikes could …")."""
    title = _drop_phrases(title, limit, words)
    if len(title) > limit:
        # a "that" clause after a noun, not a verb's object ("reported that …" stays)
        that = re.escape(words.complementizer)
        m = re.search(rf"^(\S+(?:\s+\S+){{2,}}?)\s+{that}\s", title)
        last = m.group(1).split()[-1] if m is not None else ""
        verb = _has_verb(last, words) or last.endswith(words.gerunds)  # "is suggesting that"
        if m is not None and len(m.group(1)) <= limit and not verb:
            title = m.group(1).rstrip(",;:")
    return title


def _drop_phrases(title: str, limit: int, words: TitleWords) -> str:
    """``title`` without trailing prepositional phrases, one at a time, while too long."""
    while len(title) > limit:
        tokens = title.split()
        cut = None
        for i in range(len(tokens) - 1, 2, -1):
            if any(_is_verb_after_noun(tokens, j, words) for j in range(i + 1, len(tokens))):
                break  # a verb after this point: no prepositional phrase ends the title
            if tokens[i].lower() in words.prepositions:
                j = i - 1 if tokens[i - 1].lower() in words.preposition_heads else i
                if j >= 3:
                    cut = j
                break
        if cut is None:
            return title
        title = " ".join(tokens[:cut]).rstrip(",;:")
    return title


def event_title(
    sentence: str, start: int, end: int, limit: int = 80, words: TitleWords = ENGLISH_TITLES
) -> str:
    """The title for the event ``sentence`` dates with ``sentence[start:end]``; "" when
    no clause is left once the date is out.

    >>> event_title("Moscow was to keep the road open, but since the end of last year "
    ...             "Azerbaijan has blocked this link, making it hard to deliver food.", 38, 64)
    'Azerbaijan has blocked the link'
    """
    pieces = _pieces(sentence, start, end)
    k = next(i for i, (a, b) in enumerate(pieces) if a <= start <= b)
    a, b = pieces[k]
    rest = _drop_lead(sentence[a:start], words) + " " + sentence[end:b]
    first = _words(rest)[:1]
    adverbial = bool(first) and first[0] in words.prepositions and not _has_verb(rest, words)
    if (
        adverbial
        or not set(_words(rest)) - words.prepositions - words.conjunctions - words.determiners
    ):
        # the piece was only the date, or a phrase around it ("For a good part of 1990,"):
        # it dates the clause after it, or at the end of the sentence the nearest one
        # before it with a verb ("…, or three cents a share, a year ago")
        nxt = k + 1 if k + 1 < len(pieces) else -1
        if nxt < 0:
            verbal = [
                i for i in range(k - 1, -1, -1) if _has_verb(_text(sentence, pieces[i]), words)
            ]
            nxt = verbal[0] if verbal else k - 1
        if nxt < 0:
            return ""
        rest = sentence[pieces[nxt][0] : pieces[nxt][1]]
        k = nxt
    clause = _drop_opening(rest, words).strip()
    opening = _opens_without_subject(clause, words)
    if opening:
        main, finite = _main_clause(sentence, pieces, k, words)
        if opening == "verb" and main and not finite:
            clause = main + " " + clause  # "President Clinton" + "glossed over …"
        elif opening == "nonfinite" and finite:
            clause = main  # "…, saying that …": the clause it hangs from
    m = re.match(rf"(?:{_alternatives(words.relatives)})\b", clause, re.IGNORECASE)
    if m is not None and k > 0:
        before = sentence[pieces[k - 1][0] : pieces[k - 1][1]]
        clause = (_antecedent(before, words) + " " + clause[m.end() :]).strip()
    clause = _PARENS.sub("", clause)
    for w, repl in words.demonstratives.items():
        clause = re.sub(rf"\b{w}\b(?=\s+[a-z])", repl, clause, flags=re.IGNORECASE)
    title = _shorten(_tidy(clause), limit, words)
    if len(title.split()) < 2:
        return ""
    return title[0].upper() + title[1:]
