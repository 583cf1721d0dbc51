"""Names: which stretches of a release name an organisation, a person, a project, a network or a place,
the mentions each later stage reads.

"Petra Beispiel vom Verein Brückenbau e. V. stellte im IQ Netzwerk Musterland das Projekt „Wege in Arbeit“ vor"
names a person, an organisation, a state network and a subproject; the gazetteer knows the reference names,
the grammars in persons/, organisations/ and projects/ read the others.
"""
