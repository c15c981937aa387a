"""Chaos tests: a real hub and real sync clients under network faults and process crashes."""
