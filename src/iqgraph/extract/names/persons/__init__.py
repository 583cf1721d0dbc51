"""Personal names: given names, titles and particles, the context that says a name is a person's, a
family name met again alone.

"Dr. Petra Beispiel", later "Frau Beispiel", is one person; "Karl Muster, Leiter der Stelle" is one by context.
"""
