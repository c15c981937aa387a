"""The sync hub: the chain's single source of truth (python -m hub)."""
