"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

A new column on a shared table needs a server default (older clients do not send it) and, where
members may write it, its column GRANT in this revision too (see 0001_team_project.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
${imports if imports else ""}

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade(names) -> None:
    ${upgrades if upgrades else "pass"}


def downgrade(names) -> None:
    ${downgrades if downgrades else "pass"}
