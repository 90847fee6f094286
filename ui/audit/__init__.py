"""The Audits screen (проверка фонда)."""

from ui.audit.screen import AuditScreen

__all__ = ["AuditScreen"]
