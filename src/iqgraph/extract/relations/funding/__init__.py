"""Funding: who pays for a network, project or programme, by verb, noun, money or payer.

"Das Projekt X wird vom Bundesministerium für Arbeit und Soziales mit 50.000 Euro gefördert": X fundedBy the
ministry.
"""
