"""Release keys: the stable slug naming a release, from its path only (never its text).

E.g. "2017/Pressemitteilung Fachtag Kiel.txt" below the corpus folder -> "2017--pressemitteilung-fachtag-kiel".
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

KEY_LENGTH = 80
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def release_key(path: Path, root: Path | None = None) -> str:
    """A stable slug naming the release: its file stem, after its folders below `root` joined by "--".

    Only the path counts, never the text: editing a release keeps its IRIs. "--" cannot occur inside a
    slug, so "a/b.txt" ("a--b") and "a-b.txt" ("a-b") stay apart.
    """
    return "--".join(_part_slug(part) for part in [*_folders_below(path, root), Path(path).stem])


def _folders_below(path: Path, root: Path | None) -> tuple[str, ...]:
    if root is None:
        return ()
    try:  # the path as the user reached it: a link to a file elsewhere must not change every key
        return Path(os.path.abspath(path)).parent.relative_to(os.path.abspath(root)).parts
    except ValueError:
        return ()


def _part_slug(name: str) -> str:
    slug = _slug(name)
    if not slug:
        return "release-" + hashlib.sha256(name.encode()).hexdigest()[:8]
    if len(slug) <= KEY_LENGTH:
        return slug
    return slug[: KEY_LENGTH - 9].rstrip("-") + "-" + hashlib.sha256(slug.encode()).hexdigest()[:8]


def _slug(name: str) -> str:
    text = unicodedata.normalize("NFC", name).lower().translate(_TRANSLITERATION)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
