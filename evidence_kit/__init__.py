"""Evidence Kit core: encrypted vault, records, custody log and dossiers. Never imports Qt."""

from . import numpy_guard

__version__ = "0.1.0"

numpy_guard.install()
