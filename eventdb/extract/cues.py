"""The words extraction reads around a phrase, per language: data, not code paths.

The resolver's packs (:mod:`eventdb.resolve.packs`) hold the words *of* a dated phrase.
Extraction also reads a few words *around* one, which no pack holds: the verbs whose
tense decides whether a bare "Friday" is the last or the next one, the prepositions an
extent leaves out ("in March" is marked ``March``), and the verbs that join a start and an
end into one range ("começou na semana passada e vai até esta quarta-feira"). Each
language is one :class:`Cues` row of :data:`CUES`; adding a language is adding a row.

>>> cues("pt").future.search("o acordo vai ser assinado") is not None
True
>>> cues("es").past.search("el ministro dijo") is not None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Cues:
    """The cue patterns of one language, as regular-expression sources."""

    # a future verb or modal: "will", "is due to"; "vai", "irá"; "va a", "será"
    future: str
    # a past verb: "said", "announced"; "disse", "anunciou"; "dijo", "anunció"
    past: str
    # what just before a phrase makes it a deadline, so a future one ("until", "até")
    deadline: str
    # past verbs of lasting, which keep a deadline after them in the past: "lasted until
    # Friday", "durou até sexta-feira", "duró hasta el viernes" (a bare name the resolver
    # reads ahead after "until" is then the last one)
    lasted: str = r"(?!)"
    # a past auxiliary just before a future cue, which puts the plan in the past: "was
    # scheduled to", "had been due to", "as previously planned"; "estava previsto"
    past_aux: str = r"(?!)"
    # present verbs and clause openers that cut a verb of lasting off from a deadline:
    # "he continued to insist the offer is open until Friday", "ficou feliz com a decisão,
    # que vale até sexta-feira" (the deadline is the coming Friday)
    present: str = r"(?!)"
    # prepositions before a phrase that its extent leaves out ("em março" is ``março``)
    prepositions: tuple[str, ...] = ()
    # words that count a phrase from the date the story last set, not the publication:
    # "no dia seguinte", "naquela semana", "três dias depois"; "al día siguiente", "esa
    # semana", "tres días después" (English has its own pattern, _ANCHORED)
    anchored: str = r"(?!)"
    # pack words too ambiguous to head a phrase alone ("antes": before, formerly)
    not_heads: tuple[str, ...] = ()
    # verbs after a start and its "and" that carry it on to an end ("e vai até ...")
    runs_on: tuple[str, ...] = ()
    # words before "45 anos" that make it someone's age, no duration of the story
    ages: tuple[str, ...] = ()
    # what before a date makes it a birth date, no date of the story's thread
    born: str = r"(?!)"
    # prepositions opening a sentence that a draft's ``when`` takes in ("In March, …")
    leads: tuple[str, ...] = ()


CUES: dict[str, Cues] = {
    "en": Cues(
        future=(
            r"\b(?:will|won't|shall|is\s+due|are\s+due|due\s+to|is\s+expected|are\s+expected|"
            r"(?:is|are)\s+scheduled|scheduled|plans?\s+to|planned|is\s+to|are\s+to|"
            r"(?:set|slated|poised|supposed|likely|intends?|aims?|hopes?|seeks?)\s+to|to\s+be|"
            r"runs?\s+until|until|next|upcoming|expires?|would|'ll|expects?\s+to|"
            r"agree(?:d|ment)\s+to)\b"
        ),
        # a participle after "be" is passive, its auxiliary gives the tense ("will be
        # paid"); one after a determiner is an adjective ("a still unspecified date")
        past=(
            r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)"
            r"(?<!\bstill\s)"
            r"\b(?:said|says|was|were|had|did|reported|announced|told|left|met|began|came|went|"
            r"took|made|gave|held|fell|rose|won|lost|sold|bought|paid|struck|saw|got|found|led|"
            r"spent|spoke|wrote|ran|flew|brought|thought|felt|kept|sent|stood|"
            r"(?!expected|scheduled|planned|proposed)\w*[^e\W]ed)\b"  # not "succeed"
        ),
        # "until mid-November", "by February", "effective Feb. 1"
        deadline=r"\b(?:until|till|effective)\s+$",
        past_aux=r"\b(?:was|were|had|had\s+been|previously|originally)\s+$",
        born=r"\b(?:born|b\.)\s+(?:on\s+|in\s+)?$",
        lasted=(
            r"\b(?:lasted|remained|stayed|continued|persisted|lingered|ran|waited|held|"
            r"went\s+on|was\s+closed|were\s+closed|was\s+open|were\s+open)\b"
        ),
        present=(
            r",|;|\b(?:which|that|who|when|is|are|remains?|stays?|lasts?|runs?|holds?|"
            r"continues?|goes\s+on)\b"
        ),
        leads=("in", "on", "at", "during", "over", "for", "within", "throughout"),
    ),
    "pt": Cues(
        # the simple future is a verb ending ("assinará"): the auxiliaries and modals
        # name it in news far more often, and are words
        future=(
            r"\b(?:vai|vão|irá|irão|deverá|deverão|deve|devem|será|serão|terá|terão|haverá|"
            r"poderá|poderão|pretende|pretendem|planeja|planejam|planeia|planeiam|"
            r"está\s+previst[oa]|estão\s+previst[oa]s|prevê|prevêem|marcad[oa]s?\s+para|"
            r"até|próxim[oa]s?)\b"
        ),
        past=(
            r"\b(?:foi|foram|era|eram|disse|disseram|afirmou|declarou|anunciou|informou|"
            r"começou|começaram|aconteceu|ocorreu|houve|teve|tiveram|fez|fizeram|esteve|"
            r"estiveram|deu|deram|viu|veio|vieram|"
            r"(?!(?:vou|estou|sou|dou)\b)\w{2,}ou|\w{2,}aram|\w{2,}eram|\w{2,}iram|"
            # the preterite of -ir and -er verbs ("emitiu", "venceu"), not nouns in -eu
            r"(?-i:[a-zà-ú]{2,}iu|(?!(?:europeu|judeu|museu|liceu|apogeu|coliseu|plebeu|ateu|"
            r"pneu|jubileu|hebreu|pigmeu|camafeu|mausoléu|troféu|chapéu|ilhéu)\b)[a-zà-ú]{2,}eu))\b"
        ),
        deadline=r"\b(?:até)\s+$",
        past_aux=r"\b(?:estava|estavam|era|eram|tinha|tinham|havia|haviam)\s+$",
        born=r"\b(?:nascid[oa]s?|nasceu|nasceram)\s+(?:em\s+|no\s+|na\s+|a\s+)?(?:dia\s+)?$",
        lasted=(
            # not "ficou de" (promised to)
            r"\b(?:durou|duraram|permaneceu|permaneceram|ficou|ficaram|continuou|continuaram|"
            r"seguiu|seguiram|esperou|esperaram|prosseguiu|prosseguiram|esteve|estiveram)\b"
            r"(?!\s+de\b)"
        ),
        present=(
            r",|;|\b(?:que|quando|onde|é|são|está|estão|fica|ficam|vale|valem|continua|"
            r"continuam|dura|duram|segue|seguem|permanece|permanecem)\b"
        ),
        prepositions=("em", "no", "na", "nos", "nas", "durante"),
        anchored=(
            # not "nessa", "nesse": in Brazilian news "nessa sexta-feira" is this week's
            r"\b(?:seguinte|anterior|mesm[oa]|depois|antes|mais\s+tarde|mais\s+cedo)$|"
            r"^(?:naquel[ea]s?|daquel[ea]s?|aquel[ea]s?|n?o\s+mesmo|n?a\s+mesma|"
            r"naquel[ea]\s+mesm[oa])\b"
        ),
        # "segunda", "quarta", "quinta", "sexta" are ordinals too: "a segunda maior
        # cidade"; as weekdays they head a phrase with "-feira"
        not_heads=("segunda", "quarta", "quinta", "sexta"),
        runs_on=("vai", "segue", "continua", "dura", "prossegue", "termina"),
        ages=("de", "com", "tem", "têm", "tinha", "aos"),
        leads=("em", "no", "na", "nos", "nas", "durante"),
    ),
    "es": Cues(
        future=(
            r"\b(?:va\s+a|van\s+a|vamos\s+a|irá|irán|será|serán|deberá|deberán|tendrá|"
            r"tendrán|habrá|podrá|podrán|pretende|pretenden|planea|planean|"
            r"está\s+previst[oa]|están\s+previst[oa]s|prevé|prevén|"
            r"hasta|próxim[oa]s?)\b"
        ),
        past=(
            r"\b(?:fue|fueron|era|eran|dijo|dijeron|afirmó|declaró|anunció|informó|"
            r"comenzó|empezó|ocurrió|hubo|tuvo|tuvieron|hizo|hicieron|estuvo|estuvieron|"
            r"dio|dieron|vio|vino|vinieron|ha|han|había|habían|"
            r"\w{2,}ó|\w{2,}aron|\w{2,}ieron)\b"
        ),
        deadline=r"\b(?:hasta)\s+$",
        past_aux=r"\b(?:estaba|estaban|era|eran|había|habían)\s+$",
        born=r"\b(?:nacid[oa]s?|naci[oó]|nacieron)\s+(?:el\s+|en\s+)?(?:d[ií]a\s+)?$",
        lasted=(
            # not "quedó en" (agreed to)
            r"\b(?:duró|duraron|permaneció|permanecieron|quedó|quedaron|continuó|continuaron|"
            r"siguió|siguieron|esperó|esperaron|prosiguió|prosiguieron|estuvo|estuvieron)\b"
            r"(?!\s+en\b)"
        ),
        present=(
            r",|;|\b(?:que|cuando|donde|es|son|está|están|queda|quedan|vale|valen|sigue|"
            r"siguen|continúa|continúan|dura|duran|permanece|permanecen)\b"
        ),
        prepositions=("en", "a", "durante"),
        anchored=(
            r"\b(?:siguiente|anterior|despu[eé]s|antes|m[aá]s\s+tarde|m[aá]s\s+temprano)$|"
            r"^(?:(?:en\s+|de\s+)?(?:es[ea]s?|aquel|aquellas?|aquellos)|"
            r"(?:el|la|ese|esa|aquel|aquella)\s+mism[oa])\b"
        ),
        not_heads=("antes",),
        runs_on=("va", "sigue", "continúa", "dura", "se extiende", "termina"),
        ages=("de", "con", "tiene", "tienen", "tenía", "los"),
        leads=("en", "a", "durante"),
    ),
}


@dataclass(frozen=True)
class Compiled:
    """One language's cues, compiled."""

    future: re.Pattern[str]
    past: re.Pattern[str]
    deadline: re.Pattern[str]
    lasted: re.Pattern[str]
    past_aux: re.Pattern[str]
    present: re.Pattern[str]
    anchored: re.Pattern[str]
    born: re.Pattern[str]
    cues: Cues


@cache
def cues(code: str) -> Compiled:
    """The compiled cues of language ``code`` (a pack code: "en", "pt", "es")."""
    row = CUES[code]
    return Compiled(
        re.compile(row.future, re.IGNORECASE),
        re.compile(row.past, re.IGNORECASE),
        re.compile(row.deadline, re.IGNORECASE),
        re.compile(row.lasted, re.IGNORECASE),
        re.compile(row.past_aux, re.IGNORECASE),
        re.compile(row.present, re.IGNORECASE),
        re.compile(row.anchored, re.IGNORECASE),
        re.compile(row.born, re.IGNORECASE),
        row,
    )


__all__ = ["CUES", "Compiled", "Cues", "cues"]
