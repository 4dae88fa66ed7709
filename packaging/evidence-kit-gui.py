"""Entry point of the bundled desktop app (build.spec): the same ``main`` as the
``evidence-kit-gui`` script of an installed wheel."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
