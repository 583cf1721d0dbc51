"""Release files: which files the inputs name, and why a path cannot be read as a release.

Folders are searched recursively for the suffixes in FORMATS, hidden files and folders and the build's own
output folder left out; e.g. `discover(["releases/", "extra.txt"], skip=Path("releases/out"))` gives
releases/2017/a.txt, releases/b.html and extra.txt, sorted by path, each real file once.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from ..errors import InputError

RELEASE_SUFFIXES = (".htm", ".html", ".markdown", ".md", ".txt")

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def discover(inputs: Sequence[Path | str], skip: Path | None = None) -> list[Path]:
    """The release files named by `inputs`: files as given, folders searched recursively, except the folder
    `skip` (a build's output folder inside its input folder: its page must not be read as a release).

    Sorted by posix path, each file once (by real path). Hidden files and folders are skipped inside
    folders; a file named explicitly is taken whatever its suffix, so reading it reports what is wrong.
    A path that cannot be a release (a link to nothing or to itself, a FIFO or device, a folder that cannot
    be listed) is kept too: reading it fails that one path with the reason (`not_a_release_file`), and the
    other releases build.
    """
    if not inputs:
        raise InputError("no input files or folders given: name release files or folders holding them")
    skipped = os.path.realpath(skip) if skip is not None else None
    paths = sorted(
        (path for item in inputs for path in _expand(Path(item), skipped)), key=lambda p: p.as_posix()
    )
    found: dict[str, Path] = {}
    for path in paths:
        found.setdefault(
            os.path.realpath(path), path
        )  # realpath, unlike Path.resolve, never raises on a loop
    return list(found.values())


def _expand(path: Path, skip: str | None) -> list[Path]:
    if os.path.isdir(path):
        files = _release_files(path, skip)
        if not files:
            suffixes = ", ".join(RELEASE_SUFFIXES)
            raise InputError(f"{path}: no release files ({suffixes}) in this folder or below")
        return files
    try:
        os.lstat(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or folder; check the path") from None
    except OSError:
        pass  # e.g. in a folder we may not enter: reading it fails with the reason
    return [path]


def _release_files(folder: Path, skip: str | None = None) -> list[Path]:
    """Release files below `folder`, following folder links but entering each real folder once; a folder
    that cannot be listed is returned itself, so that it is reported rather than silently skipped."""
    files: list[Path] = []
    unlisted: list[Path] = []
    seen: set[str] = set()
    walk = os.walk(folder, followlinks=True, onerror=lambda exc: unlisted.append(Path(exc.filename)))
    for directory, subdirs, names in walk:
        real = os.path.realpath(directory)
        if real == skip:
            subdirs[:] = []
            continue
        subdirs[:] = [] if real in seen else sorted(d for d in subdirs if not d.startswith("."))
        if real not in seen:
            files += [Path(directory, n) for n in names if _is_release_name(n)]
        seen.add(real)
    return files + unlisted


def not_a_release_file(path: Path) -> str | None:
    """Why `path` cannot be read as a release file, or None for a regular file (found without opening it:
    opening a FIFO would wait for a writer forever)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return _unreachable(path, exc)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        try:
            os.listdir(path)
        except OSError as exc:
            return f"a folder that cannot be listed ({exc.strerror}); its releases were not read"
        return "a folder, not a release file"
    kind = (
        "a FIFO (named pipe)"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
    )
    return f"not a regular file but {kind}"


def _unreachable(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a symbolic link that leads back to itself"
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return f"a symbolic link to {os.readlink(path)}, which does not exist"
    return f"cannot be read ({exc.strerror or exc}); check it is a readable file"


def _is_release_name(name: str) -> bool:
    return not name.startswith(".") and Path(name).suffix.lower() in FORMATS
