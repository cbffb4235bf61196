"""Fault injection: which failure to answer a request with, chosen by the ``x-emulator-fault``
request header or by the emulator's ``fault`` setting (the header wins).

A fault is ``KIND[;NAME=VALUE]...``:

=================  ===========================================================================
``429``            rate limited: ``retry-after`` (seconds) and ``retry-after-ms`` headers;
                   ``retry-after-ms=N`` sets the delay (default 1000), ``retry-after=none``
                   sends only ``retry-after-ms`` (as some Azure deployments do)
``400``...``599``  that status with an Azure-style error body (``404`` as ``DeploymentNotFound``)
``content_filter`` 400 ``content_filter`` refusal with per-category results; ``category=NAME``
                   (default ``violence``) and ``severity=LEVEL`` (default ``medium``)
``drop``           the connection closes mid-response: a stream after ``after=N`` events
                   (default 2), any other body halfway through
``no-done``        a stream ends without ``data: [DONE]``
``stream-error``   a stream sends ``data: {"error": ...}`` after ``after=N`` events (default 2)
``slow``           waits ``delay=S`` seconds (default 2) before answering, and ``chunk-delay=S``
                   between stream events (default 0)
=================  ===========================================================================

Every fault takes ``times=N``: only the first N requests carrying the same fault and the same
``x-ms-client-request-id`` (azure-core keeps it across retries) get it, so a retrying client sees
the fault N times and then a normal answer.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

FAULT_HEADER = "x-emulator-fault"
KINDS = ("content_filter", "drop", "no-done", "stream-error", "slow")


class FaultSyntaxError(ValueError):
    """The fault text does not follow ``KIND[;NAME=VALUE]...``."""


@dataclass(frozen=True)
class Fault:
    """One parsed fault."""

    kind: str
    params: dict[str, str] = field(default_factory=dict)
    text: str = ""

    @property
    def status(self) -> int | None:
        """The HTTP status of a status fault (``429``, ``503``...), else None."""
        return int(self.kind) if self.kind.isdigit() else None

    def number(self, name: str, default: float) -> float:
        """Parameter ``name`` as a number, or ``default``."""
        value = self.params.get(name)
        if value is None:
            return default
        try:
            return float(value)
        except ValueError:
            raise FaultSyntaxError(f"fault {self.text!r}: {name} must be a number, not {value!r}") from None

    def integer(self, name: str, default: int) -> int:
        return int(self.number(name, default))


def parse_fault(text: str) -> Fault:
    """``text`` as a :class:`Fault`; raises :class:`FaultSyntaxError` when malformed."""
    kind, *pairs = [part.strip() for part in text.split(";")]
    kind = kind.lower()
    if not (kind in KINDS or (kind.isdigit() and 400 <= int(kind) <= 599)):
        raise FaultSyntaxError(f"unknown fault {kind!r}: use a status 400-599 or one of {', '.join(KINDS)}")
    params = {}
    for pair in pairs:
        if not pair:
            continue
        name, sep, value = pair.partition("=")
        if not sep:
            raise FaultSyntaxError(f"fault {text!r}: expected NAME=VALUE, got {pair!r}")
        params[name.strip().lower()] = value.strip()
    fault = Fault(kind, params, text.strip())
    fault.number("times", 0)  # validates early
    return fault


class FaultCounter:
    """Counts how often each (fault, client request id) was applied, for ``times=N``."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()

    def applies(self, fault: Fault, request_id: str) -> bool:
        """Whether ``fault`` applies to this request (and count it if so)."""
        if "times" not in fault.params:
            return True
        key = (fault.text, request_id)
        with self._lock:
            seen = self._seen.get(key, 0)
            if seen >= fault.integer("times", 0):
                return False
            self._seen[key] = seen + 1
            return True

    def reset(self) -> None:
        with self._lock:
            self._seen.clear()
