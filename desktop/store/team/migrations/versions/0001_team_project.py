"""A team project: the project file's tables with row versions, the change log, members and
presence; the four roles with their GRANTs and row-level security; the triggers that stamp
versions, check offsets and hashes, write the change log and tombstones and wake the clients.

Revision ID: 0001
Revises:
Create Date: 2026-12-01

Everything a member may do is granted here and nothing more, so a modified client or raw SQL
cannot exceed its role: viewer reads; annotator also writes passages, claims (never verdicts: a
column GRANT; an annotator's new or deleted claim is unrated: row-level security), the vector
cache and rejections; reviewer also verdicts; admin also articles, settings and members. The
change log, tombstones and versions are written by SECURITY DEFINER triggers, never by clients.
"""

from __future__ import annotations

import itertools

import sqlalchemy as sa
from alembic import op

from desktop.store.team.names import ROLES, ProjectNames

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ISO_NOW = """to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')"""


def _text(name: str, **kw: object) -> sa.Column[str]:
    return sa.Column(name, sa.String(), nullable=kw.pop("nullable", False), **kw)  # type: ignore[arg-type]  # SQLAlchemy's Column overloads do not accept **kw of mixed types


def _version() -> sa.Column[int]:
    # No default: members have no right to the sequence; the SECURITY DEFINER trigger stamps it.
    return sa.Column("version", sa.BigInteger(), nullable=False)


def _tables() -> None:
    op.execute("CREATE SEQUENCE row_version")
    op.execute("CREATE SEQUENCE change_seq")
    op.create_table("meta", _text("key", primary_key=True), _text("value"))
    op.create_table(
        "article",
        _text("id", primary_key=True),
        _text("title"),
        _text("outlet", server_default=""),
        _text("url", server_default=""),
        _text("language", server_default=""),
        _text("published", server_default=""),
        _text("author", server_default=""),
        _text("text"),
        _text("sha256", unique=True),
        _text("imported_at"),
        _text("created_by", server_default=""),
        _text("modified"),
        _text("modified_by", server_default=""),
        _version(),
    )
    op.create_table(
        "claim",
        _text("id", primary_key=True),
        _text("statement"),
        _text("verdict"),
        _text("note", server_default=""),
        _text("tags", server_default="[]"),
        _text("colour", server_default=""),
        _text("created"),
        _text("created_by", server_default=""),
        _text("modified"),
        _text("modified_by", server_default=""),
        _version(),
    )
    op.create_table(
        "passage",
        _text("id", primary_key=True),
        _text("article_id"),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        _text("quote"),
        _text("prefix", server_default=""),
        _text("suffix", server_default=""),
        _text("claim_id", nullable=True),
        _text("stance"),
        _text("note", server_default=""),
        _text("created"),
        _text("created_by", server_default=""),
        _text("modified"),
        _text("modified_by", server_default=""),
        _version(),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], deferrable=True, initially="DEFERRED"),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"], deferrable=True, initially="DEFERRED"),
    )
    # Uncompressed: the passage check reads a slice of the text, not the whole text, per passage.
    op.execute("ALTER TABLE article ALTER COLUMN text SET STORAGE EXTERNAL")
    op.create_index("ix_passage_article_id", "passage", ["article_id"])
    op.create_index("ix_passage_claim_id", "passage", ["claim_id"])
    op.create_table("tombstone", _text("id", primary_key=True), _text("kind"), _text("deleted"))
    op.create_table(
        "article_source",
        _text("sha256", primary_key=True),
        _text("filename", server_default=""),
        _text("media_type", server_default=""),
        _text("encoding", server_default=""),
        _text("extractor", server_default=""),
        _text("extractor_version", server_default=""),
        sa.Column("original", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "unit_vector",
        _text("sha256", primary_key=True),
        _text("model", primary_key=True),
        sa.Column("unit_start", sa.Integer(), primary_key=True),
        sa.Column("unit_end", sa.Integer(), primary_key=True),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "suggestion_rejection",
        _text("claim_id", primary_key=True),
        _text("article_id", primary_key=True),
        sa.Column("unit_start", sa.Integer(), primary_key=True),
        sa.Column("unit_end", sa.Integer(), primary_key=True),
        _text("created"),
    )
    op.create_table(
        "change_log",
        sa.Column("seq", sa.BigInteger(), primary_key=True, server_default=sa.text("nextval('change_seq')")),
        _text("step"),
        _text("kind"),
        _text("entity_id"),
        _text("op"),
        sa.Column("version", sa.BigInteger(), nullable=False),
        _text("author"),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("now()")),
    )
    op.create_index("ix_change_log_step", "change_log", ["step"])
    op.create_index("ix_change_log_entity_id", "change_log", ["entity_id"])
    op.create_table(
        "member",
        _text("login", primary_key=True),
        _text("display_name"),
        sa.Column("added", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("now()")),
    )
    op.create_table(
        "presence",
        sa.Column("pid", sa.Integer(), primary_key=True, server_default=sa.text("pg_backend_pid()")),
        _text("login", server_default=sa.text("session_user")),
        _text("kind"),
        _text("entity_id"),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("now()")),
    )


