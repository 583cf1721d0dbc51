"""Names of projects, subprojects and programmes: quoted, listed, numbered, with a short form, or bare.

"das Teilprojekt BCM – Beispiel Chancen Musterstadt" and "die Beratungsstelle „Wege in Arbeit“" are two
subprojects; "das Förderprogramm „Neue Wege“" is a programme.
"""
