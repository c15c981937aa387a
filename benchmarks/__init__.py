"""Reproducible speed and scale measurements of the sync hub; run with ``python -m benchmarks``."""
