#!/usr/bin/env python3
"""Generate newsgraph's bundled authority tables from the public reference files.

Usage (from the repository root):

    python3 tools/gen-authority.py [--reference ../shared/reference] [--out src/main/resources/...]

Reads the files listed in ../shared/reference/SOURCES.md and writes the project's own compact UTF-8
TSV tables (countries, cities, organisations, titles, ambiguous-names). The output is deterministic:
running the script twice on the same inputs gives byte-identical files. Python 3 standard library only.

Table format: one header line starting with '#', then one record per line, tab-separated; list-valued
fields are '|'-separated. Wikidata ids are bare QIDs ("Q36"), GeoNames ids bare numbers ("798544").
Attribution for every source is in the NOTICE file at the repository root.
"""

import argparse
import csv
import difflib
import io
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_REF = os.path.join(ROOT, "..", "shared", "reference")
DEFAULT_OUT = os.path.join(ROOT, "src", "main", "resources", "org", "newsgraph", "extract", "authority")

# ---------------------------------------------------------------------------------------------
# Hand-curated data. Facts only; each block says why it exists.
# ---------------------------------------------------------------------------------------------

# Known faults of country-codes.csv (see SOURCES.md): wrong or missing Wikidata ids.
QID_FIXES = {
    "NA": "Q1030",   # Namibia: empty in the source (ISO code "NA" read as a missing value upstream)
    "EH": "Q6250",   # Western Sahara the territory, not the Sahrawi Arab Democratic Republic (Q40362)
    "NL": "Q55",     # the Netherlands (country), not the Kingdom of the Netherlands (Q29999)
    # AQ stays Q51 (Antarctica, the continent): there is no separate "country" item for the ISO entry.
}

# Kosovo is absent from country-codes.csv; its row is built from geonames-countryInfo.txt plus these.
KOSOVO = {"iso2": "XK", "iso3": "XKX", "qid": "Q1246"}

