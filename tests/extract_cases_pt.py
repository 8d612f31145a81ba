"""Portuguese sentences for tests/test_extract_languages.py: what eventdb.extract finds in
pt, with the pack's words, and resolves in pt (data only: the tests are written once)."""

from __future__ import annotations

from datetime import date

LANGUAGE = "pt"
TAG = "pt-BR"  # a tag with a region, read with the language's pack
# letters of the language, for text that must give ordered, disjoint mentions
ALPHABET = "abcdeimnorstuáãçõ ,.()0123456789-"

SEED_DAY = date(2023, 9, 19)  # Tuesday, the seed article's publication date

# (sentence, reference, [(start, end, text, timex), ...]): every mention, in text order;
# a range has no single TimeML value (None), its bounds are pinned in BOUNDS below
EXAMPLES: list[tuple[str, date, list[tuple[int, int, str, str | None]]]] = [
    (
        "Há três dias, o governo anunciou novas medidas.",
        SEED_DAY,
        [(0, 12, "Há três dias", "2023-09-16")],
    ),
    (
        "Na semana passada, o ministro visitou a fronteira.",
        SEED_DAY,
        [(3, 17, "semana passada", "2023-W37")],
    ),
    (
        "Nesta segunda-feira (18), o governo informou que os caminhões chegaram.",
        SEED_DAY,
        [(0, 24, "Nesta segunda-feira (18)", "2023-09-18")],
    ),
    (
        "O bloqueio dura desde o fim do ano passado.",
        SEED_DAY,
        [(16, 42, "desde o fim do ano passado", "2022")],
    ),
    (
        "No início de março, o tribunal emitiu um mandado.",
        SEED_DAY,
        [(3, 18, "início de março", "2023-03")],
    ),
    (
        "A invasão lançada em fevereiro do ano passado pela Rússia.",
        SEED_DAY,
        [(21, 45, "fevereiro do ano passado", "2022-02")],
    ),
    (
        "O exercício, que começou na semana passada e vai até esta quarta-feira (20)"
        ", reúne tropas.",
        SEED_DAY,
        [(28, 75, "semana passada e vai até esta quarta-feira (20)", None)],
    ),
    (
        "Entre 2020 e 2022, a economia encolheu.",
        SEED_DAY,
        [(0, 17, "Entre 2020 e 2022", None)],
    ),
    (
        "O acordo foi assinado em 18 de setembro de 2023.",
        SEED_DAY,
        [(25, 47, "18 de setembro de 2023", "2023-09-18")],
    ),
    (
        "Ontem, o presidente falou à imprensa.",
        SEED_DAY,
        [(0, 5, "Ontem", "2023-09-18")],
    ),
    (
        "O julgamento vai durar três semanas.",
        SEED_DAY,
        [(23, 35, "três semanas", "P3W")],
    ),
    (
        "A cimeira será na próxima semana.",
        SEED_DAY,
        [(18, 32, "próxima semana", "2023-W39")],
    ),
    (
        "Os combates de 11 a 20 de setembro deixaram mortos.",
        SEED_DAY,
        [(12, 34, "de 11 a 20 de setembro", None)],
    ),
    (
        "A votação vai ser na sexta-feira.",
        SEED_DAY,
        [(21, 32, "sexta-feira", "2023-09-22")],
    ),
    (
        "A votação foi na sexta-feira.",
        SEED_DAY,
        [(17, 28, "sexta-feira", "2023-09-15")],
    ),
    (
        "O conflito começou há dois anos.",
        SEED_DAY,
        [(19, 31, "há dois anos", "2021")],
    ),
    (
        "A lei vale desde 2020.",
        SEED_DAY,
        [(11, 21, "desde 2020", "2020")],
    ),
    (
        "Amanhã, os líderes voltam a reunir-se.",
        SEED_DAY,
        [(0, 6, "Amanhã", "2023-09-20")],
    ),
    (
        "Em março, o parlamento aprovou a lei.",
        SEED_DAY,
        [(3, 8, "março", "2023-03")],
    ),
    (
        "O relatório sai no próximo mês.",
        SEED_DAY,
        [(19, 30, "próximo mês", "2023-10")],
    ),
    (
        "A trégua vale até 2025.",
        SEED_DAY,
        [(14, 22, "até 2025", "2025")],
    ),
    (
        "A reunião de 5 de outubro foi adiada.",
        SEED_DAY,
        [(13, 25, "5 de outubro", "2023-10-05")],
    ),
    (
        "O presidente fala hoje às 18h.",
        SEED_DAY,
        [(18, 29, "hoje às 18h", "2023-09-19T18:00")],
    ),
    (
        "Nos anos 90, a economia cresceu.",
        SEED_DAY,
        [(4, 11, "anos 90", "199")],
    ),
    (
        "O acordo vale até 12/10/2023.",
        SEED_DAY,
        [(14, 28, "até 12/10/2023", "2023-10-12")],
    ),
    (
        "O primeiro semestre de 2023 foi fraco.",
        SEED_DAY,
        [(0, 27, "O primeiro semestre de 2023", "2023-H1")],
    ),
    (
        "A eleição será em meados de 2024.",
        SEED_DAY,
        [(18, 32, "meados de 2024", "2024")],
    ),
    # "até" a bare weekday: ahead, unless a past verb of lasting governs it
    (
        "O cessar-fogo durou até sexta-feira, disseram as autoridades.",
        SEED_DAY,
        [(20, 35, "até sexta-feira", "2023-09-15")],
    ),
    (
        "As negociações vão continuar até sexta-feira.",
        SEED_DAY,
        [(29, 44, "até sexta-feira", "2023-09-22")],
    ),
    (
        "A fronteira ficou fechada até a sexta-feira.",
        SEED_DAY,
        [(26, 43, "até a sexta-feira", "2023-09-15")],
    ),
    # holidays, the library's names too; a capitalised unit inside a name is no date
    ("As lojas vão fechar no Dia de Tiradentes.", SEED_DAY, [(30, 40, "Tiradentes", "2024-04-21")]),
    (
        "O Dia das Mães será no domingo.",
        SEED_DAY,
        [(0, 14, "O Dia das Mães", "2024-05-12"), (23, 30, "domingo", "2023-09-24")],
    ),
    (
        "No Dia da Consciência Negra houve atos.",
        SEED_DAY,
        [(3, 27, "Dia da Consciência Negra", "2022-11-20")],
    ),
    # the story's thread: "no dia seguinte", "três dias depois", "naquela semana" count
    # from the date it last set; a past verb puts a month and day in the past year
    (
        "Em 5 de março, o tribunal emitiu o mandado. No dia seguinte, Moscou reagiu. "
        "Três dias depois, houve protestos. Naquela semana, o governo caiu.",
        SEED_DAY,
        [
            (3, 13, "5 de março", "2023-03-05"),
            (47, 59, "dia seguinte", "2023-03-06"),
            (76, 92, "Três dias depois", "2023-03-09"),
            (111, 125, "Naquela semana", "2023-W10"),
        ],
    ),
    ("A reunião será em 5 de março.", SEED_DAY, [(18, 28, "5 de março", "2024-03-05")]),
    # the review's cases: names, tense across clauses, the story's thread
    (
        "A cúpula será no Palácio do Eliseu na sexta-feira.",
        SEED_DAY,
        [(38, 49, "sexta-feira", "2023-09-22")],
    ),
    (
        "O piloto vai trocar o pneu na sexta-feira.",
        SEED_DAY,
        [(30, 41, "sexta-feira", "2023-09-22")],
    ),
    (
        "Ele ficou feliz com a decisão, que vale até sexta-feira.",
        SEED_DAY,
        [(40, 55, "até sexta-feira", "2023-09-22")],
    ),
    (
        "A loja ficou de reabrir até sexta-feira.",
        SEED_DAY,
        [(24, 39, "até sexta-feira", "2023-09-22")],
    ),
    (
        "Em 2019, o STF decidiu a questão. "
        "O presidente viaja nessa sexta-feira (22) para Nova York.",
        SEED_DAY,
        [(3, 7, "2019", "2019"), (59, 75, "sexta-feira (22)", "2023-09-22")],
    ),
    (
        "Em 5 de março, o tribunal decidiu. No mesmo dia, Moscou reagiu.",
        SEED_DAY,
        [(3, 13, "5 de março", "2023-03-05"), (35, 47, "No mesmo dia", "2023-03-05")],
    ),
    (
        "O tribunal emitiu o mandado em 5 de março. "
        "O ministro, nascido em 12 de junho de 1960, reagiu no dia seguinte.",
        SEED_DAY,
        [
            (31, 41, "5 de março", "2023-03-05"),
            (66, 85, "12 de junho de 1960", "1960-06-12"),
            (97, 109, "dia seguinte", "2023-03-06"),
        ],
    ),
    ("No dia 5 de março, o tribunal decidiu.", SEED_DAY, [(3, 17, "dia 5 de março", "2023-03-05")]),
    ("O cessar-fogo durou até 5 de março.", SEED_DAY, [(20, 34, "até 5 de março", "2023-03-05")]),
    ("Semana de Moda de São Paulo começa hoje.", SEED_DAY, [(35, 39, "hoje", "2023-09-19")]),
    # a past verb turns a holiday back to the last one, never to another country's date
    (
        "Em Angola, o Dia da Independência Nacional foi celebrado com desfiles.",
        SEED_DAY,
        [(11, 42, "o Dia da Independência Nacional", "2022-11-11")],
    ),
]

