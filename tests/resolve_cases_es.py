"""Spanish phrases for tests/test_resolve_languages.py: each with the span the resolver
gives it in es, and phrases it must refuse (data only: the tests are written once)."""

from __future__ import annotations

from datetime import date

LANGUAGE = "es"

SEED = date(2023, 9, 19)  # Tuesday

# (phrase, reference, earliest, latest of the span, ongoing): Spanish phrases by family
ROWS = [
    # ranges of clock hours, the end marked ("de 9 a 17 horas"): the day they are on
    ("de 9 a 17 horas", SEED, "2023-09-19", "2023-09-19", False),
    ("de 8:00 a 14:00", SEED, "2023-09-19", "2023-09-19", False),
    # until now, written as "hasta la fecha"
    ("hasta la fecha", SEED, None, "2023-09-19", False),
    ("hasta el momento", SEED, None, "2023-09-19", False),
    # days listed with "y", first to last; hours "entre las ... y las ..."
    ("los días 7 y 8 de octubre", SEED, "2023-10-07", "2023-10-08", False),
    ("el 7 y 8 de octubre", SEED, "2023-10-07", "2023-10-08", False),
    ("entre las 8 y las 10", SEED, "2023-09-19", "2023-09-19", False),
    # until now: the reference day ends it
    ("hasta ahora", SEED, None, "2023-09-19", False),
    # an open end: "de 2020 en adelante", "desde 2019 a esta parte"
    ("de 2020 en adelante", SEED, "2020-01-01", None, False),
    ("desde 2019 a esta parte", SEED, "2019-01-01", None, False),
    # ranges opened by a start word, the end joined by "y se extiende hasta" and the like
    # (the seed article's "began last week and runs until this Wednesday (20)")
    (
        "comenzó la semana pasada y se extiende hasta este miércoles (20)",
        SEED,
        "2023-09-11",
        "2023-09-20",
        False,
    ),
    ("comenzó el lunes y termina el viernes", SEED, "2023-09-18", "2023-09-22", False),
    ("empezó en marzo", SEED, "2023-03-01", None, False),
    ("inició ayer", SEED, "2023-09-18", None, False),
    # "de ... a ...", "del ... al ...", "desde ... hasta ...", "entre ... y ...", "a partir de"
    ("del 13 al 15 de julio", SEED, "2023-07-13", "2023-07-15", False),
    ("entre el 13 y el 15 de julio", SEED, "2023-07-13", "2023-07-15", False),
    ("de marzo a mayo", SEED, "2023-03-01", "2023-05-31", False),
    ("desde marzo hasta mayo", SEED, "2023-03-01", "2023-05-31", False),
    ("de enero a marzo de 2022", SEED, "2022-01-01", "2022-03-31", False),
    ("entre 2019 y 2021", SEED, "2019-01-01", "2021-12-31", False),
    ("a partir del 1 de enero", SEED, "2024-01-01", None, False),
    ("desde 2019", SEED, "2019-01-01", None, True),
    ("desde 2019 hasta hoy", SEED, "2019-01-01", "2023-09-19", False),
    # deictic days, with and without accents
    ("hoy", SEED, "2023-09-19", "2023-09-19", False),
    ("ayer", SEED, "2023-09-18", "2023-09-18", False),
    ("anteayer", SEED, "2023-09-17", "2023-09-17", False),
    ("mañana", SEED, "2023-09-20", "2023-09-20", False),
    ("Manana", SEED, "2023-09-20", "2023-09-20", False),
    ("pasado mañana", SEED, "2023-09-21", "2023-09-21", False),
    # relative units, the direction after the unit ("la semana pasada")
    ("la semana pasada", SEED, "2023-09-11", "2023-09-17", False),
    ("el mes que viene", SEED, "2023-10-01", "2023-10-31", False),
    ("el próximo mes", SEED, "2023-10-01", "2023-10-31", False),
    ("el año pasado", SEED, "2022-01-01", "2022-12-31", False),
    ("este año", SEED, "2023-01-01", "2023-12-31", False),
    # counts: "hace tres días", "en cinco días", "dentro de un mes"
    ("hace tres días", SEED, "2023-09-16", "2023-09-16", False),
    ("hace 2 semanas", SEED, "2023-09-04", "2023-09-10", False),
    ("en cinco días", SEED, "2023-09-24", "2023-09-24", False),
    ("dentro de un mes", SEED, "2023-10-01", "2023-10-31", False),
    ("en algunos meses", SEED, "2023-12-01", "2023-12-31", False),
    # months and parts of them
    ("a principios de marzo", SEED, "2023-03-01", "2023-03-10", False),
    ("a mediados de agosto", SEED, "2023-08-11", "2023-08-20", False),
    ("finales del año pasado", SEED, "2022-09-01", "2022-12-31", False),
    ("febrero del año pasado", SEED, "2022-02-01", "2022-02-28", False),
    # absolute dates, day first; days and counts in words joined by "y"
    ("treinta y uno de diciembre", SEED, "2023-12-31", "2023-12-31", False),
    ("hace treinta y un días", SEED, "2023-08-19", "2023-08-19", False),
    ("10 de agosto de 2012", SEED, "2012-08-10", "2012-08-10", False),
    ("martes, 19 de septiembre", SEED, "2023-09-19", "2023-09-19", False),
    ("8/2/2016", SEED, "2016-02-08", "2016-02-08", False),
    # ranges
    ("10 - 22 Agosto 2012", SEED, "2012-08-10", "2012-08-22", False),
    ("del 10 al 22 de agosto de 2012", SEED, "2012-08-10", "2012-08-22", False),
    ("entre marzo y mayo", SEED, "2023-03-01", "2023-05-31", False),
    ("del diez al veinte de mayo", SEED, "2023-05-10", "2023-05-20", False),
    ("desde el lunes", SEED, "2023-09-18", None, True),
    ("hasta el viernes", SEED, None, "2023-09-22", False),  # the coming one
    # holidays and the present
    ("navidad", SEED, "2023-12-25", "2023-12-25", False),
    ("viernes santo de 2024", SEED, "2024-03-29", "2024-03-29", False),
    ("ahora", SEED, "2023-09-19", "2023-09-19", False),
    # a direction after the name
    ("el lunes pasado", SEED, "2023-09-18", "2023-09-18", False),
    ("el sábado que viene", SEED, "2023-09-23", "2023-09-23", False),
    ("septiembre pasado", SEED, "2022-09-01", "2022-09-30", False),
    # a direction before or after a date without a year; a weekday with its day number
    ("el pasado 18 de septiembre", SEED, "2023-09-18", "2023-09-18", False),
    ("el próximo 25 de octubre", SEED, "2023-10-25", "2023-10-25", False),
    ("el 18 de septiembre pasado", SEED, "2023-09-18", "2023-09-18", False),
    ("el 20 de septiembre pasado", SEED, "2022-09-20", "2022-09-20", False),
    ("el miércoles 20", SEED, "2023-09-20", "2023-09-20", False),
    ("la primera semana de septiembre", SEED, "2023-09-04", "2023-09-10", False),
    ("entre el 10 y el 12 de agosto", SEED, "2023-08-10", "2023-08-12", False),
    # days by number, quarters, halves, decades, centuries
    ("el día 18", SEED, "2023-09-18", "2023-09-18", False),
    ("1º de mayo", SEED, "2023-05-01", "2023-05-01", False),
    ("el primer trimestre", SEED, "2023-01-01", "2023-03-31", False),
    ("el segundo semestre de 2022", SEED, "2022-07-01", "2022-12-31", False),
    ("los años 90", SEED, "1990-01-01", "1999-12-31", False),
    ("el siglo XX", SEED, "1900-01-01", "1999-12-31", False),
    # parts of a day; "mañana" alone is tomorrow, after a day it is the morning
    ("mañana por la tarde", SEED, "2023-09-20", "2023-09-20", False),
    ("el lunes por la mañana", SEED, "2023-09-18", "2023-09-18", False),
    ("ayer por la noche", SEED, "2023-09-18", "2023-09-18", False),
    # ranges, windows, counts after the unit
    ("desde el lunes hasta el viernes", SEED, "2023-09-18", "2023-09-22", False),
    ("del lunes al viernes", SEED, "2023-09-18", "2023-09-22", False),
    ("en los últimos dos años", SEED, "2021-09-20", "2023-09-19", False),
    ("dos semanas antes", SEED, "2023-09-04", "2023-09-10", False),
    ("en lo que va del año", SEED, "2023-01-01", "2023-09-19", False),
    ("el resto del mes", SEED, "2023-09-19", "2023-09-30", False),
    # "a partir de" with no end reads forward: the next weekday, month or day number on or
    # after the reference, from then on (ongoing only when it began before the reference)
    ("a partir del lunes", SEED, "2023-09-25", None, False),
    ("a partir del martes", SEED, "2023-09-19", None, False),
    ("a partir de mañana", SEED, "2023-09-20", None, False),
    ("a partir del lunes pasado", SEED, "2023-09-18", None, True),
    ("a partir del día 5", SEED, "2023-10-05", None, False),
    ("a partir del 5", SEED, "2023-10-05", None, False),
    # "desde hace semanas": about a few (three) units back, ongoing
    ("desde hace semanas", SEED, "2023-08-28", None, True),
    ("desde hace años", SEED, "2020-01-01", None, True),
    ("desde hace unos meses", SEED, "2023-06-01", None, True),
    ("desde hace tres días", SEED, "2023-09-16", None, True),
    # a day number after its article alone, and the article a range word took
    ("el 15", SEED, "2023-09-15", "2023-09-15", False),
    ("en el 15", SEED, "2023-09-15", "2023-09-15", False),
    ("el 30", SEED, "2023-09-30", "2023-09-30", False),
    ("hasta el 15", SEED, None, "2023-10-15", False),
    ("desde el 15", SEED, "2023-09-15", None, True),
    ("del 10 al 15", SEED, "2023-09-10", "2023-09-15", False),
    ("el 10 del corriente", SEED, "2023-09-10", "2023-09-10", False),
    ("el día 3 del mes pasado", SEED, "2023-08-03", "2023-08-03", False),
    # a range of hours: the last hour's part of the day and day hold for the first
    ("de 2 a 5 de la tarde", SEED, "2023-09-19", "2023-09-19", False),
    ("entre las 10 y las 12", SEED, "2023-09-19", "2023-09-19", False),
    ("de las 9 a las 11 de la mañana", SEED, "2023-09-19", "2023-09-19", False),
    # the week or weekend of a day; a holiday's own date after "feriado de"; "un par de"
    # is two; "a mitad de" is the middle
    ("la semana del 25 de septiembre", SEED, "2023-09-25", "2023-10-01", False),
    ("el fin de semana del 23 de septiembre", SEED, "2023-09-23", "2023-09-24", False),
    ("el feriado del 12 de octubre", SEED, "2023-10-12", "2023-10-12", False),
    ("hace un par de semanas", SEED, "2023-09-04", "2023-09-10", False),
    ("dentro de un par de semanas", SEED, "2023-10-02", "2023-10-08", False),
    ("hace un par de años", SEED, "2021-01-01", "2021-12-31", False),
    ("a mitad de año", SEED, "2023-05-01", "2023-08-31", False),
    # "para" before a date a plan is for: a name it leaves open is the next one
    ("para el lunes", SEED, "2023-09-25", "2023-09-25", False),
    ("para marzo", SEED, "2024-03-01", "2024-03-31", False),
    ("para finales de año", SEED, "2023-09-01", "2023-12-31", False),
    # words between "hace"/"en" and the count that change nothing; "en pleno"
    ("hace apenas tres días", SEED, "2023-09-16", "2023-09-16", False),
    ("hace ya dos años", SEED, "2021-01-01", "2021-12-31", False),
    ("hace tan solo dos semanas", SEED, "2023-09-04", "2023-09-10", False),
    ("desde hace ya dos años", SEED, "2021-01-01", None, True),
    ("dentro de apenas dos semanas", SEED, "2023-10-02", "2023-10-08", False),
    ("en pleno 2023", SEED, "2023-01-01", "2023-12-31", False),
    # "luego de" after a date; "al otro día", "el día de mañana" are tomorrow
    ("luego de la semana pasada", SEED, "2023-09-18", None, False),
    ("al otro día", SEED, "2023-09-20", "2023-09-20", False),
    ("el día de mañana", SEED, "2023-09-20", "2023-09-20", False),
    # months or years listed: one stretch, first to last (the year written once at the end)
    ("en julio y agosto", SEED, "2023-07-01", "2023-08-31", False),
    ("en marzo, abril y mayo de 2024", SEED, "2024-03-01", "2024-05-31", False),
    ("en los meses de julio y agosto", SEED, "2023-07-01", "2023-08-31", False),
    ("en 2022 y 2023", SEED, "2022-01-01", "2023-12-31", False),
    ("en diciembre y enero", SEED, "2023-12-01", "2024-01-31", False),
    # a weekday and ", día N"; "al cabo de", "transcurridos" count forward; "en el espacio
    # de" is a window from the reference
    ("el jueves, día 21", SEED, "2023-09-21", "2023-09-21", False),
    ("al cabo de tres días", SEED, "2023-09-22", "2023-09-22", False),
    ("transcurridos dos años", SEED, "2025-01-01", "2025-12-31", False),
    ("en el espacio de una semana", SEED, "2023-09-19", "2023-09-25", False),
    ("en cuestión de dos semanas", SEED, "2023-09-19", "2023-10-02", False),
    # "finde" is the weekend; a unit with a relative clause for its direction; a fiscal
    # year as the calendar year; "de los corrientes" is this month
    ("el finde", SEED, "2023-09-16", "2023-09-17", False),
    ("el próximo finde", SEED, "2023-09-30", "2023-10-01", False),
    ("el año que termina", SEED, "2023-01-01", "2023-12-31", False),
    ("la semana que recién terminó", SEED, "2023-09-11", "2023-09-17", False),
    ("el año que acaba de terminar", SEED, "2022-01-01", "2022-12-31", False),
    ("en el ejercicio 2023", SEED, "2023-01-01", "2023-12-31", False),
    ("el año fiscal 2022", SEED, "2022-01-01", "2022-12-31", False),
    ("el 19 de los corrientes", SEED, "2023-09-19", "2023-09-19", False),
    ("del 18 al 22 del corriente", SEED, "2023-09-18", "2023-09-22", False),
    # "el período" before a range only names it a stretch
    ("en el período 2019-2021", SEED, "2019-01-01", "2021-12-31", False),
    ("durante el período de 2019 a 2021", SEED, "2019-01-01", "2021-12-31", False),
    # Latin America's feminine ordinals ("1ra", "2da") and "1ero"
    ("la 2da quincena de octubre", SEED, "2023-10-16", "2023-10-31", False),
    ("la 1ra semana de octubre", SEED, "2023-10-02", "2023-10-08", False),
    ("el 1ero de octubre", SEED, "2023-10-01", "2023-10-01", False),
    # "since" a numeric day and month reads back to the last one
    ("desde el 1/1", SEED, "2023-01-01", None, True),
    ("a partir del 1/10", SEED, "2023-10-01", None, False),
]

