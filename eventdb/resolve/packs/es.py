"""The Spanish pack: the words the rules read, as data.

Month and weekday names and their abbreviations are CLDR's (checked against babel in
tests/test_resolve_packs.py); "mar" is March, not martes. Words are written with their
accents; the resolver matches them with or without ("días" and "dias").

>>> PACK.months["septiembre"], PACK.weekdays["miércoles"], PACK.units["año"]
(9, 2, 'year')
"""

from __future__ import annotations

from ..vocab import Vocabulary, names

# fmt: off
MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)
MONTH_ABBREVIATIONS = (
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
)
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
# CLDR's, less "mar" (March wins: a month is the likelier reading of a bare "mar")
WEEKDAY_ABBREVIATIONS = ("lun", "mié", "jue", "vie", "sáb", "dom")

_UNITS = {
    "día": "day", "semana": "week", "fin de semana": "weekend", "finde": "weekend",
    "quincena": "fortnight",
    "mes": "month", "trimestre": "quarter", "semestre": "half", "estación": "season",
    "año": "year", "década": "decade", "siglo": "century", "hora": "hour", "mitad": "half",
    "minuto": "minute",
}
_PLURALS = {
    "días": "day", "semanas": "week", "fines de semana": "weekend", "findes": "weekend",
    "quincenas": "fortnight",
    "meses": "month", "trimestres": "quarter", "semestres": "half", "estaciones": "season",
    "años": "year", "décadas": "decade", "siglos": "century", "horas": "hour",
    "minutos": "minute",
}
_ORDINALS = {
    "primero": 1, "segundo": 2, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6,
    "séptimo": 7, "octavo": 8, "noveno": 9, "décimo": 10,
}

_PART_HEADS = {
    "principios": "early", "principio": "early", "inicios": "early", "inicio": "early",
    "comienzos": "early", "comienzo": "early", "mediados": "mid", "finales": "late",
    "fines": "late", "final": "late", "fin": "late", "mitad": "mid",
    # halves of what has none of its own ("la segunda mitad de agosto"); a year's are H1/H2
    "primera mitad": "early", "segunda mitad": "late",
}

