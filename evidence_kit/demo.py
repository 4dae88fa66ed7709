"""The built-in, clearly fictional demo case (resources/demo), loaded through the same
public functions a user's own import goes through, so the demo exercises real code paths.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import cases, sources, testimonies
from .errors import VaultCorrupt
from .ingest import ExhibitDetails, ingest_file
from .records import Record
from .resources import resource
from .vault import Vault

DEMO_FORMAT = "evidence-kit-demo/1"
DEMO_PASSPHRASE = "demo-passphrase-not-secret"  # noqa: S105 - public by design


def demo_dir() -> Path:
    return resource("demo")


def load_demo_spec(folder: Path | None = None) -> dict:
    folder = folder or demo_dir()
    spec = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    if spec.get("format") != DEMO_FORMAT:
        raise VaultCorrupt("{path} is not a demo case description.",
                           path=str(folder / "case.json"))
    return spec


def add_demo_case(vault: Vault, folder: Path | None = None) -> Record:
    """Create the demo case, its exhibits, testimonies and sources in ``vault``."""
    folder = folder or demo_dir()
    spec = load_demo_spec(folder)
    info = spec["case"]
    case = cases.add_case(vault, info["title"], summary=info.get("summary", ""),
                          situation=info.get("situation", ""), country=info.get("country", ""),
                          target_body=info.get("target_body", "other"))
    for item in spec.get("exhibits", []):
        details = ExhibitDetails(description=item.get("description", ""),
                                 location_text=item.get("location", ""),
                                 acquired_how=item.get("acquired_how", "copied from file"),
                                 acquired_by=item.get("acquired_by", ""),
                                 tags=list(item.get("tags", [])))
        ingest_file(vault, case, folder / item["file"], details)
    for name in spec.get("testimonies", []):
        testimonies.add_testimony(vault, case, testimonies.load_json(folder / name))
    for src in spec.get("sources", []):
        sources.add_source(vault, case, sources.SourceInput(
            title=src["title"], kind=src.get("kind", "other"), author=src.get("author", ""),
            publisher=src.get("publisher", ""), url=src.get("url", ""),
            published_date=src.get("published", ""), accessed_date=src.get("accessed", ""),
            quote=src.get("quote", ""), reliability=src.get("reliability", ""),
            credibility=src.get("credibility", ""), notes=src.get("notes", "")))
    return case
