"""python main.py [--demo]: starts the store-manager desktop app."""

import importlib
import sys

from desktop.frontdoor import check, requested_language
from desktop.logfile import start_logging

if __name__ == "__main__":
    argv = sys.argv[1:]
    if "--self-test" in argv:  # checks this installation itself: no log file, no splash, nothing written
        from desktop.selftest import run_self_test

        sys.exit(run_self_test())
    start_logging(argv)  # first: a windowed build has no console, its log is the only record
    refused = check(argv)  # before Qt: a missing system library is a message, never an abort
    if refused is not None:
        sys.exit(refused)
    if "-h" in argv or "--help" in argv:
        from desktop.app import main
    else:
        from desktop.splash import show_splash

        # A window within a fraction of a second; the rest of the app loads behind it.
        splash = show_splash(requested_language(argv))
        main = splash.run(lambda: importlib.import_module("desktop.app").main, "loading")
    sys.exit(main())
