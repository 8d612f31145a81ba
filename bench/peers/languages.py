"""Portuguese and Spanish phrases for the resolver benchmark: how news in each writes time.

Each list is read against the seed article's publication date (19 September 2023). The
phrases are written for the benchmark, one or two per family the packs cover; the same
garbage as the English run is mixed in, one phrase in ten.
"""

from __future__ import annotations

from datetime import date

from .data import Phrase

REFERENCE = date(2023, 9, 19)

PHRASES = {
    "pt": (
        "hoje", "ontem", "anteontem", "amanhã", "depois de amanhã", "agora",
        "nesta segunda-feira (18)", "na segunda-feira passada", "sábado que vem",
        "na próxima sexta-feira", "terça-feira, 10 de janeiro", "segunda 8/2/2016",
        "mês passado", "no mês que vem", "semana passada", "na próxima semana",
        "ano passado", "este ano", "o ano que vem", "neste fim de semana",
        "há três dias", "há 2 anos", "há cerca de dois anos", "três dias atrás",
        "daqui a cinco dias", "em duas semanas", "dentro de um mês",
        "nos últimos dois anos", "nas próximas semanas",
        "no início de março", "em meados de agosto", "no fim do ano passado",
        "desde o fim do ano passado", "desde 2014", "até sexta-feira",
        "10 de agosto de 2012", "10 Agosto 2012", "1º de maio", "dia 18 de setembro",
        "no dia 18", "8/2/2016", "18.09.2023", "março", "setembro passado",
        "fevereiro do ano passado", "em março de 2020", "no verão passado",
        "no primeiro trimestre", "no segundo semestre de 2022", "anos 90",
        "a década de 1980", "século XX", "10 - 22 Agosto 2012", "10 a 22 de agosto",
        "entre março e maio", "de 2010 a 2015", "hoje de manhã", "ontem à noite",
        "às 15h30", "natal", "páscoa de 2024", "carnaval", "o resto do mês",
    ),
    "es": (
        "hoy", "ayer", "anteayer", "mañana", "pasado mañana", "ahora",
        "el lunes pasado", "el próximo sábado", "el sábado que viene",
        "martes, 10 de enero", "lunes 8/2/2016", "la semana pasada", "la próxima semana",
        "el mes que viene", "el año pasado", "este año", "este fin de semana",
        "hace tres días", "hace 2 semanas", "hace más de dos años", "en cinco días",
        "dentro de un mes", "en algunos meses", "en los últimos dos años",
        "en las próximas semanas", "a principios de marzo", "a mediados de agosto",
        "finales del año pasado", "febrero del año pasado", "desde el lunes",
        "hasta el viernes", "desde el lunes hasta el viernes", "del lunes al viernes",
        "10 de agosto de 2012", "10 Agosto 2012", "el 18 de septiembre", "el día 18",
        "1º de mayo", "8/2/2016", "septiembre pasado", "en marzo de 2020",
        "el verano pasado", "el primer trimestre", "el segundo semestre de 2022",
        "los años 90", "la década de 1990", "el siglo XX", "10 - 22 Agosto 2012",
        "del 10 al 22 de agosto de 2012", "entre marzo y mayo", "de 2010 a 2015",
        "mañana por la tarde", "el lunes por la mañana", "ayer por la noche",
        "a las 15:30", "navidad", "viernes santo de 2024", "en lo que va del año",
        "el resto del mes",
    ),
}  # fmt: skip


def language_phrases(code: str, garbage: list[Phrase]) -> list[Phrase]:
    """The phrases of one language, with the garbage of the main run mixed in, in order."""
    real = [Phrase(t, REFERENCE, {"text": t}) for t in PHRASES[code]]
    out: list[Phrase] = []
    junk = iter(garbage)
    for i, p in enumerate(real):
        out.append(p)
        if i % 9 == 8:
            out.extend(j for j in [next(junk, None)] if j is not None)
    return out
