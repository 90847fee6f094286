"""Qor's domain and services: everything the GUI and the command line do goes through here."""

__version__ = "0.1.0"
