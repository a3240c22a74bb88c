"""Coordinators: producer state (idempotence) now; groups and transactions later."""