def _functions(names: ProjectNames) -> None:
    pinned = f'SET search_path = "{names.schema}", pg_temp'
    op.execute(
        f"""
        CREATE FUNCTION stamp_version() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER {pinned} AS $$
        BEGIN
            NEW.version := nextval('row_version');
            RETURN NEW;
        END $$"""
    )
    op.execute(
        f"""
        CREATE FUNCTION check_article() RETURNS trigger LANGUAGE plpgsql {pinned} AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND (NEW.text IS DISTINCT FROM OLD.text OR NEW.sha256 IS DISTINCT FROM OLD.sha256) THEN
                RAISE EXCEPTION 'article %: an article''s text never changes', NEW.id USING ERRCODE = 'check_violation';
            END IF;
            IF encode(sha256(convert_to(NEW.text, 'UTF8')), 'hex') <> NEW.sha256 THEN
                RAISE EXCEPTION 'article %: the text does not match its sha256', NEW.id USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        END $$"""
    )
    op.execute(
        f"""
        CREATE FUNCTION check_claim() RETURNS trigger LANGUAGE plpgsql {pinned} AS $$
        BEGIN
            IF NEW.verdict NOT IN ('True', 'Mostly true', 'Mixed', 'Mostly false', 'False', 'Unverifiable', 'Not rated') THEN
                RAISE EXCEPTION 'claim %: unknown verdict %', NEW.id, NEW.verdict USING ERRCODE = 'check_violation';
            END IF;
            IF btrim(NEW.statement) = '' THEN
                RAISE EXCEPTION 'claim %: a claim needs a statement', NEW.id USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        END $$"""
    )
    # Passages are checked per statement, not per row: one pass over the new rows (50,000 in a
    # publish) instead of one query each, three times faster. The first bad row is named.
    op.execute(
        f"""
        CREATE FUNCTION check_passages() RETURNS trigger LANGUAGE plpgsql {pinned} AS $$
        DECLARE bad record;
        BEGIN
            SELECT id, problem INTO bad FROM (
                SELECT n.id, CASE
                    WHEN a.id IS NULL THEN format('no article %s', n.article_id)
                    WHEN n.start < 0 OR n."end" <= n.start OR char_length(s.q) <> n."end" - n.start
                        THEN format('%s-%s is outside the article text', n.start, n."end")
                    WHEN s.q <> n.quote THEN 'the quote does not match the article text'
                    WHEN n.stance NOT IN ('supports', 'mentions', 'refutes') THEN format('unknown stance %s', n.stance)
                END AS problem
                FROM new_rows n
                LEFT JOIN article a ON a.id = n.article_id
                CROSS JOIN LATERAL (
                    SELECT substr(a.text, greatest(n.start, 0) + 1, greatest(n."end" - n.start, 0)) AS q
                ) s
            ) checked WHERE problem IS NOT NULL LIMIT 1;
            IF FOUND THEN
                RAISE EXCEPTION 'passage %: %', bad.id, bad.problem USING ERRCODE = 'check_violation';
            END IF;
            RETURN NULL;
        END $$"""
    )
    op.execute(
        f"""
        CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER {pinned} AS $$
        DECLARE
            step text := coalesce(nullif(current_setting('crosscheck.step', true), ''), gen_random_uuid()::text);
        BEGIN
            -- One writer at a time from here to commit: sequence numbers are then in commit order,
            -- so a client reading "seq > last" never skips a transaction that commits late.
            PERFORM pg_advisory_xact_lock({names.lock_key});
            IF TG_OP = 'DELETE' THEN
                INSERT INTO change_log (step, kind, entity_id, op, version, author)
                    SELECT step, TG_ARGV[0], id, 'delete', nextval('row_version'), session_user FROM old_rows;
                INSERT INTO tombstone (id, kind, deleted)
                    SELECT id, TG_ARGV[0], {ISO_NOW} FROM old_rows
                    ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, deleted = EXCLUDED.deleted;
            ELSE
                INSERT INTO change_log (step, kind, entity_id, op, version, author)
                    SELECT step, TG_ARGV[0], id, lower(TG_OP), version, session_user FROM new_rows;
                IF TG_OP = 'INSERT' THEN
                    DELETE FROM tombstone WHERE id IN (SELECT id FROM new_rows);
                END IF;
            END IF;
            PERFORM pg_notify('{names.channel}', '');
            RETURN NULL;
        END $$"""
    )
    op.execute(
        f"""
        CREATE FUNCTION expect_rows(actual bigint, expected bigint) RETURNS void LANGUAGE plpgsql {pinned} AS $$
        BEGIN
            -- A versioned update or delete that found fewer rows than the client expected: a row
            -- changed since the client read it. Abort the whole step; the client reads again.
            IF actual <> expected THEN
                RAISE EXCEPTION 'a row changed since it was read (% of % found)', actual, expected
                    USING ERRCODE = 'serialization_failure';
            END IF;
        END $$"""
    )
    op.execute(
        f"""
        CREATE FUNCTION notify_presence() RETURNS trigger LANGUAGE plpgsql {pinned} AS $$
        BEGIN
            PERFORM pg_notify('{names.channel}', 'presence');
            RETURN NULL;
        END $$"""
    )
    roles = ", ".join(f"'{kind}'" for kind in ROLES)
    op.execute(
        f"""
        CREATE FUNCTION add_member(p_login text, p_role text, p_display text, p_create boolean, p_verifier text)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER {pinned} AS $$
        DECLARE kind text;
        BEGIN
            IF NOT pg_has_role(session_user, '{names.role("admin")}', 'MEMBER') THEN
                RAISE EXCEPTION 'only an admin of this team project can manage its members'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF p_role NOT IN ({roles}) THEN
                RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
                IF NOT p_create THEN
                    RAISE EXCEPTION 'there is no login % on this server', p_login USING ERRCODE = 'undefined_object';
                END IF;
                EXECUTE format('CREATE ROLE %I LOGIN', p_login);
            END IF;
            IF p_verifier IS NOT NULL THEN
                IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
                    RAISE EXCEPTION 'only a SCRAM verifier is accepted, never a password'
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
            END IF;
            FOREACH kind IN ARRAY ARRAY[{roles}] LOOP
                IF EXISTS (SELECT 1 FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid
                           JOIN pg_roles m ON m.oid = am.member
                           WHERE g.rolname = 'crosscheck_{names.project}_' || kind AND m.rolname = p_login) THEN
                    EXECUTE format('REVOKE %I FROM %I', 'crosscheck_{names.project}_' || kind, p_login);
                END IF;
            END LOOP;
            EXECUTE format('GRANT %I TO %I', 'crosscheck_{names.project}_' || p_role, p_login);
            INSERT INTO member (login, display_name) VALUES (p_login, coalesce(nullif(btrim(p_display), ''), p_login))
                ON CONFLICT (login) DO UPDATE SET display_name = EXCLUDED.display_name;
        END $$"""
    )
    op.execute(
        f"""
        CREATE FUNCTION remove_member(p_login text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER {pinned} AS $$
        DECLARE kind text;
        BEGIN
            IF NOT pg_has_role(session_user, '{names.role("admin")}', 'MEMBER') THEN
                RAISE EXCEPTION 'only an admin of this team project can manage its members'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
                RAISE EXCEPTION 'there is no login % on this server', p_login USING ERRCODE = 'undefined_object';
            END IF;
            FOREACH kind IN ARRAY ARRAY[{roles}] LOOP
                IF EXISTS (SELECT 1 FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid
                           JOIN pg_roles m ON m.oid = am.member
                           WHERE g.rolname = 'crosscheck_{names.project}_' || kind AND m.rolname = p_login) THEN
                    EXECUTE format('REVOKE %I FROM %I', 'crosscheck_{names.project}_' || kind, p_login);
                END IF;
            END LOOP;
            DELETE FROM member WHERE login = p_login;
        END $$"""
    )


