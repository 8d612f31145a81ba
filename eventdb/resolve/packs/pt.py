"""The Portuguese pack (Brazil and Portugal): the words the rules read, as data.

Month and weekday names and their abbreviations are CLDR's (checked against babel in
tests/test_resolve_packs.py). Words are written with their accents; the resolver matches
them with or without ("mês" and "mes", "amanhã" and "amanha").

>>> PACK.months["setembro"], PACK.weekdays["segunda-feira"], PACK.units["mês"]
(9, 0, 'month')
"""

from __future__ import annotations

from ..vocab import Vocabulary, names

# fmt: off
MONTHS = (
    "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
    "outubro", "novembro", "dezembro",
)
MONTH_ABBREVIATIONS = (
    "jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez",
)
WEEKDAYS = (
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
    "domingo",
)
WEEKDAY_ABBREVIATIONS = ("seg", "ter", "qua", "qui", "sex", "sáb", "dom")

_UNITS = {
    "dia": "day", "semana": "week", "fim de semana": "weekend", "quinzena": "fortnight",
    "mês": "month", "trimestre": "quarter", "semestre": "half", "estação": "season",
    "ano": "year", "década": "decade", "século": "century", "hora": "hour", "metade": "half",
    "minuto": "minute",
}
_PLURALS = {
    "dias": "day", "semanas": "week", "fins de semana": "weekend", "quinzenas": "fortnight",
    "meses": "month", "trimestres": "quarter", "semestres": "half", "estações": "season",
    "anos": "year", "décadas": "decade", "séculos": "century", "horas": "hour",
    "minutos": "minute",
}
_ORDINALS = {
    "primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4, "quinto": 5, "sexto": 6,
    "sétimo": 7, "oitavo": 8, "nono": 9, "décimo": 10,
}

_PART_HEADS = {
    "início": "early", "inícios": "early", "começo": "early", "princípio": "early",
    "princípios": "early", "meados": "mid", "meio": "mid", "fim": "late", "final": "late",
    "fins": "late", "finais": "late",
    # halves of what has none of its own ("a segunda metade de agosto"); a year's are H1/H2
    "primeira metade": "early", "segunda metade": "late",
}

