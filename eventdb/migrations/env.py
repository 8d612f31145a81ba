"""Alembic environment: runs on the connection :class:`eventdb.EventDB` hands it.

eventdb calls Alembic programmatically (``eventdb.store.upgrade``); the connection arrives in
``config.attributes["connection"]`` so the upgrade runs inside the caller's transaction.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import eventdb.model  # noqa: F401  (registers the tables)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations() -> None:
    """Run the migrations on the connection given by the caller."""
    connection = config.attributes.get("connection")
    if connection is None:  # pragma: no cover - eventdb always passes one
        raise RuntimeError("eventdb migrations run through eventdb.store.upgrade()")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
