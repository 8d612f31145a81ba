"""The event store: :class:`EventDB` on a SQLite file or a PostgreSQL server.

db.py       EventDB: opening, reading, the timeline, conflicts, imports
writer.py   turning arguments and records into rows, in chunks
columns.py  spans to columns and back, slugs, search queries
held.py     idempotent import: which records the store already holds, --update
duplicates.py  likely pairs of events that are one; merge.py  merging them
schema.py   engines, the schema revision, Alembic upgrades
"""

from .db import EventDB, ImportReport
from .duplicates import DuplicatePair

__all__ = ["DuplicatePair", "EventDB", "ImportReport"]
