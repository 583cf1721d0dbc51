"""Ingest stage: finding, decoding and reading releases (files and HTML pages), the worker processes that
read and extract them, and the cache of extractions kept in a build folder."""
