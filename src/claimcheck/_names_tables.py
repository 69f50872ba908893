# ruff: noqa: RUF001, RUF003
"""Tables for `claimcheck.names`: look-alike letters, transliteration, spelling rules, titles.

Kept apart from the logic so that the tables can be read (and extended) on their own.
"""

from __future__ import annotations

import re

__all__: list[str] = []

# Letters of other scripts that look like Latin ones, used when a word mixes them with Latin
# letters (a typing slip or a deliberate disguise): "Zеlensky" with a Cyrillic "е".
LOOKALIKES: dict[str, str] = {
    # Cyrillic, upper case
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D",
    "Ԛ": "Q", "Ԝ": "W", "Ү": "Y", "Һ": "H", "Ӏ": "I",
    # Cyrillic, lower case
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i",
    "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ү": "y", "һ": "h", "ӏ": "l",
    "к": "k", "ї": "i",
    # Greek, upper case
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Greek, lower case
    "α": "a", "ο": "o", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ε": "e",
}

# Cyrillic to Latin, a plain scheme close to the BGN/PCGN and Ukrainian national ones; the
# folding rules below absorb the differences between the schemes.
CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "u", "ј": "j", "љ": "lj",
    "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
}

# Latin letters that Unicode does not decompose into a base letter and a mark (lower case).
UNDECOMPOSED: dict[str, str] = {
    "ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ħ": "h", "ŀ": "l",
}

# Apostrophes vanish inside a word ("O'Brien", Ukrainian "Mar'iana"); other punctuation splits.
APOSTROPHES = "'’ʼ‘`´ʹ"

Rule = tuple[re.Pattern[str], str]

# Doubled letters written once: Zelenskyy / Zelensky, Connolly / Conolly. Folding applies it;
# telling a misspelling from a variant ("Conolly" from "Connolly") compares without it.
DOUBLED_LETTERS: Rule = (re.compile(r"(.)\1+"), r"\1")

# Spelling rules applied to each folded word, in order. They map the common transliteration
# variants of Ukrainian and Russian names (and French renderings) onto one key.
WORD_RULES: tuple[Rule, ...] = (
    (re.compile(r"x"), "ks"),  # Olexandr / Oleksandr
    (re.compile(r"tch"), "ch"),  # French Tchernihiv / Chernihiv
    (re.compile(r"sch"), "sh"),  # German Schmyhal / Shmyhal
    (re.compile(r"g"), "h"),  # Russian g / Ukrainian h: Sybiga / Sybiha
    (re.compile(r"kh"), "h"),  # Mykhailo / Myhailo, Kharkiv / Harkiv
    (re.compile(r"ch"), "sh"),  # French Orechnik / Oreshnik
    (re.compile(r"y"), "i"),  # Ukrainian y / Russian i: Dmytro / Dmitro
    (re.compile(r"(?<=..)j$"), "i"),  # Andrij / Andrii
    DOUBLED_LETTERS,
    (re.compile(r"(?<=...)ei$"), "i"),  # Andrey / Andrii, Sergey / Sergei
)

# The rules that keep doubled letters, except the "ii" that the endings "-yy", "-iy" and "-ii"
# become (Zelenskyy / Zelensky, Andrii / Andriy): those are transliteration, not spelling.
LETTER_RULES: tuple[Rule, ...] = (
    *(rule for rule in WORD_RULES if rule is not DOUBLED_LETTERS),
    (re.compile(r"i{2,}"), "i"),
)

# Words that come before a name without being part of it: honorifics, offices, qualifiers.
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss dr prof professor sir dame lord lady madam monsieur mme herr frau the
    president vice prime minister secretary general deputy chancellor ambassador envoy
    congressman congresswoman senator representative rep sen gov governor mayor chief
    commander spokesman spokeswoman spokesperson foreign defence defense state interior
    finance acting former then incoming outgoing head leader chair chairman chairwoman king
    queen prince princess pope general colonel lieutenant major captain admiral marshal
    sheikh sheikha sayyid emir sultan crown
    minister-president premier director commissioner high us u s uk eu un nato american
    british french german dutch polish italian spanish european russian ukrainian chinese
    turkish hungarian israeli iranian estonian latvian lithuanian finnish swedish norwegian
    danish romanian portuguese canadian japanese belgian czech slovak austrian swiss greek
    georgian belarusian moldovan bulgarian croatian serbian slovenian elect designate
    economist analyst detective inspector superintendent sergeant constable brigadier
    archbishop bishop cardinal reverend pastor imam rabbi
    """.split()  # noqa: SIM905
)

# Tokens after a name that are not part of it: generational suffixes.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Lower-case words that begin the surname ("von der Leyen", "de Gaulle").
SURNAME_PARTICLES = frozenset(
    {
        "von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "bin",
        "bint", "ibn", "dela", "dos", "das",
    }
)
