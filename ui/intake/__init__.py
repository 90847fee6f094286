"""The intake desk: accession batches, scanning books and copies, adding copies, release to
the fund, and labels."""

from __future__ import annotations

from ui.intake.screen import IntakeScreen

__all__ = ["IntakeScreen"]
