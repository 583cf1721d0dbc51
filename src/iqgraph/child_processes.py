"""Children that do not outlive their parent: a forked dump writer, the Oxigraph server of `serve`."""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with(parent: int, sig: int = signal.SIGKILL) -> None:
    """Called in a child: have the kernel send it `sig` when `parent` dies (Linux's PR_SET_PDEATHSIG).

    A dump writer that outlived a killed build went on writing into the folder the next build had started
    to write, and a `serve` stopped with SIGKILL left its Oxigraph server answering on the port. Elsewhere
    than on Linux this does nothing.
    """
    if sys.platform != "linux":
        return
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, sig)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)
