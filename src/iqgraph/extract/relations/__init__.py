"""Ties between the units a sentence names: who funds, hosts, coordinates or belongs to whom, where a unit
sits, who leads it, and what a pronoun or a short name stands for.

"Das Projekt X wird vom Land Musterland gefördert und ist beim Verein Y angesiedelt" gives X fundedBy the Land
and X hostedBy Y.
"""
