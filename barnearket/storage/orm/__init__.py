"""ORM tables mapped with SQLAlchemy 2 typed declarative classes."""
