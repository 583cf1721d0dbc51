"""Words that tie one body to another: who carries, funds or belongs to a project, network or alliance."""

from __future__ import annotations

# Finite verbs whose subject carries what they govern ("Die X gGmbH koordiniert das IQ Netzwerk Y", "… trägt
# das Projekt Z").
CARRYING_VERBS = (
    "koordiniert",
    "koordinierte",
    "koordinieren",
    "trägt",
    "trug",
    "tragen",
    "betreibt",
    "betrieb",
    "betreiben",
)

# Separable verbs of carrying and the particle that closes their clause ("Die X setzt das Projekt Y um", "…
# führt das Projekt Y durch").
CARRYING_SEPARABLE_VERBS: dict[str, str] = {
    "setzt": "um",
    "setzte": "um",
    "setzen": "um",
    "führt": "durch",
    "führte": "durch",
    "führen": "durch",
}

# Participles of a passive of carrying, its carrier after "von/vom/durch/bei" ("Das Projekt wird von der X
# durchgeführt", "… ist bei der Y angesiedelt").
CARRYING_PARTICIPLES = (
    "angesiedelt",
    "koordiniert",
    "getragen",
    "durchgeführt",
    "umgesetzt",
    "betrieben",
    "angeboten",
)

# Role nouns of a copula naming the carrier ("Projektträger ist die X", "Träger sind A und B").
CARRIER_NOUNS = ("Projektträger", "Hauptträger", "Träger")

# Role nouns of a copula naming who pays ("Förderer des Projekts ist das Land", "Geldgeber sind A und B").
FUNDER_NOUNS = ("Förderer", "Fördermittelgeber", "Zuwendungsgeber", "Geldgeber", "Mittelgeber")

# Nouns of belonging to a network or alliance ("Die X e.V. ist Mitglied im Bündnis Y", "… Partner des
# IQ Netzwerks Z").
MEMBER_NOUNS = ("Mitglied", "Partner", "Kooperationspartner", "Netzwerkpartner", "Bündnispartner")
