"""Roles: the posts persons hold and the body each post is of, named by a title, a list, a pronoun, the
context or an office noun.

"Petra Beispiel, Leiterin der Servicestelle X" is the Leiterin of X; "Karl Muster übernimmt die Schirmherrschaft
für das Projekt Y" its Schirmherr.
"""