def _triggers() -> None:
    for table in ("article", "claim", "passage"):
        op.execute(
            f"CREATE TRIGGER {table}_version BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION stamp_version()"
        )
        if table != "passage":
            op.execute(
                f"CREATE TRIGGER {table}_check BEFORE INSERT OR UPDATE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION check_{table}()"
            )
        for event, reference in (
            ("INSERT", "NEW TABLE AS new_rows"),
            ("UPDATE", "NEW TABLE AS new_rows"),
            ("DELETE", "OLD TABLE AS old_rows"),
        ):
            op.execute(
                f"CREATE TRIGGER {table}_log_{event.lower()} AFTER {event} ON {table} REFERENCING {reference} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION log_change('{table}')"
            )
    for event in ("INSERT", "UPDATE"):  # (statement triggers fire by name: the check before the log)
        op.execute(
            f"CREATE TRIGGER passage_check_{event.lower()} AFTER {event} ON passage "
            "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION check_passages()"
        )
    op.execute(
        "CREATE TRIGGER presence_notify AFTER INSERT OR UPDATE OR DELETE ON presence "
        "FOR EACH STATEMENT EXECUTE FUNCTION notify_presence()"
    )


def _roles(names: ProjectNames) -> None:
    role = {kind: f'"{names.role(kind)}"' for kind in ROLES}
    for kind in ROLES:
        op.execute(f"CREATE ROLE {role[kind]} NOLOGIN")
    for lower, higher in itertools.pairwise(ROLES):
        op.execute(f"GRANT {role[lower]} TO {role[higher]}")
    schema = f'"{names.schema}"'
    op.execute(f"REVOKE ALL ON SCHEMA {schema} FROM PUBLIC")
    op.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role['viewer']}")
    op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role['viewer']}")
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON presence TO {role['viewer']}")
    passage_columns = 'article_id, start, "end", quote, prefix, suffix, claim_id, stance, note, created, created_by, modified, modified_by'
    op.execute(f"GRANT INSERT, DELETE ON passage TO {role['annotator']}")
    op.execute(f"GRANT UPDATE ({passage_columns}) ON passage TO {role['annotator']}")
    claim_columns = "statement, note, tags, colour, created, created_by, modified, modified_by"
    op.execute(f"GRANT INSERT, DELETE ON claim TO {role['annotator']}")
    op.execute(f"GRANT UPDATE ({claim_columns}) ON claim TO {role['annotator']}")
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON unit_vector TO {role['annotator']}")
    op.execute(f"GRANT INSERT ON suggestion_rejection TO {role['annotator']}")
    op.execute(f"GRANT UPDATE (verdict) ON claim TO {role['reviewer']}")
    article_columns = "title, outlet, url, language, published, author, imported_at, created_by, modified, modified_by"
    op.execute(f"GRANT INSERT, DELETE ON article TO {role['admin']}")
    op.execute(f"GRANT UPDATE ({article_columns}) ON article TO {role['admin']}")
    op.execute(f"GRANT INSERT ON article_source TO {role['admin']}")
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON meta TO {role['admin']}")
    for function in ("add_member(text, text, text, boolean, text)", "remove_member(text)"):
        op.execute(f"REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {role['admin']}")
    for function in (
        "stamp_version()",
        "check_article()",
        "check_claim()",
        "check_passages()",
        "log_change()",
        "notify_presence()",
    ):
        op.execute(f"REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC")


