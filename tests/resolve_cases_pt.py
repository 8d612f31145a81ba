"""Portuguese phrases for tests/test_resolve_languages.py: each with the span the resolver
gives it in pt, and phrases it must refuse (data only: the tests are written once)."""

from __future__ import annotations

from datetime import date

LANGUAGE = "pt"

SEED = date(2023, 9, 19)  # Tuesday: the seed article's publication date (a Brazilian report)

# (phrase, reference, earliest, latest of the span, ongoing): Portuguese phrases by family
ROWS = [
    # ranges of clock hours, the end marked ("das 8h às 18h"): the day they are on
    ("das 8h às 18h", SEED, "2023-09-19", "2023-09-19", False),
    ("das 8h30 às 12h", SEED, "2023-09-19", "2023-09-19", False),
    # until now, written as "até o momento"; the year so far ("no acumulado do ano")
    ("até o momento", SEED, None, "2023-09-19", False),
    ("no acumulado do ano", SEED, "2023-01-01", "2023-09-19", False),
    ("a partir das 19h", SEED, "2023-09-19", None, False),
    # days listed with "e", first to last; "de ... para ..."
    ("nos dias 7 e 8 de outubro", SEED, "2023-10-07", "2023-10-08", False),
    ("7, 8 e 9 de outubro", SEED, "2023-10-07", "2023-10-09", False),
    ("de ontem para hoje", SEED, "2023-09-18", "2023-09-19", False),
    # until now: the reference day ends it
    ("até agora", SEED, None, "2023-09-19", False),
    # an open end: "de 2020 em diante", "de 2020 para cá"
    ("de 2020 em diante", SEED, "2020-01-01", None, False),
    ("de 2020 para cá", SEED, "2020-01-01", None, False),
    ("de março em diante", SEED, "2023-03-01", None, False),
    # ranges opened by a start word, the end joined by "e vai até" and the like (the seed
    # article's "began last week and runs until this Wednesday (20)")
    (
        "começou na semana passada e vai até esta quarta-feira (20)",
        SEED,
        "2023-09-11",
        "2023-09-20",
        False,
    ),
    ("começa amanhã e vai até domingo", SEED, "2023-09-20", "2023-09-24", False),
    ("começou em 2020 e termina em 2025", SEED, "2020-01-01", "2025-12-31", False),
    ("iniciado em março", SEED, "2023-03-01", None, False),
    ("começou ontem", SEED, "2023-09-18", None, False),
    # "de ... a/até ...", "desde ... até ...", "entre ... e ...", "a partir de"
    ("de 13 a 15 de julho", SEED, "2023-07-13", "2023-07-15", False),
    ("entre 13 e 15 de julho", SEED, "2023-07-13", "2023-07-15", False),
    ("de março a maio", SEED, "2023-03-01", "2023-05-31", False),
    ("desde março até maio", SEED, "2023-03-01", "2023-05-31", False),
    ("de janeiro a março de 2022", SEED, "2022-01-01", "2022-03-31", False),
    ("entre 2019 e 2021", SEED, "2019-01-01", "2021-12-31", False),
    ("da segunda-feira à sexta-feira", SEED, "2023-09-18", "2023-09-22", False),
    ("de segunda a sexta", SEED, "2023-09-18", "2023-09-22", False),
    ("a partir de 1º de janeiro", SEED, "2024-01-01", None, False),
    ("a partir de março até maio", SEED, "2023-03-01", "2023-05-31", False),
    ("desde 2019", SEED, "2019-01-01", None, True),
    ("desde 2019 até hoje", SEED, "2019-01-01", "2023-09-19", False),
    # the seed article's original phrases
    ("nesta segunda-feira (18)", SEED, "2023-09-18", "2023-09-18", False),
    ("desde o fim do ano passado", SEED, "2022-09-01", None, True),
    # deictic days, with and without accents
    ("hoje", SEED, "2023-09-19", "2023-09-19", False),
    ("ontem", SEED, "2023-09-18", "2023-09-18", False),
    ("anteontem", SEED, "2023-09-17", "2023-09-17", False),
    ("amanhã", SEED, "2023-09-20", "2023-09-20", False),
    ("Amanha", SEED, "2023-09-20", "2023-09-20", False),
    ("depois de amanhã", SEED, "2023-09-21", "2023-09-21", False),
    # relative units, the direction after the unit; "mês" is singular though it ends in s
    ("mês passado", SEED, "2023-08-01", "2023-08-31", False),
    ("o mês que vem", SEED, "2023-10-01", "2023-10-31", False),
    ("semana passada", SEED, "2023-09-11", "2023-09-17", False),
    ("na próxima semana", SEED, "2023-09-25", "2023-10-01", False),
    ("ano passado", SEED, "2022-01-01", "2022-12-31", False),
    ("este ano", SEED, "2023-01-01", "2023-12-31", False),
    # counts before and after: "há três dias", "três dias atrás", "em duas semanas"
    ("há três dias", SEED, "2023-09-16", "2023-09-16", False),
    ("três dias atrás", SEED, "2023-09-16", "2023-09-16", False),
    ("há 2 anos", SEED, "2021-01-01", "2021-12-31", False),
    ("daqui a cinco dias", SEED, "2023-09-24", "2023-09-24", False),
    ("em 5 dias", SEED, "2023-09-24", "2023-09-24", False),
    # months and parts of them
    ("no início de março", SEED, "2023-03-01", "2023-03-10", False),
    ("em meados de agosto", SEED, "2023-08-11", "2023-08-20", False),
    ("no fim do ano passado", SEED, "2022-09-01", "2022-12-31", False),
    ("março", SEED, "2023-03-01", "2023-03-31", False),
    ("fevereiro do ano passado", SEED, "2022-02-01", "2022-02-28", False),
    # absolute dates, day first; days and counts in words joined by "e"
    ("vinte e nove de setembro", SEED, "2023-09-29", "2023-09-29", False),
    ("dois de julho de 2021", SEED, "2021-07-02", "2021-07-02", False),
    ("vinte e nove dias atrás", SEED, "2023-08-21", "2023-08-21", False),
    ("10 de agosto de 2012", SEED, "2012-08-10", "2012-08-10", False),
    ("10 Agosto 2012", SEED, "2012-08-10", "2012-08-10", False),
    ("terça-feira, 19 de setembro", SEED, "2023-09-19", "2023-09-19", False),
    ("8/2/2016", SEED, "2016-02-08", "2016-02-08", False),
    # ranges
    ("10 - 22 Agosto 2012", SEED, "2012-08-10", "2012-08-22", False),
    ("10 a 22 de agosto de 2012", SEED, "2012-08-10", "2012-08-22", False),
    ("entre março e maio", SEED, "2023-03-01", "2023-05-31", False),
    ("de dez a vinte de maio", SEED, "2023-05-10", "2023-05-20", False),
    ("até sexta-feira", SEED, None, "2023-09-22", False),  # the coming one
    # holidays of the pack, movable and fixed
    ("natal", SEED, "2023-12-25", "2023-12-25", False),
    ("páscoa de 2024", SEED, "2024-03-31", "2024-03-31", False),
    ("carnaval de 2024", SEED, "2024-02-13", "2024-02-13", False),
    # the present
    ("agora", SEED, "2023-09-19", "2023-09-19", False),
    # a direction after the name: weekdays, months, seasons, holidays
    ("na segunda-feira passada", SEED, "2023-09-18", "2023-09-18", False),
    ("sábado que vem", SEED, "2023-09-23", "2023-09-23", False),
    ("setembro passado", SEED, "2022-09-01", "2022-09-30", False),
    ("o natal passado", SEED, "2022-12-25", "2022-12-25", False),
    # days named by number, ordinal marks
    ("no dia 18", SEED, "2023-09-18", "2023-09-18", False),
    ("dia 18 de setembro", SEED, "2023-09-18", "2023-09-18", False),
    ("1º de maio", SEED, "2023-05-01", "2023-05-01", False),
    # a direction before a day of the month ("no último dia 18"), weeks of a month, ranges
    # of days, contractions ("deste")
    ("no último dia 18", SEED, "2023-09-18", "2023-09-18", False),
    ("no próximo dia 25", SEED, "2023-09-25", "2023-09-25", False),
    ("na primeira semana de setembro", SEED, "2023-09-04", "2023-09-10", False),
    ("entre os dias 10 e 12 de agosto", SEED, "2023-08-10", "2023-08-12", False),
    ("dos dias 10 a 12 de agosto", SEED, "2023-08-10", "2023-08-12", False),
    ("no começo deste ano", SEED, "2023-01-01", "2023-04-30", False),
    # quarters, halves, decades, centuries
    ("no primeiro trimestre", SEED, "2023-01-01", "2023-03-31", False),
    ("no segundo semestre de 2022", SEED, "2022-07-01", "2022-12-31", False),
    ("anos 90", SEED, "1990-01-01", "1999-12-31", False),
    ("a década de 1980", SEED, "1980-01-01", "1989-12-31", False),
    ("século XX", SEED, "1900-01-01", "1999-12-31", False),
    ("século 21", SEED, "2000-01-01", "2099-12-31", False),
    # parts of a day, clock times
    ("hoje de manhã", SEED, "2023-09-19", "2023-09-19", False),
    ("amanhã à tarde", SEED, "2023-09-20", "2023-09-20", False),
    ("às 15h30", SEED, "2023-09-19", "2023-09-19", False),
    # windows and counts after the unit
    ("nos últimos dois anos", SEED, "2021-09-20", "2023-09-19", False),
    ("três semanas antes", SEED, "2023-08-28", "2023-09-03", False),
    ("este ano até agora", SEED, "2023-01-01", "2023-09-19", False),
    ("o resto do mês", SEED, "2023-09-19", "2023-09-30", False),
    # "a partir de" with no end reads forward: the next weekday, month or day number on or
    # after the reference, from then on (ongoing only when it began before the reference)
    ("a partir de segunda-feira", SEED, "2023-09-25", None, False),
    ("a partir de amanhã", SEED, "2023-09-20", None, False),
    ("a partir de março", SEED, "2024-03-01", None, False),
    ("a partir do dia 5", SEED, "2023-10-05", None, False),
    ("a partir da próxima segunda-feira", SEED, "2023-09-25", None, False),
    ("a partir de 2020", SEED, "2020-01-01", None, True),
    ("a partir do dia 5 de setembro", SEED, "2023-09-05", None, True),
    # "desde há semanas": about a few (three) units back, ongoing
    ("desde há semanas", SEED, "2023-08-28", None, True),
    ("desde há alguns anos", SEED, "2020-01-01", None, True),
    ("desde há três dias", SEED, "2023-09-16", None, True),
    # a day of the reference's month ("do corrente")
    ("no dia 10 do corrente", SEED, "2023-09-10", "2023-09-10", False),
    ("até o dia 30 do corrente", SEED, None, "2023-09-30", False),
    # a range of hours: the last hour's part of the day and day hold for the first
    ("entre 2 e 5 da tarde", SEED, "2023-09-19", "2023-09-19", False),
    ("das 2 às 5 da tarde", SEED, "2023-09-19", "2023-09-19", False),
    ("das 14h às 16h de amanhã", SEED, "2023-09-20", "2023-09-20", False),
    ("das 8h às 18h de sábado", SEED, "2023-09-16", "2023-09-16", False),
    # the week or weekend of a day ("na semana do dia 25"); a holiday's own date after
    # "feriado de"; "um par de" is two
    ("na semana do dia 25", SEED, "2023-09-25", "2023-10-01", False),
    ("a semana de 25 de setembro", SEED, "2023-09-25", "2023-10-01", False),
    ("no fim de semana de 16 de setembro", SEED, "2023-09-16", "2023-09-17", False),
    ("no feriado de 7 de setembro", SEED, "2023-09-07", "2023-09-07", False),
    ("no feriado de Finados", SEED, "2023-11-02", "2023-11-02", False),
    ("há um par de anos", SEED, "2021-01-01", "2021-12-31", False),
    # "para" before a date a plan is for: a name it leaves open is the next one
    ("para segunda-feira", SEED, "2023-09-25", "2023-09-25", False),
    ("para março", SEED, "2024-03-01", "2024-03-31", False),
    ("para 2030", SEED, "2030-01-01", "2030-12-31", False),
    # words between "há"/"em" and the count that change nothing; "em pleno"
    ("há apenas três dias", SEED, "2023-09-16", "2023-09-16", False),
    ("há já dois anos", SEED, "2021-01-01", "2021-12-31", False),
    ("em apenas dois dias", SEED, "2023-09-21", "2023-09-21", False),
    ("em pleno 2023", SEED, "2023-01-01", "2023-12-31", False),
    # months or years listed: one stretch, first to last (the year written once at the end)
    ("em julho e agosto", SEED, "2023-07-01", "2023-08-31", False),
    ("nos meses de julho e agosto", SEED, "2023-07-01", "2023-08-31", False),
    ("em julho e agosto de 2022", SEED, "2022-07-01", "2022-08-31", False),
    ("em março, abril e maio", SEED, "2023-03-01", "2023-05-31", False),
    ("em dezembro e janeiro", SEED, "2023-12-01", "2024-01-31", False),
    ("nos anos de 2022 e 2023", SEED, "2022-01-01", "2023-12-31", False),
    ("em 2020, 2021 e 2022", SEED, "2020-01-01", "2022-12-31", False),
    # a weekday and ", dia N"; Portugal's "transato"; "coisa de" is about; "ao fim de",
    # "decorridos" count forward; "no espaço de" is a window from the reference
    ("na próxima quinta-feira, dia 21", SEED, "2023-09-21", "2023-09-21", False),
    ("na passada sexta-feira, dia 15", SEED, "2023-09-15", "2023-09-15", False),
    ("no mês transato", SEED, "2023-08-01", "2023-08-31", False),
    ("no ano transato", SEED, "2022-01-01", "2022-12-31", False),
    ("há coisa de um mês", SEED, "2023-08-01", "2023-08-31", False),
    ("ao fim de três dias", SEED, "2023-09-22", "2023-09-22", False),
    ("decorridos dois anos", SEED, "2025-01-01", "2025-12-31", False),
    ("no espaço de uma semana", SEED, "2023-09-19", "2023-09-25", False),
    ("ao fim de outubro", SEED, "2023-10-21", "2023-10-31", False),
    # a unit with a relative clause for its direction; a fiscal year as the calendar year
    ("o ano que termina", SEED, "2023-01-01", "2023-12-31", False),
    ("a semana que passou", SEED, "2023-09-11", "2023-09-17", False),
    ("no exercício de 2023", SEED, "2023-01-01", "2023-12-31", False),
    # a day number a range runs up to is the coming one, as a bare weekday is
    ("até o dia 15", SEED, None, "2023-10-15", False),
    ("até o dia 30", SEED, None, "2023-09-30", False),
    # "no período" before a range only names it a stretch; "de manhã" is a part of the
    # day, not "from the morning" ("de março" still opens a start)
    ("no período de 18 a 22 de setembro", SEED, "2023-09-18", "2023-09-22", False),
    ("no período entre 2019 e 2021", SEED, "2019-01-01", "2021-12-31", False),
    ("no período 2019-2021", SEED, "2019-01-01", "2021-12-31", False),
    ("de manhã", SEED, "2023-09-19", "2023-09-19", False),
    ("de madrugada", SEED, "2023-09-19", "2023-09-19", False),
    ("de março", SEED, "2023-03-01", None, False),
    # the night from one day to the next: a range over both days, not the second day
    ("na noite de segunda para terça", SEED, "2023-09-18", "2023-09-19", False),
    # a weekday with its direction and a numeric date in brackets; "1º/1" as Brazil writes
    # the first of a month; "since" a day and month reads back to the last one
    ("nesta terça-feira (19/9)", SEED, "2023-09-19", "2023-09-19", False),
    ("na próxima segunda-feira (25/9)", SEED, "2023-09-25", "2023-09-25", False),
    ("na última sexta (15/9)", SEED, "2023-09-15", "2023-09-15", False),
    ("desde 1º/1", SEED, "2023-01-01", None, True),
    ("a partir de 1º/10", SEED, "2023-10-01", None, False),
]

