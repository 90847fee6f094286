"""The preservation screen: binding orders, the repair log and the digitisation log."""

from ui.preservation.screen import PreservationScreen

__all__ = ["PreservationScreen"]
