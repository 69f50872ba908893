"""Words and names that mark bodies, for the evidence of `claimcheck._attribution_kinds`.

Public bodies and companies known by one word, the last words of companies' and clubs'
names, the letters that open clubs' names, and words of other languages for parties and
unions: each weighs for a body when a name holds it.
"""

from __future__ import annotations

__all__ = ["CLUB_PREFIXES", "COMPANY_TAILS", "FOREIGN_BODY_WORDS", "KNOWN_BODIES"]

KNOWN_BODIES = frozenset(
    {
        # statistics offices
        "eurostat", "destatis", "insee", "istat", "rosstat", "belstat", "ukrstat", "turkstat",
        # pollsters and market researchers
        "gallup", "ipsos", "yougov", "kantar", "nielsen", "savanta", "opinium", "infratest",
        # agencies of the EU, the UN and police cooperation
        "frontex", "europol", "eurojust", "eurocontrol", "interpol", "unicef", "unesco",
        "unrwa", "unaids", "unctad", "unhcr", "unodc", "unep", "ocha", "iaea", "opcw",
        # regulators
        "ofgem", "ofcom", "ofsted", "ofwat", "roskomnadzor", "bafin", "sebi",
        # rating agencies and non-governmental organisations
        "moody's", "fitch", "oxfam", "greenpeace", "caritas", "memorial", "sipri", "amnesty",
        "save the children", "human rights watch", "transparency international",
        # armed and political movements known by one name
        "hamas", "hezbollah", "houthis", "taliban", "al-shabab", "boko haram", "wagner",
        "islamic state", "isis", "fatah", "sinn féin", "sinn fein",
        # companies of world news that the company list lacks
        "petrobras", "pemex", "volkswagen", "toyota", "aeroflot", "ryanair", "foxconn",
        # mining and farm-commodity companies and boards of world news
        "barrick", "newmont", "glencore", "sibanye-stillwater", "anglogold", "zijin", "cmoc",
        "gécamines", "gecamines", "ivanhoe", "alrosa", "cargill", "bunge", "olam", "wilmar",
        "cocobod", "conab", "embrapa",
        # national oil, gas, mining and power companies
        "sonatrach", "aramco", "eskom", "petronas", "pertamina", "sonangol", "codelco",
        "ecopetrol", "equinor", "rosneft", "rosatom", "naftogaz", "adnoc", "nnpc",
    }
)
"""Public bodies and companies known in news by one word that reads like a surname ("Gallup
said", "Fitch said", "Frontex said"): the evidence of "known body". Kept to names common in
world news whose readers take the word for the body, not a person of that name."""

COMPANY_TAILS = frozenset(
    {"mines", "mining", "motors", "energy", "holdings", "airlines", "airways", "pharma",
     "pharmaceuticals", "foods", "steel", "industries", "resources", "petroleum", "oil",
     "chemicals", "telecom", "logistics", "capital", "partners", "insurance", "brewery",
     "shipping", "electric", "semiconductor", "minerals", "metals", "cement", "textiles",
     "power", "ports", "railway", "grid", "telecoms", "water", "gas", "rail", "airport",
     "utilities", "transport", "wanderers", "rovers", "athletic", "albion", "hotspur",
     "united", "palace", "fc", "afc", "health", "healthcare", "dynamics", "mills", "systems",
     "technologies", "financial"}
)
"""Last words of the names of companies and clubs: "Ivanhoe Mines", "Tata Motors", "Adani
Energy", "Bristol Rovers", "Cardinal Health" (after a word that is a title elsewhere)."""

CLUB_PREFIXES = frozenset(
    {"AS", "AC", "FC", "SC", "CF", "SV", "RC", "SS", "AFC", "VfB", "VfL", "RB", "CD", "SL"}
)
"""Letters that open the names of sports clubs: "AS Roma", "FC Porto", "VfB Stuttgart"."""

FOREIGN_BODY_WORDS = frozenset(
    {"plataforma", "frente", "partido", "movimiento", "unión", "front", "parti", "partito",
     "partei", "rassemblement", "bloc", "alianza", "coalición", "fronte", "movimento",
     "vereinigung", "verband", "gewerkschaft", "bund", "verein", "stiftung", "gesellschaft",
     "syndicat", "sindicato", "federación", "fédération", "confédération", "asociación",
     "associação", "sindacato", "vereniging", "bond", "förbund", "forbund",
     # councils, banks, boards, ministries and companies
     "conseil", "consejo", "conselho", "consiglio", "banco", "banque", "banca", "comisión",
     "comissão", "commissione", "kommission", "comité", "comitato", "société", "compagnie",
     "compañía", "companhia", "empresa", "instituto", "institut", "ministerio", "ministère",
     "ministério", "ministero", "ministerium", "caisse", "agence", "agencia", "agência",
     "autorité", "autoridad", "secretaría", "superintendencia", "bundesamt", "bundesanstalt"}
)
"""Words of other languages for parties, fronts, unions, councils, banks and ministries:
"Plataforma Unitaria", "Parti Socialiste", "Vereinigung Cockpit", "Banco Central"."""
