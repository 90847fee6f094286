"""A catalog made before the per-language sort keys: upgrading it computes them for every
record, so its results sort in Russian and English order at once, and in Kazakh order by the
new Kazakh keys."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from app.catalog.records import create_record
from app.catalog.search import search
from app.security.roles import Actor
from db import migrate, roles
from db.session import Database
from tests.conftest import as_administrator
from tests.records import book

TITLES = ["Үркер", "Learning Python", "Ель", "Ұлытау", "Ёж", "Урал", "Ежи"]


def test_upgrading_an_older_catalog_sorts_it_in_every_language(db: Database, admin: Actor) -> None:
    for title in TITLES:
        create_record(db, admin, book(title, "Автор, Аты", "2001"))
    config = migrate.alembic_config()
    # Migrations are the administrator's (a workstation role may not alter the schema).
    with as_administrator(db) as admin_db:
        with admin_db.engine.connect() as connection:
            # As `qor init` does on PostgreSQL: what the downgrade makes back is the owner's.
            owner = not db.is_sqlite and roles.become_owner(connection)
            config.attributes["connection"] = connection
            command.downgrade(config, "0008c@-1")  # back to before the keys, that branch only
            connection.commit()
            if owner:
                connection.execute(text("RESET ROLE"))
                connection.commit()
        # Keys as the old code wrote them would be replaced: here, none at all.
        with db.write() as session:
            session.execute(text("UPDATE record SET title_sort = :k, author_sort = :k"), {"k": b""})

        assert not migrate.is_current(db)  # what start-up checks before sign-in
        migrate.upgrade(admin_db)
    assert migrate.is_current(db)

    def order(language: str) -> list[str]:
        return [h.title for h in search(db, "", sort="title", language=language).hits]

    assert order("kk") == ["Ежи", "Ель", "Ёж", "Урал", "Ұлытау", "Үркер", "Learning Python"]
    assert order("ru") == ["Ёж", "Ежи", "Ель", "Урал", "Үркер", "Ұлытау", "Learning Python"]
    assert order("en") == ["Learning Python", "Ёж", "Ежи", "Ель", "Урал", "Үркер", "Ұлытау"]


def test_the_migration_keeps_its_own_copy_of_the_sort_keys() -> None:
    """0008 computes keys with a frozen copy of folding.sort_key: the migration does not change
    when the application's code does. While the two agree, rows the migration filled and rows
    saved since sort together; a change to folding.sort_key needs a migration recomputing
    the keys (and then this test is updated to name it)."""
    import ast
    import importlib.util

    from app.catalog.folding import SORT_LANGUAGES, sort_key

    path = migrate.MIGRATIONS / "versions" / "0008_catalog_sort_languages.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not any(name and name.startswith("app") for name in imported)
    spec = importlib.util.spec_from_file_location("migration_0008", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    texts = [*TITLES, "Абай-Құнанбаев", "Émile Zola", "Ғылым", "ї", "Қазақстан 2050", ""]
    for language in SORT_LANGUAGES:
        assert [module.sort_key(t, language) for t in texts] == [
            sort_key(t, language) for t in texts
        ]
