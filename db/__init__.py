"""Qor's persistence: SQLAlchemy models, Alembic migrations and database sessions."""
