"""Users, roles, passwords and the tamper-evident event log."""
