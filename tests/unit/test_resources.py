"""Where resources come from: the frozen app's copy, else the checkout, else the installed
package (tests/e2e/test_wheel.py checks a real installed wheel)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from evidence_kit import resources

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An installed-looking ``evidence_kit_resources`` (namespace package) on sys.path."""
    site = tmp_path / "site-packages"
    folder = site / resources.PACKAGE
    (folder / "fonts").mkdir(parents=True)
    (folder / resources.MARKER).write_text("[Desktop Entry]\n")
    monkeypatch.syspath_prepend(str(site))
    importlib.invalidate_caches()
    return folder


def test_a_checkout_uses_its_resources_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resources.resources_dir() == REPO / "resources"
    assert resources.resource("fonts", "DejaVuSans.ttf").is_file()


def test_the_frozen_app_uses_its_bundled_copy(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert resources.resource("icons", "app.svg") == tmp_path / "resources" / "icons" / "app.svg"


def test_an_install_without_checkout_uses_the_package(installed: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(resources, "CHECKOUT", tmp_path / "no-such-folder")
    assert resources.resources_dir() == installed
    assert resources.resource("fonts") == installed / "fonts"


def test_a_stray_resources_folder_is_not_taken_for_ours(installed: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """site-packages/resources of some other distribution has no evidence-kit.desktop."""
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    stray = tmp_path / "stray" / "resources"
    (stray / "fonts").mkdir(parents=True)
    monkeypatch.setattr(resources, "CHECKOUT", stray)
    assert resources.resources_dir() == installed


def test_nothing_found_names_the_checkout_place(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(resources, "CHECKOUT", tmp_path / "gone")
    monkeypatch.setattr(resources, "PACKAGE", "evidence_kit_resources_not_installed")
    assert resources.resources_dir() == tmp_path / "gone"