# (phrase, reference, TimeML value, earliest, latest): the value pinned too, and the bounds
# of the reading (None for a set or a duration, which have none)
VALUES = [
    # business news: the same period a year before the latest reporting quarter
    (
        "en el mismo periodo del año anterior",
        date(2023, 10, 26),
        "2022-Q3",
        "2022-07-01",
        "2022-09-30",
    ),
    # a count with its half ("y medio"), at the finer unit's precision
    ("hace un año y medio", SEED, "2022-03", "2022-03-01", "2022-03-31"),
    ("dentro de dos años y medio", SEED, "2026-03", "2026-03-01", "2026-03-31"),
    ("de aquí a dos semanas", SEED, "2023-W40", "2023-10-02", "2023-10-08"),
    ("de aquí en adelante", SEED, "FUTURE_REF", "2023-09-19", None),
    # the part of the day after "en horas de" (the Andean and Caribbean press)
    ("en horas de la tarde", SEED, "2023-09-19TAF", "2023-09-19", "2023-09-19"),
    ("en horas de la mañana de este lunes", SEED, "2023-09-18TMO", "2023-09-18", "2023-09-18"),
    # a day of a month the words name ("el 10 del mes pasado"); "este" before a date
    ("el 10 del mes pasado", SEED, "2023-08-10", "2023-08-10", "2023-08-10"),
    ("el 10 del próximo mes", SEED, "2023-10-10", "2023-10-10", "2023-10-10"),
    ("este 5 de octubre", SEED, "2023-10-05", "2023-10-05", "2023-10-05"),
    ("hoy martes", SEED, "2023-09-19", "2023-09-19", "2023-09-19"),
    ("en el transcurso del año", SEED, "2023", "2023-01-01", "2023-12-31"),
    # a whole period, the word for all of it after ("el año entero")
    ("el año entero", SEED, "2023", "2023-01-01", "2023-12-31"),
    ("el mes completo", SEED, "2023-09", "2023-09-01", "2023-09-30"),
    # a stretch that ends with a month or day ("en el trimestre terminado en junio")
    ("en el trimestre terminado en junio", SEED, "P1Q", "2023-04-01", "2023-06-30"),
    ("el año terminado en marzo", SEED, "P1Y", "2022-04-01", "2023-03-31"),
    # a weekday with its direction before a full date; the day before; references
    ("este martes 19 de septiembre", SEED, "2023-09-19", "2023-09-19", "2023-09-19"),
    ("el pasado martes 12 de septiembre", SEED, "2023-09-12", "2023-09-12", "2023-09-12"),
    ("el día anterior", SEED, "2023-09-18", "2023-09-18", "2023-09-18"),
    ("a largo plazo", SEED, "FUTURE_REF", "2023-09-19", None),
    ("en la actualidad", SEED, "PRESENT_REF", "2023-09-19", "2023-09-19"),
    ("en breve", SEED, "FUTURE_REF", "2023-09-19", None),
    # ordinal numbers with their marks ("1.º", "3.er", "4to"), the turn of the century
    ("el 1.º de enero", SEED, "2024-01-01", "2024-01-01", "2024-01-01"),
    ("el 3.er trimestre", SEED, "2023-Q3", "2023-07-01", "2023-09-30"),
    ("el 2do semestre", SEED, "2023-H2", "2023-07-01", "2023-12-31"),
    ("el 4to trimestre", SEED, "2023-Q4", "2023-10-01", "2023-12-31"),
    ("la 1.ª quincena de julio", SEED, "2023-07", "2023-07-01", "2023-07-15"),
    ("en el cambio de siglo", SEED, "2000", "2000-01-01", "2000-12-31"),
    # a month and a two-digit year after a slash, as finance writes them
    ("ene/24", SEED, "2024-01", "2024-01-01", "2024-01-31"),
    ("a las doce menos cuarto", SEED, "2023-09-19T11:45", "2023-09-19", "2023-09-19"),
    # a count of units from the start, or back from the end, of a period
    ("las dos últimas semanas de agosto", SEED, "2023-08", "2023-08-18", "2023-08-31"),
    ("los primeros tres meses de 2023", SEED, "2023", "2023-01-01", "2023-03-31"),
    ("en los primeros meses del año", SEED, "2023", "2023-01-01", "2023-04-30"),
    # a dateline: the day and its clock time; a day word opening with a range word
    ("sábado, 3 de junio de 2023 - 10:00", SEED, "2023-06-03T10:00", "2023-06-03", "2023-06-03"),
    ("Martes 21 de octubre de 2014 09:15", SEED, "2014-10-21T09:15", "2014-10-21", "2014-10-21"),
    ("publicado el 3 de junio de 2023", SEED, "2023-06-03", "2023-06-03", "2023-06-03"),
    ("antes de ayer a las 8", SEED, "2023-09-17T08:00", "2023-09-17", "2023-09-17"),
    ("la próxima semana el lunes", SEED, "2023-09-25", "2023-09-25", "2023-09-25"),
    ("en todo 2022", SEED, "2022", "2022-01-01", "2022-12-31"),
    # clock minutes in words, 12-hour marks
    ("a las nueve y media", SEED, "2023-09-19T09:30", "2023-09-19", "2023-09-19"),
    ("a las 10 y cuarto", SEED, "2023-09-19T10:15", "2023-09-19", "2023-09-19"),
    ("a las 3 menos cuarto", SEED, "2023-09-19T02:45", "2023-09-19", "2023-09-19"),
    ("mañana a las 5 pm", SEED, "2023-09-20T17:00", "2023-09-20", "2023-09-20"),
    ("hoy a las 9 p.m.", SEED, "2023-09-19T21:00", "2023-09-19", "2023-09-19"),
    ("mañana a mediodía", SEED, "2023-09-20T12:00", "2023-09-20", "2023-09-20"),
    # counts: "hace 3 días atrás" (both ways at once), the direction after the count
    ("hace 3 días atrás", SEED, "2023-09-16", "2023-09-16", "2023-09-16"),
    ("en los dos últimos años", SEED, "P2Y", "2021-09-20", "2023-09-19"),
    # halves ("mitad"), the first and last days of a month, weekends counted in a month
    ("en la primera mitad del año", SEED, "2023-H1", "2023-01-01", "2023-06-30"),
    ("la segunda mitad de agosto", SEED, "2023-08", "2023-08-21", "2023-08-31"),
    ("en los últimos días de agosto", SEED, "2023-08", "2023-08-21", "2023-08-31"),
    ("el último fin de semana de agosto", SEED, "2023-W34-WE", "2023-08-26", "2023-08-27"),
    # day words of the press: "el día de hoy", "anteanoche", "ahorita"
    ("el día de hoy", SEED, "2023-09-19", "2023-09-19", "2023-09-19"),
    ("el día de ayer", SEED, "2023-09-18", "2023-09-18", "2023-09-18"),
    ("anteanoche", SEED, "2023-09-17TNI", "2023-09-17", "2023-09-17"),
    ("ahorita", SEED, "PRESENT_REF", "2023-09-19", "2023-09-19"),
    ("dentro de poco", SEED, "FUTURE_REF", "2023-09-19", None),
    # windows from the reference: "en un plazo de 30 días"
    ("en un plazo de 30 días", SEED, "P30D", "2023-09-19", "2023-10-18"),
    ("hace poco más de un año", SEED, "2022", "2022-01-01", "2022-12-31"),
    ("esta misma semana", SEED, "2023-W38", "2023-09-18", "2023-09-24"),
    ("los fines de semana", SEED, "P1WE", None, None),
    ("cada fin de semana", SEED, "P1WE", None, None),
    # a day word with its number in brackets
    ("hoy (19)", SEED, "2023-09-19", "2023-09-19", "2023-09-19"),
    # clock times approximate, and hours in words
    ("alrededor de las 9", SEED, "2023-09-19T09:00", "2023-09-19", "2023-09-19"),
    ("hacia las 5 de la tarde", SEED, "2023-09-19T17:00", "2023-09-19", "2023-09-19"),
    ("a la una", SEED, "2023-09-19T01:00", "2023-09-19", "2023-09-19"),
    ("a las dos de la tarde", SEED, "2023-09-19T14:00", "2023-09-19", "2023-09-19"),
    ("a las 10 de la mañana del lunes", SEED, "2023-09-18T10:00", "2023-09-18", "2023-09-18"),
    ("por la mañana", SEED, "2023-09-19TMO", "2023-09-19", "2023-09-19"),
    # a count of hours is a duration unless "a las" makes it a time
    ("durante 3 horas", SEED, "PT3H", None, None),
    ("a las 15 horas del martes", SEED, "2023-09-19T15:00", "2023-09-19", "2023-09-19"),
    # a stretch of the past without a count, and the pack's words for long ago
    ("hace años", SEED, "PAST_REF", None, "2023-09-19"),
    ("hace décadas", SEED, "PAST_REF", None, "2023-09-19"),
    ("hace mucho tiempo", SEED, "PAST_REF", None, "2023-09-19"),
    ("hace poco", SEED, "PAST_REF", None, "2023-09-19"),
    # decades after their article alone ("los 90", "en los noventa")
    ("en los 90", SEED, "199", "1990-01-01", "1999-12-31"),
    ("los noventa", SEED, "199", "1990-01-01", "1999-12-31"),
    ("a fines de los 90", SEED, "199", "1997-01-01", "1999-12-31"),
    # the whole unit, the current one, the same one
    ("todo el año", SEED, "2023", "2023-01-01", "2023-12-31"),
    ("el año en curso", SEED, "2023", "2023-01-01", "2023-12-31"),
    ("el mes en curso", SEED, "2023-09", "2023-09-01", "2023-09-30"),
    ("el presente año", SEED, "2023", "2023-01-01", "2023-12-31"),
    ("el corriente año", SEED, "2023", "2023-01-01", "2023-12-31"),
    ("en el mismo día", SEED, "2023-09-19", "2023-09-19", "2023-09-19"),
    ("esa semana", SEED, "2023-W38", "2023-09-18", "2023-09-24"),
    # a weekday of a week, the nth weekday of a month (joined by "de")
    ("el jueves de la semana pasada", SEED, "2023-09-14", "2023-09-14", "2023-09-14"),
    ("el primer lunes de octubre", SEED, "2023-10-02", "2023-10-02", "2023-10-02"),
    ("el último viernes de septiembre", SEED, "2023-09-29", "2023-09-29", "2023-09-29"),
    # how often: "una vez al año"
    ("una vez al año", SEED, "P1Y", None, None),
    ("dos veces al mes", SEED, "P1M", None, None),
    ("tres veces por semana", SEED, "P1W", None, None),
    # quarters and halves of a year written as a phrase, and as codes ("1T23", "2S22")
    ("en el primer trimestre del año", SEED, "2023-Q1", "2023-01-01", "2023-03-31"),
    ("el cuarto trimestre del año pasado", SEED, "2022-Q4", "2022-10-01", "2022-12-31"),
    ("el primer semestre de este año", SEED, "2023-H1", "2023-01-01", "2023-06-30"),
    ("el tercer trimestre de 2022", SEED, "2022-Q3", "2022-07-01", "2022-09-30"),
    ("1T23", SEED, "2023-Q1", "2023-01-01", "2023-03-31"),
    ("2S22", SEED, "2022-H2", "2022-07-01", "2022-12-31"),
    # seasons; northern unless south=True (see docs/resolver.md)
    ("el próximo invierno", SEED, "2023-WI", "2023-12-01", "2024-02-29"),
    ("el verano pasado", SEED, "2023-SU", "2023-06-01", "2023-08-31"),
    ("el invierno de 2022", SEED, "2022-WI", "2022-12-01", "2023-02-28"),
    # halves of a month: the quincena, days 1-15 and 16 to the end
    ("la primera quincena de julio", SEED, "2023-07", "2023-07-01", "2023-07-15"),
    ("la segunda quincena de agosto", SEED, "2023-08", "2023-08-16", "2023-08-31"),
    # "a lo largo de": the point or window it leads
    ("a lo largo de 2022", SEED, "2022", "2022-01-01", "2022-12-31"),
    ("a lo largo de los últimos meses", SEED, "PAST_REF", "2023-06-20", "2023-09-19"),
    # a weekday and its day number without brackets, after a direction
    ("este lunes 18", SEED, "2023-09-18", "2023-09-18", "2023-09-18"),
    ("el próximo viernes 22", SEED, "2023-09-22", "2023-09-22", "2023-09-22"),
    ("lunes 18 de septiembre de 2023", SEED, "2023-09-18", "2023-09-18", "2023-09-18"),
    # numeric dates day first, with a slash, a dot or (with a four-digit year) a dash
    ("18.09.2023", SEED, "2023-09-18", "2023-09-18", "2023-09-18"),
    ("18-09-2023", SEED, "2023-09-18", "2023-09-18", "2023-09-18"),
    ("primero de mayo", SEED, "2023-05-01", "2023-05-01", "2023-05-01"),
    ("veinticinco de diciembre", SEED, "2023-12-25", "2023-12-25", "2023-12-25"),
    # years in words, with "mil" ("dos mil veinte", "mil novecientos noventa y ocho")
    ("dos mil veinte", SEED, "2020", "2020-01-01", "2020-12-31"),
    ("en dos mil veintidós", SEED, "2022", "2022-01-01", "2022-12-31"),
    ("mil novecientos noventa y ocho", SEED, "1998", "1998-01-01", "1998-12-31"),
    ("marzo de dos mil veinte", SEED, "2020-03", "2020-03-01", "2020-03-31"),
    # decades with the tens in words, after "la década de los"
    ("los años ochenta", SEED, "198", "1980-01-01", "1989-12-31"),
    ("la década de los noventa", SEED, "199", "1990-01-01", "1999-12-31"),
    ("la década de los 90", SEED, "199", "1990-01-01", "1999-12-31"),
    ("la década de 1980", SEED, "198", "1980-01-01", "1989-12-31"),
    # parts: each head with "de"/"del", after "a" or "al"
    ("al final del año", SEED, "2023", "2023-09-01", "2023-12-31"),
    ("al inicio de la semana", SEED, "2023-W38", "2023-09-18", "2023-09-19"),
    ("a fin de mes", SEED, "2023-09", "2023-09-21", "2023-09-30"),
    ("a finales de los años 90", SEED, "199", "1997-01-01", "1999-12-31"),
    # clock times: a bare hour after "a las", in the part of the day written after it
    ("a las 18.30", SEED, "2023-09-19T18:30", "2023-09-19", "2023-09-19"),
    ("a las 21:00 horas", SEED, "2023-09-19T21:00", "2023-09-19", "2023-09-19"),
    ("a las 6 de la tarde", SEED, "2023-09-19T18:00", "2023-09-19", "2023-09-19"),
    ("a las 9 de la mañana", SEED, "2023-09-19T09:00", "2023-09-19", "2023-09-19"),
    ("a las 10 de la noche", SEED, "2023-09-19T22:00", "2023-09-19", "2023-09-19"),
    ("a las 12 de la noche", SEED, "2023-09-19T24:00", "2023-09-19", "2023-09-19"),
    ("a las 3 de la madrugada", SEED, "2023-09-19T03:00", "2023-09-19", "2023-09-19"),
    ("ayer a las 6 de la tarde", SEED, "2023-09-18T18:00", "2023-09-18", "2023-09-18"),
    ("el lunes a las 9", SEED, "2023-09-18T09:00", "2023-09-18", "2023-09-18"),
    ("al mediodía", SEED, "2023-09-19T12:00", "2023-09-19", "2023-09-19"),
    ("a medianoche", SEED, "2023-09-19T24:00", "2023-09-19", "2023-09-19"),
    # parts of a day: the day after "de"/"del" ("la noche del domingo")
    ("anoche", SEED, "2023-09-18TNI", "2023-09-18", "2023-09-18"),
    ("esta noche", SEED, "2023-09-19TNI", "2023-09-19", "2023-09-19"),
    ("esta madrugada", SEED, "2023-09-19TNI", "2023-09-19", "2023-09-19"),
    ("la noche del domingo", SEED, "2023-09-17TNI", "2023-09-17", "2023-09-17"),
    ("la madrugada del lunes", SEED, "2023-09-18TNI", "2023-09-18", "2023-09-18"),
    ("en la noche del martes", SEED, "2023-09-19TNI", "2023-09-19", "2023-09-19"),
    ("el martes por la noche", SEED, "2023-09-19TNI", "2023-09-19", "2023-09-19"),
    # a count of hours after a direction is a window, not a clock time moved
    ("en las últimas 24 horas", SEED, "PT24H", "2023-09-19", "2023-09-19"),
    ("en las próximas 48 horas", SEED, "PT48H", "2023-09-19", "2023-09-20"),
    # a month or year named with its unit word ("el mes de agosto", "el año 2020")
    ("el mes de agosto", SEED, "2023-08", "2023-08-01", "2023-08-31"),
    ("en el mes de agosto de 2020", SEED, "2020-08", "2020-08-01", "2020-08-31"),
    ("durante el mes de julio", SEED, "2023-07", "2023-07-01", "2023-07-31"),
    ("el año 2020", SEED, "2020", "2020-01-01", "2020-12-31"),
    ("en el año de 2020", SEED, "2020", "2020-01-01", "2020-12-31"),
    # two away: "antepasado" is the one before the last
    ("la semana antepasada", SEED, "2023-W36", "2023-09-04", "2023-09-10"),
    ("el año antepasado", SEED, "2021", "2021-01-01", "2021-12-31"),
    ("el mes antepasado", SEED, "2023-07", "2023-07-01", "2023-07-31"),
    # sets: "cada"/"todos los" before a unit or a weekday, "los" before a plural weekday
    # ("los domingos"; "lunes" is its own plural); the value English gives "every Monday"
    ("todos los lunes", SEED, "XXXX-WXX-1", None, None),
    ("los domingos", SEED, "XXXX-WXX-7", None, None),
    ("los martes", SEED, "XXXX-WXX-2", None, None),
    ("cada martes", SEED, "XXXX-WXX-2", None, None),
    ("todos los sábados", SEED, "XXXX-WXX-6", None, None),
    ("cada semana", SEED, "P1W", None, None),
    ("cada año", SEED, "P1Y", None, None),
    ("todos los días", SEED, "P1D", None, None),
    ("todos los meses", SEED, "P1M", None, None),
    ("cada dos años", SEED, "P2Y", None, None),
    ("mensualmente", SEED, "P1M", None, None),
    # a bare plural unit is a stretch of it, no date (TimeML's PXY), as in English
    ("años", SEED, "PXY", None, None),
    ("meses", SEED, "PXM", None, None),
    ("días", SEED, "PXD", None, None),
    # approximate counts: "unos diez años" is about ten, not 3 + 10
    ("unos diez años", SEED, "P10Y", None, None),
    ("alrededor de diez años", SEED, "P10Y", None, None),
    ("hace unos diez años", SEED, "2013", "2013-01-01", "2013-12-31"),
    ("hace cerca de diez años", SEED, "2013", "2013-01-01", "2013-12-31"),
    ("hace casi un año", SEED, "2022", "2022-01-01", "2022-12-31"),
    ("hace más de un mes", SEED, "2023-08", "2023-08-01", "2023-08-31"),
    # a vague count before the unit: about that far back, as "a few years ago"
    ("hace algunos años", SEED, "PAST_REF", "2020-01-01", "2020-12-31"),
    ("hace unos años", SEED, "PAST_REF", "2020-01-01", "2020-12-31"),
    ("hace varios días", SEED, "PAST_REF", "2023-09-16", "2023-09-16"),
    ("dentro de unos meses", SEED, "FUTURE_REF", "2023-12-01", "2023-12-31"),
    # words after a date that only say it is rough ("o así", "más o menos", "y pico")
    ("hace unos tres años o así", SEED, "2020", "2020-01-01", "2020-12-31"),
    ("hace un año y pico", SEED, "2022", "2022-01-01", "2022-12-31"),
    ("en 2010, más o menos", SEED, "2010", "2010-01-01", "2010-12-31"),
    ("alrededor de 2010", SEED, "2010", "2010-01-01", "2010-12-31"),
    ("en los últimos tiempos", SEED, "PAST_REF", None, "2023-09-19"),
    ("en el mediano plazo", SEED, "FUTURE_REF", "2023-09-19", None),
    # a plural unit with its direction after it: a vague stretch, or a window with a count
    ("en los días siguientes", SEED, "FUTURE_REF", "2023-09-19", "2023-09-21"),
    ("en las semanas previas", SEED, "PAST_REF", "2023-08-30", "2023-09-19"),
    ("los años venideros", SEED, "FUTURE_REF", "2023-09-19", "2026-09-18"),
    ("los tres días anteriores", SEED, "P3D", "2023-09-17", "2023-09-19"),
    # half of one unit before it: counted in the next finer unit, as "y medio" is
    ("hace medio año", SEED, "2023-03", "2023-03-01", "2023-03-31"),
    ("hace medio siglo", SEED, "1973", "1973-01-01", "1973-12-31"),
    ("dentro de media hora", SEED, "2023-09-19", "2023-09-19", "2023-09-19"),
]

# ("... {n} ...", -1 before the reference or +1 after): counts of days, any N in digits or
# words (tests/test_resolve_languages.py draws them)
DAY_COUNTS = [
    ("hace {n} días", -1),
    ("hace {n} días atrás", -1),
    ("{n} días antes", -1),
    ("dentro de {n} días", 1),
    ("en {n} días", 1),
    ("{n} días después", 1),
]

# (phrase, why it is refused): Spanish the resolver must not read
REJECTED = [
    ("mil", "a thousand, no year"),
    ("la mitad", "a share, not the half-year"),
    ("hace mucho calor", "'it is very hot'"),
    ("christmas", "an English holiday is not Spanish"),
    ("last week", "English words are not Spanish"),
    ("31 de abril de 2023", "April has no 31st"),
    ("la semana de 2023", "a week of a year, but which one?"),
    ("el 32", "no month has a 32nd"),
]
