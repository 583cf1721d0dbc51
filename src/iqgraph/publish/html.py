"""What every page of the site shares: the templates, the style, the Content-Security-Policy, relative links.

Pages are rendered by Jinja with autoescaping on, so text from releases (labels, titles, sentences,
quotes) is always escaped. Each page is self-contained: its style is inlined and allowed by hash, the one
script (the index's search) likewise, and the policy forbids every other request (`default-src 'none'`),
so a page loads nothing but itself. Links between pages are relative, so the folder works under any
host path, and on disk.
"""

from __future__ import annotations

import base64
import hashlib
import posixpath
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from ..network.view import script_json

_TEMPLATES = resources.files("iqgraph.publish").joinpath("templates")


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: _TEMPLATES.joinpath(name).read_text(encoding="utf-8")),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["json"] = lambda value: Markup(script_json(value))
    return env


@cache
def _asset(name: str) -> str:
    return _TEMPLATES.joinpath(name).read_text(encoding="utf-8")


def render(template: str, here: str, **context: Any) -> str:
    """The page `template` for the site path `here` (e.g. `id/person/x.html`)."""
    style = _asset("site.css")
    script = _asset(context.pop("script")) if "script" in context else None
    return (
        _environment()
        .get_template(template)
        .render(
            style=Markup(style),
            script=Markup(script) if script else None,
            csp=content_security_policy(style, script),
            root=relative(here, "index.html"),
            link=lambda target: relative(here, target),
            **context,
        )
    )


def content_security_policy(style: str, script: str | None) -> str:
    """Nothing but the page itself: its style and script allowed by hash, no request of any kind."""
    scripts = f"script-src {_hash(script)}; " if script else ""
    return (
        f"default-src 'none'; style-src {_hash(style)}; {scripts}img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def _hash(text: str) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(text.encode('utf-8')).digest()).decode()}'"


def relative(here: str, target: str) -> str:
    """The link from the page at site path `here` to the site path `target`."""
    return posixpath.relpath(target, posixpath.dirname(here) or ".")
