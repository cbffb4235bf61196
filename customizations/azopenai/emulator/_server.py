"""Serving the emulator with uvicorn on 127.0.0.1: in a background thread (tests, ``make demo``)
or in the foreground (``python -m azopenai.emulator``)."""

from __future__ import annotations

import logging
import socket
import threading
from types import TracebackType

import uvicorn

from ._app import DropConnection, Emulation, Settings

HOST = "127.0.0.1"


class _QuietDrops(logging.Filter):
    """uvicorn logs an application error when a response is cut short on purpose (``drop`` fault)."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        while isinstance(error, BaseExceptionGroup) and len(error.exceptions) == 1:
            error = error.exceptions[0]
        return not isinstance(error, DropConnection)


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


def bind(port: int = 0) -> socket.socket:
    """A listening socket on 127.0.0.1 (``port`` 0: a free port).

    Created with ``IPPROTO_TCP`` spelt out: accepted sockets inherit the listener's ``proto``, and
    asyncio sets ``TCP_NODELAY`` on a connection only when that is ``IPPROTO_TCP``. With ``proto`` 0,
    Nagle's algorithm and delayed ACKs held every response back ~40 ms."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))
    sock.listen(128)
    return sock


def server(emulation: Emulation, *, log_level: str = "warning", access_log: bool = False) -> uvicorn.Server:
    config = uvicorn.Config(emulation.app, log_level=log_level, access_log=access_log, lifespan="off")
    return uvicorn.Server(config)


class Emulator:
    """The emulator served in a background thread on 127.0.0.1 until ``stop()`` (or the ``with``
    block ends)::

        with Emulator(Settings(api_key="key")) as emulator:
            client = azopenai.Client(emulator.url, AzureKeyCredential("key"))

    ``settings`` can be changed while it runs (``emulator.settings.fault = "503"``).
    """

    def __init__(self, settings: Settings | None = None, *, port: int = 0, log_level: str = "warning") -> None:
        self.emulation = Emulation(settings)
        self._socket = bind(port)
        self._server = server(self.emulation, log_level=log_level)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    @property
    def settings(self) -> Settings:
        return self.emulation.settings

    @property
    def url(self) -> str:
        """The Azure endpoint (``AOAI_ENDPOINT``): ``http://127.0.0.1:PORT``."""
        host, port = self._socket.getsockname()[:2]
        return f"http://{host}:{port}"

    @property
    def openai_url(self) -> str:
        """The OpenAI-style endpoint (``OPENAI_ENDPOINT``): ``http://127.0.0.1:PORT/v1``."""
        return self.url + "/v1"

    def reset_faults(self) -> None:
        """Forget how often each ``times=N`` fault was applied."""
        self.emulation.fault_counter.reset()

    def start(self) -> Emulator:
        """Start serving; returns when the server accepts connections."""
        self._thread.start()
        for _ in range(200):
            if self._server.started or not self._thread.is_alive():
                break
            self._thread.join(0.05)
        if not self._server.started:
            self.stop()
            raise RuntimeError("the emulator did not start (see the uvicorn log)")
        return self

    def stop(self) -> None:
        """Stop serving and close the socket (idempotent)."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(10)
        self._socket.close()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
