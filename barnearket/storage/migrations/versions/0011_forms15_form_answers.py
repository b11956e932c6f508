"""Answers to step questions a municipality adds to its own forms are kept on the entry, by question
id (JSON), so a local form can add a question to a step without a code change; and a consent's
purpose chosen from the catalogue is stored by its id, not its wording (stored wordings become ids).

Revision ID: 0009_forms15
Revises: 0009_conflict
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_forms15"
down_revision = "0009_conflict"
branch_labels = None
depends_on = None

TABLES = ("observations", "consultations", "parent_conversations", "decisions")

PURPOSE_WORDINGS = {
    "samarbeid_barnehage_skole": ("Samarbeid med barnehagen eller skolen om barnet",
                                  "Samarbeid med barnehagen eller skulen om barnet",
                                  "Cooperation with the kindergarten or school about the child"),
    "samarbeid_helsestasjon": ("Samarbeid med helsestasjonen eller skolehelsetjenesten",
                               "Samarbeid med helsestasjonen eller skulehelsetenesta",
                               "Cooperation with the child health clinic or school health service"),
    "ansvarsgruppe": ("Ansvarsgruppe eller samarbeidsmøte rundt barnet",
                      "Responsibility group or cooperation meeting about the child"),
    "informasjon_til_barnet": ("Avtale med annen tjeneste om hvem som gir barnet informasjon",
                               "Avtale med ei anna teneste om kven som gir barnet informasjon",
                               "Agreement with another service on who informs the child"),
    "henvisning": ("Henvisning til BUP eller annen spesialisthelsetjeneste",
                   "Tilvising til BUP eller anna spesialisthelseteneste",
                   "Referral to BUP or another specialist health service"),
    "kontakt_barnevern": ("Kontakt med barnevernet under meldeterskelen",
                          "Contact with child welfare below the reporting threshold"),
    "fastlege": ("Informasjon til fastlegen", "Information to the GP"),
    "nav": ("Samarbeid med NAV", "Cooperation with NAV"),
    "frivillig_tilbud": ("Kontakt med et frivillig tilbud for barn, for eksempel en barnegruppe",
                         "Kontakt med eit frivillig tilbod for barn, til dømes ei barnegruppe",
                         "Contact with a voluntary service for children, for example a children's group"),
    "parorende_voksne": ("Informere eller involvere voksne pårørende",),
    "annet": ("Annet formål", "Anna føremål", "Other purpose"),
}
"""The shipped catalogue's wordings (bokmål, nynorsk, English) when this revision was written, by id.
A purpose typed freely (the command line) matches none and stays as it was."""


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("form_answers", sa.Text(), nullable=False, server_default="{}"))
    consents = _consents()
    for purpose_id, wordings in PURPOSE_WORDINGS.items():
        op.execute(consents.update().where(consents.c.purpose.in_(wordings)).values(
            purpose=purpose_id, row_version=consents.c.row_version + 1))


def downgrade() -> None:
    consents = _consents()
    for purpose_id, wordings in PURPOSE_WORDINGS.items():
        op.execute(consents.update().where(consents.c.purpose == purpose_id).values(
            purpose=wordings[0], row_version=consents.c.row_version + 1))
    for table in TABLES:  # no batch copy: SQLite would cascade a dropped table to the rows that use it
        op.execute(f"ALTER TABLE {table} DROP COLUMN form_answers")


def _consents() -> sa.TableClause:
    """The consent table as this revision sees it; the row version moves with the purpose (0009_conflict's
    trigger refuses a change to what a person edits without it)."""
    return sa.table("consents", sa.column("purpose", sa.String), sa.column("row_version", sa.Integer))
