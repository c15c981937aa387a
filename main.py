"""python main.py [--demo]: starts the store-manager desktop app."""

import sys

from desktop.frontdoor import check
from desktop.logfile import start_logging

if __name__ == "__main__":
    start_logging(sys.argv[1:])  # first: a windowed build has no console, its log is the only record
    refused = check(sys.argv[1:])  # before Qt: a missing system library is a message, never an abort
    if refused is not None:
        sys.exit(refused)

    from desktop.app import main

    sys.exit(main())
