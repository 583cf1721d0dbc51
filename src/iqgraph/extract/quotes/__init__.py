"""Quotes: the passages in quotation marks and the person who says each.

"„Anerkennung öffnet Türen“, sagte Petra Beispiel": one quote, its speaker Petra Beispiel.
"""
