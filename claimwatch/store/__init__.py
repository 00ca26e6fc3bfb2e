"""The project's store: SQLAlchemy models, engine set-up and Alembic migrations."""
