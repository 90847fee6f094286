"""Bringing in the fund a library already has: IRBIS64 databases and exports, with their
copies (field 910), group holdings and accession history."""
