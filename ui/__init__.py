"""Qor's Qt desktop interface: widgets, item models, dialogs and workers over the app/ services."""
