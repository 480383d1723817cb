"""A claim's claimant and claim date (the project file's format 4), for team projects too.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Both default to "" on the server, so a client that does not know them yet can still add claims;
annotators may write them, as every other claim column but the verdict.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.store.team.names import ProjectNames

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = ("claimant", "claim_date")


def upgrade(names: ProjectNames) -> None:
    for name in COLUMNS:
        op.add_column("claim", sa.Column(name, sa.String(), nullable=False, server_default=""))
    op.execute(f'GRANT UPDATE ({", ".join(COLUMNS)}) ON claim TO "{names.role("annotator")}"')


def downgrade(names: ProjectNames) -> None:
    for name in COLUMNS:
        op.drop_column("claim", name)
