"""Alembic migrations for the eventdb schema, run by :class:`eventdb.EventDB` on open."""
