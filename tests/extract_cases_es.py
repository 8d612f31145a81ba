"""Spanish sentences for tests/test_extract_languages.py: what eventdb.extract finds in
es, with the pack's words, and resolves in es (data only: the tests are written once)."""

from __future__ import annotations

from datetime import date

LANGUAGE = "es"
TAG = "es-419"  # a tag with a region, read with the language's pack
# letters of the language, for text that must give ordered, disjoint mentions
ALPHABET = "abcdeilmnorstuyáéíñó ,.()0123456789-"

SEED_DAY = date(2023, 9, 19)  # Tuesday, the seed article's publication date

# (sentence, reference, [(start, end, text, timex), ...]): every mention, in text order;
# a range has no single TimeML value (None), its bounds are pinned in BOUNDS below
EXAMPLES: list[tuple[str, date, list[tuple[int, int, str, str | None]]]] = [
    (
        "Hace tres días, el gobierno anunció nuevas medidas.",
        SEED_DAY,
        [(0, 14, "Hace tres días", "2023-09-16")],
    ),
    (
        "La semana pasada, el ministro visitó la frontera.",
        SEED_DAY,
        [(0, 16, "La semana pasada", "2023-W37")],
    ),
    (
        "Este lunes (18), el gobierno informó que los camiones llegaron.",
        SEED_DAY,
        [(0, 15, "Este lunes (18)", "2023-09-18")],
    ),
    (
        "El bloqueo dura desde finales del año pasado.",
        SEED_DAY,
        [(16, 44, "desde finales del año pasado", "2022")],
    ),
    (
        "A principios de marzo, el tribunal emitió una orden.",
        SEED_DAY,
        [(2, 21, "principios de marzo", "2023-03")],
    ),
    (
        "La invasión lanzada en febrero del año pasado por Rusia.",
        SEED_DAY,
        [(23, 45, "febrero del año pasado", "2022-02")],
    ),
    (
        "El pasado 18 de septiembre, el gobierno firmó el acuerdo.",
        SEED_DAY,
        [(0, 26, "El pasado 18 de septiembre", "2023-09-18")],
    ),
    (
        "Los combates del 11 al 20 de septiembre dejaron muertos.",
        SEED_DAY,
        [(13, 39, "del 11 al 20 de septiembre", None)],
    ),
    (
        "Entre 2020 y 2022, la economía se contrajo.",
        SEED_DAY,
        [(0, 17, "Entre 2020 y 2022", None)],
    ),
    (
        "El acuerdo se firmó el 18 de septiembre de 2023.",
        SEED_DAY,
        [(20, 47, "el 18 de septiembre de 2023", "2023-09-18")],
    ),
    (
        "Ayer, el presidente habló con la prensa.",
        SEED_DAY,
        [(0, 4, "Ayer", "2023-09-18")],
    ),
    (
        "El juicio va a durar tres semanas.",
        SEED_DAY,
        [(21, 33, "tres semanas", "P3W")],
    ),
    (
        "La cumbre será el próximo mes.",
        SEED_DAY,
        [(15, 29, "el próximo mes", "2023-10")],
    ),
    (
        "La votación va a ser el viernes.",
        SEED_DAY,
        [(21, 31, "el viernes", "2023-09-22")],
    ),
    (
        "La votación fue el viernes.",
        SEED_DAY,
        [(16, 26, "el viernes", "2023-09-15")],
    ),
    (
        "El conflicto empezó hace dos años.",
        SEED_DAY,
        [(20, 33, "hace dos años", "2021")],
    ),
    (
        "La ley rige desde 2020.",
        SEED_DAY,
        [(12, 22, "desde 2020", "2020")],
    ),
    (
        "Mañana, los líderes se reunirán de nuevo.",
        SEED_DAY,
        [(0, 6, "Mañana", "2023-09-20")],
    ),
    (
        "En marzo, el parlamento aprobó la ley.",
        SEED_DAY,
        [(3, 8, "marzo", "2023-03")],
    ),
    (
        "La tregua vale hasta 2025.",
        SEED_DAY,
        [(15, 25, "hasta 2025", "2025")],
    ),
    (
        "El ejercicio, que comenzó la semana pasada y sigue hasta este miércoles (20)"
        ", reúne tropas.",
        SEED_DAY,
        [(26, 76, "la semana pasada y sigue hasta este miércoles (20)", None)],
    ),
    (
        "La reunión del 5 de octubre se aplazó.",
        SEED_DAY,
        [(15, 27, "5 de octubre", "2023-10-05")],
    ),
    (
        "Los precios subieron en los años 90.",
        SEED_DAY,
        [(24, 35, "los años 90", "199")],
    ),
    (
        "El acuerdo vale hasta el 12/10/2023.",
        SEED_DAY,
        [(16, 35, "hasta el 12/10/2023", "2023-10-12")],
    ),
    (
        "El primer semestre de 2023 fue flojo.",
        SEED_DAY,
        [(0, 26, "El primer semestre de 2023", "2023-H1")],
    ),
    (
        "La elección será a mediados de 2024.",
        SEED_DAY,
        [(19, 35, "mediados de 2024", "2024")],
    ),
    (
        "Todos los lunes hay reunión.",
        SEED_DAY,
        [(0, 15, "Todos los lunes", "XXXX-WXX-1")],
    ),
    # "hasta" a bare weekday: ahead, unless a past verb of lasting governs it
    (
        "El alto el fuego duró hasta el viernes.",
        SEED_DAY,
        [(22, 38, "hasta el viernes", "2023-09-15")],
    ),
    (
        "Las negociaciones seguirán hasta el viernes.",
        SEED_DAY,
        [(27, 43, "hasta el viernes", "2023-09-22")],
    ),
    (
        "La frontera permaneció cerrada hasta el lunes.",
        SEED_DAY,
        [(31, 45, "hasta el lunes", "2023-09-18")],
    ),
    # holidays, the library's names too; a capitalised unit inside a name is no date
    ("Se celebró la Semana de la Moda.", SEED_DAY, []),
    (
        "El Día de la Hispanidad se celebró en octubre.",
        SEED_DAY,
        [(0, 23, "El Día de la Hispanidad", "2022-10-12"), (38, 45, "octubre", "2022-10")],
    ),
    # the story's thread: "al día siguiente", "tres días después", "esa semana" count
    # from the date it last set; a past verb puts a month and day in the past year
    (
        "El 5 de marzo, el tribunal emitió la orden. Al día siguiente, Moscú reaccionó. "
        "Tres días después hubo protestas. Esa semana cayó el gobierno.",
        SEED_DAY,
        [
            (0, 13, "El 5 de marzo", "2023-03-05"),
            (44, 60, "Al día siguiente", "2023-03-06"),
            (79, 96, "Tres días después", "2023-03-09"),
            (113, 123, "Esa semana", "2023-W10"),
        ],
    ),
    # the review's cases: names, tense across clauses, the story's thread
    (
        "El gobierno siguió diciendo que la medida vale hasta el viernes.",
        SEED_DAY,
        [(47, 63, "hasta el viernes", "2023-09-22")],
    ),
    (
        "El gobierno quedó en responder hasta el viernes.",
        SEED_DAY,
        [(31, 47, "hasta el viernes", "2023-09-22")],
    ),
    (
        "Hasta el viernes permaneció cerrada la frontera.",
        SEED_DAY,
        [(0, 16, "Hasta el viernes", "2023-09-15")],
    ),
    (
        "El día 5 de marzo, el tribunal emitió la orden.",
        SEED_DAY,
        [(0, 17, "El día 5 de marzo", "2023-03-05")],
    ),
    ("Semana de la Moda de Madrid arranca hoy.", SEED_DAY, [(36, 39, "hoy", "2023-09-19")]),
    # a past verb turns a holiday back to the last one, never to another country's date
    (
        "En México, el Día de la Revolución se celebró con desfiles.",
        SEED_DAY,
        [(11, 34, "el Día de la Revolución", "2022-11-21")],
    ),
]

