"""PostgreSQL roles of a Qor database (issue 17): the schema belongs to an owner role, used only
from an administrator's connection (`qor init`); the workstations connect as a role of their own
that may read and write rows but owns nothing, so it cannot disable or drop a trigger, and may
not UPDATE, DELETE or TRUNCATE the event log (the triggers of 0012h refuse it besides).

Who the owner is, the database itself tells: the owner of `alembic_version`. Which roles are
workstations, too: the roles other than the owner that may INSERT into `library`. So an upgrade
needs no configuration: it runs as the owner (SET ROLE) so new tables are the owner's, and then
grants the workstations what they need on the new tables."""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
# Rows a workstation only reads and adds: the log, and the schema's version.
APPEND_ONLY = ("event_log",)
READ_ONLY = ("alembic_version",)


class RoleSetupError(Exception):
    """A role cannot be created or used (not PostgreSQL, a bad name, no CREATEROLE)."""


def check_name(name: str) -> str:
    if not ROLE_NAME.match(name):
        raise RoleSetupError(
            f"'{name}' is not a role name Qor accepts (lower-case Latin letters, digits and "
            "underscores, not starting with a digit, up to 63)."
        )
    return name


def _quote(name: str) -> str:
    return '"' + check_name(name) + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _role_exists(connection: Connection, name: str) -> bool:
    query = text("SELECT 1 FROM pg_roles WHERE rolname = :name")
    return connection.execute(query, {"name": name}).first() is not None


def ensure_roles(
    connection: Connection, owner: str, workstation: str, password: str | None
) -> dict[str, bool]:
    """Create the owner (NOLOGIN) and the workstation (LOGIN) roles unless they exist; set the
    workstation's password when one is given. The connecting administrator becomes a member of
    the owner, so it can SET ROLE to it for migrations. Which roles were created is returned."""
    check_name(owner)
    check_name(workstation)
    if owner == workstation:
        raise RoleSetupError("The owner role and the workstation role must differ.")
    me = connection.execute(
        text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).one()
    if not (me[0] or me[1]):
        raise RoleSetupError(
            "Creating Qor's roles takes an administrator's connection: a superuser or a role "
            "with CREATEROLE."
        )
    created = {"owner": False, "workstation": False}
    if not _role_exists(connection, owner):
        connection.execute(text(f"CREATE ROLE {_quote(owner)} NOLOGIN"))
        created["owner"] = True
    if not _role_exists(connection, workstation):
        if password is None:
            raise RoleSetupError(f"The new role '{workstation}' needs a password.")
        connection.execute(
            text(f"CREATE ROLE {_quote(workstation)} LOGIN PASSWORD {_literal(password)}")
        )
        created["workstation"] = True
    elif password is not None:
        connection.execute(
            text(f"ALTER ROLE {_quote(workstation)} LOGIN PASSWORD {_literal(password)}")
        )
    for role in (owner, workstation):
        super_ = connection.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = :name"), {"name": role}
        ).scalar()
        if super_:
            raise RoleSetupError(f"The role '{role}' is a superuser: Qor's roles must not be.")
    if not me[0]:
        connection.execute(text(f"GRANT {_quote(owner)} TO CURRENT_USER"))
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    connection.execute(text(f'GRANT USAGE, CREATE ON SCHEMA "{schema}" TO {_quote(owner)}'))
    connection.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {_quote(workstation)}'))
    # The word postings (migration 0016y) are merged by intarray, a trusted extension that
    # the owner role, running the migrations, may not be allowed to create.
    connection.execute(text(INTARRAY))
    return created


# Create intarray where this role may; where it may not, the catalog keeps no word postings.
INTARRAY = """
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS intarray;
EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
    RAISE NOTICE 'intarray is not available (%): word postings are not kept', SQLERRM;
END $$
"""


