"""The domain's exceptions. Raised in app/, turned into messages by ui/ and app/cli.py."""

from __future__ import annotations

from app.i18n import translate
from db import lost as _db_lost


class QorError(Exception):
    """Base of every error a user should see as a message rather than a crash."""


class NotInitialised(QorError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "errors", "The database has no library yet: run the first-run setup (qor init)."
            )
        )


class AlreadyInitialised(QorError):
    pass


class PermissionDenied(QorError):
    def __init__(self, user: str, action: str, roles: tuple[str, ...]) -> None:
        self.user, self.action, self.roles = user, action, roles
        needed = translate("errors", " or ").join(translate("roles", r) for r in roles)
        super().__init__(
            translate("errors", "User '{user}' may not {action}: it needs the role {needed}.")
            .format(user=user, action=translate("actions", action), needed=needed)
        )  # fmt: skip


class AuthenticationFailed(QorError):
    def __init__(self, user: str) -> None:
        super().__init__(
            translate("errors", "Wrong user name or password for '{user}'.").format(user=user)
        )


class UserExists(QorError):
    def __init__(self, name: str) -> None:
        super().__init__(
            translate("errors", "A user named '{name}' already exists.").format(name=name)
        )


class InvalidInput(QorError):
    """A value the user gave is unusable; the message names it."""


class RecordNotFound(QorError):
    def __init__(self, ref: object) -> None:
        super().__init__(translate("errors", "No record {ref} in the catalog.").format(ref=ref))


class RecordRejected(QorError):
    """One record of an input file could not be used. `index` counts from 1."""

    def __init__(self, file: str, index: int, reason: str) -> None:
        self.file, self.index, self.reason = file, index, reason
        super().__init__(
            translate("errors", "{file}, record {index}: {reason}").format(
                file=file, index=index, reason=reason
            )
        )


class RecordInvalid(QorError):
    """A record failed MARC 21 validation with at least one error."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(translate("errors", "The record has errors: ") + "; ".join(problems))


class Cancelled(QorError):
    pass


class InventoryNumberImmutable(QorError):
    """Inventory numbers are never changed, corrected or removed (the fund rules)."""

    def __init__(self, inventory_number: str) -> None:
        self.inventory_number = inventory_number
        super().__init__(
            translate(
                "errors",
                "Inventory number {number} cannot be changed or removed: inventory numbers "
                "are never changed, corrected or removed, and never given to another copy.",
            ).format(number=inventory_number)
        )


class DuplicateBarcode(QorError):
    def __init__(self, barcode: str, inventory_number: str, title: str) -> None:
        self.barcode, self.inventory_number, self.title = barcode, inventory_number, title
        text = (
            translate("errors", "Barcode {barcode} is already on copy {number} of «{title}».")
            if title
            else translate("errors", "Barcode {barcode} is already on copy {number}.")
        )
        super().__init__(text.format(barcode=barcode, number=inventory_number, title=title))


class CopyIncomplete(QorError):
    """A copy cannot leave processing: `missing` names what it lacks ("no call number")."""

    def __init__(self, inventory_number: str, missing: list[str]) -> None:
        self.inventory_number, self.missing = inventory_number, missing
        what = ", ".join(translate("missing", m) for m in missing)
        super().__init__(
            translate("errors", "copy {number}: {what}").format(number=inventory_number, what=what)
        )


class InvalidTransition(QorError):
    def __init__(self, from_status: str, to_status: str, inventory_number: str = "") -> None:
        self.from_status, self.to_status = from_status, to_status
        text = (
            translate("errors", "Copy {number} cannot go from '{old}' to '{new}'.")
            if inventory_number
            else translate("errors", "A copy cannot go from '{old}' to '{new}'.")
        )
        super().__init__(
            text.format(
                number=inventory_number,
                old=translate("statuses", from_status),
                new=translate("statuses", to_status),
            )
        )


class NotInProcessing(QorError):
    def __init__(self, inventory_number: str, status: str) -> None:
        self.inventory_number, self.status = inventory_number, status
        super().__init__(
            translate(
                "errors",
                "Copy {number} is '{status}': labels are put on copies only while they are "
                "in processing.",
            ).format(number=inventory_number, status=translate("statuses", status))
        )


class CopyNotFound(QorError):
    def __init__(self, ref: object) -> None:
        self.ref = ref
        super().__init__(translate("errors", "No copy {ref} in the fund.").format(ref=ref))


class LocationNotFound(QorError):
    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(
            translate("errors", "No location '{code}': add it first (qor locations add).").format(
                code=code
            )
        )


class LocationExists(QorError):
    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(
            translate(
                "errors", "A location '{code}' (or one with that barcode) already exists."
            ).format(code=code)
        )


class AccessionNotFound(QorError):
    def __init__(self, ref: object) -> None:
        self.ref = ref
        super().__init__(translate("errors", "No accession batch {ref}.").format(ref=ref))


class PreservationEntryNotFound(QorError):
    """No binding order, repair entry or digitisation entry with that number."""

    def __init__(self, kind: str, ref: object) -> None:
        self.kind, self.ref = kind, ref
        super().__init__(
            translate("errors", "No {kind} {ref}.").format(kind=translate("entries", kind), ref=ref)
        )


class WriteOffActNotFound(QorError):
    def __init__(self, ref: object) -> None:
        self.ref = ref
        super().__init__(translate("errors", "No write-off act {ref}.").format(ref=ref))


class ReportNotAvailable(QorError):
    """A register whose desk is not part of this installation (yet)."""


class AuditNotFound(QorError):
    def __init__(self, ref: object) -> None:
        self.ref = ref
        super().__init__(translate("errors", "No audit {ref}.").format(ref=ref))


class ScanFileContended(QorError):
    def __init__(self, file: str, line: int) -> None:
        self.file, self.line = file, line
        super().__init__(
            translate(
                "errors",
                "Other stock-checkers kept finding copies of {file} while it was imported: "
                "its lines from line {line} on are not saved. Import the file again to add them.",
            ).format(file=file, line=line)
        )


class AuditClosed(QorError):
    def __init__(self, audit_id: int) -> None:
        self.audit_id = audit_id
        super().__init__(
            translate(
                "errors", "Audit {audit_id} is closed: its scans and results can only be read."
            ).format(audit_id=audit_id)
        )


class SchemaNeedsAdministrator(QorError):
    """The catalog's database is older than this Qor, and this workstation's PostgreSQL role
    (which owns nothing, by design) may not upgrade it."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "errors",
                "The catalog's database is older than this version of Qor, and this "
                "workstation may not upgrade it. Ask the administrator to upgrade it from an "
                "administrator's connection (qor init), then start Qor again.",
            )
        )


