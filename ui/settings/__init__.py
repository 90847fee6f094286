"""The workstation's settings (kept per user in QSettings)."""

from ui.settings.settings_dialog import SettingsDialog

__all__ = ["SettingsDialog"]
