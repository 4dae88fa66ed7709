"""Stop early, with a clear message, on a Python older than 3.11."""

import sys

if sys.version_info < (3, 11):  # noqa: UP036 - runs under any python3, to say which is needed
    sys.exit(f"Evidence Kit needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