def transfer_ownership(connection: Connection, owner: str) -> int:
    """Make the owner role own every table, view, sequence, function and type of the schema
    (a database created before the roles, or by the administrator's own role); how many
    objects changed hands."""
    role = _quote(owner)
    moved = 0
    relations = connection.execute(
        text(
            "SELECT c.relname, c.relkind FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S') "
            "AND pg_get_userbyid(c.relowner) <> :owner "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid "
            "  AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
            "  AND c.relkind = 'S') "
            "ORDER BY c.relkind = 'S', c.relname"
        ),
        {"owner": owner},
    ).all()
    kinds = {"r": "TABLE", "p": "TABLE", "v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE"}
    for name, kind in relations:
        connection.execute(text(f'ALTER {kinds[kind]} "{name}" OWNER TO {role}'))
        moved += 1
    functions = connection.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() AND pg_get_userbyid(p.proowner) <> :owner "
            # An extension's (intarray's) stay its installer's.
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid "
            "  AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e')"
        ),
        {"owner": owner},
    ).scalars()
    for signature in list(functions):
        connection.execute(text(f"ALTER ROUTINE {signature} OWNER TO {role}"))
        moved += 1
    types = connection.execute(
        text(
            "SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            "WHERE n.nspname = current_schema() AND t.typtype IN ('e', 'd') "
            "AND pg_get_userbyid(t.typowner) <> :owner"
        ),
        {"owner": owner},
    ).scalars()
    for name in list(types):
        connection.execute(text(f'ALTER TYPE "{name}" OWNER TO {role}'))
        moved += 1
    return moved


def schema_owner(connection: Connection) -> str | None:
    """The owner of Qor's schema: the owner of its version table (None before the first
    migration)."""
    return connection.execute(
        text(
            "SELECT pg_get_userbyid(c.relowner) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relname = 'alembic_version'"
        )
    ).scalar()


def workstation_roles(connection: Connection) -> list[str]:
    """The roles, other than the owner, that may add rows to `library`: the workstations."""
    return list(
        connection.execute(
            text(
                "SELECT DISTINCT pg_get_userbyid(a.grantee) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a "
                "WHERE n.nspname = current_schema() AND c.relname = 'library' "
                "AND a.privilege_type = 'INSERT' AND a.grantee <> c.relowner "
                "AND a.grantee <> 0 ORDER BY 1"
            )
        ).scalars()
    )


def grant_workstation(connection: Connection, workstation: str) -> None:
    """What a workstation may do: read, add, change and delete rows of every table, except
    the event log (read and add only) and the schema's version (read only); use the
    sequences. Nothing more: it owns nothing, so it can alter no table or trigger."""
    role = _quote(workstation)
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    connection.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {role}'))
    tables = connection.execute(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm')"
        )
    ).scalars()
    for table in list(tables):
        name = f'"{schema}"."{table}"'
        connection.execute(text(f"REVOKE ALL ON {name} FROM {role}"))
        if table in READ_ONLY:
            granted = "SELECT"
        elif table in APPEND_ONLY:
            granted = "SELECT, INSERT"
        else:
            granted = "SELECT, INSERT, UPDATE, DELETE"
        connection.execute(text(f"GRANT {granted} ON {name} TO {role}"))
    connection.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {role}'))
    connection.execute(text(f'GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA "{schema}" TO {role}'))


def refresh_grants(connection: Connection) -> list[str]:
    """Grant every workstation role what it needs on the schema as it now is (after an
    upgrade added tables); the roles refreshed."""
    roles = workstation_roles(connection)
    for role in roles:
        grant_workstation(connection, role)
    return roles


def become_owner(connection: Connection) -> bool:
    """SET ROLE to the schema's owner when the connecting role is not it but may act as it
    (an administrator's connection), so that what a migration creates is the owner's. False
    when nothing was changed (no owner yet, or this connection is the owner)."""
    owner = schema_owner(connection)
    if owner is None:
        return False
    me, may = connection.execute(
        text(
            "SELECT current_user, pg_has_role(current_user, :owner, 'MEMBER') "
            "OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
        ),
        {"owner": owner},
    ).one()
    if me == owner or not may:
        return False
    connection.execute(text(f'SET ROLE "{owner}"'))
    return True