PACK = Vocabulary(
    code="pt",
    day_first=True,
    cardinal_days=True,
    months=names(MONTHS, dict(zip(MONTH_ABBREVIATIONS, range(1, 13), strict=True)), 1),
    weekdays=names(
        WEEKDAYS,
        {
            **dict(zip(WEEKDAY_ABBREVIATIONS, range(7), strict=True)),
            "segunda": 0, "terça": 1, "quarta": 2, "quinta": 3, "sexta": 4,
        },
        0,
    ),
    units={**_UNITS, **_PLURALS},
    plurals=frozenset(_PLURALS),
    numbers={
        "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
        "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12,
        "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16,
        "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19,
        "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
        "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100,
        "cento": 100, "duzentos": 200, "trezentos": 300, "quatrocentos": 400,
        "quinhentos": 500, "seiscentos": 600, "setecentos": 700, "oitocentos": 800,
        "novecentos": 900, "mil": 1000,
        "alguns": 3, "algumas": 3, "uns": 3, "umas": 3, "poucos": 3, "poucas": 3,
        "um par de": 2, "par de": 2,
        "vários": 3, "várias": 3,
    },
    number_joiners=("e",),
    ordinals={
        **_ORDINALS,
        **{k[:-1] + "a": n for k, n in _ORDINALS.items()},  # primeira, segunda...
        "último": -1, "última": -1,
        # "nos primeiros dias de outubro", "nas últimas semanas do ano"
        "primeiros": 1, "primeiras": 1, "últimos": -1, "últimas": -1,
    },
    seasons={
        "primavera": "SP", "verão": "SU", "outono": "FA", "inverno": "WI",
    },
    directions={
        "passado": -1, "passada": -1, "anterior": -1, "último": -1, "última": -1,
        "passados": -1, "passadas": -1, "últimos": -1, "últimas": -1, "próximos": 1,
        "próximas": 1,
        "este": 0, "esta": 0, "neste": 0, "nesta": 0, "deste": 0, "desta": 0, "atual": 0,
        "corrente": 0, "em curso": 0, "presente": 0,
        "próximo": 1, "próxima": 1, "que vem": 1, "seguinte": 1,
        # after a plural unit: "nos dias seguintes", "nas semanas anteriores", "nos anos
        # vindouros"
        "seguintes": 1, "anteriores": -1, "vindouros": 1, "vindouras": 1, "posteriores": 1,
        # Portugal's formal "no mês transato", "no ano transato"
        "transato": -1, "transata": -1,
        # after a unit: "o ano que termina" is this one, "a semana que passou" the last
        "que termina": 0, "que acaba": 0, "que se encerra": 0, "que passou": -1,
        "que terminou": -1, "que acabou": -1,
    },
    # "início de", "o fim do", "no final dos anos 80": each head with each joining word
    parts={
        f"{article}{head} {of}": part
        for head, part in _PART_HEADS.items()
        for of in ("de", "do", "da", "dos", "das")
        for article in ("", "o ", "ao ")
    },
    day_words={
        "hoje": 0, "ontem": -1, "anteontem": -2, "antes de ontem": -2, "amanhã": 1,
        "depois de amanhã": 2, "o dia seguinte": 1, "no dia seguinte": 1, "a véspera": -1,
        "na véspera": -1, "hoje à noite": 0, "ontem à noite": -1, "esta noite": 0,
        "nesta noite": 0, "esta manhã": 0, "nesta manhã": 0, "esta tarde": 0,
        "nesta tarde": 0, "esta madrugada": 0, "nesta madrugada": 0, "hoje de madrugada": 0,
        "ontem de madrugada": -1, "hoje cedo": 0, "amanhã cedo": 1, "ontem cedo": -1,
        "dia de hoje": 0, "dia de ontem": -1, "dia de amanhã": 1, "dia anterior": -1,
        "o dia anterior": -1,
    },
    day_times={
        "hoje à noite": "NI", "ontem à noite": "NI", "esta noite": "NI", "nesta noite": "NI",
        "esta manhã": "MO", "nesta manhã": "MO", "esta tarde": "AF", "nesta tarde": "AF",
        "esta madrugada": "NI", "nesta madrugada": "NI", "hoje de madrugada": "NI",
        "ontem de madrugada": "NI", "hoje cedo": "MO", "amanhã cedo": "MO", "ontem cedo": "MO",
    },
    day_parts={
        "manhã": "MO", "tarde": "AF", "noite": "NI", "madrugada": "NI", "meio-dia": "MI",
        "meia-noite": "NI",
    },
    holidays={
        "natal": (12, 25), "dia de natal": (12, 25), "véspera de natal": (12, 24),
        "natal ortodoxo": (1, 7),
        "ano novo": (1, 1), "dia de ano novo": (1, 1), "réveillon": (12, 31),
        "dia do trabalho": (5, 1), "dia do trabalhador": (5, 1), "tiradentes": (4, 21),
        "finados": (11, 2), "dia de finados": (11, 2),
    },
    movable_holidays={
        "páscoa": "easter", "domingo de páscoa": "easter", "sexta-feira santa": "good-friday",
        "carnaval": "carnival", "corpus christi": "corpus-christi",
        "páscoa ortodoxa": "orthodox-easter", "rosh hashaná": "hebrew:7:1",
        "yom kipur": "hebrew:7:10", "pessach": "hebrew:1:15", "hanucá": "hebrew:9:25",
        "eid al-fitr": "islamic:10:1", "eid al-adha": "islamic:12:10", "nowruz": "persian:1:1",
        # the second Sunday of May and of August, as Brazil keeps them (the library has them
        # for Cabo Verde only, Father's Day in June: an alternative)
        "dia das mães": "05-08>sun", "dia dos pais": "08-08>sun",
        # spans of days: Domingo de Ramos to Sábado de Aleluia; o Ramadã (tabular)
        "semana santa": "easter-7/7", "ramadã": "islamic:9:1/30",
        "ramadão": "islamic:9:1/30",
    },
    # the countries of Portuguese news whose holidays come from the ``holidays`` library
    # (packs/holidays_build.py), first country first, with the library's language code
    holiday_countries={
        "BR": "pt_BR", "PT": "pt_PT", "AO": "pt_AO", "MZ": "pt_MZ", "CV": "pt_CV",
        "GW": "pt_GW", "ST": "pt_ST", "TL": "pt_TL",
    },
    # names news writes for a holiday of the library -> the library's name
    holiday_aliases={
        "dia da independência": "independência do brasil",
        "dia da consciência negra": "dia nacional de zumbi e da consciência negra",
        "consciência negra": "dia nacional de zumbi e da consciência negra",
        "dia de nossa senhora aparecida": "nossa senhora aparecida",
        "dia de portugal": "dia de portugal, de camões e das comunidades portuguesas",
    },
    holiday_weekend_before=(
        "fim de semana de", "fim de semana da", "fim de semana do", "feriadão de",
        "feriadão da", "feriadão do", "feriado prolongado de", "feriado prolongado da",
        "feriado prolongado do",
    ),
    season_before=("temporada", "época", "safra", "ano letivo", "ano lectivo", "ano escolar"),
    references={
        "agora": "PRESENT_REF", "atualmente": "PRESENT_REF", "hoje em dia": "PRESENT_REF",
        "no momento": "PRESENT_REF", "neste momento": "PRESENT_REF",
        "recentemente": "PAST_REF", "ultimamente": "PAST_REF", "no passado": "PAST_REF",
        "antigamente": "PAST_REF", "anteriormente": "PAST_REF",
        "no futuro": "FUTURE_REF", "em breve": "FUTURE_REF", "futuramente": "FUTURE_REF",
        "o futuro": "FUTURE_REF", "daqui a pouco": "FUTURE_REF", "mais tarde": "FUTURE_REF",
        "mais cedo": "PAST_REF", "há muito tempo": "PAST_REF", "há algum tempo": "PAST_REF",
        "nos dias de hoje": "PRESENT_REF", "na atualidade": "PRESENT_REF",
        "por enquanto": "PRESENT_REF", "no futuro próximo": "FUTURE_REF",
        "num futuro próximo": "FUTURE_REF", "a curto prazo": "FUTURE_REF",
        "a médio prazo": "FUTURE_REF", "a longo prazo": "FUTURE_REF", "há pouco tempo": "PAST_REF",
        "há pouco": "PAST_REF", "faz tempo": "PAST_REF", "daqui em diante": "FUTURE_REF",
        "daqui pra frente": "FUTURE_REF", "daqui para a frente": "FUTURE_REF",
        "daqui para frente": "FUTURE_REF",
        "faz muito tempo": "PAST_REF",
        # "nos últimos tempos": reached without its filler
        "últimos tempos": "PAST_REF",
    },
    # "por volta das 15h": "das" is "de" + "as", the article before a clock time
    approximators=(
        "por volta de", "cerca de", "em torno de", "aproximadamente", "perto de",
        "por volta das", "por volta da", "cerca das", "perto das", "em torno das", "lá pelas",
    ),
    range_since=("desde",),
    range_until=("até", "até ao", "até o", "até a", "até à", "até aos", "até às"),
    range_from=(
        "de", "do", "da", "dos", "das", "a partir de", "a partir do", "a partir da",
        "a partir dos", "a partir das",
    ),
    # of those, the ones read forward when no end follows: "a partir de segunda-feira",
    # "a partir de março" are the next ones, from then on
    range_from_ahead=(
        "a partir de", "a partir do", "a partir da", "a partir dos", "a partir das",
    ),
    # "de ontem para hoje" (not "às": "hoje às 10h" is a time, not a range)
    range_to=("a", "ao", "até", "para", "-", "–", "—"),
    range_between=("entre",),
    range_and=("e",),
    # "começou na semana passada e vai até esta quarta-feira (20)"
    range_began=(
        "começou", "começa", "começará", "começaram", "começam", "começado", "começada",
        "iniciou", "inicia", "iniciará", "iniciaram", "iniciado", "iniciada", "iniciados",
        "iniciadas", "teve início", "tem início", "terá início", "começando",
    ),
    range_runs=(
        "vai até", "vai durar até", "dura até", "durará até", "segue até", "seguirá até",
        "prossegue até", "continua até", "continuará até", "se estende até", "estende-se até",
        "se estenderá até", "termina", "terminará", "acaba", "acabará", "até",
    ),
    range_onward=("em diante", "ou depois", "para cá", "pra cá"),
    halves=("e meio", "e meia"),
    now_words=("agora", "presente", "dias de hoje", "momento", "data"),
    # business news' reporting periods: "no mesmo período do ano passado"
    year_ago=("mesmo", "mesma"),
    reporting_periods=("trimestre", "período"),
    latest_periods=("último", "mais recente"),
    year_before=("do ano passado", "do ano anterior", "de um ano antes"),
    of_words=("de", "do", "da"),
    ago=("atrás", "antes"),
    ago_before=("há", "faz", "fazem"),
    # "para segunda-feira", "para março": the date a plan or deadline is for, the next one
    ahead_leads=("para", "para o", "para a", "para os", "para as"),
    # "no exercício de 2023", "o ano fiscal 2023": a fiscal year, read as the calendar year
    fiscal_abbr=("exercício", "exercício de", "exercício fiscal", "ano fiscal", "ano fiscal de"),
    range_leads=(
        "período", "o período", "no período", "durante o período", "ao longo do período",
        "no intervalo", "intervalo",
    ),
    # "há meio ano", "hace media hora": half of one unit
    half_a=("meio", "meia"),
    count_leads=("já", "apenas", "só", "somente", "tão só"),
    later=("depois", "mais tarde", "após"),
    # "ao fim de três dias", "decorridos dois anos" (Portugal): that long after
    later_before=("depois de", "após", "ao fim de", "ao cabo de", "decorridos", "decorridas"),
    within=("em", "dentro de", "daqui a", "daqui"),
    duration_for=("por",),
    anchor_after=("depois de", "depois do", "depois da", "após", "após o", "após a"),
    anchor_before=("antes de", "antes do", "antes da"),
    # not "no"/"na": "na próxima semana" is next week, the calendar week
    window_leads=(
        "durante", "ao longo do", "ao longo da", "ao longo de", "ao longo dos", "ao longo das",
        "no decorrer do", "no decorrer da", "no decorrer de", "no decorrer dos",
    ),
    range_before=("antes de", "antes do", "antes da"),
    range_after=("depois de", "depois do", "depois da", "após"),
    vague_leads={"futuros": 1, "futuras": 1},
    ordinal_suffixes=("º", "ª", "o", "a", ".º", ".ª", ".o", ".a"),  # "1º", "1.º" (Portugal)
    decade_words=("a década dos", "década dos", "anos", "os anos", "década de", "a década de"),
    century_words=("século", "o século"),
    long_weekends=(
        "feriado prolongado", "feriadão", "fim de semana prolongado", "fim de semana longo",
        "fim de semana alargado",
    ),
    decade_plurals=("décadas de", "décadas dos", "as décadas de", "as décadas dos"),
    day_nouns=("dia", "dias"),
    # "no dia 10 do corrente": of the month the reference is in
    this_month_words=("corrente", "presente", "mês em curso"),
    contractions={
        "deste": "de este", "desta": "de esta", "destes": "de estes", "destas": "de estas",
        "daquele": "de aquele", "daquela": "de aquela",
    },
    day_part_joiners=("de", "à", "a", "pela", "na", "no", "ao"),
    so_far=(
        "até agora", "até o momento", "até hoje", "acumulado do", "acumulado de", "acumulado da",
        "no acumulado do", "no acumulado de", "no acumulado da",
    ),
    rest_of=("resto de", "resto do", "resto da", "restante de", "restante do", "restante da"),
    fillers=frozenset({"em", "no", "na", "nos", "nas", "o", "a", "os", "as", "durante"}),
    vague=(
        "alguns", "algumas", "uns", "umas", "vários", "várias", "poucos", "poucas", "muitos",
        "muitas",
    ),
    clock_words={"meio-dia": (12, 0), "meia-noite": (24, 0)},
    clock_marks={
        "h": None, "horas": None, "hora": None, "hs": None, "a.m.": 0, "a.m": 0, "am": 0,
        "p.m.": 12, "p.m": 12, "pm": 12,
    },
    clock_fractions={"e meia": 30, "e quinze": 15, "e um quarto": 15, "menos um quarto": -15},
    clock_at=("às", "à", "ao", "pelas", "pela"),
    # clock times in words: "três e meia", "cinco para as seis", "um quarto para as três"
    clock_minute_words={"meia": 30, "um quarto": 15, "quarto": 15},
    clock_to=("para as", "para a", "para o", "pras", "pra"),
    clock_and=("e",),
    clock_less=("menos",),
    clock_minute_units=("minutos", "minuto", "min"),
    half_units=("meia", "meio"),
    # not "outro dia" alone: "no outro dia" is the day after, in a story
    other_days=("dia desses", "outro dia desses"),
    eras={
        "d. c.": 1, "d. c": 1, "d.c.": 1, "d.c": 1, "a. c.": -1, "a. c": -1, "a.c.": -1,
        "a.c": -1,
    },
    # "uns dez anos": about ten; "uns anos" alone is a few (a number word, and vague)
    count_approximators=(
        "quase", "mais de", "menos de", "pelo menos", "uns", "umas", "pouco mais de",
        "pouco menos de", "um pouco mais de", "um pouco menos de", "coisa de",
    ),
    # "em até 30 dias", "no prazo de dez dias": the window that starts on the reference
    window_within=(
        "em até", "no prazo de", "num prazo de", "em um prazo de", "dentro de até",
        "no espaço de", "num espaço de", "em um espaço de",
    ),
    every=("todo", "toda", "todos os", "todas as", "cada", "a cada"),
    # "todo o ano", "durante toda a semana": the unit itself
    lead_ins=(
        # "no feriado de 7 de setembro", "o feriado de Finados": the holiday's own date
        "feriado de", "feriado do", "feriado da", "no feriado de", "no feriado do",
        "no feriado da", "o feriado de", "o feriado do", "o feriado da",
        # "em pleno 2023", "em plena madrugada": the date itself, stressed
        "em pleno", "em plena",
        "todo o", "toda a", "em todo o", "em toda a", "durante todo o", "durante toda a",
        "ao longo de todo o", "publicado em", "publicada em", "atualizado em", "atualizada em",
    ),
    # "na semana do dia 25", "a semana de 25 de setembro": the ISO week holding that day
    week_of=("do", "de", "da"),
    same_words=(
        "esta mesma", "este mesmo", "nesta mesma", "neste mesmo", "nessa mesma", "nesse mesmo",
        "mesmo", "mesma", "o mesmo", "a mesma", "aquele", "aquela", "naquele", "naquela",
        "esse", "essa", "nesse", "nessa",
    ),
    whole_after=("todo", "toda", "inteiro", "inteira"),
    century_turns=("virada do século", "a virada do século", "passagem do século"),
    this_hour=("a esta hora", "a essa hora", "nesta hora", "por esta hora", "a estas horas", "a essas horas"),
    eve_words=("a véspera de", "véspera de", "a véspera do", "véspera do", "a véspera da", "véspera da"),
    ending_words=(
        "encerrado em", "encerrada em", "encerrados em", "encerradas em", "terminado em",
        "terminada em", "terminados em", "findo em", "finda em", "encerrado no", "encerrada no",
    ),
    times_words=("vez", "vezes"),
    per_words=("por", "ao", "a cada", "cada"),
    # words after a date that only say it is rough: "há uns três anos ou mais", "em 2010,
    # mais ou menos", "há um ano e pouco"
    or_so=(
        "ou mais", "ou menos", "ou pouco mais", "ou pouco menos", "ou algo assim", "ou assim",
        "mais ou menos", "e pouco",
    ),
    # "a semana retrasada", "o mês retrasado": the one before the last
    two_away={"retrasado": -2, "retrasada": -2},
    # "1T23" (primeiro trimestre), "2S22" (segundo semestre), and the English "Q3"
    period_codes={"t": "quarter", "s": "half", "q": "quarter"},
    weekday_plurals={
        **{w.replace("-", "s-") + "s": i for i, w in enumerate(WEEKDAYS[:5])},  # segundas-feiras
        "segundas": 0, "terças": 1, "quartas": 2, "quintas": 3, "sextas": 4, "sábados": 5,
        "domingos": 6,
    },
    set_leads=("aos", "às", "nas", "nos", "os", "as"),
    set_words={"diariamente": "P1D", "semanalmente": "P1W", "mensalmente": "P1M",
               "anualmente": "P1Y"},
)
# fmt: on

__all__ = ["MONTHS", "MONTH_ABBREVIATIONS", "PACK", "WEEKDAYS", "WEEKDAY_ABBREVIATIONS"]
