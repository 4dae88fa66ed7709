"""The ``evidence-kit`` command line: a thin layer of argument parsing over the core."""