PACK = Vocabulary(
    code="es",
    day_first=True,
    cardinal_days=True,
    months=names(MONTHS, {**dict(zip(MONTH_ABBREVIATIONS, range(1, 13), strict=True)), "set": 9, "sep": 9}, 1),
    weekdays=names(
        WEEKDAYS,
        {a: i for i, a in zip((0, 2, 3, 4, 5, 6), WEEKDAY_ABBREVIATIONS, strict=True)},
        0,
    ),
    units={**_UNITS, **_PLURALS},
    plurals=frozenset(_PLURALS),
    numbers={
        "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
        "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
        "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18,
        "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintidós": 22,
        "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
        "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30,
        "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
        "noventa": 90, "cien": 100,
        "ciento": 100, "doscientos": 200, "trescientos": 300, "cuatrocientos": 400,
        "quinientos": 500, "seiscientos": 600, "setecientos": 700, "ochocientos": 800,
        "novecientos": 900, "mil": 1000, "algunos": 3, "algunas": 3, "unos": 3, "unas": 3,
        "un par de": 2, "par de": 2,
        "pocos": 3, "pocas": 3, "varios": 3, "varias": 3,
    },
    number_joiners=("y",),
    ordinals={
        **_ORDINALS,
        **{k[:-1] + "a": n for k, n in _ORDINALS.items()},  # primera, segunda...
        "primer": 1, "tercer": 3, "último": -1, "última": -1,
        # "los primeros días de octubre", "las últimas semanas del año"
        "primeros": 1, "primeras": 1, "últimos": -1, "últimas": -1,
    },
    seasons={"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
    directions={
        "pasado": -1, "pasada": -1, "anterior": -1, "último": -1, "última": -1,
        "pasados": -1, "pasadas": -1, "últimos": -1, "últimas": -1, "próximos": 1,
        "próximas": 1,
        "este": 0, "esta": 0, "actual": 0, "en curso": 0, "corriente": 0, "presente": 0,
        "próximo": 1, "próxima": 1, "que viene": 1, "siguiente": 1, "entrante": 1,
        # after a plural unit: "los días siguientes", "las semanas previas", "los años
        # venideros"
        "siguientes": 1, "anteriores": -1, "previos": -1, "previas": -1, "venideros": 1,
        "venideras": 1, "posteriores": 1,
        # after a unit: "el año que termina" is this one, "la semana que terminó" the last
        "que termina": 0, "que finaliza": 0, "que concluye": 0, "que terminó": -1,
        "que recién terminó": -1, "que acaba de terminar": -1, "que pasó": -1,
    },
    # "principios de", "el final del", "al inicio de": each head with each joining word
    parts={
        f"{article}{head} {of}": part
        for head, part in _PART_HEADS.items()
        for of in ("de", "del")
        for article in ("", "el ", "al ")
    },
    day_words={
        "hoy": 0, "ayer": -1, "anteayer": -2, "antier": -2, "antes de ayer": -2,
        "antes de anoche": -2, "anoche": -1, "mañana": 1, "pasado mañana": 2,
        "el día siguiente": 1, "al día siguiente": 1, "la víspera": -1, "esta noche": 0,
        "esta mañana": 0, "esta tarde": 0, "esta madrugada": 0, "anteanoche": -2,
        "antenoche": -2, "día de hoy": 0, "día de ayer": -1, "día de mañana": 1,
        "el día de mañana": 1, "al otro día": 1,
        "día anterior": -1, "el día anterior": -1,
    },
    day_times={
        "anoche": "NI", "esta noche": "NI", "esta mañana": "MO", "esta tarde": "AF",
        "esta madrugada": "NI", "anteanoche": "NI", "antenoche": "NI",
    },
    day_parts={
        # "mañana" alone is tomorrow (a day word, read first); after a day it is morning
        "mañana": "MO", "tarde": "AF", "noche": "NI", "madrugada": "NI", "mediodía": "MI",
        "medianoche": "NI",
    },
    holidays={
        "navidad": (12, 25), "día de navidad": (12, 25), "nochebuena": (12, 24),
        "navidad ortodoxa": (1, 7),
        "año nuevo": (1, 1), "día de año nuevo": (1, 1), "nochevieja": (12, 31),
        "día del trabajo": (5, 1), "día del trabajador": (5, 1), "día de reyes": (1, 6),
        "día de los muertos": (11, 2), "día de muertos": (11, 2),
    },
    movable_holidays={
        "pascua": "easter", "domingo de pascua": "easter", "domingo de resurrección": "easter",
        "viernes santo": "good-friday", "carnaval": "carnival",
        "pascua ortodoxa": "orthodox-easter", "rosh hashaná": "hebrew:7:1",
        "yom kipur": "hebrew:7:10", "pésaj": "hebrew:1:15", "janucá": "hebrew:9:25",
        "eid al-fitr": "islamic:10:1", "eid al-adha": "islamic:12:10", "nowruz": "persian:1:1",
        "corpus christi": "corpus-christi", "miércoles de ceniza": "easter-46",
        "domingo de ramos": "easter-7",
        # spans of days: Domingo de Ramos to Sábado Santo; el Ramadán (tabular)
        "semana santa": "easter-7/7", "ramadán": "islamic:9:1/30",
    },
    # the countries of Spanish news whose holidays come from the ``holidays`` library
    # (packs/holidays_build.py), first country first, with the library's language code
    holiday_countries={
        "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es", "VE": "es",
        "EC": "es", "GT": "es", "CU": "es", "BO": "es", "DO": "es", "HN": "es", "PY": "es",
        "SV": "es", "NI": "es", "CR": "es", "PA": "es", "UY": "es",
    },
    # names news writes for a holiday of the library -> the library's name
    holiday_aliases={
        "día de la hispanidad": "fiesta nacional de españa",
        "día de la constitución": "día de la constitución española",
        "epifanía": "epifanía del señor", "reyes": "día de reyes",
    },
    holiday_weekend_before=("fin de semana de", "fin de semana del"),
    season_before=("temporada", "campaña", "curso", "curso escolar", "curso académico", "zafra"),
    references={
        "ahora": "PRESENT_REF", "actualmente": "PRESENT_REF", "hoy en día": "PRESENT_REF",
        "en este momento": "PRESENT_REF", "ahora mismo": "PRESENT_REF",
        "recientemente": "PAST_REF", "últimamente": "PAST_REF", "en el pasado": "PAST_REF",
        "antes": "PAST_REF", "anteriormente": "PAST_REF",
        "en el futuro": "FUTURE_REF", "pronto": "FUTURE_REF", "próximamente": "FUTURE_REF",
        "el futuro": "FUTURE_REF", "dentro de poco": "FUTURE_REF", "más tarde": "FUTURE_REF",
        "ahorita": "PRESENT_REF", "hace mucho tiempo": "PAST_REF", "hace algún tiempo": "PAST_REF",
        "en la actualidad": "PRESENT_REF", "por el momento": "PRESENT_REF",
        "por ahora": "PRESENT_REF", "en breve": "FUTURE_REF", "en un futuro próximo": "FUTURE_REF",
        "en el futuro próximo": "FUTURE_REF", "a corto plazo": "FUTURE_REF",
        "a mediano plazo": "FUTURE_REF", "a medio plazo": "FUTURE_REF",
        "a largo plazo": "FUTURE_REF", "de aquí en adelante": "FUTURE_REF",
        "de ahora en más": "FUTURE_REF",
        "hace poco": "PAST_REF", "hace poco tiempo": "PAST_REF", "hace tiempo": "PAST_REF",
        # "en los últimos tiempos", "en el mediano plazo" reach these without their fillers
        "últimos tiempos": "PAST_REF", "mediano plazo": "FUTURE_REF",
        "corto plazo": "FUTURE_REF", "largo plazo": "FUTURE_REF", "hace ya tiempo": "PAST_REF",
    },
    approximators=(
        "alrededor de", "cerca de", "hacia", "aproximadamente", "en torno a", "a eso de",
    ),
    range_since=("desde",),
    range_until=("hasta", "hasta el", "hasta la"),
    range_from=("de", "del", "a partir de", "a partir del"),
    # of those, the ones read forward when no end follows: "a partir del lunes", "a partir
    # de marzo" are the next ones, from then on
    range_from_ahead=("a partir de", "a partir del", "a partir de la", "a partir de las"),
    range_to=("a", "al", "hasta", "hasta el", "-", "–", "—"),
    range_between=("entre",),
    range_and=("y",),
    # "comenzó la semana pasada y se extiende hasta este miércoles (20)"
    range_began=(
        "comenzó", "comienza", "comenzará", "comenzaron", "comenzado", "comenzada", "empezó",
        "empieza", "empezará", "empezaron", "empezado", "empezada", "inició", "inicia",
        "iniciará", "iniciaron", "iniciado", "iniciada", "arrancó", "arranca", "arrancará",
    ),
    range_runs=(
        "se extiende hasta", "se extenderá hasta", "va hasta", "irá hasta", "dura hasta",
        "durará hasta", "sigue hasta", "seguirá hasta", "continúa hasta", "continuará hasta",
        "se prolonga hasta", "se prolongará hasta", "termina", "terminará", "acaba",
        "acabará", "finaliza", "finalizará", "concluye", "concluirá", "hasta",
    ),
    range_onward=("en adelante", "o después", "para acá", "a esta parte"),
    halves=("y medio", "y media"),
    now_words=("ahora", "presente", "hoy en día", "fecha", "momento"),
    # business news' reporting periods: "en el mismo periodo del año anterior"
    year_ago=("mismo", "misma"),
    reporting_periods=("trimestre", "periodo", "período"),
    latest_periods=("último", "más reciente"),
    year_before=("del año pasado", "del año anterior", "de hace un año"),
    of_words=("de", "del"),
    ago=("atrás", "antes"),
    ago_before=("hace",),
    # "para el lunes", "para marzo": the date a plan or deadline is for, the next one
    ahead_leads=("para", "para el", "para la", "para los", "para las"),
    # "el ejercicio 2023", "el año fiscal 2023": a fiscal year, read as the calendar year
    fiscal_abbr=("ejercicio", "ejercicio fiscal", "año fiscal"),
    range_leads=(
        "período", "periodo", "el período", "el periodo", "en el período", "en el periodo",
        "durante el período", "durante el periodo", "a lo largo del período",
    ),
    # "há meio ano", "hace media hora": half of one unit
    half_a=("medio", "media"),
    count_leads=("ya", "apenas", "solo", "sólo", "tan solo", "tan sólo", "solamente"),
    later=("después", "más tarde"),
    # "al cabo de tres días", "transcurridos dos años": that long after
    later_before=("después de", "tras", "al cabo de", "transcurridos", "transcurridas"),
    within=("en", "dentro de", "de aquí a", "de acá a"),
    duration_for=("por",),
    anchor_after=("después de", "después del", "después de la", "tras", "tras el", "tras la"),
    anchor_before=("antes de", "antes del", "antes de la"),
    # not "en": "en la próxima semana" is next week, the calendar week
    window_leads=(
        "durante", "a lo largo de", "a lo largo del", "en el transcurso de",
        "en el transcurso del", "durante el transcurso de", "durante el transcurso del",
    ),
    range_before=("antes de", "antes del"),
    range_after=("después de", "después del", "tras", "luego de", "luego del"),
    vague_leads={"futuros": 1, "futuras": 1},
    # "1.º" and "3.er" as the RAE writes them, "2do", "4to" as Latin America does
    ordinal_suffixes=(
        "º", "ª", "o", "a", "ro", "er", "do", "to", "vo", "no", "mo", ".º", ".ª", ".o", ".a",
        ".er", ".ro",
        # the feminine ("la 1ra semana", "la 2da quincena") and "1ero", "1era"
        "ra", "da", "ta", "va", "na", "ma", "ero", "era",
    ),
    # "los 90", "los noventa": the decade after its article alone
    decade_words=(
        "la década de los", "década de los", "años", "los años", "década de", "la década de",
        "los",
    ),
    century_words=("siglo", "el siglo"),
    long_weekends=("fin de semana largo", "fin de semana extendido", "finde largo"),
    decade_plurals=("décadas de", "décadas de los", "las décadas de", "las décadas de los"),
    day_nouns=("día", "días"),
    # "el 15": a day of the month after its article alone; "el 10 del corriente": of the
    # month the reference is in
    day_articles=("el",),
    this_month_words=("corriente", "presente", "mes en curso", "los corrientes", "corrientes"),
    # "en horas de la tarde": the Andean and Caribbean press
    day_part_joiners=(
        "por la", "en la", "a la", "de la", "por el", "en el", "al", "en horas de la",
        "en horas de", "horas de la", "horas de",
    ),
    so_far=(
        "hasta ahora", "hasta el momento", "hasta la fecha", "lo que va de", "lo que va del",
        "acumulado del",
        "acumulado de", "en el acumulado del", "en el acumulado de",
    ),
    rest_of=("resto de", "resto del"),
    fillers=frozenset({"en", "a", "el", "la", "los", "las", "durante"}),
    vague=(
        "algunos", "algunas", "unos", "unas", "varios", "varias", "pocos", "pocas", "muchos",
        "muchas",
    ),
    clock_words={"mediodía": (12, 0), "medianoche": (24, 0)},
    clock_marks={
        "h": None, "horas": None, "hora": None, "hs": None, "a.m.": 0, "a.m": 0, "am": 0,
        "p.m.": 12, "p.m": 12, "pm": 12,
    },
    clock_fractions={"y media": 30, "y cuarto": 15, "menos cuarto": -15},
    # "las" and "la" too: "alrededor de las 9", "hacia las 5 de la tarde"
    clock_at=("a las", "a la", "al", "las", "la", "a"),
    # clock times in words: "las cinco menos diez", "las tres y veinte", "cuarto para las
    # tres" (as Mexico and Central America write it)
    clock_minute_words={"media": 30, "cuarto": 15, "un cuarto": 15},
    clock_to=("para las", "para la", "para el"),
    clock_and=("y",),
    clock_less=("menos",),
    clock_minute_units=("minutos", "minuto", "min"),
    half_units=("media", "medio"),
    other_days=("el otro día", "otro día de estos"),
    eras={
        "d. c.": 1, "d. c": 1, "d.c.": 1, "d.c": 1, "a. c.": -1, "a. c": -1, "a.c.": -1,
        "a.c": -1,
    },
    # "unos diez años": about ten; "unos años" alone is a few (a number word, and vague)
    # words after a date that only say it is rough: "hace unos tres años o así", "en 2010,
    # más o menos", "hace un año y pico"
    or_so=(
        "o así", "o más", "o menos", "o algo así", "más o menos", "y pico", "y tantos",
        "o poco más", "o poco menos",
    ),
    count_approximators=(
        "casi", "más de", "menos de", "al menos", "por lo menos", "unos", "unas", "poco más de",
        "poco menos de", "algo más de", "un poco más de",
    ),
    # "en un plazo de 30 días": the window that starts on the reference
    window_within=(
        "en un plazo de", "en el plazo de", "dentro de un plazo de", "en el espacio de",
        "en cuestión de",
    ),
    every=("cada", "todos los", "todas las"),
    # "todo el año", "durante toda la semana": the unit itself
    lead_ins=(
        # "el feriado del 12 de octubre": the holiday's own date
        "feriado del", "feriado de", "el feriado del", "el feriado de",
        # "en pleno 2023", "en plena Semana Santa": the date itself, stressed
        "en pleno", "en plena",
        "todo el", "toda la", "todo", "en todo el", "en toda la", "en todo", "durante todo el",
        "durante toda la", "a lo largo de todo el", "publicado el", "publicada el",
        "actualizado el", "actualizada el",
    ),
    # "la semana del 25 de septiembre": the ISO week holding that day
    week_of=("del", "de"),
    same_words=(
        "esta misma", "este mismo",
        "mismo", "misma", "el mismo", "la misma", "ese", "esa", "ese mismo", "esa misma",
        "aquel", "aquella",
    ),
    whole_after=("entero", "entera", "completo", "completa"),
    century_turns=("cambio de siglo", "el cambio de siglo", "vuelta de siglo"),
    this_hour=("a esta hora", "a estas horas", "a la misma hora", "por estas horas"),
    eve_words=("la víspera de", "víspera de", "la víspera del", "víspera del"),
    ending_words=(
        "terminado en", "terminada en", "terminados en", "terminadas en", "cerrado en",
        "cerrada en", "finalizado en", "finalizada en", "concluido en", "terminado el",
    ),
    times_words=("vez", "veces"),
    per_words=("al", "a la", "por", "cada"),
    # "la semana antepasada", "el año antepasado": the one before the last
    two_away={"antepasado": -2, "antepasada": -2},
    # "lunes" to "viernes" are their own plurals: a set only after "los" or "todos los"
    # "1T23" (primer trimestre), "2S22" (segundo semestre), and the English "Q3"
    period_codes={"t": "quarter", "s": "half", "q": "quarter"},
    weekday_plurals={**{w: i for i, w in enumerate(WEEKDAYS[:5])}, "sábados": 5, "domingos": 6},
    set_leads=("los",),
    set_words={"diariamente": "P1D", "semanalmente": "P1W", "mensualmente": "P1M",
               "anualmente": "P1Y"},
)
# fmt: on

__all__ = ["MONTHS", "MONTH_ABBREVIATIONS", "PACK", "WEEKDAYS", "WEEKDAY_ABBREVIATIONS"]
