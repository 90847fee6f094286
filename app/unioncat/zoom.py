"""Z39.50 to the union catalog through libyaz5's ZOOM C API (ctypes): search, and Extended
Services Update and commit for sending records.

One `ZoomConnection` holds one TCP connection; ZOOM connections are not thread-safe, so each
thread opens its own (a connection refuses to be used from a thread other than its creator's).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import ClassVar

from app.errors import QorError
from app.i18n import QT_TRANSLATE_NOOP, translate

# bib-1 use attributes Qor searches by; "local" is the control number (001, or 003:001).
USE_ATTRIBUTES = {
    "title": 4,
    "author": 1003,
    "isbn": 7,
    "local": 12,
    "date": 31,
    "any": 1016,
    "subject": 21,
}
ELEMENT_SET = "marcxml"  # how records are asked for, unless a search says otherwise
UPDATE_ACTIONS = ("specialUpdate", "recordInsert", "recordReplace", "recordDelete")


class ZoomUnavailable(QorError):
    """libyaz5 (the ZOOM C library) cannot be loaded."""


class Z3950Error(QorError):
    """A failure reported by ZOOM: a diagnostic from the server or a ZOOM client error.

    `code` and `diagset` identify it (ZOOM's own codes are 10000 and up, set "ZOOM"; the
    server's are usually "Bib-1"); `message` and `addinfo` are ZOOM's texts. `kind` names the
    cases Qor acts on; the subclasses below carry the same information.
    """

    kind: ClassVar[str] = "other"

    def __init__(self, code: int, message: str, addinfo: str = "", diagset: str = "") -> None:
        self.code, self.message, self.addinfo, self.diagset = code, message, addinfo, diagset
        # The sentence is translated and carries the diagnostic's number; the library's own
        # text (English, from YAZ or the server) is only the detail a message box can unfold.
        self.detail = f"{diagset or 'ZOOM'} {code}: {message}" + (f": {addinfo}" if addinfo else "")
        super().__init__(
            translate(
                "errors",
                "The catalog server answered with Z39.50 diagnostic {code}: {meaning}",
            ).format(code=code, meaning=_meaning(code, diagset))
        )

    @staticmethod
    def from_diagnostic(code: int, message: str, addinfo: str, diagset: str) -> Z3950Error:
        return _ERRORS_BY_CODE.get(code, Z3950Error)(code, message, addinfo, diagset)


class ConnectFailed(Z3950Error):
    """10000: nothing answers at the address (server down, wrong host or port)."""

    kind = "connect_failed"


class ConnectionLost(Z3950Error):
    """10004: the server went away mid-session."""

    kind = "connection_lost"


class ZoomTimeout(Z3950Error):
    """10007: the server did not answer within the target's timeout."""

    kind = "timeout"


class InitRefused(Z3950Error):
    """1011: the server refused the session at init (wrong user name or password); 10005:
    ZOOM's own "Init rejected"."""

    kind = "init_refused"


class DatabaseUnavailable(Z3950Error):
    """109: the database is unknown, or (Zebra) exists but has never received a record."""

    kind = "database_unavailable"


class UpdatePermissionDenied(Z3950Error):
    """223: the session's user may search but not update."""

    kind = "permission_denied"


class UpdateFailed(Z3950Error):
    """224 "ES: immediate execution failed": e.g. insert of an existing record, replace or
    delete of a missing one."""

    kind = "update_failed"


# What the diagnostics Qor meets mean, in the user's language (the rest: see the detail).
_MEANINGS: dict[int, str] = {
    10000: QT_TRANSLATE_NOOP("errors", "nothing answers at the address."),
    10004: QT_TRANSLATE_NOOP("errors", "the connection was lost."),
    10007: QT_TRANSLATE_NOOP("errors", "the server did not answer in time."),
    1011: QT_TRANSLATE_NOOP("errors", "the user name or the password was refused."),
    10005: QT_TRANSLATE_NOOP("errors", "the session was refused."),
    109: QT_TRANSLATE_NOOP("errors", "the database is unknown or holds no record yet."),
    223: QT_TRANSLATE_NOOP("errors", "this user may search but not send records."),
    224: QT_TRANSLATE_NOOP("errors", "the change could not be carried out."),
}


_SEE_DETAILS = QT_TRANSLATE_NOOP("errors", "see the details.")


def _meaning(code: int, diagset: str) -> str:
    known = _MEANINGS.get(code) if diagset in ("", "ZOOM", "Bib-1") else None
    return translate("errors", known or _SEE_DETAILS)


_ERRORS_BY_CODE: dict[int, type[Z3950Error]] = {
    10000: ConnectFailed,
    10004: ConnectionLost,
    10007: ZoomTimeout,
    1011: InitRefused,
    10005: InitRefused,
    109: DatabaseUnavailable,
    223: UpdatePermissionDenied,
    224: UpdateFailed,
}


@dataclass
class Target:
    """Where a Z39.50 server is and how to sign in (no password: anonymous)."""

    host: str
    port: int
    database: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: int = 30


@dataclass
class SearchResult:
    """One page of hits: `total` found on the server, `records` as MARCXML strings."""

    total: int
    records: list[str]


def pqf_escape(term: str) -> str:
    """The term as one quoted PQF string: backslashes and double quotes escaped."""
    return '"' + term.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build_pqf(index: str, term: str) -> str:
    """A PQF query for one term in one of Qor's indexes (see USE_ATTRIBUTES). The local
    number is matched exactly (`@attr 4=3`, the whole field)."""
    try:
        use = USE_ATTRIBUTES[index]
    except KeyError:
        known = ", ".join(sorted(USE_ATTRIBUTES))
        raise ValueError(f"Unknown search index {index!r}; use one of {known}") from None
    structure = " @attr 4=3" if index == "local" else ""
    return f"@attr 1={use}{structure} {pqf_escape(term)}"


# --- the C library ---------------------------------------------------------------------------

_c = ctypes.c_void_p
_s = ctypes.c_char_p


_YAZ_FILES = {"win32": "yaz5.dll", "darwin": "libyaz.5.dylib"}


def _libyaz_name() -> str:
    """Where libyaz5 is: in a packaged Qor (PyInstaller, see build.spec) the copy shipped
    beside the program comes first, so the application does not depend on the system's."""
    if getattr(sys, "frozen", False):
        file_name = _YAZ_FILES.get(sys.platform, "libyaz.so.5")
        for folder in (getattr(sys, "_MEIPASS", None), Path(sys.executable).parent):
            if folder and (Path(folder) / file_name).is_file():
                return str(Path(folder) / file_name)
    return ctypes.util.find_library("yaz") or "libyaz.so.5"


@functools.cache
def _libyaz() -> ctypes.CDLL:
    """libyaz5 with the prototypes of every ZOOM function used here, loaded on first use so
    that importing Qor does not need it."""
    name = _libyaz_name()
    try:
        lib = ctypes.CDLL(name)
    except OSError as exc:
        raise ZoomUnavailable(
            translate(
                "errors",
                "The Z39.50 library libyaz5 cannot be loaded ({error}). Install it "
                "(Debian/Ubuntu: apt-get install libyaz5) to use the union catalog over Z39.50.",
            ).format(error=exc)
        ) from exc
    prototypes: dict[str, tuple[list[type], type | None]] = {
        "ZOOM_connection_create": ([_c], _c),
        "ZOOM_connection_connect": ([_c, _s, ctypes.c_int], None),
        "ZOOM_connection_option_set": ([_c, _s, _s], None),
        "ZOOM_connection_option_get": ([_c, _s], _s),
        "ZOOM_connection_destroy": ([_c], None),
        "ZOOM_connection_error_x": (
            [_c, ctypes.POINTER(_s), ctypes.POINTER(_s), ctypes.POINTER(_s)],
            ctypes.c_int,
        ),
        "ZOOM_connection_search_pqf": ([_c, _s], _c),
        "ZOOM_resultset_size": ([_c], ctypes.c_size_t),
        "ZOOM_resultset_record": ([_c, ctypes.c_size_t], _c),
        "ZOOM_resultset_destroy": ([_c], None),
        # const char *: c_void_p so that the length, not a NUL, decides where it ends
        "ZOOM_record_get": ([_c, _s, ctypes.POINTER(ctypes.c_int)], _c),
        "ZOOM_connection_package": ([_c, _c], _c),
        "ZOOM_package_option_set": ([_c, _s, _s], None),
        "ZOOM_package_option_get": ([_c, _s], _s),
        "ZOOM_package_send": ([_c, _s], None),
        "ZOOM_package_destroy": ([_c], None),
    }
    for function, (argtypes, restype) in prototypes.items():
        proc = getattr(lib, function)
        proc.argtypes = argtypes
        proc.restype = restype
    return lib


def _b(text: str) -> bytes:
    return text.encode("utf-8")


def _text(value: bytes | None) -> str:
    return value.decode("utf-8", errors="replace") if value else ""


class ZoomConnection:
    """One Z39.50 session with a target, kept open for many searches and updates.

    Opening it connects and signs in (raises Z3950Error: ConnectFailed, InitRefused, ...).
    Use it as a context manager, or call close(); closing twice is harmless.
    """

    def __init__(self, target: Target) -> None:
        self.target = target
        self._lib = _libyaz()
        self._owner = threading.get_ident()
        self._conn: int | None = self._lib.ZOOM_connection_create(None)
        if not self._conn:
            raise ZoomUnavailable("ZOOM could not create a connection object (out of memory?)")
        options = {
            "databaseName": target.database,
            "timeout": str(target.timeout),
            "preferredRecordSyntax": "xml",
            "elementSetName": ELEMENT_SET,
            "charset": "UTF-8",
            "implementationName": "Qor",
        }
        if target.user:
            options["user"] = target.user
        if target.password is not None:
            options["password"] = target.password
        for key, value in options.items():
            self._lib.ZOOM_connection_option_set(self._conn, _b(key), _b(value))
        self._lib.ZOOM_connection_connect(self._conn, _b(f"{target.host}:{target.port}"), 0)
        try:
            self._check()
        except BaseException:
            self.close()
            raise

    # -- plumbing --

    def _handle(self) -> int:
        if self._conn is None:
            raise ConnectionLost(10004, "Connection closed", "the connection was closed", "ZOOM")
        if threading.get_ident() != self._owner:
            raise RuntimeError("A ZoomConnection is used only by the thread that opened it")
        return self._conn

    def _check(self) -> None:
        message, addinfo, diagset = _s(), _s(), _s()
        code = self._lib.ZOOM_connection_error_x(
            self._conn, ctypes.byref(message), ctypes.byref(addinfo), ctypes.byref(diagset)
        )
        if code:
            raise Z3950Error.from_diagnostic(
                code, _text(message.value), _text(addinfo.value), _text(diagset.value)
            )

    @property
    def server_implementation(self) -> str:
        """What the server calls itself at init, e.g. "Zebra Information Server/GFS/YAZ"."""
        return _text(
            self._lib.ZOOM_connection_option_get(self._handle(), b"serverImplementationName")
        )

    # -- search --

    def search(
        self, pqf: str, *, start: int = 0, count: int = 10, element_set: str = ELEMENT_SET
    ) -> SearchResult:
        """Runs a PQF query; returns the total and the XML of hits start..start+count-1
        (0-based), as MARCXML unless another `element_set` is asked for. Zebra answers 109
        DatabaseUnavailable for a database that has never received a record, as for an
        unknown one."""
        conn = self._handle()
        lib = self._lib
        lib.ZOOM_connection_option_set(conn, b"start", _b(str(start)))
        lib.ZOOM_connection_option_set(conn, b"count", _b(str(count)))
        lib.ZOOM_connection_option_set(conn, b"elementSetName", _b(element_set))
        resultset = lib.ZOOM_connection_search_pqf(conn, _b(pqf))
        try:
            self._check()
            total = int(lib.ZOOM_resultset_size(resultset))
            records: list[str] = []
            length = ctypes.c_int()
            for position in range(start, min(start + count, total)):
                record = lib.ZOOM_resultset_record(resultset, position)
                self._check()
                if not record:
                    break
                data = lib.ZOOM_record_get(record, b"xml;charset=utf-8", ctypes.byref(length))
                if not data:
                    # a surrogate diagnostic for this record, not a record
                    raise Z3950Error(
                        10003, "Record unavailable", f"hit {position} of {pqf}", "ZOOM"
                    )
                records.append(ctypes.string_at(data, length.value).decode("utf-8"))
            return SearchResult(total, records)
        finally:
            if resultset:
                lib.ZOOM_resultset_destroy(resultset)

    # -- Extended Services --

    def _send_package(self, kind: str, options: dict[str, str]) -> None:
        conn = self._handle()
        lib = self._lib
        package = lib.ZOOM_connection_package(conn, None)
        if not package:
            raise Z3950Error(10001, "Out of memory", f"creating the {kind} package", "ZOOM")
        try:
            for key, value in options.items():
                lib.ZOOM_package_option_set(package, _b(key), _b(value))
            lib.ZOOM_package_send(package, _b(kind))
            self._check()
            status = _text(lib.ZOOM_package_option_get(package, b"operationStatus"))
            if status == "failure":
                raise UpdateFailed(224, "ES: immediate execution failed", kind, "Bib-1")
        finally:
            lib.ZOOM_package_destroy(package)

    def update(self, marcxml: str, record_id: str, action: str = "specialUpdate") -> None:
        """Sends one MARCXML record as an ES Update ("specialUpdate": insert or replace;
        "recordDelete" deletes). Zebra keys the record by its own 003:001, whatever
        `record_id` (recordIdOpaque) says, and reports success even for a record it could not
        index: validate before, and search by local number after, to be sure."""
        if action not in UPDATE_ACTIONS:
            raise ValueError(f"Unknown update action {action!r}; use one of {UPDATE_ACTIONS}")
        self._send_package(
            "update",
            {
                "action": action,
                "recordIdOpaque": record_id,
                "syntax": "xml",
                "record": marcxml,
            },
        )

    def commit(self) -> None:
        """Makes the updates sent so far visible, on servers with shadow registers."""
        self._send_package("commit", {})

    # -- lifetime --

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn:
            self._lib.ZOOM_connection_destroy(conn)

    def __enter__(self) -> ZoomConnection:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        # a forgotten close() must not leak the socket and the C memory
        if getattr(self, "_conn", None):
            self.close()
