"""Organisation names no gazetteer knows, read by their grammar: words before a head, the head, its
complements, a legal form, a short form in brackets; bodies of government and names in a style of their own.

"Bildungswerk der Musterländischen Wirtschaft (BW) gGmbH" is one organisation, its short form "BW".
"""
