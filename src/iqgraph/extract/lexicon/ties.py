"""Words that tie one body to another: who carries, funds or belongs to a project, network or alliance."""

from __future__ import annotations

# Nouns of belonging to a network or alliance ("Die X e.V. ist Mitglied im Bündnis Y", "… Partner des
# IQ Netzwerks Z").
MEMBER_NOUNS = ("Mitglied", "Partner", "Kooperationspartner", "Netzwerkpartner", "Bündnispartner")
