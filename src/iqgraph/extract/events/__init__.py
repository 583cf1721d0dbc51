"""Events a release reports: their nouns and names, days, places, organisers, speakers and sessions.

"Am 6. Mai lädt der Verein X zum Fachtag „Anerkennung gestalten“ in die Musterhalle Musterstadt ein": one
event, its day, venue and organiser.
"""
