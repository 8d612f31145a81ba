"""Holiday names from the ``holidays`` library, derived by
eventdb/resolve/packs/holidays_build.py from holidays 0.109:
do not edit; regenerate with ``python -m eventdb.resolve.packs.holidays_build``.

NAMES[language][folded name] = ((country, country name, the library's name, rule,
{year: "MM-DD"} where the library gives another day), ...), first country first.
"""

# fmt: off
NAMES = {
    'en': {
        "all saints' day": (
            ('PH', 'Philippines', "All Saints' Day", '11-01', {}),
        ),
        'anzac day': (
            ('AU', 'Australia', 'ANZAC Day', '04-25', {}),
            ('NZ', 'New Zealand', 'Anzac Day', '04-25', {}),
        ),
        'araw ng kagitingan': (
            ('PH', 'Philippines', 'Araw ng Kagitingan', '04-09', {2008: '04-07', 2009: '04-06', 2023: '04-10'}),
        ),
        'ascension day': (
            ('ZA', 'South Africa', 'Ascension Day', 'easter+39', {}),
        ),
        'august bank holiday': (
            ('IE', 'Ireland', 'August Bank Holiday', '08-01>mon', {}),
        ),
        'australia day': (
            ('AU', 'Australia', 'Australia Day', '01-26', {}),
        ),
        'bahag bihu': (
            ('IN', 'India', 'Bahag Bihu', '04-15', {1952: '04-14', 1956: '04-14', 1960: '04-14', 1964: '04-14', 1968: '04-14', 1972: '04-14', 1976: '04-14', 1980: '04-14', 1984: '04-14', 1988: '04-14', 1992: '04-14', 1996: '04-14', 2000: '04-14', 2004: '04-14', 2008: '04-14', 2012: '04-14', 2016: '04-14', 2020: '04-14', 2024: '04-14', 2028: '04-14', 2032: '04-14', 2036: '04-14', 2040: '04-14', 2044: '04-14', 2048: '04-14'}),
        ),
        'black saturday': (
            ('PH', 'Philippines', 'Black Saturday', 'easter-1', {}),
        ),
        'bonifacio day': (
            ('PH', 'Philippines', 'Bonifacio Day', '11-30', {2008: '12-01', 2010: '11-29', 2023: '11-27'}),
        ),
        'boxing day': (
            ('GB', 'United Kingdom', 'Boxing Day', '12-26', {}),
            ('CA', 'Canada', 'Boxing Day', '12-26', {}),
            ('AU', 'Australia', 'Boxing Day', '12-26', {}),
            ('NZ', 'New Zealand', 'Boxing Day', '12-26', {}),
            ('ZA', 'South Africa', 'Boxing Day', '12-26', {}),
            ('NG', 'Nigeria', 'Boxing Day', '12-26', {}),
        ),
        'canada day': (
            ('CA', 'Canada', 'Canada Day', '07-01', {}),
        ),
        'christmas': (
            ('IN', 'India', 'Christmas', '12-25', {}),
        ),
        'christmas day': (
            ('US', 'United States', 'Christmas Day', '12-25', {}),
            ('GB', 'United Kingdom', 'Christmas Day', '12-25', {}),
            ('CA', 'Canada', 'Christmas Day', '12-25', {}),
            ('AU', 'Australia', 'Christmas Day', '12-25', {}),
            ('IE', 'Ireland', 'Christmas Day', '12-25', {}),
            ('NZ', 'New Zealand', 'Christmas Day', '12-25', {}),
            ('ZA', 'South Africa', 'Christmas Day', '12-25', {}),
            ('NG', 'Nigeria', 'Christmas Day', '12-25', {}),
            ('PH', 'Philippines', 'Christmas Day', '12-25', {}),
        ),
        'christmas eve': (
            ('US', 'United States', 'Christmas Eve', '12-24', {}),
            ('IN', 'India', 'Christmas Eve', '12-24', {}),
        ),
        'columbus day': (
            ('US', 'United States', 'Columbus Day', '10-08>mon', {1950: '10-12', 1951: '10-12', 1952: '10-12', 1954: '10-12', 1955: '10-12', 1956: '10-12', 1957: '10-12', 1958: '10-12', 1960: '10-12', 1961: '10-12', 1962: '10-12', 1963: '10-12', 1965: '10-12', 1966: '10-12', 1967: '10-12', 1968: '10-12', 1969: '10-12'}),
        ),
        "day after new year's day": (
            ('NZ', 'New Zealand', "Day after New Year's Day", '01-02', {}),
        ),
        'day of goodwill': (
            ('ZA', 'South Africa', 'Day of Goodwill', '12-26', {}),
        ),
        'day of reconciliation': (
            ('ZA', 'South Africa', 'Day of Reconciliation', '12-16', {}),
        ),
        'day of the covenant': (
            ('ZA', 'South Africa', 'Day of the Covenant', '12-16', {}),
        ),
        'day of the vow': (
            ('ZA', 'South Africa', 'Day of the Vow', '12-16', {}),
        ),
        'democracy day': (
            ('NG', 'Nigeria', 'Democracy Day', '06-12', {2000: '05-29', 2001: '05-29', 2002: '05-29', 2003: '05-29', 2004: '05-29', 2005: '05-29', 2006: '05-29', 2007: '05-29', 2008: '05-29', 2009: '05-29', 2010: '05-29', 2011: '05-29', 2012: '05-29', 2013: '05-29', 2014: '05-29', 2015: '05-29', 2016: '05-29', 2017: '05-29', 2018: '05-29'}),
        ),
        'dominion day': (
            ('CA', 'Canada', 'Dominion Day', '07-01', {}),
        ),
        "dr. b. r. ambedkar's jayanti": (
            ('IN', 'India', "Dr. B. R. Ambedkar's Jayanti", '04-14', {}),
        ),
        'easter monday': (
            ('AU', 'Australia', 'Easter Monday', 'easter+1', {}),
            ('IE', 'Ireland', 'Easter Monday', 'easter+1', {}),
            ('NZ', 'New Zealand', 'Easter Monday', 'easter+1', {}),
            ('ZA', 'South Africa', 'Easter Monday', 'easter+1', {}),
            ('NG', 'Nigeria', 'Easter Monday', 'easter+1', {}),
        ),
        'easter sunday': (
            ('US', 'United States', 'Easter Sunday', 'easter+0', {}),
            ('IN', 'India', 'Easter Sunday', 'easter+0', {}),
        ),
        'election day': (
            ('US', 'United States', 'Election Day', '11-02>tue', {}),
        ),
        'family day': (
            ('ZA', 'South Africa', 'Family Day', 'easter+1', {1961: '07-10', 1962: '07-10', 1963: '07-10', 1964: '07-10', 1965: '07-10', 1966: '07-10', 1967: '07-10', 1968: '07-10', 1969: '07-10', 1970: '07-10', 1971: '07-10', 1972: '07-10', 1973: '07-10'}),
        ),
        "father's day": (
            ('US', 'United States', "Father's Day", '06-15>sun', {}),
        ),
        'feast of the immaculate conception of mary': (
            ('PH', 'Philippines', 'Feast of the Immaculate Conception of Mary', '12-08', {}),
        ),
        "founder's day": (
            ('ZA', 'South Africa', "Founder's Day", '04-06', {}),
        ),
        'freedom day': (
            ('ZA', 'South Africa', 'Freedom Day', '04-27', {}),
        ),
        'good friday': (
            ('US', 'United States', 'Good Friday', 'easter-2', {}),
            ('GB', 'United Kingdom', 'Good Friday', 'easter-2', {}),
            ('CA', 'Canada', 'Good Friday', 'easter-2', {}),
            ('AU', 'Australia', 'Good Friday', 'easter-2', {}),
            ('IE', 'Ireland', 'Good Friday', 'easter-2', {}),
            ('NZ', 'New Zealand', 'Good Friday', 'easter-2', {}),
            ('IN', 'India', 'Good Friday', 'easter-2', {}),
            ('ZA', 'South Africa', 'Good Friday', 'easter-2', {}),
            ('NG', 'Nigeria', 'Good Friday', 'easter-2', {}),
            ('PH', 'Philippines', 'Good Friday', 'easter-2', {}),
        ),
        'groundhog day': (
            ('US', 'United States', 'Groundhog Day', '02-02', {}),
        ),
        "guru rabindranath's jayanti": (
            ('IN', 'India', "Guru Rabindranath's Jayanti", '05-09', {2008: '05-08', 2012: '05-08', 2016: '05-08', 2020: '05-08', 2024: '05-08', 2028: '05-08', 2032: '05-08', 2036: '05-08', 2040: '05-08', 2044: '05-08', 2048: '05-08'}),
        ),
        "guru tegh bahadur's shaheedi diwas": (
            ('IN', 'India', "Guru Tegh Bahadur's Shaheedi Diwas", '11-24', {2002: '12-08', 2003: '11-28'}),
        ),
        'halloween': (
            ('US', 'United States', 'Halloween', '10-31', {}),
        ),
        'heritage day': (
            ('ZA', 'South Africa', 'Heritage Day', '09-24', {}),
        ),
        'human rights day': (
            ('ZA', 'South Africa', 'Human Rights Day', '03-21', {}),
        ),
        'independence day': (
            ('US', 'United States', 'Independence Day', '07-04', {}),
            ('IN', 'India', 'Independence Day', '08-15', {}),
            ('PH', 'Philippines', 'Independence Day', '06-12', {2007: '06-11', 2008: '06-09', 2010: '06-14'}),
        ),
        'june bank holiday': (
            ('IE', 'Ireland', 'June Bank Holiday', '06-01>mon', {}),
        ),
        'juneteenth national independence day': (
            ('US', 'United States', 'Juneteenth National Independence Day', '06-19', {}),
        ),
        "king's birthday": (
            ('NZ', 'New Zealand', "King's Birthday", '06-01>mon', {}),
        ),
        'kruger day': (
            ('ZA', 'South Africa', 'Kruger Day', '10-10', {}),
        ),
        'labor day': (
            ('US', 'United States', 'Labor Day', '09-01>mon', {}),
            ('PH', 'Philippines', 'Labor Day', '05-01', {}),
        ),
        'labour day': (
            ('CA', 'Canada', 'Labour Day', '09-01>mon', {}),
            ('NZ', 'New Zealand', 'Labour Day', '10-22>mon', {}),
        ),
        'last day of the year': (
            ('PH', 'Philippines', 'Last Day of the Year', '12-31', {}),
        ),
        'magh bihu': (
            ('IN', 'India', 'Magh Bihu', '01-14', {2024: '01-15', 2027: '01-15', 2028: '01-15', 2031: '01-15', 2032: '01-15', 2035: '01-15'}),
        ),
        "mahatma gandhi's jayanti": (
            ('IN', 'India', "Mahatma Gandhi's Jayanti", '10-02', {}),
        ),
        'makar sankranti': (
            ('IN', 'India', 'Makar Sankranti', '01-14', {2004: '01-15', 2007: '01-15', 2008: '01-15', 2011: '01-15', 2012: '01-15', 2015: '01-15', 2016: '01-15', 2019: '01-15', 2020: '01-15', 2027: '01-15', 2028: '01-15', 2031: '01-15', 2032: '01-15', 2035: '01-15'}),
        ),
        'martin luther king jr. day': (
            ('US', 'United States', 'Martin Luther King Jr. Day', '01-15>mon', {}),
        ),
        'maundy thursday': (
            ('PH', 'Philippines', 'Maundy Thursday', 'easter-3', {}),
        ),
        'may bank holiday': (
            ('IE', 'Ireland', 'May Bank Holiday', '05-01>mon', {1995: '05-08'}),
        ),
        'may day': (
            ('GB', 'United Kingdom', 'May Day', '05-01>mon', {1995: '05-08', 2020: '05-08'}),
        ),
        'memorial day': (
            ('US', 'United States', 'Memorial Day', '05-25>mon', {1950: '05-30', 1951: '05-30', 1952: '05-30', 1953: '05-30', 1954: '05-30', 1956: '05-30', 1957: '05-30', 1958: '05-30', 1959: '05-30', 1961: '05-30', 1962: '05-30', 1963: '05-30', 1964: '05-30', 1965: '05-30', 1967: '05-30', 1968: '05-30', 1969: '05-30', 1970: '05-30'}),
        ),
        "mother's day": (
            ('US', 'United States', "Mother's Day", '05-08>sun', {}),
        ),
        'national day': (
            ('NG', 'Nigeria', 'National Day', '10-01', {}),
        ),
        'national heroes day': (
            ('PH', 'Philippines', 'National Heroes Day', '08-25>mon', {1988: '08-28', 1989: '08-27', 1990: '08-26', 1991: '08-25', 1992: '08-30', 1993: '08-29', 1994: '08-28', 1995: '08-27', 1996: '08-25', 1997: '08-31', 1998: '08-30', 1999: '08-29', 2000: '08-27', 2001: '08-26', 2002: '08-25', 2003: '08-31', 2004: '08-29', 2005: '08-28', 2006: '08-27'}),
        ),
        "national women's day": (
            ('ZA', 'South Africa', "National Women's Day", '08-09', {}),
        ),
        "new year's day": (
            ('US', 'United States', "New Year's Day", '01-01', {}),
            ('GB', 'United Kingdom', "New Year's Day", '01-01', {}),
            ('CA', 'Canada', "New Year's Day", '01-01', {}),
            ('AU', 'Australia', "New Year's Day", '01-01', {}),
            ('IE', 'Ireland', "New Year's Day", '01-01', {}),
            ('NZ', 'New Zealand', "New Year's Day", '01-01', {}),
            ('IN', 'India', "New Year's Day", '01-01', {}),
            ('ZA', 'South Africa', "New Year's Day", '01-01', {}),
            ('NG', 'Nigeria', "New Year's Day", '01-01', {}),
            ('PH', 'Philippines', "New Year's Day", '01-01', {}),
        ),
        "new year's eve": (
            ('US', 'United States', "New Year's Eve", '12-31', {}),
        ),
        'ninoy aquino day': (
            ('PH', 'Philippines', 'Ninoy Aquino Day', '08-21', {2007: '08-20', 2008: '08-18', 2010: '08-23', 2024: '08-23'}),
        ),
        'october bank holiday': (
            ('IE', 'Ireland', 'October Bank Holiday', '10-25>mon', {}),
        ),
        'pongal': (
            ('IN', 'India', 'Pongal', '01-14', {2003: '01-15', 2004: '01-15', 2007: '01-15', 2008: '01-15', 2011: '01-15', 2012: '01-15', 2015: '01-15', 2016: '01-15', 2019: '01-15', 2020: '01-15', 2023: '01-15', 2024: '01-15', 2027: '01-15', 2028: '01-15', 2031: '01-15', 2032: '01-15', 2035: '01-15'}),
        ),
        'presidential inauguration day': (
            ('NG', 'Nigeria', 'Presidential Inauguration Day', '05-29', {}),
        ),
        "queen's birthday": (
            ('NZ', 'New Zealand', "Queen's Birthday", '06-01>mon', {}),
        ),
        'republic day': (
            ('IN', 'India', 'Republic Day', '01-26', {}),
            ('ZA', 'South Africa', 'Republic Day', '05-31', {}),
        ),
        'rizal day': (
            ('PH', 'Philippines', 'Rizal Day', '12-30', {2010: '12-27'}),
        ),
        "saint brigid's day": (
            ('IE', 'Ireland', "Saint Brigid's Day", '02-01>mon', {2030: '02-01', 2036: '02-01', 2041: '02-01', 2047: '02-01'}),
        ),
        "saint patrick's day": (
            ('US', 'United States', "Saint Patrick's Day", '03-17', {}),
            ('IE', 'Ireland', "Saint Patrick's Day", '03-17', {}),
        ),
        "saint stephen's day": (
            ('IE', 'Ireland', "Saint Stephen's Day", '12-26', {}),
        ),
        "settlers' day": (
            ('ZA', 'South Africa', "Settlers' Day", '09-01>mon', {}),
        ),
        "shivaji's jayanti": (
            ('IN', 'India', "Shivaji's Jayanti", '02-19', {}),
        ),
        'spring bank holiday': (
            ('GB', 'United Kingdom', 'Spring Bank Holiday', '05-25>mon', {2002: '06-04', 2012: '06-04', 2022: '06-02'}),
        ),
        'thanksgiving day': (
            ('US', 'United States', 'Thanksgiving Day', '11-22>thu', {}),
        ),
        'union day': (
            ('ZA', 'South Africa', 'Union Day', '05-31', {}),
        ),
        'vaisakhadi': (
            ('IN', 'India', 'Vaisakhadi', '04-15', {1952: '04-14', 1956: '04-14', 1960: '04-14', 1964: '04-14', 1968: '04-14', 1972: '04-14', 1976: '04-14', 1980: '04-14', 1984: '04-14', 1988: '04-14', 1992: '04-14', 1996: '04-14', 2000: '04-14', 2004: '04-14', 2008: '04-14', 2012: '04-14', 2016: '04-14', 2020: '04-14', 2024: '04-14', 2028: '04-14', 2032: '04-14', 2036: '04-14', 2040: '04-14', 2044: '04-14', 2048: '04-14'}),
        ),
        'vaisakhi': (
            ('IN', 'India', 'Vaisakhi', '04-14', {2001: '04-13', 2004: '04-13', 2008: '04-13', 2012: '04-13', 2013: '04-13', 2016: '04-13', 2020: '04-13', 2024: '04-13', 2025: '04-13', 2028: '04-13', 2032: '04-13'}),
        ),
        "valentine's day": (
            ('US', 'United States', "Valentine's Day", '02-14', {}),
        ),
        "van riebeeck's day": (
            ('ZA', 'South Africa', "Van Riebeeck's Day", '04-06', {}),
        ),
        'veterans day': (
            ('US', 'United States', 'Veterans Day', '11-11', {1971: '10-25', 1972: '10-23', 1973: '10-22', 1974: '10-28', 1975: '10-27', 1976: '10-25', 1977: '10-24'}),
        ),
        'vishu': (
            ('IN', 'India', 'Vishu', '04-14', {2004: '04-13', 2007: '04-15', 2014: '04-15', 2015: '04-15', 2022: '04-15', 2023: '04-15', 2026: '04-15', 2027: '04-15', 2030: '04-15', 2031: '04-15'}),
        ),
        'waitangi day': (
            ('NZ', 'New Zealand', 'Waitangi Day', '02-06', {}),
        ),
        "washington's birthday": (
            ('US', 'United States', "Washington's Birthday", '02-15>mon', {1950: '02-22', 1951: '02-22', 1952: '02-22', 1953: '02-22', 1954: '02-22', 1955: '02-22', 1956: '02-22', 1957: '02-22', 1958: '02-22', 1959: '02-22', 1960: '02-22', 1961: '02-22', 1962: '02-22', 1963: '02-22', 1964: '02-22', 1965: '02-22', 1966: '02-22', 1967: '02-22', 1968: '02-22', 1969: '02-22', 1970: '02-22'}),
        ),
        'whit monday': (
            ('IE', 'Ireland', 'Whit Monday', 'easter+50', {}),
        ),
        "workers' day": (
            ('ZA', 'South Africa', "Workers' Day", '05-01', {1988: '05-06', 1989: '05-05'}),
            ('NG', 'Nigeria', "Workers' Day", '05-01', {}),
        ),
        'youth day': (
            ('ZA', 'South Africa', 'Youth Day', '06-16', {}),
        ),
    },
    'pt': {
        'ano novo': (
            ('PT', 'Portugal', 'Ano Novo', '01-01', {}),
            ('CV', 'Cape Verde', 'Ano Novo', '01-01', {}),
            ('GW', 'Guinea-Bissau', 'Ano Novo', '01-01', {}),
            ('ST', 'São Tomé & Príncipe', 'Ano Novo', '01-01', {}),
        ),
        'assuncao de nossa senhora': (
            ('PT', 'Portugal', 'Assunção de Nossa Senhora', '08-15', {}),
        ),
        'carnaval': (
            ('PT', 'Portugal', 'Carnaval', 'easter-47', {}),
        ),
        'confraternizacao universal': (
            ('BR', 'Brazil', 'Confraternização Universal', '01-01', {}),
        ),
        'corpo de deus': (
            ('PT', 'Portugal', 'Corpo de Deus', 'easter+60', {}),
        ),
        'corpus christi': (
            ('BR', 'Brazil', 'Corpus Christi', 'easter+60', {}),
        ),
        'data da fundacao do mpla partido do trabalho': (
            ('AO', 'Angola', 'Data da Fundacao do MPLA - Partido do Trabalho', '12-10', {}),
        ),
        'dia da africa': (
            ('AO', 'Angola', 'Dia da África', '05-25', {}),
        ),
        'dia da assuncao': (
            ('CV', 'Cape Verde', 'Dia da Assunção', '08-15', {}),
        ),
        'dia da consulta popular': (
            ('TL', 'Timor-Leste', 'Dia da Consulta Popular', '08-30', {}),
        ),
        'dia da familia': (
            ('AO', 'Angola', 'Dia da Família', '12-25', {}),
            ('MZ', 'Mozambique', 'Dia da Família', '12-25', {}),
        ),
        'dia da fraternidade universal': (
            ('MZ', 'Mozambique', 'Dia da Fraternidade universal', '01-01', {}),
        ),
        'dia da independencia': (
            ('AO', 'Angola', 'Dia da Independência', '11-11', {}),
            ('GW', 'Guinea-Bissau', 'Dia da Independência', '09-24', {}),
            ('ST', 'São Tomé & Príncipe', 'Dia da Independência', '07-12', {}),
        ),
        'dia da independencia nacional': (
            ('AO', 'Angola', 'Dia da Independência Nacional', '11-11', {}),
            ('MZ', 'Mozambique', 'Dia da Independência Nacional', '06-25', {}),
            ('CV', 'Cape Verde', 'Dia da Independência Nacional', '07-05', {}),
        ),
        'dia da liberdade': (
            ('PT', 'Portugal', 'Dia da Liberdade', '04-25', {}),
        ),
        'dia da liberdade e da democracia': (
            ('CV', 'Cape Verde', 'Dia da Liberdade e da Democracia', '01-13', {}),
        ),
        'dia da libertacao da africa austral': (
            ('AO', 'Angola', 'Dia da Libertação da África Austral', '03-23', {}),
        ),
        'dia da memoria': (
            ('TL', 'Timor-Leste', 'Dia da Memória', '12-07', {}),
        ),
        'dia da mulher mocambicana': (
            ('MZ', 'Mozambique', 'Dia da Mulher Moçambicana', '04-07', {}),
        ),
        'dia da nacionalidade e dos herois nacionais': (
            ('CV', 'Cape Verde', 'Dia da Nacionalidade e dos Heróis Nacionais', '01-20', {}),
        ),
        'dia da paz e reconciliacao': (
            ('MZ', 'Mozambique', 'Dia da Paz e Reconciliação', '10-04', {}),
        ),
        'dia da paz e reconciliacao nacional': (
            ('AO', 'Angola', 'Dia da Paz e Reconciliação Nacional', '04-04', {}),
        ),
        'dia da proclamacao da independencia': (
            ('TL', 'Timor-Leste', 'Dia da Proclamação da Independência', '11-28', {}),
        ),
        'dia da reforma agraria': (
            ('ST', 'São Tomé & Príncipe', 'Dia da Reforma Agrária', '09-30', {}),
        ),
        'dia da restauracao da independencia': (
            ('TL', 'Timor-Leste', 'Dia da Restauração da Independência', '05-20', {}),
        ),
        'dia da vitoria': (
            ('MZ', 'Mozambique', 'Dia da Vitória', '09-07', {}),
        ),
        'dia das forcas armadas': (
            ('ST', 'São Tomé & Príncipe', 'Dia das Forças Armadas', '09-06', {}),
        ),
        'dia das forcas armadas de libertacao nacional': (
            ('MZ', 'Mozambique', 'Dia das Forças Armadas de Libertação Nacional', '09-25', {}),
        ),
        'dia das maes': (
            ('CV', 'Cape Verde', 'Dia das Mães', '05-08>sun', {}),
        ),
        'dia de ano novo': (
            ('TL', 'Timor-Leste', 'Dia de Ano Novo', '01-01', {}),
        ),
        'dia de camoes, de portugal e da raca': (
            ('PT', 'Portugal', 'Dia de Camões, de Portugal e da Raça', '06-10', {}),
        ),
        'dia de natal': (
            ('PT', 'Portugal', 'Dia de Natal', '12-25', {}),
            ('GW', 'Guinea-Bissau', 'Dia de Natal', '12-25', {}),
            ('TL', 'Timor-Leste', 'Dia de Natal', '12-25', {}),
        ),
        'dia de natal e da familia': (
            ('AO', 'Angola', 'Dia de Natal e da Família', '12-25', {}),
        ),
        'dia de nossa senhora da imaculada conceicao, padroeira de timor leste': (
            ('TL', 'Timor-Leste', 'Dia de Nossa Senhora da Imaculada Conceição, padroeira de Timor-Leste', '12-08', {}),
        ),
        'dia de pidjiguiti': (
            ('GW', 'Guinea-Bissau', 'Dia de Pidjiguiti', '08-03', {}),
        ),
        'dia de portugal, de camoes e das comunidades portuguesas': (
            ('PT', 'Portugal', 'Dia de Portugal, de Camões e das Comunidades Portuguesas', '06-10', {}),
        ),
        'dia de santo antonio': (
            ('PT', 'Portugal', 'Dia de Santo António', '06-13', {}),
        ),
        'dia de sao tome': (
            ('ST', 'São Tomé & Príncipe', 'Dia de São Tomé', '12-21', {}),
        ),
        'dia de todos os fieis defuntos': (
            ('TL', 'Timor-Leste', 'Dia de Todos os Fiéis Defuntos', '11-02', {}),
        ),
        'dia de todos os santos': (
            ('PT', 'Portugal', 'Dia de Todos os Santos', '11-01', {}),
            ('CV', 'Cape Verde', 'Dia de Todos os Santos', '11-01', {}),
            ('TL', 'Timor-Leste', 'Dia de Todos os Santos', '11-01', {}),
        ),
        'dia do ano novo': (
            ('AO', 'Angola', 'Dia do Ano Novo', '01-01', {}),
        ),
        'dia do carnaval': (
            ('AO', 'Angola', 'Dia do Carnaval', 'easter-47', {}),
        ),
        'dia do fundador da nacao e do heroi nacional': (
            ('AO', 'Angola', 'Dia do Fundador da Nação e do Herói Nacional', '09-17', {}),
        ),
        'dia do inicio da luta armada': (
            ('AO', 'Angola', 'Dia do Início da Luta Armada', '02-04', {}),
            ('GW', 'Guinea-Bissau', 'Dia do Início da Luta Armada', '01-23', {}),
        ),
        'dia do inicio da luta armada de libertacao nacional': (
            ('AO', 'Angola', 'Dia do Início da Luta Armada de Libertação Nacional', '02-04', {}),
        ),
        'dia do natal': (
            ('AO', 'Angola', 'Dia do Natal', '12-25', {}),
            ('CV', 'Cape Verde', 'Dia do Natal', '12-25', {}),
        ),
        'dia do rei amador': (
            ('ST', 'São Tomé & Príncipe', 'Dia do Rei Amador', '01-04', {}),
        ),
        'dia do servidor publico': (
            ('BR', 'Brazil', 'Dia do Servidor Público', '10-28', {}),
        ),
        'dia do trabalhador': (
            ('BR', 'Brazil', 'Dia do Trabalhador', '05-01', {}),
            ('PT', 'Portugal', 'Dia do Trabalhador', '05-01', {}),
            ('CV', 'Cape Verde', 'Dia do Trabalhador', '05-01', {}),
            ('GW', 'Guinea-Bissau', 'Dia do Trabalhador', '05-01', {}),
            ('ST', 'São Tomé & Príncipe', 'Dia do Trabalhador', '05-01', {}),
        ),
        'dia dos finados': (
            ('AO', 'Angola', 'Dia dos Finados', '11-02', {}),
        ),
        'dia dos herois mocambicanos': (
            ('MZ', 'Mozambique', 'Dia dos Heróis Moçambicanos', '02-03', {}),
        ),
        'dia dos herois nacionais': (
            ('GW', 'Guinea-Bissau', 'Dia dos Heróis Nacionais', '01-20', {}),
            ('TL', 'Timor-Leste', 'Dia dos Heróis Nacionais', '12-31', {2006: '12-07', 2007: '12-07', 2008: '12-07', 2009: '12-07', 2010: '12-07', 2011: '12-07', 2012: '12-07', 2013: '12-07', 2014: '12-07', 2015: '12-07', 2016: '12-07'}),
        ),
        'dia dos martires': (
            ('ST', 'São Tomé & Príncipe', 'Dia dos Mártires', '02-03', {}),
        ),
        'dia dos martires da repressao colonial': (
            ('AO', 'Angola', 'Dia dos Mártires da Repressão Colonial', '01-04', {}),
        ),
        'dia dos pais': (
            ('CV', 'Cape Verde', 'Dia dos Pais', '06-15>sun', {}),
        ),
        'dia dos veteranos': (
            ('TL', 'Timor-Leste', 'Dia dos Veteranos', '03-03', {}),
        ),
        'dia internacional da crianca': (
            ('AO', 'Angola', 'Dia Internacional da Criança', '06-01', {}),
        ),
        'dia internacional da mulher': (
            ('AO', 'Angola', 'Dia Internacional da Mulher', '03-08', {}),
            ('GW', 'Guinea-Bissau', 'Dia Internacional da Mulher', '03-08', {}),
        ),
        'dia internacional do trabalhador': (
            ('AO', 'Angola', 'Dia Internacional do Trabalhador', '05-01', {}),
        ),
        'dia internacional dos trabalhadores': (
            ('MZ', 'Mozambique', 'Dia Internacional dos Trabalhadores', '05-01', {}),
        ),
        'dia mundial da crianca': (
            ('CV', 'Cape Verde', 'Dia Mundial da Criança', '06-01', {}),
        ),
        'dia mundial do trabalhador': (
            ('TL', 'Timor-Leste', 'Dia Mundial do Trabalhador', '05-01', {}),
        ),
        'dia nacional da juventude': (
            ('TL', 'Timor-Leste', 'Dia Nacional da Juventude', '11-12', {}),
        ),
        'dia nacional da mulher': (
            ('TL', 'Timor-Leste', 'Dia Nacional da Mulher', '11-03', {}),
        ),
        'dia nacional de zumbi e da consciencia negra': (
            ('BR', 'Brazil', 'Dia Nacional de Zumbi e da Consciência Negra', '11-20', {}),
        ),
        'festa do corpo de deus': (
            ('TL', 'Timor-Leste', 'Festa do Corpo de Deus', 'easter+60', {}),
        ),
        'finados': (
            ('BR', 'Brazil', 'Finados', '11-02', {}),
        ),
        'imaculada conceicao': (
            ('PT', 'Portugal', 'Imaculada Conceição', '12-08', {}),
        ),
        'implantacao da republica': (
            ('PT', 'Portugal', 'Implantação da República', '10-05', {}),
        ),
        'independencia do brasil': (
            ('BR', 'Brazil', 'Independência do Brasil', '09-07', {}),
        ),
        'natal': (
            ('BR', 'Brazil', 'Natal', '12-25', {}),
            ('ST', 'São Tomé & Príncipe', 'Natal', '12-25', {}),
        ),
        'nossa senhora aparecida': (
            ('BR', 'Brazil', 'Nossa Senhora Aparecida', '10-12', {}),
        ),
        'pascoa': (
            ('PT', 'Portugal', 'Páscoa', 'easter+0', {}),
            ('CV', 'Cape Verde', 'Páscoa', 'easter+0', {}),
            ('GW', 'Guinea-Bissau', 'Páscoa', 'easter+0', {}),
        ),
        'proclamacao da republica': (
            ('BR', 'Brazil', 'Proclamação da República', '11-15', {}),
        ),
        'quarta feira de cinzas': (
            ('BR', 'Brazil', 'Quarta-feira de Cinzas', 'easter-46', {}),
            ('CV', 'Cape Verde', 'Quarta-feira de Cinzas', 'easter-46', {}),
        ),
        'quinta feira santa': (
            ('CV', 'Cape Verde', 'Quinta-Feira Santa', 'easter-3', {}),
        ),
        'restauracao da independencia': (
            ('PT', 'Portugal', 'Restauração da Independência', '12-01', {}),
        ),
        'sexta feira santa': (
            ('BR', 'Brazil', 'Sexta-feira Santa', 'easter-2', {}),
            ('PT', 'Portugal', 'Sexta-feira Santa', 'easter-2', {}),
            ('AO', 'Angola', 'Sexta-Feira Santa', 'easter-2', {}),
            ('CV', 'Cape Verde', 'Sexta-feira Santa', 'easter-2', {}),
            ('TL', 'Timor-Leste', 'Sexta-Feira Santa', 'easter-2', {}),
        ),
        'tiradentes': (
            ('BR', 'Brazil', 'Tiradentes', '04-21', {}),
        ),
        'vespera de ano novo': (
            ('BR', 'Brazil', 'Véspera de Ano-Novo', '12-31', {}),
            ('PT', 'Portugal', 'Véspera de Ano Novo', '12-31', {}),
        ),
        'vespera de natal': (
            ('BR', 'Brazil', 'Véspera de Natal', '12-24', {}),
            ('PT', 'Portugal', 'Véspera de Natal', '12-24', {}),
        ),
    },
    'es': {
        'anexion del partido de nicoya a costa rica': (
            ('CR', 'Costa Rica', 'Anexión del Partido de Nicoya a Costa Rica', '07-25', {}),
        ),
        'ano nuevo': (
            ('ES', 'Spain', 'Año Nuevo', '01-01', {}),
            ('MX', 'Mexico', 'Año Nuevo', '01-01', {}),
            ('AR', 'Argentina', 'Año Nuevo', '01-01', {}),
            ('CO', 'Colombia', 'Año Nuevo', '01-01', {}),
            ('CL', 'Chile', 'Año Nuevo', '01-01', {}),
            ('PE', 'Peru', 'Año Nuevo', '01-01', {}),
            ('VE', 'Venezuela', 'Año Nuevo', '01-01', {}),
            ('EC', 'Ecuador', 'Año Nuevo', '01-01', {}),
            ('GT', 'Guatemala', 'Año Nuevo', '01-01', {}),
            ('BO', 'Bolivia', 'Año Nuevo', '01-01', {}),
            ('DO', 'Dominican Republic', 'Año Nuevo', '01-01', {}),
            ('HN', 'Honduras', 'Año Nuevo', '01-01', {}),
            ('PY', 'Paraguay', 'Año Nuevo', '01-01', {}),
            ('SV', 'El Salvador', 'Año Nuevo', '01-01', {}),
            ('NI', 'Nicaragua', 'Año Nuevo', '01-01', {}),
            ('CR', 'Costa Rica', 'Año Nuevo', '01-01', {}),
            ('PA', 'Panama', 'Año Nuevo', '01-01', {}),
            ('UY', 'Uruguay', 'Año Nuevo', '01-01', {}),
        ),
        'ano nuevo aymara amazonico': (
            ('BO', 'Bolivia', 'Año Nuevo Aymara Amazónico', '06-21', {}),
        ),
        'ascension del senor': (
            ('CO', 'Colombia', 'Ascensión del señor', 'easter+39', {}),
            ('CL', 'Chile', 'Ascensión del Señor', 'easter+39', {}),
        ),
        'asuncion de la virgen': (
            ('ES', 'Spain', 'Asunción de la Virgen', '08-15', {}),
            ('CL', 'Chile', 'Asunción de la Virgen', '08-15', {}),
        ),
        'batalla de arica y dia de la bandera': (
            ('PE', 'Peru', 'Batalla de Arica y Día de la Bandera', '06-07', {}),
        ),
        'batalla de ayacucho': (
            ('PE', 'Peru', 'Batalla de Ayacucho', '12-09', {}),
        ),
        'batalla de boyaca': (
            ('CO', 'Colombia', 'Batalla de Boyacá', '08-07', {}),
        ),
        'batalla de carabobo': (
            ('VE', 'Venezuela', 'Batalla de Carabobo', '06-24', {}),
        ),
        'batalla de junin': (
            ('PE', 'Peru', 'Batalla de Junín', '08-06', {}),
        ),
        'batalla de pichincha': (
            ('EC', 'Ecuador', 'Batalla de Pichincha', '05-24', {}),
        ),
        'batalla de san jacinto': (
            ('NI', 'Nicaragua', 'Batalla de San Jacinto', '09-14', {}),
        ),
        'celebracion del divino salvador del mundo': (
            ('SV', 'El Salvador', 'Celebración del Divino Salvador del Mundo', '08-06', {}),
        ),
        'combate de angamos': (
            ('PE', 'Peru', 'Combate de Angamos', '10-08', {}),
        ),
        'concepcion de maria': (
            ('NI', 'Nicaragua', 'Concepción de María', '12-08', {}),
        ),
        'corpus christi': (
            ('AR', 'Argentina', 'Corpus Christi', 'easter+60', {}),
            ('CO', 'Colombia', 'Corpus Christi', 'easter+60', {}),
            ('CL', 'Chile', 'Corpus Christi', 'easter+60', {2000: '06-19', 2001: '06-11', 2002: '05-27', 2003: '06-16', 2004: '06-07', 2005: '05-23', 2006: '06-12'}),
            ('BO', 'Bolivia', 'Corpus Christi', 'easter+60', {}),
            ('DO', 'Dominican Republic', 'Corpus Christi', 'easter+60', {}),
        ),
        'declaracion de la independencia': (
            ('VE', 'Venezuela', 'Declaración de la Independencia', '04-19', {}),
        ),
        'declaratoria de la independencia': (
            ('UY', 'Uruguay', 'Declaratoria de la Independencia', '08-25', {}),
        ),
        'dia de colon': (
            ('PA', 'Panama', 'Día de Colón', '11-05', {}),
        ),
        'dia de difuntos': (
            ('EC', 'Ecuador', 'Día de Difuntos', '11-02', {}),
        ),
        'dia de duarte': (
            ('DO', 'Dominican Republic', 'Día de Duarte', '01-26', {}),
        ),
        'dia de duelo nacional': (
            ('PA', 'Panama', 'Día de Duelo Nacional', '12-20', {}),
        ),
        'dia de juan santamaria': (
            ('CR', 'Costa Rica', 'Día de Juan Santamaría', '04-11', {}),
        ),
        'dia de la abolicion del ejercito': (
            ('CR', 'Costa Rica', 'Día de la Abolición del Ejército', '12-01', {}),
        ),
        'dia de la afirmacion de los derechos argentinos sobre las malvinas, islas y sector antartico': (
            ('AR', 'Argentina', 'Día de la Afirmación de los Derechos Argentinos sobre las Malvinas, Islas y Sector Antártico', '06-10', {1983: '04-02'}),
        ),
        'dia de la altagracia': (
            ('DO', 'Dominican Republic', 'Día de la Altagracia', '01-21', {}),
        ),
        'dia de la asuncion': (
            ('AR', 'Argentina', 'Día de la Asunción', '08-15', {}),
            ('GT', 'Guatemala', 'Día de la Asunción', '08-15', {}),
        ),
        'dia de la batalla de boqueron': (
            ('PY', 'Paraguay', 'Día de la Batalla de Boquerón', '09-29', {2015: '09-28', 2016: '10-03', 2017: '10-02', 2021: '09-27', 2022: '10-03', 2024: '09-30'}),
        ),
        'dia de la constitucion': (
            ('MX', 'Mexico', 'Día de la Constitución', '02-05', {2006: '02-06', 2008: '02-04', 2009: '02-02', 2010: '02-01', 2011: '02-07', 2012: '02-06', 2013: '02-04', 2014: '02-03', 2015: '02-02', 2016: '02-01', 2017: '02-06', 2019: '02-04', 2020: '02-03', 2021: '02-01', 2022: '02-07', 2023: '02-06', 2025: '02-03', 2026: '02-02', 2027: '02-01', 2028: '02-07', 2030: '02-04', 2031: '02-03', 2032: '02-02', 2033: '02-07', 2034: '02-06', 2036: '02-04', 2037: '02-02', 2038: '02-01', 2039: '02-07', 2040: '02-06', 2041: '02-04', 2042: '02-03', 2043: '02-02', 2044: '02-01', 2045: '02-06', 2047: '02-04', 2048: '02-03', 2049: '02-01', 2050: '02-07'}),
            ('DO', 'Dominican Republic', 'Día de la Constitución', '11-06', {}),
            ('PA', 'Panama', 'Día de la Constitución', '03-01', {}),
        ),
        'dia de la constitucion espanola': (
            ('ES', 'Spain', 'Día de la Constitución Española', '12-06', {}),
        ),
        'dia de la creacion del estado plurinacional de bolivia': (
            ('BO', 'Bolivia', 'Día de la Creación del Estado Plurinacional de Bolivia', '01-22', {}),
        ),
        'dia de la dignidad nacional': (
            ('BO', 'Bolivia', 'Día de la Dignidad Nacional', '10-17', {}),
        ),
        'dia de la familia': (
            ('VE', 'Venezuela', 'Día de la Familia', '05-15', {}),
            ('UY', 'Uruguay', 'Día de la Familia', '12-25', {}),
        ),
        'dia de la fuerza aerea del peru': (
            ('PE', 'Peru', 'Día de la Fuerza Aérea del Perú', '07-23', {}),
        ),
        'dia de la fundacion de asuncion': (
            ('PY', 'Paraguay', 'Día de la Fundación de Asunción', '08-15', {2017: '08-14'}),
        ),
        'dia de la gran parada militar': (
            ('PE', 'Peru', 'Día de la Gran Parada Militar', '07-29', {}),
        ),
        'dia de la independencia': (
            ('MX', 'Mexico', 'Día de la Independencia', '09-16', {}),
            ('AR', 'Argentina', 'Día de la Independencia', '07-09', {}),
            ('CO', 'Colombia', 'Día de la Independencia', '07-20', {}),
            ('CL', 'Chile', 'Día de la Independencia', '09-18', {}),
            ('PE', 'Peru', 'Día de la Independencia', '07-28', {}),
            ('VE', 'Venezuela', 'Día de la Independencia', '07-05', {}),
            ('GT', 'Guatemala', 'Día de la Independencia', '09-15', {}),
            ('HN', 'Honduras', 'Día de la Independencia', '09-15', {}),
            ('SV', 'El Salvador', 'Día de la Independencia', '09-15', {}),
            ('NI', 'Nicaragua', 'Día de la Independencia', '09-15', {}),
            ('CR', 'Costa Rica', 'Día de la Independencia', '09-15', {}),
        ),
        'dia de la independencia de bolivia': (
            ('BO', 'Bolivia', 'Día de la Independencia de Bolivia', '08-06', {}),
        ),
        'dia de la independencia nacional': (
            ('DO', 'Dominican Republic', 'Día de la Independencia Nacional', '02-27', {}),
            ('PY', 'Paraguay', 'Día de la Independencia Nacional', '05-15', {}),
        ),
        'dia de la jura de la constitucion nacional': (
            ('PY', 'Paraguay', 'Día de la Jura de la Constitución Nacional', '06-20', {2026: '06-22'}),
        ),
        'dia de la liberacion nacional': (
            ('CL', 'Chile', 'Día de la Liberación Nacional', '09-11', {}),
        ),
        'dia de la madre': (
            ('SV', 'El Salvador', 'Día de la Madre', '05-10', {}),
            ('NI', 'Nicaragua', 'Día de la Madre', '05-30', {}),
            ('CR', 'Costa Rica', 'Día de la Madre', '08-15', {}),
            ('PA', 'Panama', 'Día de la Madre', '12-08', {}),
        ),
        'dia de la navidad': (
            ('PY', 'Paraguay', 'Día de la Navidad', '12-25', {}),
        ),
        'dia de la paz del chaco': (
            ('PY', 'Paraguay', 'Día de la Paz del Chaco', '06-12', {2013: '06-10', 2014: '06-16', 2018: '06-11', 2019: '06-17', 2024: '06-10', 2025: '06-16'}),
        ),
        'dia de la persona negra y la cultura afrocostarricense': (
            ('CR', 'Costa Rica', 'Día de la Persona Negra y la Cultura Afrocostarricense', '08-31', {}),
        ),
        'dia de la raza': (
            ('AR', 'Argentina', 'Día de la Raza', '10-12', {2001: '10-08', 2002: '10-14', 2008: '10-13'}),
            ('CO', 'Colombia', 'Día de la Raza', '10-12', {}),
            ('CL', 'Chile', 'Día de la Raza', '10-12', {}),
            ('VE', 'Venezuela', 'Día de la Raza', '10-12', {}),
            ('HN', 'Honduras', 'Día de la Raza', '10-12', {}),
        ),
        'dia de la rebeldia nacional': (
            ('CU', 'Cuba', 'Día de la Rebeldía Nacional', '07-26', {}),
        ),
        'dia de la resistencia indigena': (
            ('VE', 'Venezuela', 'Día de la Resistencia Indígena', '10-12', {}),
        ),
        'dia de la restauracion': (
            ('DO', 'Dominican Republic', 'Día de la Restauración', '08-16', {}),
        ),
        'dia de la revolucion': (
            ('MX', 'Mexico', 'Día de la Revolución', '11-20', {2007: '11-19', 2008: '11-17', 2009: '11-16', 2010: '11-15', 2011: '11-21', 2012: '11-19', 2013: '11-18', 2014: '11-17', 2015: '11-16', 2016: '11-21', 2018: '11-19', 2019: '11-18', 2020: '11-16', 2021: '11-15', 2022: '11-21', 2024: '11-18', 2025: '11-17', 2026: '11-16', 2027: '11-15', 2029: '11-19', 2030: '11-18', 2031: '11-17', 2032: '11-15', 2033: '11-21', 2035: '11-19', 2036: '11-17', 2037: '11-16', 2038: '11-15', 2039: '11-21', 2040: '11-19', 2041: '11-18', 2042: '11-17', 2043: '11-16', 2044: '11-21', 2046: '11-19', 2047: '11-18', 2048: '11-16', 2049: '11-15', 2050: '11-21'}),
            ('GT', 'Guatemala', 'Día de la Revolución', '10-20', {}),
            ('NI', 'Nicaragua', 'Día de la Revolución', '07-19', {}),
        ),
        'dia de la revolucion de mayo': (
            ('AR', 'Argentina', 'Día de la Revolución de Mayo', '05-25', {}),
        ),
        'dia de la soberania nacional': (
            ('AR', 'Argentina', 'Día de la Soberanía Nacional', '11-20', {2010: '11-22', 2011: '11-28', 2012: '11-26', 2013: '11-25', 2014: '11-24', 2015: '11-27', 2016: '11-28'}),
        ),
        'dia de la victoria': (
            ('CU', 'Cuba', 'Día de la Victoria', '01-02', {}),
        ),
        'dia de la virgen de caacupe': (
            ('PY', 'Paraguay', 'Día de la Virgen de Caacupé', '12-08', {}),
        ),
        'dia de las americas': (
            ('HN', 'Honduras', 'Día de las Américas', '04-14', {}),
        ),
        'dia de las culturas': (
            ('CR', 'Costa Rica', 'Día de las Culturas', '10-12', {}),
        ),
        'dia de las fuerzas armadas': (
            ('HN', 'Honduras', 'Día de las Fuerzas Armadas', '10-21', {}),
        ),
        'dia de las glorias del ejercito': (
            ('CL', 'Chile', 'Día de las Glorias del Ejército', '09-19', {}),
        ),
        'dia de las glorias navales': (
            ('CL', 'Chile', 'Día de las Glorias Navales', '05-21', {}),
        ),
        'dia de las mercedes': (
            ('DO', 'Dominican Republic', 'Día de las Mercedes', '09-24', {}),
        ),
        'dia de las playas': (
            ('UY', 'Uruguay', 'Día de las Playas', '12-08', {}),
        ),
        'dia de los difuntos': (
            ('SV', 'El Salvador', 'Día de los Difuntos', '11-02', {}),
        ),
        'dia de los heroes de la patria': (
            ('PY', 'Paraguay', 'Día de los Héroes de la Patria', '03-01', {2013: '03-04', 2016: '02-29', 2017: '02-27', 2018: '02-26', 2019: '03-04', 2022: '02-28', 2023: '02-27', 2025: '03-03'}),
        ),
        'dia de los martires': (
            ('PA', 'Panama', 'Día de los Mártires', '01-09', {}),
        ),
        'dia de los reyes magos': (
            ('CO', 'Colombia', 'Día de los Reyes Magos', '01-06', {}),
        ),
        'dia de los santos reyes': (
            ('DO', 'Dominican Republic', 'Día de los Santos Reyes', '01-06', {}),
        ),
        'dia de los trabajadores': (
            ('PY', 'Paraguay', 'Día de los Trabajadores', '05-01', {}),
            ('UY', 'Uruguay', 'Día de los Trabajadores', '05-01', {}),
        ),
        'dia de morazan': (
            ('HN', 'Honduras', 'Día de Morazán', '10-03', {}),
        ),
        'dia de navidad': (
            ('VE', 'Venezuela', 'Día de Navidad', '12-25', {}),
            ('GT', 'Guatemala', 'Día de Navidad', '12-25', {}),
            ('CU', 'Cuba', 'Día de Navidad', '12-25', {}),
            ('DO', 'Dominican Republic', 'Día de Navidad', '12-25', {}),
        ),
        'dia de nuestra senora del rosario de chiquinquira': (
            ('CO', 'Colombia', 'Día de Nuestra Señora del Rosario de Chiquinquirá', '07-09', {}),
        ),
        'dia de reyes': (
            ('AR', 'Argentina', 'Día de Reyes', '01-06', {}),
        ),
        'dia de san jose': (
            ('CO', 'Colombia', 'Día de San José', '03-19', {}),
        ),
        'dia de todos los difuntos': (
            ('BO', 'Bolivia', 'Día de Todos los Difuntos', '11-02', {}),
        ),
        'dia de todos los santos': (
            ('CO', 'Colombia', 'Día de Todos los Santos', '11-01', {}),
            ('CL', 'Chile', 'Día de Todos los Santos', '11-01', {}),
            ('GT', 'Guatemala', 'Día de Todos los Santos', '11-01', {}),
        ),
        'dia del ejercito': (
            ('GT', 'Guatemala', 'Día del Ejército', '06-30', {}),
        ),
        'dia del encuentro de dos mundos': (
            ('CL', 'Chile', 'Día del Encuentro de dos Mundos', '10-12', {}),
        ),
        'dia del padre': (
            ('SV', 'El Salvador', 'Día del Padre', '06-17', {}),
        ),
        'dia del respeto a la diversidad cultural': (
            ('AR', 'Argentina', 'Día del Respeto a la Diversidad Cultural', '10-12', {2010: '10-11', 2011: '10-10', 2012: '10-08', 2013: '10-14', 2014: '10-13', 2016: '10-10'}),
        ),
        'dia del trabajo': (
            ('MX', 'Mexico', 'Día del Trabajo', '05-01', {}),
            ('AR', 'Argentina', 'Día del Trabajo', '05-01', {}),
            ('CO', 'Colombia', 'Día del Trabajo', '05-01', {}),
            ('PE', 'Peru', 'Día del Trabajo', '05-01', {}),
            ('EC', 'Ecuador', 'Día del Trabajo', '05-01', {}),
            ('GT', 'Guatemala', 'Día del Trabajo', '05-01', {}),
            ('BO', 'Bolivia', 'Día del Trabajo', '05-01', {}),
            ('DO', 'Dominican Republic', 'Día del Trabajo', '05-01', {}),
            ('HN', 'Honduras', 'Día del Trabajo', '05-01', {}),
            ('SV', 'El Salvador', 'Día del Trabajo', '05-01', {}),
            ('NI', 'Nicaragua', 'Día del Trabajo', '05-01', {}),
            ('PA', 'Panama', 'Día del Trabajo', '05-01', {}),
        ),
        'dia del veterano y de los caidos en la guerra de malvinas': (
            ('AR', 'Argentina', 'Día del Veterano y de los Caidos en la Guerra de Malvinas', '04-02', {2020: '03-31'}),
        ),
        'dia internacional de los trabajadores': (
            ('CU', 'Cuba', 'Día Internacional de los Trabajadores', '05-01', {}),
        ),
        'dia internacional del trabajo': (
            ('CR', 'Costa Rica', 'Día Internacional del Trabajo', '05-01', {}),
        ),
        'dia mundial del trabajador': (
            ('VE', 'Venezuela', 'Dia Mundial del Trabajador', '05-01', {}),
        ),
        'dia nacional de la memoria por la verdad y la justicia': (
            ('AR', 'Argentina', 'Día Nacional de la Memoria por la Verdad y la Justicia', '03-24', {}),
        ),
        'dia nacional de las iglesias evangelicas y protestantes': (
            ('CL', 'Chile', 'Día Nacional de las Iglesias Evangélicas y Protestantes', '10-31', {}),
        ),
        'dia nacional de los pueblos indigenas': (
            ('CL', 'Chile', 'Día Nacional de los Pueblos Indígenas', '06-20', {2021: '06-21', 2022: '06-21', 2023: '06-21', 2026: '06-21', 2027: '06-21', 2030: '06-21', 2031: '06-21', 2034: '06-21', 2035: '06-21', 2038: '06-21', 2039: '06-21', 2042: '06-21', 2043: '06-21', 2046: '06-21', 2047: '06-21'}),
        ),
        'dia nacional del trabajo': (
            ('CL', 'Chile', 'Día Nacional del Trabajo', '05-01', {}),
        ),
        'domingo de resurreccion': (
            ('PE', 'Peru', 'Domingo de Resurrección', 'easter+0', {}),
            ('PY', 'Paraguay', 'Domingo de Resurrección', 'easter+0', {}),
        ),
        'epifania del senor': (
            ('ES', 'Spain', 'Epifanía del Señor', '01-06', {}),
        ),
        'feriado nacional': (
            ('PY', 'Paraguay', 'Feriado Nacional', '05-14', {}),
        ),
        'fiesta de fin de ano': (
            ('VE', 'Venezuela', 'Fiesta de Fin de Año', '12-31', {}),
            ('CU', 'Cuba', 'Fiesta de Fin de Año', '12-31', {}),
        ),
        'fiesta de nuestra senora de los angeles': (
            ('CR', 'Costa Rica', 'Fiesta de Nuestra Señora de los Ángeles', '08-02', {}),
        ),
        'fiesta del trabajo': (
            ('ES', 'Spain', 'Fiesta del Trabajo', '05-01', {}),
        ),
        'fiesta nacional de espana': (
            ('ES', 'Spain', 'Fiesta Nacional de España', '10-12', {}),
        ),
        'independencia de cartagena': (
            ('CO', 'Colombia', 'Independencia de Cartagena', '11-11', {}),
        ),
        'independencia de cuenca': (
            ('EC', 'Ecuador', 'Independencia de Cuenca', '11-03', {}),
        ),
        'independencia de guayaquil': (
            ('EC', 'Ecuador', 'Independencia de Guayaquil', '10-09', {}),
        ),
        'independencia de panama de espana': (
            ('PA', 'Panama', 'Independencia de Panamá de España', '11-28', {}),
        ),
        'inicio de las guerras de independencia': (
            ('CU', 'Cuba', 'Inicio de las Guerras de Independencia', '10-10', {}),
        ),
        'inmaculada concepcion': (
            ('ES', 'Spain', 'Inmaculada Concepción', '12-08', {}),
            ('PE', 'Peru', 'Inmaculada Concepción', '12-08', {}),
        ),
        'inmaculada concepcion de maria': (
            ('AR', 'Argentina', 'Inmaculada Concepción de María', '12-08', {}),
        ),
        'jueves santo': (
            ('AR', 'Argentina', 'Jueves Santo', 'easter-3', {}),
            ('CO', 'Colombia', 'Jueves Santo', 'easter-3', {}),
            ('PE', 'Peru', 'Jueves Santo', 'easter-3', {}),
            ('VE', 'Venezuela', 'Jueves Santo', 'easter-3', {}),
            ('GT', 'Guatemala', 'Jueves Santo', 'easter-3', {}),
            ('HN', 'Honduras', 'Jueves Santo', 'easter-3', {}),
            ('PY', 'Paraguay', 'Jueves Santo', 'easter-3', {}),
            ('SV', 'El Salvador', 'Jueves Santo', 'easter-3', {}),
            ('NI', 'Nicaragua', 'Jueves Santo', 'easter-3', {}),
            ('CR', 'Costa Rica', 'Jueves Santo', 'easter-3', {}),
        ),
        'jura de la constitucion': (
            ('UY', 'Uruguay', 'Jura de la Constitución', '07-18', {}),
        ),
        'la asuncion': (
            ('CO', 'Colombia', 'La Asunción', '08-15', {}),
        ),
        'la inmaculada concepcion': (
            ('CO', 'Colombia', 'La Inmaculada Concepción', '12-08', {}),
            ('CL', 'Chile', 'La Inmaculada Concepción', '12-08', {}),
        ),
        'lunes de carnaval': (
            ('AR', 'Argentina', 'Lunes de Carnaval', 'easter-48', {}),
            ('VE', 'Venezuela', 'Lunes de Carnaval', 'easter-48', {}),
        ),
        'martes de carnaval': (
            ('AR', 'Argentina', 'Martes de Carnaval', 'easter-47', {}),
            ('VE', 'Venezuela', 'Martes de Carnaval', 'easter-47', {}),
            ('PA', 'Panama', 'Martes de Carnaval', 'easter-47', {}),
        ),
        'natalicio de benito juarez': (
            ('MX', 'Mexico', 'Natalicio de Benito Juárez', '03-21', {2007: '03-19', 2008: '03-17', 2009: '03-16', 2010: '03-15', 2012: '03-19', 2013: '03-18', 2014: '03-17', 2015: '03-16', 2017: '03-20', 2018: '03-19', 2019: '03-18', 2020: '03-16', 2021: '03-15', 2023: '03-20', 2024: '03-18', 2025: '03-17', 2026: '03-16', 2027: '03-15', 2028: '03-20', 2029: '03-19', 2030: '03-18', 2031: '03-17', 2032: '03-15', 2034: '03-20', 2035: '03-19', 2036: '03-17', 2037: '03-16', 2038: '03-15', 2040: '03-19', 2041: '03-18', 2042: '03-17', 2043: '03-16', 2045: '03-20', 2046: '03-19', 2047: '03-18', 2048: '03-16', 2049: '03-15'}),
        ),
        'natalicio de simon bolivar': (
            ('VE', 'Venezuela', 'Natalicio de Simón Bolívar', '07-24', {}),
        ),
        'natividad del senor': (
            ('ES', 'Spain', 'Natividad del Señor', '12-25', {}),
        ),
        'navidad': (
            ('MX', 'Mexico', 'Navidad', '12-25', {}),
            ('AR', 'Argentina', 'Navidad', '12-25', {}),
            ('CO', 'Colombia', 'Navidad', '12-25', {}),
            ('CL', 'Chile', 'Navidad', '12-25', {}),
            ('EC', 'Ecuador', 'Navidad', '12-25', {}),
            ('BO', 'Bolivia', 'Navidad', '12-25', {}),
            ('HN', 'Honduras', 'Navidad', '12-25', {}),
            ('SV', 'El Salvador', 'Navidad', '12-25', {}),
            ('NI', 'Nicaragua', 'Navidad', '12-25', {}),
            ('CR', 'Costa Rica', 'Navidad', '12-25', {}),
            ('PA', 'Panama', 'Navidad', '12-25', {}),
        ),
        'navidad del senor': (
            ('PE', 'Peru', 'Navidad del Señor', '12-25', {}),
        ),
        'nochebuena': (
            ('VE', 'Venezuela', 'Nochebuena', '12-24', {}),
        ),
        'paso a la inmortalidad del general don jose de san martin': (
            ('AR', 'Argentina', 'Paso a la Inmortalidad del General Don José de San Martín', '08-17', {1995: '08-21', 1996: '08-19', 1997: '08-18', 1999: '08-16', 2000: '08-21', 2001: '08-20', 2002: '08-19', 2003: '08-18', 2004: '08-16', 2005: '08-15', 2006: '08-21', 2007: '08-20', 2008: '08-18', 2010: '08-16', 2011: '08-22', 2012: '08-20', 2013: '08-19', 2014: '08-18', 2016: '08-15'}),
        ),
        'paso a la inmortalidad del general don manuel belgrano': (
            ('AR', 'Argentina', 'Paso a la Inmortalidad del General Don Manuel Belgrano', '06-20', {1995: '06-19', 1996: '06-17', 1997: '06-16', 1998: '06-15', 1999: '06-21', 2000: '06-19', 2001: '06-18', 2002: '06-17', 2003: '06-16', 2004: '06-21', 2006: '06-19', 2007: '06-18', 2008: '06-16', 2009: '06-15', 2010: '06-21'}),
        ),
        'paso a la inmortalidad del general don martin miguel de guemes': (
            ('AR', 'Argentina', 'Paso a la Inmortalidad del General Don Martín Miguel de Güemes', '06-17', {}),
        ),
        'primer grito de independencia': (
            ('EC', 'Ecuador', 'Primer Grito de Independencia', '08-10', {}),
            ('PA', 'Panama', 'Primer Grito de Independencia', '11-10', {}),
        ),
        'sabado de gloria': (
            ('HN', 'Honduras', 'Sábado de Gloria', 'easter-1', {}),
        ),
        'sabado santo': (
            ('CL', 'Chile', 'Sábado Santo', 'easter-1', {}),
            ('GT', 'Guatemala', 'Sábado Santo', 'easter-1', {}),
            ('SV', 'El Salvador', 'Sábado Santo', 'easter-1', {}),
        ),
        'sagrado corazon': (
            ('CO', 'Colombia', 'Sagrado Corazón', 'easter+68', {}),
        ),
        'san pedro y san pablo': (
            ('CO', 'Colombia', 'San Pedro y San Pablo', '06-29', {}),
            ('CL', 'Chile', 'San Pedro y San Pablo', '06-29', {}),
            ('PE', 'Peru', 'San Pedro y San Pablo', '06-29', {}),
        ),
        'santa rosa de lima': (
            ('PE', 'Peru', 'Santa Rosa de Lima', '08-30', {}),
        ),
        'separacion de panama de colombia': (
            ('PA', 'Panama', 'Separación de Panamá de Colombia', '11-03', {}),
        ),
        'todos los santos': (
            ('ES', 'Spain', 'Todos los Santos', '11-01', {}),
            ('AR', 'Argentina', 'Todos Los Santos', '11-01', {}),
            ('PE', 'Peru', 'Todos Los Santos', '11-01', {}),
        ),
        'transmision del poder ejecutivo federal': (
            ('MX', 'Mexico', 'Transmisión del Poder Ejecutivo Federal', '12-01', {2024: '10-01', 2030: '10-01', 2036: '10-01', 2042: '10-01', 2048: '10-01'}),
        ),
        'triunfo de la revolucion': (
            ('CU', 'Cuba', 'Triunfo de la Revolución', '01-01', {}),
        ),
        'viernes santo': (
            ('ES', 'Spain', 'Viernes Santo', 'easter-2', {}),
            ('AR', 'Argentina', 'Viernes Santo', 'easter-2', {}),
            ('CO', 'Colombia', 'Viernes Santo', 'easter-2', {}),
            ('CL', 'Chile', 'Viernes Santo', 'easter-2', {}),
            ('PE', 'Peru', 'Viernes Santo', 'easter-2', {}),
            ('VE', 'Venezuela', 'Viernes Santo', 'easter-2', {}),
            ('EC', 'Ecuador', 'Viernes Santo', 'easter-2', {}),
            ('GT', 'Guatemala', 'Viernes Santo', 'easter-2', {}),
            ('CU', 'Cuba', 'Viernes Santo', 'easter-2', {}),
            ('BO', 'Bolivia', 'Viernes Santo', 'easter-2', {}),
            ('DO', 'Dominican Republic', 'Viernes Santo', 'easter-2', {}),
            ('HN', 'Honduras', 'Viernes Santo', 'easter-2', {}),
            ('PY', 'Paraguay', 'Viernes Santo', 'easter-2', {}),
            ('SV', 'El Salvador', 'Viernes Santo', 'easter-2', {}),
            ('NI', 'Nicaragua', 'Viernes Santo', 'easter-2', {}),
            ('CR', 'Costa Rica', 'Viernes Santo', 'easter-2', {}),
            ('PA', 'Panama', 'Viernes Santo', 'easter-2', {}),
        ),
        'virgen del carmen': (
            ('CL', 'Chile', 'Virgen del Carmen', '07-16', {}),
        ),
        'vispera de navidad': (
            ('CL', 'Chile', 'Víspera de Navidad', '12-24', {}),
        ),
    },
}
# fmt: on