# (phrase, reference, TimeML value, earliest, latest): the value pinned too, and the bounds
# of the reading (None for a set or a duration, which have none)
VALUES = [
    # business news: the same period a year before the latest reporting quarter
    ("no mesmo período do ano passado", date(2023, 10, 26), "2022-Q3", "2022-07-01", "2022-09-30"),
    (
        "o mesmo trimestre do ano anterior",
        date(2023, 10, 26),
        "2022-Q3",
        "2022-07-01",
        "2022-09-30",
    ),
    ("1T do ano passado", SEED, "2022-Q1", "2022-01-01", "2022-03-31"),
    # a count with its half ("e meio"), at the finer unit's precision
    ("há um ano e meio", SEED, "2022-03", "2022-03-01", "2022-03-31"),
    ("daqui a dois anos e meio", SEED, "2026-03", "2026-03-01", "2026-03-31"),
    ("há duas semanas e meia", SEED, "2023-09-02", "2023-09-02", "2023-09-02"),
    ("daqui pra frente", SEED, "FUTURE_REF", "2023-09-19", None),
    # a day of a month the words name ("no dia 10 do mês passado"); parts after "ao"
    ("no dia 10 do mês passado", SEED, "2023-08-10", "2023-08-10", "2023-08-10"),
    ("dia 10 do mês que vem", SEED, "2023-10-10", "2023-10-10", "2023-10-10"),
    ("ao fim da tarde", SEED, "2023-09-19TAF", "2023-09-19", "2023-09-19"),
    ("ao final do mês", SEED, "2023-09", "2023-09-21", "2023-09-30"),
    ("no decorrer da semana", SEED, "2023-W38", "2023-09-18", "2023-09-24"),
    ("o fim-de-semana", SEED, "2023-W37-WE", "2023-09-16", "2023-09-17"),
    # a whole period, the word for all of it after ("o ano passado todo")
    ("o ano passado todo", SEED, "2022", "2022-01-01", "2022-12-31"),
    ("no ano passado inteiro", SEED, "2022", "2022-01-01", "2022-12-31"),
    ("a semana toda", SEED, "2023-W38", "2023-09-18", "2023-09-24"),
    ("o dia todo", SEED, "2023-09-19", "2023-09-19", "2023-09-19"),
    # a stretch that ends with a month or day ("no trimestre encerrado em agosto")
    ("no trimestre encerrado em agosto", SEED, "P1Q", "2023-06-01", "2023-08-31"),
    ("nos 12 meses encerrados em junho", SEED, "P12M", "2022-07-01", "2023-06-30"),
    ("na semana encerrada em 15 de setembro", SEED, "P1W", "2023-09-09", "2023-09-15"),
    # a weekday with its direction before a full date; the day before; references
    ("nesta terça-feira, 19 de setembro", SEED, "2023-09-19", "2023-09-19", "2023-09-19"),
    ("no dia anterior", SEED, "2023-09-18", "2023-09-18", "2023-09-18"),
    ("a longo prazo", SEED, "FUTURE_REF", "2023-09-19", None),
    ("por enquanto", SEED, "PRESENT_REF", "2023-09-19", "2023-09-19"),
    ("há algum tempo", SEED, "PAST_REF", None, "2023-09-19"),
    # ordinal numbers with their marks ("1.º", "2ª"), the turn of the century
    ("1.º de maio", SEED, "2023-05-01", "2023-05-01", "2023-05-01"),
    ("o 2.º semestre", SEED, "2023-H2", "2023-07-01", "2023-12-31"),
    ("2ª quinzena de agosto", SEED, "2023-08", "2023-08-16", "2023-08-31"),
    ("1ª semana de outubro", SEED, "2023-W40", "2023-10-02", "2023-10-08"),
    ("na virada do século", SEED, "2000", "2000-01-01", "2000-12-31"),
    # a month and a two-digit year after a slash, as finance writes them
    ("jan/24", SEED, "2024-01", "2024-01-01", "2024-01-31"),
    ("ago/23", SEED, "2023-08", "2023-08-01", "2023-08-31"),
    ("ao meio-dia e meia", SEED, "2023-09-19T12:30", "2023-09-19", "2023-09-19"),
    # a count of units from the start, or back from the end, of a period
    ("nos três primeiros meses do ano", SEED, "2023", "2023-01-01", "2023-03-31"),
    ("os primeiros seis meses de 2022", SEED, "2022", "2022-01-01", "2022-06-30"),
    ("os últimos 10 dias de agosto", SEED, "2023-08", "2023-08-22", "2023-08-31"),
    # a dateline: the day and its clock time; a day word opening with a range word
    ("publicado em 3 de junho de 2023", SEED, "2023-06-03", "2023-06-03", "2023-06-03"),
    ("13/01/2015 às 13h34", SEED, "2015-01-13T13:34", "2015-01-13", "2015-01-13"),
    ("depois de amanhã às 10h", SEED, "2023-09-21T10:00", "2023-09-21", "2023-09-21"),
    ("em todo o ano de 2022", SEED, "2022", "2022-01-01", "2022-12-31"),
    # clock minutes in words, 12-hour marks, a numbered day with its clock time
    ("às nove e meia", SEED, "2023-09-19T09:30", "2023-09-19", "2023-09-19"),
    ("às 9 e meia", SEED, "2023-09-19T09:30", "2023-09-19", "2023-09-19"),
    ("às 9 p.m.", SEED, "2023-09-19T21:00", "2023-09-19", "2023-09-19"),
    ("dia 25 às 10h", SEED, "2023-09-25T10:00", "2023-09-25", "2023-09-25"),
    ("18 de setembro de 2023 às 10h", SEED, "2023-09-18T10:00", "2023-09-18", "2023-09-18"),
    # counts: "daqui 3 dias" (no "a"), "há 3 dias atrás" (both ways at once)
    ("daqui 3 dias", SEED, "2023-09-22", "2023-09-22", "2023-09-22"),
    ("há 3 dias atrás", SEED, "2023-09-16", "2023-09-16", "2023-09-16"),
    ("nos dois últimos anos", SEED, "P2Y", "2021-09-20", "2023-09-19"),
    # halves of a year, the first and last days of a month, weekends counted in a month
    ("na primeira metade do ano", SEED, "2023-H1", "2023-01-01", "2023-06-30"),
    ("nos primeiros dias de outubro", SEED, "2023-10", "2023-10-01", "2023-10-10"),
    ("nos últimos dias do ano", SEED, "2023", "2023-09-01", "2023-12-31"),
    ("no último fim de semana de agosto", SEED, "2023-W34-WE", "2023-08-26", "2023-08-27"),
    ("o primeiro fim de semana de outubro", SEED, "2023-W40-WE", "2023-10-07", "2023-10-08"),
    # day words of the press: "no dia de hoje", "hoje cedo"; a part of a part of the day
    ("no dia de hoje", SEED, "2023-09-19", "2023-09-19", "2023-09-19"),
    ("no dia de ontem", SEED, "2023-09-18", "2023-09-18", "2023-09-18"),
    ("amanhã cedo", SEED, "2023-09-20TMO", "2023-09-20", "2023-09-20"),
    ("no fim da tarde de ontem", SEED, "2023-09-18TAF", "2023-09-18", "2023-09-18"),
    ("pelas 15h00", SEED, "2023-09-19T15:00", "2023-09-19", "2023-09-19"),
    ("mais tarde", SEED, "FUTURE_REF", "2023-09-19", None),
    ("daqui a pouco", SEED, "FUTURE_REF", "2023-09-19", None),
    # windows from the reference: "em até 30 dias", "no prazo de dez dias"
    ("em até 30 dias", SEED, "P30D", "2023-09-19", "2023-10-18"),
    ("no prazo de dez dias", SEED, "P10D", "2023-09-19", "2023-09-28"),
    ("há pouco mais de um ano", SEED, "2022", "2022-01-01", "2022-12-31"),
    # a month named with its unit after a direction; sets of weekends
    ("no próximo mês de outubro", SEED, "2023-10", "2023-10-01", "2023-10-31"),
    ("nesta mesma semana", SEED, "2023-W38", "2023-09-18", "2023-09-24"),
    ("nos fins de semana", SEED, "P1WE", None, None),
    ("todo fim de semana", SEED, "P1WE", None, None),
    # a day word with its number in brackets, as Brazilian news writes it
    ("hoje (19)", SEED, "2023-09-19", "2023-09-19", "2023-09-19"),
    ("amanhã (20)", SEED, "2023-09-20", "2023-09-20", "2023-09-20"),
    # clock times approximate, and hours in words
    ("por volta das 15h", SEED, "2023-09-19T15:00", "2023-09-19", "2023-09-19"),
    ("às duas da tarde", SEED, "2023-09-19T14:00", "2023-09-19", "2023-09-19"),
    ("à uma hora", SEED, "2023-09-19T01:00", "2023-09-19", "2023-09-19"),
    # a count of hours is a duration unless "às" makes it a time
    ("durante 3 horas", SEED, "PT3H", None, None),
    ("às 14 horas", SEED, "2023-09-19T14:00", "2023-09-19", "2023-09-19"),
    # a stretch of the past without a count, and the pack's words for long ago
    ("há anos", SEED, "PAST_REF", None, "2023-09-19"),
    ("há décadas", SEED, "PAST_REF", None, "2023-09-19"),
    ("há muito tempo", SEED, "PAST_REF", None, "2023-09-19"),
    # the whole unit, the current one, the same one
    ("todo o ano", SEED, "2023", "2023-01-01", "2023-12-31"),
    ("durante todo o ano de 2022", SEED, "2022", "2022-01-01", "2022-12-31"),
    ("no mês corrente", SEED, "2023-09", "2023-09-01", "2023-09-30"),
    ("no corrente ano", SEED, "2023", "2023-01-01", "2023-12-31"),
    ("o ano em curso", SEED, "2023", "2023-01-01", "2023-12-31"),
    ("no mesmo dia", SEED, "2023-09-19", "2023-09-19", "2023-09-19"),
    ("naquela semana", SEED, "2023-W38", "2023-09-18", "2023-09-24"),
    # a weekday of a week, the nth weekday of a month (joined by "de")
    ("na quinta-feira da semana passada", SEED, "2023-09-14", "2023-09-14", "2023-09-14"),
    ("na segunda-feira da próxima semana", SEED, "2023-09-25", "2023-09-25", "2023-09-25"),
    ("na primeira segunda-feira de outubro", SEED, "2023-10-02", "2023-10-02", "2023-10-02"),
    ("no terceiro domingo de outubro", SEED, "2023-10-15", "2023-10-15", "2023-10-15"),
    # how often: "uma vez por semana"
    ("uma vez por semana", SEED, "P1W", None, None),
    ("duas vezes por ano", SEED, "P1Y", None, None),
    ("uma vez ao mês", SEED, "P1M", None, None),
    # quarters and halves of a year written as a phrase, and as codes ("1T23", "2S22")
    ("no terceiro trimestre do ano passado", SEED, "2022-Q3", "2022-07-01", "2022-09-30"),
    ("no quarto trimestre do ano", SEED, "2023-Q4", "2023-10-01", "2023-12-31"),
    ("no primeiro semestre deste ano", SEED, "2023-H1", "2023-01-01", "2023-06-30"),
    ("o primeiro trimestre de 2023", SEED, "2023-Q1", "2023-01-01", "2023-03-31"),
    ("no 3º trimestre", SEED, "2023-Q3", "2023-07-01", "2023-09-30"),
    ("3T22", SEED, "2022-Q3", "2022-07-01", "2022-09-30"),
    ("1T23", SEED, "2023-Q1", "2023-01-01", "2023-03-31"),
    ("2S22", SEED, "2022-H2", "2022-07-01", "2022-12-31"),
    ("4T 2022", SEED, "2022-Q4", "2022-10-01", "2022-12-31"),
    # seasons of a year after "de"; northern unless south=True (see docs/resolver.md)
    ("no inverno de 2022", SEED, "2022-WI", "2022-12-01", "2023-02-28"),
    ("no verão passado", SEED, "2023-SU", "2023-06-01", "2023-08-31"),
    ("no próximo inverno", SEED, "2023-WI", "2023-12-01", "2024-02-29"),
    # halves of a month: the quinzena, days 1-15 and 16 to the end
    ("na segunda quinzena de agosto", SEED, "2023-08", "2023-08-16", "2023-08-31"),
    ("primeira quinzena de março", SEED, "2023-03", "2023-03-01", "2023-03-15"),
    ("a última quinzena de fevereiro", SEED, "2023-02", "2023-02-16", "2023-02-28"),
    # "ao longo de": the point or window it leads
    ("ao longo de 2022", SEED, "2022", "2022-01-01", "2022-12-31"),
    ("ao longo dos últimos três anos", SEED, "P3Y", "2020-09-20", "2023-09-19"),
    ("ao longo do último ano", SEED, "P1Y", "2022-09-20", "2023-09-19"),
    # a weekday and its day number without brackets, after a direction
    ("nesta quarta-feira 20", SEED, "2023-09-20", "2023-09-20", "2023-09-20"),
    ("neste domingo (24)", SEED, "2023-09-24", "2023-09-24", "2023-09-24"),
    # numeric dates day first, with a slash, a dot or (with a four-digit year) a dash
    ("18/09/2023", SEED, "2023-09-18", "2023-09-18", "2023-09-18"),
    ("18.9.23", SEED, "2023-09-18", "2023-09-18", "2023-09-18"),
    ("18-09-2023", SEED, "2023-09-18", "2023-09-18", "2023-09-18"),
    ("3-4-2023", SEED, "2023-04-03", "2023-04-03", "2023-04-03"),
    # the ordinal mark typed as a degree sign
    ("1° de maio", SEED, "2023-05-01", "2023-05-01", "2023-05-01"),
    ("primeiro de maio", SEED, "2023-05-01", "2023-05-01", "2023-05-01"),
    ("vinte e cinco de dezembro", SEED, "2023-12-25", "2023-12-25", "2023-12-25"),
    # years in words, with "mil" and the joining "e"
    ("dois mil e vinte", SEED, "2020", "2020-01-01", "2020-12-31"),
    ("em dois mil e vinte e dois", SEED, "2022", "2022-01-01", "2022-12-31"),
    ("mil novecentos e noventa", SEED, "1990", "1990-01-01", "1990-12-31"),
    ("em março de dois mil e vinte", SEED, "2020-03", "2020-03-01", "2020-03-31"),
    ("há cem anos", SEED, "1923", "1923-01-01", "1923-12-31"),
    # decades with the tens in words, parts of them with "dos"
    ("os anos oitenta", SEED, "198", "1980-01-01", "1989-12-31"),
    ("nos anos 2000", SEED, "200", "2000-01-01", "2009-12-31"),
    ("no final dos anos 80", SEED, "198", "1987-01-01", "1989-12-31"),
    ("no início dos anos 2000", SEED, "200", "2000-01-01", "2003-12-31"),
    ("no fim do mês", SEED, "2023-09", "2023-09-21", "2023-09-30"),
    # clock times: a bare hour after "às", in the part of the day written after it
    ("às 18h30", SEED, "2023-09-19T18:30", "2023-09-19", "2023-09-19"),
    ("às 18h", SEED, "2023-09-19T18:00", "2023-09-19", "2023-09-19"),
    ("às 9h30 da manhã", SEED, "2023-09-19T09:30", "2023-09-19", "2023-09-19"),
    ("às 6 da tarde", SEED, "2023-09-19T18:00", "2023-09-19", "2023-09-19"),
    ("às 10 da noite", SEED, "2023-09-19T22:00", "2023-09-19", "2023-09-19"),
    ("às 2 da madrugada de domingo", SEED, "2023-09-17T02:00", "2023-09-17", "2023-09-17"),
    ("às 21h de sexta-feira", SEED, "2023-09-15T21:00", "2023-09-15", "2023-09-15"),
    ("ontem às 10 da noite", SEED, "2023-09-18T22:00", "2023-09-18", "2023-09-18"),
    ("ao meio-dia", SEED, "2023-09-19T12:00", "2023-09-19", "2023-09-19"),
    ("à meia-noite", SEED, "2023-09-19T24:00", "2023-09-19", "2023-09-19"),
    # parts of a day: the day after "de" ("na madrugada desta terça-feira")
    ("amanhã de madrugada", SEED, "2023-09-20TNI", "2023-09-20", "2023-09-20"),
    ("esta madrugada", SEED, "2023-09-19TNI", "2023-09-19", "2023-09-19"),
    ("esta noite", SEED, "2023-09-19TNI", "2023-09-19", "2023-09-19"),
    ("ontem à noite", SEED, "2023-09-18TNI", "2023-09-18", "2023-09-18"),
    ("na madrugada desta terça-feira", SEED, "2023-09-19TNI", "2023-09-19", "2023-09-19"),
    ("na noite de segunda-feira", SEED, "2023-09-18TNI", "2023-09-18", "2023-09-18"),
    ("na manhã de ontem", SEED, "2023-09-18TMO", "2023-09-18", "2023-09-18"),
    ("na tarde desta segunda-feira (18)", SEED, "2023-09-18TAF", "2023-09-18", "2023-09-18"),
    # a count of hours after a direction is a window, not a clock time moved
    ("nas últimas 24 horas", SEED, "PT24H", "2023-09-19", "2023-09-19"),
    ("nas últimas 72 horas", SEED, "PT72H", "2023-09-17", "2023-09-19"),
    # a month or year named with its unit word ("o mês de agosto", "o ano de 2020")
    ("o mês de agosto", SEED, "2023-08", "2023-08-01", "2023-08-31"),
    ("no mês de agosto de 2020", SEED, "2020-08", "2020-08-01", "2020-08-31"),
    ("durante o mês de julho", SEED, "2023-07", "2023-07-01", "2023-07-31"),
    ("o ano de 2020", SEED, "2020", "2020-01-01", "2020-12-31"),
    ("a semana passada", SEED, "2023-W37", "2023-09-11", "2023-09-17"),
    # two away: "retrasado" is the one before the last
    ("a semana retrasada", SEED, "2023-W36", "2023-09-04", "2023-09-10"),
    ("o mês retrasado", SEED, "2023-07", "2023-07-01", "2023-07-31"),
    ("o ano retrasado", SEED, "2021", "2021-01-01", "2021-12-31"),
    # sets: "todo"/"toda"/"cada" before a unit or a weekday, a plural weekday after its
    # article ("aos domingos"); the TimeML set value English gives "every Monday"
    ("todas as segundas-feiras", SEED, "XXXX-WXX-1", None, None),
    ("toda segunda", SEED, "XXXX-WXX-1", None, None),
    ("toda sexta-feira", SEED, "XXXX-WXX-5", None, None),
    ("aos domingos", SEED, "XXXX-WXX-7", None, None),
    ("às quartas", SEED, "XXXX-WXX-3", None, None),
    ("nos sábados", SEED, "XXXX-WXX-6", None, None),
    ("todos os dias", SEED, "P1D", None, None),
    ("todo mês", SEED, "P1M", None, None),
    ("todos os anos", SEED, "P1Y", None, None),
    ("cada semana", SEED, "P1W", None, None),
    ("a cada dois anos", SEED, "P2Y", None, None),
    ("a cada três meses", SEED, "P3M", None, None),
    ("semanalmente", SEED, "P1W", None, None),
    # a bare plural unit is a stretch of it, no date (TimeML's PXY), as in English
    ("anos", SEED, "PXY", None, None),
    ("meses", SEED, "PXM", None, None),
    ("dias", SEED, "PXD", None, None),
    # approximate counts: "cerca de dez anos" is ten years, not December ("dez.")
    ("cerca de dez anos", SEED, "P10Y", None, None),
    ("quase dez anos", SEED, "P10Y", None, None),
    ("há cerca de dez anos", SEED, "2013", "2013-01-01", "2013-12-31"),
    ("há uns dez anos", SEED, "2013", "2013-01-01", "2013-12-31"),
    ("há quase dois anos", SEED, "2021", "2021-01-01", "2021-12-31"),
    ("há mais de um mês", SEED, "2023-08", "2023-08-01", "2023-08-31"),
    ("cerca de dez anos atrás", SEED, "2013", "2013-01-01", "2013-12-31"),
    # a vague count before the unit: about that far back, as "a few years ago"
    ("há alguns anos", SEED, "PAST_REF", "2020-01-01", "2020-12-31"),
    ("há vários dias", SEED, "PAST_REF", "2023-09-16", "2023-09-16"),
    ("daqui a alguns meses", SEED, "FUTURE_REF", "2023-12-01", "2023-12-31"),
    # words after a date that only say it is rough ("ou mais", "mais ou menos", "e pouco")
    ("há uns três anos ou mais", SEED, "2020", "2020-01-01", "2020-12-31"),
    ("há um ano e pouco", SEED, "2022", "2022-01-01", "2022-12-31"),
    ("em 2010, mais ou menos", SEED, "2010", "2010-01-01", "2010-12-31"),
    ("por volta de 2010", SEED, "2010", "2010-01-01", "2010-12-31"),
    ("nos últimos tempos", SEED, "PAST_REF", None, "2023-09-19"),
    # a plural unit with its direction after it: a vague stretch, or a window with a count
    ("nos dias seguintes", SEED, "FUTURE_REF", "2023-09-19", "2023-09-21"),
    ("nas semanas anteriores", SEED, "PAST_REF", "2023-08-30", "2023-09-19"),
    ("os meses passados", SEED, "PAST_REF", "2023-06-20", "2023-09-19"),
    ("nos anos vindouros", SEED, "FUTURE_REF", "2023-09-19", "2026-09-18"),
    ("os três dias anteriores", SEED, "P3D", "2023-09-17", "2023-09-19"),
    ("os dois anos seguintes", SEED, "P2Y", "2023-09-19", "2025-09-18"),
    # half of one unit before it: counted in the next finer unit, as "e meio" is
    ("há meio ano", SEED, "2023-03", "2023-03-01", "2023-03-31"),
    ("daqui a meio ano", SEED, "2024-03", "2024-03-01", "2024-03-31"),
    ("há meio século", SEED, "1973", "1973-01-01", "1973-12-31"),
    ("há meia hora", SEED, "2023-09-19", "2023-09-19", "2023-09-19"),
]

# ("... {n} ...", -1 before the reference or +1 after): counts of days, any N in digits or
# words (tests/test_resolve_languages.py draws them)
DAY_COUNTS = [
    ("há {n} dias", -1),
    ("{n} dias atrás", -1),
    ("há {n} dias atrás", -1),
    ("faz {n} dias", -1),
    ("daqui a {n} dias", 1),
    ("dentro de {n} dias", 1),
    ("{n} dias depois", 1),
]

# (phrase, why it is refused): Portuguese the resolver must not read
REJECTED = [
    ("mil", "a thousand, no year"),
    ("dez mil", "ten thousand, not December of the year 1000"),
    ("a metade", "a share, not the half-year"),
    ("há tempos ruins", "'there are bad times'"),
    ("christmas", "an English holiday is not Portuguese"),
    ("next week", "English words are not Portuguese"),
    ("30 de fevereiro de 2023", "February has no 30th"),
    ("a semana de trabalho", "a working week, not a date"),
    ("o feriado", "a holiday, but which one?"),
    ("no período", "a period, but which one?"),
]
