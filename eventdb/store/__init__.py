"""The event store: :class:`EventDB` on a SQLite file or a PostgreSQL server.

db.py       EventDB: opening, reading, the timeline, conflicts, imports
writer.py   turning arguments and records into rows, in chunks
columns.py  spans to columns and back, slugs, search queries
schema.py   engines, the schema revision, Alembic upgrades
"""

from .db import EventDB, ImportReport

__all__ = ["EventDB", "ImportReport"]
