"""Counts a release states and what each is about: the number phrase, its clause, and its owner.

"Das Netzwerk Musterland hat 2024 rund 1.200 Menschen beraten": a count of 1,200 Menschen, the network's.
"""
