"""Hosting and coordination: which body carries or coordinates a network, project or office.

"Die Koordination des IQ Netzwerks Musterland liegt bei der Beispiel gGmbH": the network hostedBy the gGmbH.
"""
