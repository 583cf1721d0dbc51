"""Plain text: furniture blanked, wrapped lines joined, sentences, dates, the morphology of German words, and
the spans every later stage reads.

"Der Fachtag findet am 6. Mai 2025 in Musterstadt statt. Anmeldung bis 30. April." is two sentences with two
dates; "des Netzwerks Musterland" has the nominative "Netzwerk Musterland".
"""
