"""Evidence Kit core: encrypted vault, records, custody log and dossiers. Never imports Qt."""

__version__ = "0.1.0"