# (sentence, mention text, earliest day of its start or None, latest day of its end or
# None): the bounds of ranges and open ranges, which a TimeML value does not carry
BOUNDS: list[tuple[str, str, date | None, date | None]] = [
    (
        "El bloqueo dura desde finales del año pasado.",
        "desde finales del año pasado",
        date(2022, 9, 1),
        None,
    ),
    (
        "El ejercicio, que comenzó la semana pasada y sigue hasta este miércoles (20)"
        ", reúne tropas.",
        "la semana pasada y sigue hasta este miércoles (20)",
        date(2023, 9, 11),
        date(2023, 9, 20),
    ),
    (
        "Entre 2020 y 2022, la economía se contrajo.",
        "Entre 2020 y 2022",
        date(2020, 1, 1),
        date(2022, 12, 31),
    ),
    (
        "Los combates del 11 al 20 de septiembre dejaron muertos.",
        "del 11 al 20 de septiembre",
        date(2023, 9, 11),
        date(2023, 9, 20),
    ),
    (
        "La tregua vale hasta 2025.",
        "hasta 2025",
        None,
        date(2025, 12, 31),
    ),
]

# sentences with no temporal phrase, though they hold words of the pack (an age is
# no time of the story)
REJECTED: list[str] = [
    "El partido terminó 2:30.",  # a bare h:mm is a score more than a time
    "Lo dijo antes de salir.",
    "El mar estaba en calma.",
    "La segunda ciudad del país.",
    "El ministro Francisco Santos habló de economía.",
    "El ministro, de 45 años, deja el cargo.",
]