# (sentence, mention text, earliest day of its start or None, latest day of its end or
# None): the bounds of ranges and open ranges, which a TimeML value does not carry
BOUNDS: list[tuple[str, str, date | None, date | None]] = [
    (
        "O bloqueio dura desde o fim do ano passado.",
        "desde o fim do ano passado",
        date(2022, 9, 1),
        None,
    ),
    (
        "O exercício, que começou na semana passada e vai até esta quarta-feira (20)"
        ", reúne tropas.",
        "semana passada e vai até esta quarta-feira (20)",
        date(2023, 9, 11),
        date(2023, 9, 20),
    ),
    (
        "Entre 2020 e 2022, a economia encolheu.",
        "Entre 2020 e 2022",
        date(2020, 1, 1),
        date(2022, 12, 31),
    ),
    (
        "Os combates de 11 a 20 de setembro deixaram mortos.",
        "de 11 a 20 de setembro",
        date(2023, 9, 11),
        date(2023, 9, 20),
    ),
    (
        "A trégua vale até 2025.",
        "até 2025",
        None,
        date(2025, 12, 31),
    ),
]

# sentences with no temporal phrase, though they hold words of the pack (an age is
# no time of the story)
REJECTED: list[str] = [
    "O placar foi 2:1 e o jogo acabou 3:30.",  # a bare h:mm is a score more than a time
    "A segunda maior cidade do país fica no norte.",
    "O mar estava calmo e o navio saiu.",
    "Vou ter de sair, disse ele.",
    "A quinta edição do festival.",
    "O ministro Francisco Santos falou de economia.",
    "O ministro, de 45 anos, deixa o cargo.",
]
