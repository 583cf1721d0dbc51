"""The exceptions iqgraph raises, one tree so callers can catch the base once.

    IqgraphError
    ├── ReleaseError            one input release cannot be read (the build goes on without it)
    │   ├── EmptyReleaseError       the file is empty or only white space
    │   ├── NotTextError            the file is binary (NUL bytes, an image, a PDF …)
    │   ├── UndecodableError        no text encoding we support decodes it
    │   ├── TooLargeError           the file is over the configured size limit
    │   └── NoContentError          decoded, but holds no recognisable release text
    ├── InputError              the inputs named do not exist or hold no release at all
    ├── ReferenceDataError      data/reference.ttl (or a replacement) is missing or malformed
    ├── ResourceNotFoundError   an ontology, shapes or query file cannot be found
    ├── ShapesError             the shapes or ontology cannot be parsed, or pySHACL cannot run them
    ├── QueryError              a query cannot run: bad SPARQL, an update, a store or endpoint error
    │   ├── QueryNotFoundError      no named query or query file of that name
    │   └── ParameterError          a parameter the query does not declare
    ├── PushError               a graph could not be uploaded (`report` says which were replaced before)
    ├── ServerError             the Oxigraph server cannot be found or does not start
    ├── NetworkFilterError      a view/stats/export filter names no node, an unknown type or a bad date
    ├── PictureError            Graphviz (`dot`) is missing or cannot draw a network picture
    ├── WorkerStartError        `build(jobs>1)` cannot start its workers (a script without the __main__ guard)
    ├── OutputError             the output folder cannot be written
    └── PublishError            `publish` cannot read its build folder or config, or would overwrite a folder
                                that is not a site it wrote

Every message names the file and the problem, and says what to do where there is something to do.
"""

from __future__ import annotations

from pathlib import Path


class IqgraphError(Exception):
    """Base of every error iqgraph raises on purpose."""


class ReleaseError(IqgraphError):
    """One release could not be read; `path` names it and `reason` says why."""

    kind = "unreadable"

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class EmptyReleaseError(ReleaseError):
    kind = "empty"


class NotAFileError(ReleaseError):
    """A link to nothing or to itself, a FIFO, a device, a folder that cannot be listed."""

    kind = "not-a-file"


class NotTextError(ReleaseError):
    kind = "not-text"


class UndecodableError(ReleaseError):
    kind = "undecodable"


class TooLargeError(ReleaseError):
    kind = "too-large"


class NoContentError(ReleaseError):
    kind = "no-content"


class InputError(IqgraphError):
    """The inputs named on the command line or in the API call cannot be used."""


class ReferenceDataError(IqgraphError):
    """The reference data file is missing or malformed."""


class ResourceNotFoundError(IqgraphError):
    """A file shipped with iqgraph (ontology, shapes, queries) cannot be found."""


class ShapesError(IqgraphError):
    """The shapes or ontology file cannot be parsed, or pySHACL cannot run them."""


class QueryError(IqgraphError):
    """A query cannot run: bad syntax, an update on a read-only target, a store or endpoint error."""


class QueryNotFoundError(QueryError):
    """No named query or query file of that name."""


class ParameterError(QueryError):
    """A parameter the query does not declare, or a value that cannot be bound."""


class PushError(IqgraphError):
    """A graph could not be pushed; `report` says which graphs were replaced before it."""

    def __init__(self, message: str, report: object | None = None) -> None:
        super().__init__(message)
        self.report = report


class ServerError(IqgraphError):
    """The Oxigraph server cannot be found or does not start."""


class NetworkFilterError(IqgraphError):
    """A --focus, --types, --since or --until value that cannot be applied to the network."""


class PictureError(IqgraphError):
    """A network picture cannot be drawn: Graphviz's `dot` is missing, fails or takes too long."""


class OutputError(IqgraphError):
    """The output folder cannot be created or written."""


class WorkerStartError(IqgraphError):
    """Worker processes for `build(jobs>1)` cannot start; the message says what to change."""


class PublishError(IqgraphError):
    """`publish`: no build to read, a config key or value it does not know, a target that is not its site."""
