"""Raketti's data layer: SQLAlchemy ORM, migrations and domain rules. Never imports Qt."""
