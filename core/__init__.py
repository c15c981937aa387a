"""The business: domain types, rules, SQLAlchemy models, services, event schemas. No Qt, no sockets."""
