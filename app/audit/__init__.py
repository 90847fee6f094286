"""Inventory audits of the fund (проверка фонда): open over a scope, scan shelf by shelf,
reconcile, close with an act."""
