"""Entry point of the bundled command line (build.spec): the same ``main`` as the
``evidence-kit`` script of an installed wheel."""

import sys

from evidence_kit.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