class ConnectionLost(QorError, _db_lost.ConnectionLost):
    """The database server's connection dropped (a VPN hiccup at a branch): the next attempt
    opens a new one."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "errors",
                "The connection to the database server was lost. Qor reconnects on the next "
                "attempt: try again.",
            )
        )


_db_lost.on_connection_lost(ConnectionLost)


class Contention(QorError, _db_lost.Contention):
    """Two workstations changed the same rows at the same moment and the server gave one of
    them up (a deadlock): nothing of it was saved."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "errors",
                "Another workstation was changing the same copies at the same moment, so "
                "nothing was saved: try again.",
            )
        )


_db_lost.on_contention(Contention)


def os_reason(exc: OSError) -> str:
    """Why the system refused a file, in the user's language (the C library's own words,
    exc.strerror, are English): the usual reasons by their errno, any other as the system
    gave it."""
    import errno

    reasons = {
        errno.ENOENT: translate("errors", "there is no such file or folder"),
        errno.EACCES: translate("errors", "permission denied"),
        errno.EPERM: translate("errors", "the operation is not permitted"),
        errno.EISDIR: translate("errors", "it is a folder, not a file"),
        errno.ENOTDIR: translate("errors", "a part of the path is not a folder"),
        errno.ENOSPC: translate("errors", "the disk is full"),
        errno.EROFS: translate("errors", "the disk is read-only"),
        errno.EIO: translate(
            "errors", "the device could not be read or written (an input/output error)"
        ),
        errno.ENAMETOOLONG: translate("errors", "the file name is too long"),
        errno.EEXIST: translate("errors", "the file already exists"),
        errno.EBUSY: translate("errors", "the file is in use"),
        errno.EMFILE: translate("errors", "too many files are open"),
    }
    return reasons.get(exc.errno or 0) or str(exc.strerror or exc)
