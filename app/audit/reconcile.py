"""Where an audit's results lived before they were split by job; kept only so that
app/audit/act.py (being rewritten for issue 18) imports unchanged. Import from
app.audit.results, .export, .corrections and .closing instead: once act.py does, this module
goes."""

from __future__ import annotations

from app.audit.results import AuditedCopy, AuditReport

__all__ = ["AuditReport", "AuditedCopy"]
