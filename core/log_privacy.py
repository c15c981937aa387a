"""Secrets never reach a log, at any level: the one-time enrollment code, device tokens, PINs.

Our own log lines name devices and codes' stores, never the secrets. The websockets library, at DEBUG,
logs every frame with its first and last bytes, which show the enrollment code (``enroll``), a
device's token (``hello``, ``enrolled``, ``code_request``) and a new code (``enroll_code``): the filter
below keeps each frame's kind and size and drops its content.
"""

from __future__ import annotations

import logging


def _is_frame(value: object) -> bool:
    return hasattr(value, "opcode") and hasattr(value, "data") and hasattr(value, "fin")


def _shown(frame: object) -> str:
    opcode = getattr(frame, "opcode", None)
    return f"{getattr(opcode, 'name', opcode)} [{len(getattr(frame, 'data', b''))} bytes]"


class FrameContentHidden(logging.Filter):
    """Replaces a websockets frame logged as an argument by its kind and size."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(_is_frame(a) for a in args):
            record.args = tuple(_shown(a) if _is_frame(a) else a for a in args)
        return True


def hide_frame_contents(*logger_names: str) -> None:
    """Install the filter on these loggers (``websockets.server``, ``websockets.client``), once."""
    for name in logger_names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, FrameContentHidden) for f in logger.filters):
            logger.addFilter(FrameContentHidden())