def _policies(names: ProjectNames) -> None:
    role = {kind: f'"{names.role(kind)}"' for kind in ROLES}
    op.execute("ALTER TABLE claim ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY claim_read ON claim FOR SELECT TO {role['viewer']} USING (true)")
    op.execute(f"CREATE POLICY claim_edit ON claim FOR UPDATE TO {role['annotator']} USING (true) WITH CHECK (true)")
    op.execute(
        f"CREATE POLICY claim_add_unrated ON claim FOR INSERT TO {role['annotator']} WITH CHECK (verdict = 'Not rated')"
    )
    op.execute(f"CREATE POLICY claim_add_rated ON claim FOR INSERT TO {role['reviewer']} WITH CHECK (true)")
    op.execute(
        f"CREATE POLICY claim_delete_unrated ON claim FOR DELETE TO {role['annotator']} USING (verdict = 'Not rated')"
    )
    op.execute(f"CREATE POLICY claim_delete_rated ON claim FOR DELETE TO {role['reviewer']} USING (true)")
    op.execute("ALTER TABLE meta ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY meta_read ON meta FOR SELECT TO {role['viewer']} USING (true)")
    op.execute(
        f"CREATE POLICY meta_settings ON meta FOR ALL TO {role['admin']} "
        "USING (key LIKE 'setting.%') WITH CHECK (key LIKE 'setting.%')"
    )
    op.execute("ALTER TABLE presence ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY presence_read ON presence FOR SELECT TO {role['viewer']} USING (true)")
    op.execute(
        f"CREATE POLICY presence_own ON presence FOR ALL TO {role['viewer']} "
        "USING (login = session_user AND pid = pg_backend_pid()) "
        "WITH CHECK (login = session_user AND pid = pg_backend_pid())"
    )


def upgrade(names: ProjectNames) -> None:
    _tables()
    _functions(names)
    _triggers()
    _roles(names)
    _policies(names)


def downgrade(names: ProjectNames) -> None:
    for table in (
        "presence",
        "member",
        "change_log",
        "suggestion_rejection",
        "unit_vector",
        "article_source",
        "tombstone",
        "passage",
        "claim",
        "article",
        "meta",
    ):
        op.drop_table(table)
    for function in (
        "stamp_version()",
        "check_article()",
        "check_claim()",
        "check_passages()",
        "log_change()",
        "notify_presence()",
        "expect_rows(bigint, bigint)",
        "add_member(text, text, text, boolean, text)",
        "remove_member(text)",
    ):
        op.execute(f"DROP FUNCTION {function}")
    op.execute("DROP SEQUENCE change_seq")
    op.execute("DROP SEQUENCE row_version")
    for kind in reversed(ROLES):  # the tables' and functions' grants went with them
        role = f'"{names.role(kind)}"'
        op.execute(f'REVOKE ALL ON SCHEMA "{names.schema}" FROM {role}')
        op.execute(f"REVOKE ALL ON alembic_version FROM {role}")
        op.execute(f"DROP ROLE {role}")
