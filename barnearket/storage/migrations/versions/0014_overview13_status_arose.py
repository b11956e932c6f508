"""The overview's first page comes from an index: open concerns in the list's own order (oldest first).

With 100,000 cases the coordinator's first screenful is the first 200 of some 22,000 open concerns;
with this index the database walks 200 index entries instead of joining and sorting them all. The
status leads (not a partial index on `status = 'open'`): the status is a parameter, and SQLite uses a
partial index only when the query spells out its condition. The same index on both stores.

Revision ID: 0014_overview13
Revises: 0013_perf13
"""

from alembic import op

revision = "0014_overview13"
down_revision = "0013_perf13"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_concerns_status_arose", "concerns", ["status", "arose_on", "id"])


def downgrade() -> None:
    op.drop_index("ix_concerns_status_arose", table_name="concerns")