# Short forms and names used in English news that the sources lack. Keys are ISO2.
EXTRA_COUNTRY_NAMES = {
    "US": ["United States", "United States of America", "U.S.", "US", "U.S.A.", "USA", "America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russia", "Russian Federation"],
    "KR": ["South Korea", "Republic of Korea", "Korea", "ROK"],
    "KP": ["North Korea", "DPRK"],
    "CZ": ["Czech Republic", "Czechia"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire"],  # Zaire: its name until May 1997
    "CG": ["Republic of Congo", "Congo-Brazzaville"],
    "MM": ["Myanmar", "Burma"],
    "NL": ["Netherlands", "Holland"],
    "MK": ["North Macedonia", "Macedonia"],
    "SZ": ["Eswatini", "Swaziland"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "VA": ["Vatican", "Holy See", "Vatican City"],
    "PS": ["Palestine", "Palestinian territories", "State of Palestine"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E.", "Emirates"],
    "CN": ["China", "PRC", "People's Republic of China", "mainland China"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"],
    "GM": ["Gambia", "The Gambia"],
    "BS": ["Bahamas", "The Bahamas"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "LC": ["St Lucia", "St. Lucia"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "MD": ["Moldova"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "LA": ["Laos"],
    "VN": ["Vietnam", "Viet Nam"],
    "TZ": ["Tanzania"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "FM": ["Micronesia"],
    "BN": ["Brunei"],
    "XK": ["Kosovo"],
}

# Alternate spellings that are really codes are dropped, except these (case-exact in the matcher).
ALLOWED_CODES = {"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"}

# Names that must never name a country: coreference or other entities, not names.
BLOCKED_COUNTRY_NAMES = {"England", "Scotland", "Wales", "the bloc", "Korea, Republic of",
                         # native-language spellings that are English words or given names
                         "Island", "Dominique", "Mann", "Mannin", "Prathet", "Mexicanos", "Portuguesa", "Guiana",
                         "Timor", "Zhonghua", "Viti"}

# States that no longer exist but fill the news archives ("the Soviet Union invaded Afghanistan"). No source
# table lists them, so their rows are written here: in the code column their four-letter ISO 3166-3 code (the
# two-letter one each held was withdrawn and may be in use again: GeoNames gives "CS" to Serbia and Montenegro),
# the alpha-3 code it held, the Wikidata item, names and demonyms. They have no GeoNames country entry,
# no capital of their own in the tables (Moscow stays Russia's) and no map point, so they are linked to
# Wikidata only and never placed on a map.
FORMER_STATES = [
    ("SUHH", "SUN", "Q15180", "Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
     ["Soviet", "Soviets"]),
    ("YUCS", "YUG", "Q36704", "Yugoslavia", ["Federal Republic of Yugoslavia", "Socialist Federal Republic of Yugoslavia"],
     ["Yugoslav", "Yugoslavs", "Yugoslavian", "Yugoslavians"]),
    ("CSHH", "CSK", "Q33946", "Czechoslovakia", [], ["Czechoslovak", "Czechoslovaks", "Czechoslovakian"]),
    ("DDDE", "DDR", "Q16957", "East Germany", ["German Democratic Republic", "GDR"], ["East German", "East Germans"]),
]

# Adjectives and people-nouns the sources lack. Keys are ISO2. Plural people forms that cannot be
# derived by adding "s" (Poles, Britons, Danes...) are listed here.
EXTRA_DEMONYMS = {
    "US": ["American", "Americans"],
    "GB": ["British", "Briton", "Britons", "Brit", "Brits"],
    "PL": ["Polish", "Pole", "Poles"],
    "BY": ["Belarusian", "Belarussian", "Byelorussian", "Belarusians"],
    "NL": ["Dutch", "Dutchman", "Dutchmen"],
    "FR": ["French", "Frenchman", "Frenchmen"],
    "TR": ["Turkish", "Turk", "Turks"],
    "ES": ["Spanish", "Spaniard", "Spaniards"],
    "DK": ["Danish", "Dane", "Danes"],
    "SE": ["Swedish", "Swede", "Swedes"],
    "FI": ["Finnish", "Finn", "Finns"],
    "IE": ["Irish", "Irishman"],
    "CH": ["Swiss"],
    "CN": ["Chinese"],
    "JP": ["Japanese"],
    "SA": ["Saudi", "Saudis", "Saudi Arabian"],
    "AE": ["Emirati", "Emiratis"],
    "KR": ["South Korean", "South Koreans", "Korean"],
    "KP": ["North Korean", "North Koreans"],
    "RS": ["Serbian", "Serb", "Serbs"],
    "HR": ["Croatian", "Croat", "Croats"],
    "BA": ["Bosnian", "Bosnians"],
    "PH": ["Filipino", "Filipinos", "Philippine"],
    "CZ": ["Czech", "Czechs"],
    "SK": ["Slovak", "Slovaks", "Slovakian"],
    "SI": ["Slovenian", "Slovene", "Slovenes"],
    "AZ": ["Azerbaijani", "Azeri", "Azeris"],
    "AF": ["Afghan", "Afghans"],
    "LA": ["Lao", "Laotian"],
    "KZ": ["Kazakh", "Kazakhs", "Kazakhstani"],
    "UZ": ["Uzbek", "Uzbeks"],
    "TJ": ["Tajik", "Tajiks"],
    "KG": ["Kyrgyz"],
    "TM": ["Turkmen"],
    "MM": ["Burmese"],
    "IL": ["Israeli", "Israelis"],
    "PS": ["Palestinian", "Palestinians"],
    "XK": ["Kosovar", "Kosovan", "Kosovars"],
    "GR": ["Greek", "Greeks"],
    "NZ": ["New Zealander", "New Zealanders"],
    "TH": ["Thai", "Thais"],
    "CY": ["Cypriot", "Cypriots"],
    "IS": ["Icelandic", "Icelander", "Icelanders"],
    "LU": ["Luxembourgish", "Luxembourger", "Luxembourgers"],
    "MK": ["Macedonian", "North Macedonian"],
    "CD": ["Congolese", "Zairean", "Zaireans"],  # Zairean: the people's name until May 1997
}

# Demonyms that would steal a more common reading; dropped wherever the sources give them.
BLOCKED_DEMONYMS = {"Virgin Islander", "Minor Outlying Islander"}

# Major groupings missing from supraverden (no legal personality). QIDs checked against two
# independent public lists that agree; the values sometimes quoted from memory (G7 = Q8958,
# BRICS = Q125009) are not these groupings.
EXTRA_ORGANISATIONS = [
    ("Q1764511", "Group of Seven", ["G7", "G-7"], []),
    ("Q19771", "Group of Twenty", ["G20", "G-20"], []),
    ("Q243630", "BRICS", ["BRICS"], []),
    # armed groups that wire copy names in spellings the tagger misses (a lower-case article, hyphens, a given-name
    # look); no Wikidata ID is given here, so they stay unlinked rather than wrongly linked
    ("", "al-Qaeda", [], ["Al-Qaeda", "al-Qaida", "Al-Qaida", "al Qaeda", "Al Qaeda", "al Qaida", "Al Qaida",
                          "al-Qa'ida", "Al-Qa'ida"]),
    ("", "Abu Sayyaf", [], ["Abu Sayyaf Group"]),
    ("", "Lashkar-e-Taiba", [], ["Lashkar-e-Toiba", "Lashkar-e-Tayyiba"]),
    ("", "Jemaah Islamiyah", [], ["Jemaah Islamiah"]),
]

# Abbreviations or common names the supraverden rows lack, by QID. Title-case forms of acronyms are
# spelled out here (British and wire style "Nato", "Opec") because the matcher compares abbreviations
# case-exactly and must not accept "Eu" or "Un".
EXTRA_ORG_FORMS = {
    "Q7184": (["Nato"], ["North Atlantic Alliance", "Atlantic Alliance"]),
    "Q7768": (["Asean"], []),
    "Q7795": (["Opec"], []),
    "Q7809": (["Unesco"], []),
    "Q740308": (["Unicef"], []),
    "Q42262": (["ESA"], []),
    "Q7172": ([], ["League of Arab States"]),
    "Q8475": (["Interpol"], []),
    "Q458": ([], []),
    "Q1065": (["U.N."], []),
}

# Name forms that must not be an organisation name: they are coreference, not names.
BLOCKED_ORG_FORMS = {"the bloc", "bloc", "the alliance", "alliance", "the union", "union", "council",
                     "commission", "the commission", "parliament", "court"}

# When two organisations claim the same abbreviation, the one meant in news wins (QID).
PREFERRED_ORG_FOR = {"ICC": "Q47488", "ECA": "Q10513", "ISA": "Q1664451", "ESA": "Q42262"}

# Political titles: (normalised label, capitalised-only, surface forms). capitalised-only titles are
# common words in lower case ("general election", "head injury") and match only when capitalised.
TITLES = [
    ("president", False, ["president", "President-elect", "Pres."]),
    ("vice president", False, ["vice president", "vice-president", "VP"]),
    ("prime minister", False, ["prime minister", "premier", "PM"]),
    ("deputy prime minister", False, ["deputy prime minister", "deputy PM", "vice premier"]),
    ("foreign minister", False, ["foreign minister", "minister of foreign affairs", "foreign affairs minister",
                                 "foreign secretary", "minister for foreign affairs"]),
    ("deputy foreign minister", False, ["deputy foreign minister", "vice foreign minister",
                                        "deputy minister of foreign affairs"]),
    ("defence minister", False, ["defence minister", "defense minister", "minister of defence",
                                 "minister of defense", "defence secretary", "defense secretary",
                                 "secretary of defense", "defence chief"]),
    ("interior minister", False, ["interior minister", "minister of the interior", "minister of interior",
                                  "home secretary", "home minister", "interior secretary"]),
    ("finance minister", False, ["finance minister", "minister of finance", "treasury secretary",
                                 "secretary of the treasury", "chancellor of the exchequer"]),
    ("justice minister", False, ["justice minister", "minister of justice", "attorney general",
                                 "attorney-general"]),
    ("health minister", False, ["health minister", "minister of health", "health secretary"]),
    ("trade minister", False, ["trade minister", "minister of trade", "commerce secretary", "trade secretary"]),
    ("energy minister", False, ["energy minister", "minister of energy", "energy secretary"]),
    ("economy minister", False, ["economy minister", "economic minister", "minister of economy"]),
    ("minister", False, ["minister", "deputy minister", "cabinet minister"]),
    ("secretary-general", False, ["secretary-general", "secretary general", "SG"]),
    ("secretary of state", False, ["secretary of state"]),
    ("chancellor", False, ["chancellor"]),
    ("king", False, ["king"]),
    ("queen", False, ["queen"]),
    ("crown prince", False, ["crown prince"]),
    ("prince", True, ["prince"]),
    ("emir", False, ["emir", "amir"]),
    ("sultan", False, ["sultan"]),
    ("supreme leader", False, ["supreme leader"]),
    ("spokesperson", False, ["spokesperson", "spokesman", "spokeswoman", "press secretary", "spokespeople",
                             "spokesmen", "spokeswomen"]),
    ("ambassador", False, ["ambassador", "envoy", "special envoy", "permanent representative", "amb."]),
    ("high representative", False, ["high representative"]),
    ("commissioner", False, ["commissioner"]),
    ("senator", False, ["senator", "Sen."]),
    ("representative", True, ["representative", "Rep.", "congressman", "congresswoman"]),
    ("member of parliament", False, ["member of parliament", "MP", "lawmaker", "legislator"]),
    ("speaker", True, ["speaker"]),
    ("governor", False, ["governor", "Gov."]),
    ("mayor", False, ["mayor"]),
    ("chief", False, ["chief"]),
    ("chief of staff", False, ["chief of staff"]),
    ("commander", False, ["commander", "commander-in-chief", "Cmdr."]),
    ("general", True, ["general", "Gen.", "lieutenant general", "Lt. Gen.", "major general", "Maj. Gen.",
                       "brigadier general", "Brig. Gen."]),
    ("admiral", False, ["admiral", "vice admiral", "rear admiral", "Adm."]),
    ("colonel", False, ["colonel", "Col."]),
    ("field marshal", False, ["field marshal"]),
    ("pope", False, ["pope"]),
    ("leader", False, ["leader"]),
    ("head", True, ["head"]),
    ("head of state", False, ["head of state"]),
    ("head of government", False, ["head of government"]),
    ("chairman", False, ["chairman", "chairwoman", "chairperson"]),
    ("chair", True, ["chair"]),
    ("director-general", False, ["director-general", "director general"]),
    ("director", True, ["director"]),
    ("chief executive", False, ["chief executive", "CEO", "chief executive officer"]),
    ("prosecutor", False, ["prosecutor", "chief prosecutor"]),
    ("judge", True, ["judge"]),
]

# City names that are common English words or first names. A capitalised one is still ambiguous
# (sentence start, headlines, person names), so the matcher accepts these only with extra evidence.
# Built by checking which names of places in cities15000 occur in lower case in a sample of
# English news, then reviewed by hand and extended with common given names.
AMBIGUOUS_CITY_NAMES = """
Of Man Can Best Mobile Reading Nice March May Split Most Bath Sale Police Bergen Bay Beach Deal
Independence Liberty Florence Victoria Jackson Austin Charlotte Madison Eugene Troy Marion Lincoln
Clinton Warren Carmen Lorenzo Elizabeth Irving Orange Mercedes Paris Moscow Temple Union Hamilton
Franklin Jefferson Camden Pace Bar Bury Wells Worth Bristol Buy Day Bo Ho Hu Yi Ma Lo Da Ba Na Ra
Ban Bong Bat Gay Hat Mart Pin Pot Pop Ran Say Sun Tam Tan Ten Tin Van Wan War Win Yen
Aba Abu Asia Ave Baba Beira Bell Bend Berlin Boa Bonn Born Bra Brest Brits Brook Burns
Cali Camp Cat Cave Chester Cliff Columbia Concord Corona Cork Crawley Crewe Darwin Dover Eagle
Ely Erie Essen Eden Fargo Flint Forest Fort Fresno Gary Glen Globe Goes Grace Grand Green Guard
Harlow Harrow Hay Helmond Hope Hull Ina Ita Jena Kent Kiel Laval Lima Linz Lorca Lowell
Luton Lynn Macon Manchester Marco Medina Miles Milton Mission Monroe Moore Morris Nancy Newark
Norman Ocean Odessa Ogden Olive Opole Orem Oxford Palm Pan Parma Pearl Pena Perry Phoenix Pine
Pittsburg Plano Pleasant Pueblo Quincy Raleigh Rich Richmond Rio Rock Rome Rose Round Royal
Salem Salt Santa Savannah Sandy Sherman Sidney Smyrna Spring Sterling Stone Sumter Surprise
Tours Tyler Ukiah Vale Venice Vernon Victory Vienna Vista Waco Wayne Wesley Wilson York Young
Zion Bath Dallas Denver Houston Chelsea Clayton Columbus Dayton Kingston Lafayette Lakewood
Marietta Murray Nelson Newton Pasadena Portland Preston Reno Riverside Shelby Sheridan Stanley
Taylor Whitney Winston Abilene Alice Allen Anderson Beverly Billings Carson Casey Clovis Davis
Dixon Douglas Duncan Edison Gilbert Hampton Harrison Hayward Henderson Jordan Kent Logan Lyon
Mitchell Morgan Ramsey Ross Russell Spencer Sydney Warwick Washington Wood
"""

# Frequency heuristic, run once over a sample of ~2,400 English wire stories: names of places (primary or
# alternate, one word) whose lower-case form occurs at least 3 times and at least as often as the
# capitalised form. Reviewed by hand.
FREQUENT_WORD_CITY_NAMES = """
Agro Aim Alliance Along Alter Antelope Anthem Area Ate Bad Bag Banning Basic Bear Begun Bid Big Bone Boom
Borne Bow But Butterfly Care Cars Center Central Chair Champion Chin Coca Com Come Consolation Dam Date Dawn
Defiance Dig Dire Downtown Drama Drug Dual Due Elbow Enterprise Era Ever Far Federal Fleet Forge Freedom
From Gap Garrison Gold Grants Grass Grenade Hit Holiday Human Hurricane Keen Kilo Kin Kina Lend Lens Lone
Lot Male Manage Marathon Market Marks Mascot Media Mentor Midway Mile Mine More Mosquito Much Name Never
Normal Off Officer One Opportunity Panda Pandas Paradise Pet Plunge Port Possession Pre Put Rand Rapid
Reservoir Rest Retreat Riding Rise Risen Rugby Sake Same Save Seen Semi Set Shaping She Shot Shut Side
Simmering Since Sing Sole Soul Sour Spoken Spray Summit Superior Tame Tank Tape Tell Tender Than Time To
Tone Torn Tour Trap Tune Turn Vans Veto Von Wa Wave Wedding
"""

# Same sample: names of places mostly seen capitalised before another capitalised word and rarely after
# a locative preposition (given names, parts of person or company names). Reviewed by hand.
GIVEN_NAME_CITY_NAMES = """
Kim David Ali George Michel Laurent Sam Martin Robert Victor Ismail Yang Adam Lin Stuart Ben Mao Vladimir
Gao Ron Feng Fei Francois Augusto Adrian Brad Roy Sachin Honore Hassan Liang Luis Barry Graham Ahmad
Nigel Cheng Yao Jacob Claudio Pedro Lawrence Marina Olympic Liberal Roman Golden North Hang Dalai Xinhua
Toyota Brent Hun Moro Nur
Castro Bush Ariel Howard Rodriguez Hashimoto Bambang Gloria Kamal Solana Ramos Lopez Jian Ikeda Sali Schroeder
Barroso Allende Aso Kai Mandela Mary Levin Gore Arnold Perez Richardson Campbell Harper Herve Alba Morales Garcia
Evans Liping Zhaoxing Silvan Bayan Pen San Tome Ota Santander Madeleine Mina Wei Wen
Bank Delta Natal Paramount Republic University
God Punch Gallup Hitachi Nikko Seymour Vincent Roth Tata Shaw Parker Kyle Tracy Laurel Miranda Molina Ramon
Rivera Lucas Luz Clive Stella Medea Morsi Marshall Villanueva Livingstone Chidambaram Frederik
"""

# Names of regions, states, provinces and counties that are also names of some town in cities15000
# ("Virginia" in South Africa, "Colorado" in Brazil, "Ontario" in California). In news they nearly always
# mean the region, so the gazetteer never reads them as cities (Authority.cities still finds the towns).
NOT_CITY_NAMES = """
Africa Europe Asia Americas America Oceania Antarctica Arctic Caribbean Balkans Scandinavia Siberia Caucasus
Darfur Kashmir Crimea Kurdistan Tibet Patagonia Sahara Sahel Mediterranean Pacific Atlantic Gulf Levant Punjab
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana
Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming
Carolina Dakota Hampshire Jersey
Alberta Manitoba Ontario Quebec Saskatchewan Yukon Nunavut Labrador Newfoundland Brunswick Scotia
Queensland Tasmania Victoria
England Scotland Wales Ulster Cornwall Devon Dorset Somerset Kent Essex Suffolk Norfolk Surrey Sussex
Yorkshire Lancashire Cumbria Durham Northumberland Cheshire Shropshire Herefordshire
Bavaria Saxony Tuscany Lombardy Sicily Sardinia Corsica Brittany Normandy Provence Catalonia Andalusia Galicia
Flanders Wallonia Kosovo Chechnya Dagestan Donbas Donbass Transnistria Abkhazia Xinjiang Guangdong Sichuan
Mindanao Luzon Java Sumatra Borneo Bali Aceh Papua Sinai Galilee Judea Samaria
"""

# Short names English news uses that the GeoNames alternates of these places lack (by GeoNames id).
EXTRA_CITY_NAMES = {
    2925533: ["Frankfurt"],            # Frankfurt am Main
    4140963: ["Washington DC", "Washington D.C."],
}

# English exonyms and former names of big cities that do not look like the GeoNames name; other
# alternate names are kept only when they are spelling variants of it (see city_alt_names).
ENGLISH_EXONYMS = {"Kiev", "Mecca", "Medina", "Jeddah", "Jidda", "Bombay", "Calcutta", "Madras", "Bangalore", "Poona",
                   "Peking", "Canton", "Saigon", "Rangoon", "Cologne", "Lvov", "Kishinev", "Dnepropetrovsk",
                   "Nikolayev", "Leghorn", "Aix-la-Chapelle", "Constantinople", "Tiflis", "Benares", "Alma-Ata",
                   "Hodeida", "Hodeidah", "Sulaimaniyah", "Sulaymaniyah", "Arbil", "Irbil", "Homs", "Basra",
                   "Kerbala", "Deir ez-Zor", "Tel Aviv", "Gaza City", "Ramallah"}

# AMBIGUOUS names that are nevertheless overwhelmingly the city in news: removed from the list above.
NOT_AMBIGUOUS = {"Paris", "Moscow", "Berlin", "Rome", "Vienna", "Washington", "Dallas", "Denver",
                 "Houston", "Lima", "Bonn", "Manchester", "Oxford", "Venice", "Odessa", "Lyon", "Sydney",
                 "Pittsburg", "Raleigh", "Columbus", "Dayton", "Kingston", "Pasadena", "Portland",
                 "Riverside", "Fresno", "Bristol", "Phoenix", "Richmond", "Brest", "Kiel", "Essen",
                 "Parma", "Cork", "Linz", "Jena", "Luton", "Newark", "Savannah", "Opole", "Medina"}

# US states and DC by GeoNames admin1 code (the USPS code), with the Associated Press abbreviations
# that news writes after a town ("Paris, Tenn."). Natural Earth names only some of them.
US_STATES = {
    "AL": ("Alabama", ["Ala."]), "AK": ("Alaska", []), "AZ": ("Arizona", ["Ariz."]), "AR": ("Arkansas", ["Ark."]),
    "CA": ("California", ["Calif."]), "CO": ("Colorado", ["Colo."]), "CT": ("Connecticut", ["Conn."]),
    "DE": ("Delaware", ["Del."]), "DC": ("District of Columbia", ["D.C."]), "FL": ("Florida", ["Fla."]),
    "GA": ("Georgia", ["Ga."]), "HI": ("Hawaii", []), "ID": ("Idaho", []), "IL": ("Illinois", ["Ill."]),
    "IN": ("Indiana", ["Ind."]), "IA": ("Iowa", []), "KS": ("Kansas", ["Kan."]), "KY": ("Kentucky", ["Ky."]),
    "LA": ("Louisiana", ["La."]), "ME": ("Maine", []), "MD": ("Maryland", ["Md."]), "MA": ("Massachusetts", ["Mass."]),
    "MI": ("Michigan", ["Mich."]), "MN": ("Minnesota", ["Minn."]), "MS": ("Mississippi", ["Miss."]),
    "MO": ("Missouri", ["Mo."]), "MT": ("Montana", ["Mont."]), "NE": ("Nebraska", ["Neb."]), "NV": ("Nevada", ["Nev."]),
    "NH": ("New Hampshire", ["N.H."]), "NJ": ("New Jersey", ["N.J."]), "NM": ("New Mexico", ["N.M."]),
    "NY": ("New York", ["N.Y."]), "NC": ("North Carolina", ["N.C."]), "ND": ("North Dakota", ["N.D."]),
    "OH": ("Ohio", []), "OK": ("Oklahoma", ["Okla."]), "OR": ("Oregon", ["Ore."]), "PA": ("Pennsylvania", ["Pa."]),
    "RI": ("Rhode Island", ["R.I."]), "SC": ("South Carolina", ["S.C."]), "SD": ("South Dakota", ["S.D."]),
    "TN": ("Tennessee", ["Tenn."]), "TX": ("Texas", []), "UT": ("Utah", []), "VT": ("Vermont", ["Vt."]),
    "VA": ("Virginia", ["Va."]), "WA": ("Washington", ["Wash."]), "WV": ("West Virginia", ["W.Va.", "W. Va."]),
    "WI": ("Wisconsin", ["Wis."]), "WY": ("Wyoming", ["Wyo."]),
}

# The constituent countries of the United Kingdom (GeoNames GB admin1 codes); Natural Earth gives
# counties and cities for GB instead.
GB_NATIONS = {"ENG": ("England", []), "SCT": ("Scotland", []), "WLS": ("Wales", []),
              "NIR": ("Northern Ireland", [])}

# The two Palestinian territories (GeoNames PS admin1 codes), which Natural Earth gives no region name for;
# without them "West Bank" and "Gaza Strip" are read as the towns or the words inside them.
PS_TERRITORIES = {"WE": ("West Bank", []), "GZ": ("Gaza Strip", ["Gaza strip"])}

# English names news uses for first-level regions whose Natural Earth name is the local form.
EXTRA_REGION_NAMES = {("CA", "Québec"): ["Quebec"], ("ES", "Andalucía"): ["Andalusia"],
                      ("ES", "País Vasco"): ["Basque Country"], ("IT", "Sardegna"): ["Sardinia"],
                      ("IT", "Piemonte"): ["Piedmont"], ("IT", "Sicilia"): ["Sicily"],
                      ("IT", "Toscana"): ["Tuscany"], ("IT", "Lombardia"): ["Lombardy"],
                      ("DE", "Bayern"): ["Bavaria"], ("CN", "Xinjiang Uygur"): ["Xinjiang"],
                      ("CN", "Xizang"): ["Tibet"], ("CN", "Nei Mongol"): ["Inner Mongolia"],
                      ("CN", "Ningxia Hui"): ["Ningxia"], ("CN", "Guangxi"): ["Guangxi"],
                      ("IN", "Orissa"): ["Odisha"]}

# Continents: GeoNames ids and the GeoNames point of each continent feature (CONT), the point geoparsing
# gold standards use for them.
CONTINENTS = [
    (6255146, "Africa", [], 7.1881, 21.09375),
    (6255147, "Asia", [], 29.84064, 89.29688),
    (6255148, "Europe", [], 48.69096, 9.14062),
    (6255149, "North America", [], 46.07323, -100.54688),
    (6255150, "South America", [], -14.60485, -57.65625),
    (6255151, "Oceania", [], -18.31281, 138.51562),
    (6255152, "Antarctica", [], -78.15856, 16.40626),
]

# Regions news names that are no first-level division in the sources (a part of a country, a disputed area or a
# part of the world): their English names, the ISO code of their country (empty when they lie in several or are
# disputed) and an approximate centre, enough to put events there on a map. GeoNames code RGN ("region").
NEWS_REGIONS = [
    ("Darfur", [], "SD", 13.5, 24.5),
    ("Kashmir", [], "", 34.0, 76.0),
    ("Middle East", ["Mideast"], "", 29.0, 41.0),
    ("Golan Heights", ["Golan"], "", 33.0, 35.75),
    ("Sinai", ["Sinai Peninsula"], "EG", 29.5, 33.8),
    ("Balkans", [], "", 43.0, 21.0),
    ("Caucasus", [], "", 42.5, 44.5),
    ("Eastern Slavonia", [], "HR", 45.4, 18.9),
    ("Kurdistan", [], "", 36.5, 44.0),
    ("Ogaden", [], "ET", 7.0, 44.0),
    ("Niger Delta", [], "NG", 5.0, 6.0),
    ("Mindanao", [], "PH", 7.5, 125.0),
    ("Bougainville", [], "PG", -6.2, 155.5),
    ("Horn of Africa", [], "", 8.0, 45.0),
    ("Korean Peninsula", [], "", 38.0, 127.5),
    ("Palestinian territories", ["Palestinian Territories"], "PS", 31.9, 35.2),
]

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def norm_key(s):
    """Lookup key, the same rule as the Java side: no diacritics, lower case, '.' and apostrophes
    dropped, other punctuation a space, whitespace collapsed."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace(".", "").replace("'", "").replace("\u2019", "").replace("\u02bc", "")
    s = re.sub(r"[^\w]+", " ", s, flags=re.UNICODE)
    return " ".join(s.split())


def is_latin(s):
    for c in s:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def clean(s):
    return " ".join((s or "").replace("\t", " ").replace("|", " ").split())


def dedupe(names, exclude=()):
    """Keep first occurrence per lookup key, in order; drop empties and keys in exclude."""
    seen = set(norm_key(x) for x in exclude)
    out = []
    for n in names:
        n = clean(n)
        k = norm_key(n)
        if not n or not k or k in seen:
            continue
        seen.add(k)
        out.append(n)
    return out


def unterm_forms(s):
    """'Bolivia (Plurinational State of)' -> ['Bolivia', 'Plurinational State of Bolivia'];
    'Netherlands (the)' -> ['Netherlands']."""
    s = clean(s.replace("*", ""))
    m = re.match(r"^(.*?)\s*\((.*)\)$", s)
    if not m:
        return [s] if s else []
    base, inner = m.group(1), m.group(2)
    if inner.lower() == "the":
        return [base]
    if inner.endswith(" of") or inner.endswith(" of the"):
        return [base, inner + " " + base]
    return [base]


def strip_the(s):
    return s[4:] if s.lower().startswith("the ") else s


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("#" + "\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join("" if v is None else str(v) for v in r) + "\n")


def fmt_coord(x):
    return ("%.5f" % float(x)).rstrip("0").rstrip(".") if x not in (None, "") else ""


def qid_of(url):
    m = re.search(r"(Q\d+)\s*$", url or "")
    return m.group(1) if m else ""

# ---------------------------------------------------------------------------------------------
# Readers
# ---------------------------------------------------------------------------------------------


def read_country_codes(ref):
    with open(os.path.join(ref, "country-codes.csv"), encoding="utf-8", newline="") as f:
        # csv keeps "NA" as a string (Namibia); no missing-value guessing here.
        return [r for r in csv.DictReader(f) if r["ISO3166-1-Alpha-2"].strip()]


def read_geonames_country_info(ref):
    rows = {}
    with open(os.path.join(ref, "geonames-countryInfo.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            p = line.rstrip("\n").split("\t")
            rows[p[0]] = {"iso2": p[0], "iso3": p[1], "name": p[4], "capital": p[5],
                          "population": int(p[7] or 0), "geonameid": p[16]}
    return rows


def read_mledoze(ref):
    with open(os.path.join(ref, "mledoze-countries.csv"), encoding="utf-8", newline="") as f:
        return {r["cca2"]: r for r in csv.DictReader(f)}


def read_cities(ref):
    with zipfile.ZipFile(os.path.join(ref, "geonames-cities15000.zip")) as z:
        name = [n for n in z.namelist() if n.endswith(".txt")][0]
        text = z.read(name).decode("utf-8")
    cities = []
    for line in text.splitlines():
        p = line.split("\t")
        if len(p) < 15:
            continue
        cities.append({"id": int(p[0]), "name": p[1], "ascii": p[2], "alts": p[3].split(",") if p[3] else [],
                       "lat": p[4], "lon": p[5], "fcode": p[7], "cc": p[8], "admin1": p[10],
                       "pop": int(p[14] or 0)})
    cities.sort(key=lambda c: c["id"])
    return cities


def read_natural_earth_capitals(ref):
    with open(os.path.join(ref, "naturalearth-50m-populated-places.json"), encoding="utf-8") as f:
        data = json.load(f)
    caps = {}
    for feat in data["features"]:
        p = feat["properties"]
        if p.get("ADM0CAP") in (1, 1.0) or p.get("FEATURECLA", "").startswith("Admin-0 capital"):
            # GEONAMEID is unreliable in this file (SOURCES.md): only names, QIDs and coordinates are used.
            caps.setdefault(p.get("ISO_A2"), []).append(
                {"name": p.get("NAME"), "qid": p.get("wikidataid") or "", "lat": p.get("LATITUDE"),
                 "lon": p.get("LONGITUDE"), "featurecla": p.get("FEATURECLA", "")})
    return caps


def parse_yaml_mappings(text):
    """Parse the shape of supraverden's general_list.yaml: a top-level mapping of organisation name
    to a flat mapping of scalar fields (some fields hold a '- item' list, skipped by callers that
    want scalars). Long keys use the explicit '? key' / ': first: value' form."""
    orgs = {}
    order = []
    current = None
    last_field = None
    pending_key = None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith("? "):
            pending_key = unquote(raw[2:].strip())
            continue
        if raw.startswith(": ") and pending_key is not None:
            current = {}
            orgs[pending_key] = current
            order.append(pending_key)
            pending_key = None
            raw = "  " + raw[2:]
        elif not raw.startswith(" "):
            key = raw.rstrip()
            if key.endswith(":"):
                key = key[:-1]
            current = {}
            key = unquote(key)
            orgs[key] = current
            order.append(key)
            continue
        if current is None:
            continue
        if raw.startswith("  - "):
            if last_field is not None:
                prev = current.get(last_field)
                current[last_field] = (prev if isinstance(prev, list) else []) + [unquote(raw[4:].strip())]
            continue
        m = re.match(r"^  ([A-Za-z0-9_]+):\s?(.*)$", raw)
        if m:
            last_field = m.group(1)
            val = m.group(2).strip()
            current[last_field] = None if val in ("", "null", "~") else unquote(val)
    return [(k, orgs[k]) for k in order]


def unquote(v):
    if len(v) >= 2 and v[0] == v[-1] == "'":
        return v[1:-1].replace("''", "'")
    if len(v) >= 2 and v[0] == v[-1] == '"':
        return json.loads(v)
    return v

# ---------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------


def derive_plurals(demonyms):
    out = []
    for d in demonyms:
        if " " not in d and re.search(r"(an|i|er|ek|ak|ot|o)$", d) and not d.endswith("man"):
            out.append(d + "s")
    return out


def country_capital(iso2, cap_name, cities_by_cc, ne_caps):
    """Capital as (name, geonameid, lat, lon, qid): GeoNames PPLC of that country (name-matched when a
    country has several), else a cities15000 place of that name, else Natural Earth coordinates."""
    cands = cities_by_cc.get(iso2, [])
    key = norm_key(cap_name) if cap_name else ""

    def names(c):
        return {norm_key(c["name"]), norm_key(c["ascii"])} | {norm_key(a) for a in c["alts"] if is_latin(a)}
    pplc = [c for c in cands if c["fcode"] == "PPLC"]
    hit = None
    if key:
        hit = next((c for c in pplc if key in names(c)), None) or \
            next((c for c in sorted(cands, key=lambda c: -c["pop"]) if key in names(c)), None)
    if hit is None and len(pplc) == 1 and not key:
        hit = pplc[0]
    ne = ne_caps.get(iso2, [])
    ne_hit = next((n for n in ne if key and norm_key(n["name"] or "") == key), None)
    if ne_hit is None and len(ne) == 1:
        ne_hit = ne[0]
    qid = ne_hit["qid"] if ne_hit else ""
    if hit is not None:
        if ne_hit is not None and key and norm_key(ne_hit["name"]) not in names(hit):
            qid = ""
        return cap_name or hit["name"], str(hit["id"]), fmt_coord(hit["lat"]), fmt_coord(hit["lon"]), qid
    if ne_hit is not None:
        return cap_name or ne_hit["name"], "", fmt_coord(ne_hit["lat"]), fmt_coord(ne_hit["lon"]), qid
    return cap_name, "", "", "", ""


def build_countries(ref, cities):
    codes = read_country_codes(ref)
    gn = read_geonames_country_info(ref)
    ml = read_mledoze(ref)
    ne_caps = read_natural_earth_capitals(ref)
    cities_by_cc = {}
    for c in cities:
        cities_by_cc.setdefault(c["cc"], []).append(c)

    base = []
    for r in codes:
        iso2 = r["ISO3166-1-Alpha-2"].strip()
        base.append({"iso2": iso2, "iso3": r["ISO3166-1-Alpha-3"].strip(),
                     "qid": QID_FIXES.get(iso2, qid_of(r["wikidata_id"])),
                     "cldr": r["CLDR display name"], "official": r["official_name_en"],
                     "unterm": [r["UNTERM English Short"], r["UNTERM English Formal"]],
                     "capital": r["Capital"]})
    if KOSOVO["iso2"] not in {b["iso2"] for b in base}:
        base.append({"iso2": "XK", "iso3": KOSOVO["iso3"], "qid": KOSOVO["qid"], "cldr": gn["XK"]["name"],
                     "official": "", "unterm": [], "capital": gn["XK"]["capital"]})

    rows = []
    for b in base:
        iso2 = b["iso2"]
        g = gn.get(iso2, {})
        m = ml.get(iso2, {})
        extra = EXTRA_COUNTRY_NAMES.get(iso2, [])
        name = extra[0] if extra else (m.get("name.common") or g.get("name") or b["cldr"])
        alts = [name] + extra + [m.get("name.common", ""), g.get("name", ""), b["cldr"], b["official"],
                                 m.get("name.official", "")]
        for u in b["unterm"]:
            alts += unterm_forms(u)
        for a in (m.get("altSpellings") or "").split(","):
            # the field is comma-separated, so "Korea, Republic of" arrives in two pieces: drop both
            a = a.strip()
            if not a or not is_latin(a) or not a[0].isupper() or re.search(r" of( the)?$", a) \
                    or re.match(r"^(Republic|State|Kingdom|Democratic|Plurinational|Islamic|Bolivarian)\b.* of", a) and " " not in a.split(" of")[-1].strip():
                continue
            if "(" in a:
                alts += unterm_forms(a)
                continue
            if a.replace(".", "").isupper() and a.replace(".", "") not in ALLOWED_CODES:
                continue
            alts.append(a)
        alts = [f for a in alts for f in (unterm_forms(a) if "(" in a else [a])]
        alts = [strip_the(a) for a in alts if a and a not in BLOCKED_COUNTRY_NAMES and "," not in a]
        alts = [a for a in alts if is_latin(a) and " - " not in a]
        dem = EXTRA_DEMONYMS.get(iso2, []) + [m.get("demonyms.eng.m", ""), m.get("demonyms.eng.f", "")]
        dem = [d for d in dedupe(dem) if d not in BLOCKED_DEMONYMS]
        dem = [d for d in dedupe(dem + derive_plurals(dem)) if norm_key(d) != norm_key(m.get("name.common", ""))]
        cap_name = g.get("capital") or b["capital"]
        cap = country_capital(iso2, cap_name, cities_by_cc, ne_caps)
        # an alternate spelled like a demonym ("Thai", "Saudi") is read as the nationality
        rows.append({"iso2": iso2, "iso3": b["iso3"], "qid": b["qid"], "geonameid": g.get("geonameid", ""),
                     "centre": country_centre(m), "name": name, "alts": dedupe(alts[1:], exclude=[name] + dem), "dem": dem, "cap": cap,
                     "pop": g.get("population", 0)})

    # Each lookup key names one country: the hand lists first (they encode news usage: Korea -> South
    # Korea, Congolese -> DR Congo), then primary names, then the more populous country.
    claim = {}
    for iso2, names in list(EXTRA_COUNTRY_NAMES.items()) + list(EXTRA_DEMONYMS.items()):
        for n in names:
            claim.setdefault(norm_key(n), iso2)
    for r in rows:
        claim.setdefault(norm_key(r["name"]), r["iso2"])
    for r in sorted(rows, key=lambda r: (-r["pop"], r["iso2"])):
        for a in r["alts"] + r["dem"]:
            claim.setdefault(norm_key(a), r["iso2"])
    for r in rows:
        r["alts"] = [a for a in r["alts"] if claim.get(norm_key(a)) == r["iso2"]]
        r["dem"] = [d for d in r["dem"] if claim.get(norm_key(d)) == r["iso2"]]
    taken = {norm_key(n) for r in rows for n in [r["name"]] + r["alts"] + r["dem"]}
    for iso2, iso3, qid, name, alts, dem in FORMER_STATES:
        if iso2 in {r["iso2"] for r in rows}:
            raise SystemExit(f"former state {name}: code {iso2} is in use again")
        clash = [n for n in [name] + alts + dem if norm_key(n) in taken]
        if clash:
            raise SystemExit(f"former state {name}: {clash} already name a current country")
        rows.append({"iso2": iso2, "iso3": iso3, "qid": qid, "geonameid": "", "centre": ("", ""), "name": name,
                     "alts": alts, "dem": dem, "cap": ("", "", "", "", ""), "pop": 0})
    rows.sort(key=lambda r: r["iso2"])
    return rows


ARTICLE = re.compile(r"^(al|el|la|le|les|los|las|ad|as|an|ar|at|az|ash|the)\s")


def is_spelling_variant(alt_key, name_key):
    """Whether an alternate name is a spelling of the name ("Warschau", "Geneva", "Fallujah" for "Al
    Fallujah") rather than a translation or nickname ("White House" for Casablanca, "Sam" for Damascus)."""
    a, b = ARTICLE.sub("", alt_key), ARTICLE.sub("", name_key)
    if a == b:
        return True
    # short names differ by one letter from many words and names: they must be nearly identical
    need = 0.9 if len(a) <= 6 else 0.75
    return len(a) >= 4 and a[:2] == b[:2] and difflib.SequenceMatcher(None, a, b).ratio() >= need


def city_alt_names(c):
    """Latin-script alternate names worth matching in English text: start with a capital letter
    (lower-case entries are transliteration keys), are not all-caps codes (IATA), have no digits, do
    not end in a lower-case word, and are spelling variants of the name or known English exonyms."""
    out = []
    keys = (norm_key(c["name"]), norm_key(c["ascii"]))
    for a in c["alts"]:
        a = a.strip()
        if len(a) < 3 or not is_latin(a) or any(ch.isdigit() for ch in a) or "(" in a:
            continue
        if not a[0].isupper() or a.replace(" ", "").replace("-", "").isupper():
            continue
        if " " in a and a.split(" ")[-1].split("-")[-1][:1].islower():
            continue  # "Kuwait by", "Luxembourg by" (the Scandinavian "city"): would match "Kuwait by Iraq"
        k = norm_key(a)
        if a in ENGLISH_EXONYMS or any(is_spelling_variant(k, nk) for nk in keys):
            out.append(a)
    return dedupe(EXTRA_CITY_NAMES.get(c["id"], []) + out, exclude=[c["name"], c["ascii"]])


# Countries whose whole-degree Factbook point lies far from the point news geoparsing uses: the United
# States' is (38, -97) in Kansas/Oklahoma; the usual point is the geographic centre of the contiguous
# United States near Lebanon, Kansas (39.83 N, 98.58 W), which GeoNames' own country point (39.76, -98.5) is.
COUNTRY_CENTRE_FIXES = {"US": ("39.83", "-98.58")}


def country_centre(m):
    """A country's representative point: mledoze's "latlng" (the CIA World Factbook geographic centre,
    whole degrees for most countries). Geoparsing gold standards give countries such a central point
    (GeoNames' country feature, Wikipedia's coordinates), not the capital or the largest city."""
    if m.get("cca2") in COUNTRY_CENTRE_FIXES:
        return COUNTRY_CENTRE_FIXES[m["cca2"]]
    parts = [x.strip() for x in (m.get("latlng") or "").split(",")]
    if len(parts) != 2 or not all(re.fullmatch(r"-?\d+(\.\d+)?", x) for x in parts):
        return "", ""
    return fmt_coord(parts[0]), fmt_coord(parts[1])


def bbox_centre(places):
    """The middle of the latitude and longitude ranges of some places, taking the shorter way round the
    antimeridian. For a first-level region it lies closer to the region's own GeoNames point than the
    (population-)mean of its towns, which the biggest city pulls towards itself."""
    lats = [float(p["lat"]) for p in places]
    lons = [float(p["lon"]) for p in places]
    if max(lons) - min(lons) > 180:
        lons = [x + 360 if x < 0 else x for x in lons]
    lon = (min(lons) + max(lons)) / 2
    lon = lon - 360 if lon > 180 else lon
    return fmt_coord((min(lats) + max(lats)) / 2), fmt_coord(lon)


def distance_km(lat1, lon1, lat2, lon2):
    import math
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(a)))


def build_regions(ref, cities):
    """First-level administrative regions (states, provinces), continents and the regions news names (NEWS_REGIONS). A region's admin1 code is
    that of the cities15000 town nearest to each Natural Earth place carrying the region's name (within
    30 km; majority vote); its point is the centre of the bounding box of its towns and of the Natural
    Earth places that name it as their region; its population the sum of its towns'. US states, the UK nations and the Palestinian territories come from
    the hand lists above."""
    with open(os.path.join(ref, "naturalearth-50m-populated-places.json"), encoding="utf-8") as f:
        ne = [feat["properties"] for feat in json.load(f)["features"]]
    by_cc = {}
    for c in cities:
        by_cc.setdefault(c["cc"], []).append(c)
    votes = {}
    for p in ne:
        cc, name = p.get("ISO_A2"), clean(p.get("ADM1NAME") or "")
        if not name or cc in ("US", "GB") or cc not in by_cc:
            continue
        d, code = min((distance_km(p["LATITUDE"], p["LONGITUDE"], float(c["lat"]), float(c["lon"])), c["admin1"])
                      for c in by_cc[cc])
        if d <= 30 and code:
            votes.setdefault((cc, code), {}).setdefault(name, 0)
            votes[(cc, code)][name] += 1
    named = {}
    for (cc, code), names in votes.items():
        name = sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        named[(cc, code)] = (name, EXTRA_REGION_NAMES.get((cc, name), []))
    # a name claimed by two codes of one country is a city or county name, not a region's
    claims = {}
    for (cc, code), (name, _) in named.items():
        claims.setdefault((cc, norm_key(name)), []).append(code)
    named = {k: v for k, v in named.items() if len(claims[(k[0], norm_key(v[0]))]) == 1}
    for code, v in US_STATES.items():
        named[("US", code)] = v
    for code, v in GB_NATIONS.items():
        named[("GB", code)] = v
    for code, v in PS_TERRITORIES.items():
        named[("PS", code)] = v
    towns = {}
    for c in cities:
        towns.setdefault((c["cc"], c["admin1"]), []).append(c)
    # Natural Earth's places by the region name it gives them: they include remote small towns
    # (northern Ontario, Alberta) that cities15000 lacks, so the region's extent is nearer its real one.
    ne_places = {}
    for p in ne:
        ne_places.setdefault((p.get("ISO_A2"), clean(p.get("ADM1NAME") or "")), []).append(
            {"lat": p["LATITUDE"], "lon": p["LONGITUDE"]})
    rows = []
    for (cc, code), (name, alts) in sorted(named.items()):
        ts = towns.get((cc, code))
        if not ts:
            continue
        lat, lon = bbox_centre(ts + ne_places.get((cc, name), []))
        rows.append(("", name, "|".join(dedupe(alts, exclude=[name])), cc, code, lat, lon, "ADM1",
                     sum(t["pop"] for t in ts)))
    for gid, name, alts, lat, lon in CONTINENTS:
        rows.append((gid, name, "|".join(alts), "", "", fmt_coord(lat), fmt_coord(lon), "CONT", 0))
    for name, alts, cc, lat, lon in NEWS_REGIONS:
        rows.append(("", name, "|".join(alts), cc, "", fmt_coord(lat), fmt_coord(lon), "RGN", 0))
    return rows


def build_organisations(ref):
    with open(os.path.join(ref, "supraverden-organisations.yaml"), encoding="utf-8") as f:
        entries = parse_yaml_mappings(f.read())
    rows = []
    for key, e in entries:
        def s(field):
            v = e.get(field)
            return clean(v) if isinstance(v, str) else ""
        qid = s("Wikidata_code")
        qid = qid if re.fullmatch(r"Q\d+", qid) else ""
        name = s("Name_en") or key
        abbr = [s(f) for f in ("Abbreviation_en", "Abbreviation_other_en", "Abbreviation_other_2_en")]
        other = [s(f) for f in sorted(e) if re.fullmatch(r"Name_other(_\d+)?_en", f)]
        rows.append({"qid": qid, "name": name, "abbr": abbr, "other": other, "primary_abbr": s("Abbreviation_en")})
    for qid, name, abbr, other in EXTRA_ORGANISATIONS:
        rows.append({"qid": qid, "name": name, "abbr": abbr, "other": other, "primary_abbr": abbr[0] if abbr else ""})
    for r in rows:
        ea, eo = EXTRA_ORG_FORMS.get(r["qid"], ([], []))
        r["abbr"] = r["abbr"] + ea
        r["other"] = r["other"] + eo + spelling_variants([r["name"]] + r["other"])

    claim = {}
    for pos, r in enumerate(rows):
        for f in [r["name"]] + r["other"] + r["abbr"]:
            k = norm_key(f)
            if not k:
                continue
            prio = (0 if PREFERRED_ORG_FOR.get(f) == r["qid"] else 1, 0 if f in (r["name"], r["primary_abbr"]) else 1, pos)
            if k not in claim or prio < claim[k][0]:
                claim[k] = (prio, pos)
    out = []
    for pos, r in enumerate(rows):
        def keep(f):
            return f and clean(f).lower() not in BLOCKED_ORG_FORMS and claim.get(norm_key(f), (None, -1))[1] == pos
        abbr = [a for a in dedupe(r["abbr"]) if keep(a)]
        # "U.N." and "UN" share a key; both spellings are kept for display, the key is the same.
        abbr = dedupe_exact(r["abbr"], abbr)
        other = [o for o in dedupe(r["other"], exclude=[r["name"]] + abbr) if keep(o)]
        out.append((r["qid"], r["name"], abbr, other))
    return out


def dedupe_exact(all_forms, kept):
    keys = {norm_key(k) for k in kept}
    res = []
    for a in all_forms:
        a = clean(a)
        if a and norm_key(a) in keys and a not in res:
            res.append(a)
    return res


def spelling_variants(names):
    out = []
    for n in names:
        if "Organisation" in n:
            out.append(n.replace("Organisation", "Organization"))
        if "Organization" in n:
            out.append(n.replace("Organization", "Organisation"))
        if "Programme" in n:
            out.append(n.replace("Programme", "Program"))
        if "Defence" in n:
            out.append(n.replace("Defence", "Defense"))
        # "UN Security Council", "EU Council": news writes the parent's abbreviation
        for full, abbr in (("United Nations ", "UN "), ("European Union ", "EU ")):
            if n.startswith(full):
                out.append(abbr + n[len(full):])
    return out

# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", default=DEFAULT_REF)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    ref, out = args.reference, args.out
    os.makedirs(out, exist_ok=True)

    cities = read_cities(ref)
    countries = build_countries(ref, cities)
    write_tsv(os.path.join(out, "countries.tsv"),
              ["iso2", "iso3", "qid", "geonames", "name", "alt_names", "demonyms", "capital", "capital_geonames",
               "capital_lat", "capital_lon", "capital_qid", "population", "lat", "lon"],
              [(c["iso2"], c["iso3"], c["qid"], c["geonameid"], c["name"], "|".join(c["alts"]), "|".join(c["dem"]),
                c["cap"][0], c["cap"][1], c["cap"][2], c["cap"][3], c["cap"][4], c["pop"], c["centre"][0],
                c["centre"][1]) for c in countries])

    write_tsv(os.path.join(out, "regions.tsv"),
              ["geonames", "name", "alt_names", "country", "admin1", "lat", "lon", "feature_code", "population"],
              build_regions(ref, cities))

    write_tsv(os.path.join(out, "cities.tsv"),
              ["geonames", "name", "ascii_name", "alt_names", "lat", "lon", "country", "admin1", "feature_code",
               "population"],
              [(c["id"], clean(c["name"]), clean(c["ascii"]), "|".join(city_alt_names(c)), fmt_coord(c["lat"]),
                fmt_coord(c["lon"]), c["cc"], c["admin1"], c["fcode"], c["pop"]) for c in cities])

    orgs = build_organisations(ref)
    write_tsv(os.path.join(out, "organisations.tsv"), ["qid", "name", "abbreviations", "other_names"],
              [(q, n, "|".join(a), "|".join(o)) for q, n, a, o in orgs])

    write_tsv(os.path.join(out, "titles.tsv"), ["label", "capitalised_only", "forms"],
              [(label, "1" if cap else "0", "|".join(dedupe(forms))) for label, cap, forms in TITLES])

    ambiguous = sorted({w for w in (AMBIGUOUS_CITY_NAMES + FREQUENT_WORD_CITY_NAMES + GIVEN_NAME_CITY_NAMES).split()
                        if w not in NOT_AMBIGUOUS})
    with open(os.path.join(out, "ambiguous-city-names.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# City names that are common English words or given names; matched only with evidence.\n")
        for w in ambiguous:
            f.write(w + "\n")

    with open(os.path.join(out, "not-city-names.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Names of regions that some town also bears; never read as a city by the gazetteer.\n")
        for w in sorted(set(NOT_CITY_NAMES.split())):
            f.write(w + "\n")

    for fn in sorted(os.listdir(out)):
        print("%-28s %9d bytes" % (fn, os.path.getsize(os.path.join(out, fn))), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
