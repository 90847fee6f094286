"""A TCP delay proxy for loopback: what a branch workstation's VPN does to PostgreSQL.

`DelayProxy(port=5432, rtt_ms=50)` listens on a free local port and forwards every byte to the
server and back, each direction held for half the round-trip time, in order. It counts the
round trips a client waits on: every time the server answers after the client sent something
since the server's previous answer (a client send followed by a server reply is one
alternation). Pipelined messages sent before the server answers count once, as they cost one
round trip on a real link; BEGIN, COMMIT, ROLLBACK and pre-pings count like any statement,
which a statement counter inside SQLAlchemy cannot see.

It runs an asyncio loop in a daemon thread, so tests and benches use it from ordinary code:

    with DelayProxy("127.0.0.1", 5432, rtt_ms=30) as proxy:
        db = Database(url_through(PG_URL, proxy.port))
        proxy.reset()
        ...
        assert proxy.round_trips <= 2
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from types import TracebackType
from typing import Any

from sqlalchemy.engine import make_url


def url_through(url: str, port: int, host: str = "127.0.0.1") -> str:
    """`url` with its host and port replaced by the proxy's."""
    return make_url(url).set(host=host, port=port).render_as_string(hide_password=False)


def _readable(data: bytes) -> str:
    """A PostgreSQL request's gist: its message types and the printable text of its SQL."""
    text = "".join(chr(b) if 32 <= b < 127 else " " for b in data[:400])
    return " ".join(text.split())[:160]


def reader_transport(reader: asyncio.StreamReader) -> asyncio.Transport | None:
    return getattr(reader, "_transport", None)


class DelayProxy:
    """Forwards loopback TCP to `target_host:target_port` with `rtt_ms` of round-trip delay."""

    def __init__(self, target_host: str = "127.0.0.1", target_port: int = 5432, rtt_ms: float = 0):
        self.target = (target_host, target_port)
        self.rtt_ms = rtt_ms
        self.port = 0
        self._lock = threading.Lock()
        self._round_trips = 0
        self._connections = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._tasks: set[asyncio.Task[None]] = set()
        self._handlers: set[asyncio.Task[Any]] = set()  # one per connection (_accept)
        self._writers: set[asyncio.StreamWriter] = set()
        self._cut_next_answer = False
        # With `keep_log`, the start of each request (what the client sent first after the
        # server's previous answer): where the round trips go.
        self.keep_log = False
        self.log: list[str] = []

    # --- Counters (thread-safe) -------------------------------------------------------------

    @property
    def round_trips(self) -> int:
        with self._lock:
            return self._round_trips

    @property
    def connections(self) -> int:
        """Connections opened through the proxy since the last reset."""
        with self._lock:
            return self._connections

    def reset(self) -> None:
        with self._lock:
            self._round_trips = 0
            self._connections = 0

    @contextlib.contextmanager
    def counting(self) -> Iterator[list[int]]:
        """Counts the round trips of the block: `with proxy.counting() as n: ...; n[0]`."""
        box = [0]
        start = self.round_trips
        try:
            yield box
        finally:
            box[0] = self.round_trips - start

    def set_rtt(self, rtt_ms: float) -> None:
        """Change the delay for bytes that arrive from now on (open connections included)."""
        self.rtt_ms = rtt_ms

    def drop_connections(self) -> None:
        """Cut every open connection, as a VPN that drops does: clients see a broken socket."""

        def cut() -> None:
            for writer in list(self._writers):
                transport = writer.transport
                if transport is not None:
                    transport.abort()

        self._loop.call_soon_threadsafe(cut)
        time.sleep(0.05)

    def lose_next_answer(self) -> None:
        """Cut the connection when the server next answers, before the answer reaches the
        client: the server did the work (and committed it, in autocommit), the client never
        hears of it; what a retry must not count twice."""
        self._cut_next_answer = True

    # --- Life --------------------------------------------------------------------------------

    def start(self) -> DelayProxy:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._listen(), self._loop)
        self.port = future.result(timeout=10)
        return self

    def stop(self) -> None:
        async def close() -> None:
            if self._server is not None:
                self._server.close()
            for writer in list(self._writers):
                if writer.transport is not None:
                    writer.transport.abort()
            for task in list(self._tasks):
                task.cancel()
            # Each connection's handler ends once its pumps are cancelled: let it, so that no
            # task is left pending when the loop stops (asyncio would log it as destroyed).
            ending = asyncio.gather(*self._tasks, *self._handlers, return_exceptions=True)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(ending, timeout=5)

        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(close(), self._loop).result(timeout=10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._loop.close()

    def __enter__(self) -> DelayProxy:
        return self.start()

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- Inside the loop ---------------------------------------------------------------------

    async def _listen(self) -> int:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        return int(self._server.sockets[0].getsockname()[1])

    async def _accept(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        handler = asyncio.current_task()
        if handler is not None:
            self._handlers.add(handler)
            handler.add_done_callback(self._handlers.discard)
        try:
            server_r, server_w = await asyncio.open_connection(*self.target)
        except OSError:
            client_w.close()
            return
        with self._lock:
            self._connections += 1
        self._writers.update((client_w, server_w))
        # One flag per connection: the client sent since the server last answered.
        state = {"asked": False}
        up = asyncio.ensure_future(self._pump(client_r, server_w, state, upstream=True))
        down = asyncio.ensure_future(self._pump(server_r, client_w, state, upstream=False))
        for task in (up, down):
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        await asyncio.wait((up, down), return_when=asyncio.FIRST_COMPLETED)
        for task in (up, down):
            task.cancel()
        for writer in (client_w, server_w):
            self._writers.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        state: dict[str, bool],
        *,
        upstream: bool,
    ) -> None:
        """Reads chunks as they come and forwards each one half an RTT later, in order."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                due, data = await queue.get()
                wait = due - self._loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not data:
                    with contextlib.suppress(Exception):
                        writer.write_eof()
                    return
                writer.write(data)
                await writer.drain()

        sender = asyncio.ensure_future(deliver())
        try:
            while True:
                data = await reader.read(65536)
                if upstream:
                    if data and not state["asked"] and self.keep_log:
                        self.log.append(_readable(data))
                    if data:
                        state["asked"] = True
                elif data and state["asked"]:
                    state["asked"] = False
                    if self._cut_next_answer:
                        self._cut_next_answer = False
                        for transport in (writer.transport, reader_transport(reader)):
                            if transport is not None:
                                transport.abort()
                        return
                    with self._lock:
                        self._round_trips += 1
                queue.put_nowait((self._loop.time() + self.rtt_ms / 2000.0, data))
                if not data:
                    break
            await sender
        except (ConnectionError, OSError):
            pass
        finally:
            sender.cancel()
