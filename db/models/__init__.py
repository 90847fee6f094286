"""All of Qor's tables. Importing this package registers every model on Base.metadata."""

from db.models.audit import Audit, AuditCopy, AuditFind, AuditLocation, AuditScan
from db.models.base import Base
from db.models.catalog import Record, RecordKey
from db.models.intake import AccessionBatch, IntakeSetting, Item, Location
from db.models.library import Counter, Library
from db.models.migration import GroupHolding, ItemLegacy, MigrationLedger, WriteOffGroup
from db.models.preservation import (
    BindingOrder,
    BindingOrderCopy,
    BindingWait,
    DigitisationEntry,
    RepairEntry,
    ScanAnswer,
)
from db.models.registers import (
    Desideratum,
    ExchangeOffer,
    KaznebCandidate,
    WriteOffAct,
    WriteOffCopy,
)
from db.models.security import Event, User
from db.models.unioncat import CatalogTarget, SyncOutbox, SyncRun, SyncRunEntry, SyncState

__all__ = [
    "AccessionBatch",
    "Audit",
    "AuditCopy",
    "AuditFind",
    "AuditLocation",
    "AuditScan",
    "Base",
    "BindingOrder",
    "BindingOrderCopy",
    "BindingWait",
    "CatalogTarget",
    "Counter",
    "Desideratum",
    "DigitisationEntry",
    "Event",
    "ExchangeOffer",
    "GroupHolding",
    "IntakeSetting",
    "Item",
    "ItemLegacy",
    "KaznebCandidate",
    "Library",
    "Location",
    "MigrationLedger",
    "Record",
    "RecordKey",
    "RepairEntry",
    "ScanAnswer",
    "SyncOutbox",
    "SyncRun",
    "SyncRunEntry",
    "SyncState",
    "User",
    "WriteOffAct",
    "WriteOffCopy",
    "WriteOffGroup",
]
