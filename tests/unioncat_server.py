"""A throwaway Zebra server that plays the union catalog in tests and benchmarks.

Built like ../shared/unioncat/start-unioncat, from the project's own copies of its configuration
in tests/fixtures/unioncat. Usable from any test package and from bench/:

    with ZebraServer(user=("sync", "secret"), shadow=True) as server:
        ZoomConnection(server.target(user="sync", password="secret"))
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from app.unioncat.zoom import Target

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "unioncat"
DATABASE = "unioncat"
CONFIG_FILES = (
    "cql2pqf.properties",
    "dom-config.xml",
    "identity.xsl",
    "marc21-index.xsl",
    "unioncat.idx",
)
ZEBRA_TABLES = Path("/usr/share/idzebra-2.0/tab")


class ZebraMissing(RuntimeError):
    """zebrasrv, zebraidx or Zebra's DOM filter module is not installed."""


def zebra_missing_reason() -> str | None:
    """Why a Zebra server cannot be started here, or None when it can."""
    for program in ("zebrasrv", "zebraidx"):
        if shutil.which(program) is None:
            return f"{program} is not installed (apt-get install idzebra-2.0 yaz libyaz5)"
    if _module_dir() is None:
        return "Zebra's mod-dom.so is missing (apt-get install idzebra-2.0)"
    return None


def _module_dir() -> Path | None:
    for root in (Path("/usr/lib"), Path("/usr/local/lib")):
        if root.is_dir():
            for found in root.glob("**/idzebra-2.0/modules/mod-dom.so"):
                return found.parent
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


class ZebraServer:
    """A Zebra server on 127.0.0.1 with one database, `unioncat`, in a temporary directory.

    `user` lets only that (name, password) update, anonymous clients may search; without it
    anyone may update. `shadow` keeps updates invisible until a commit package arrives.
    """

    def __init__(
        self,
        *,
        user: tuple[str, str] | None = None,
        shadow: bool = False,
        port: int | None = None,
        directory: Path | None = None,
    ) -> None:
        self.user = user
        self.shadow = shadow
        self.port = port or free_port()
        self._own_dir = directory is None
        self.dir = directory or Path(tempfile.mkdtemp(prefix="qor-zebra-"))
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def host(self) -> str:
        return "127.0.0.1"

    @property
    def sru_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/{DATABASE}"

    @property
    def log_path(self) -> Path:
        return self.dir / "zebrasrv.log"

    def target(
        self, user: str | None = None, password: str | None = None, timeout: int = 10
    ) -> Target:
        return Target(self.host, self.port, DATABASE, user, password, timeout)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def _write_config(self) -> None:
        modules = _module_dir()
        if modules is None:
            raise ZebraMissing(zebra_missing_reason() or "idzebra-2.0 is not installed")
        for sub in ("reg", "lock", "tmp", "conf"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True)
        conf = self.dir / "conf"
        for name in CONFIG_FILES:
            shutil.copyfile(FIXTURES / name, conf / name)
        lines = [
            f"profilePath: {conf}:{ZEBRA_TABLES}",
            f"modulePath: {modules}",
            f"database: {DATABASE}",
            "recordType: dom.dom-config.xml",
            "attset: bib1.att",
            "attset: explain.att",
            "index: unioncat.idx",
            "encoding: utf-8",
            "storeData: 1",
            "storeKeys: 1",
            f"register: {self.dir / 'reg'}:200M",
            f"lockDir: {self.dir / 'lock'}",
            f"keyTmpDir: {self.dir / 'tmp'}",
            f"setTmpDir: {self.dir / 'tmp'}",
        ]
        if self.shadow:
            (self.dir / "shadow").mkdir(exist_ok=True)
            lines.append(f"shadow: {self.dir / 'shadow'}:200M")
        if self.user is not None:
            name, password = self.user
            passwd = self.dir / "passwd"
            passwd.write_text(f"{name}:{password}\n")
            passwd.chmod(0o600)
            lines += ["perm.anonymous: ra", f"perm.{name}: rw", f"passwd: {passwd}"]
        else:
            lines.append("perm.anonymous: rw")
        (self.dir / "zebra.cfg").write_text("\n".join(lines) + "\n")
        (self.dir / "yazgfs.xml").write_text(
            "<yazgfs>\n"
            f'  <listen id="lo">tcp:127.0.0.1:{self.port}</listen>\n'
            '  <server id="unioncat" listenref="lo">\n'
            f"    <directory>{self.dir}</directory>\n"
            "    <config>zebra.cfg</config>\n"
            f"    <cql2rpn>{conf / 'cql2pqf.properties'}</cql2rpn>\n"
            "  </server>\n"
            "</yazgfs>\n"
        )

    def start(self) -> ZebraServer:
        reason = zebra_missing_reason()
        if reason:
            raise ZebraMissing(reason)
        self._write_config()
        subprocess.run(
            ["zebraidx", "-c", "zebra.cfg", "init"],
            cwd=self.dir,
            check=True,
            capture_output=True,
        )
        # Its own session, so that stop() can kill the children it forks per connection.
        self.process = subprocess.Popen(
            ["zebrasrv", "-f", "yazgfs.xml", "-l", str(self.log_path)],
            cwd=self.dir,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 10
        while not _port_open(self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                log = self.log()
                self.stop()
                raise RuntimeError(f"zebrasrv did not start on port {self.port}:\n{log}")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        """Kills the server and every child it forked, then waits for the port to close."""
        process, self.process = self.process, None
        if process is not None:
            # A SIGTERM to the parent leaves the per-connection children serving; kill the group.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
            deadline = time.monotonic() + 10
            while _port_open(self.port) and time.monotonic() < deadline:
                time.sleep(0.02)
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> ZebraServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
