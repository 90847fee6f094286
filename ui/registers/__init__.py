"""The registers screen: write-off acts by scanning, and the register PDFs."""

from ui.registers.screen import RegistersScreen

__all__ = ["RegistersScreen"]
