"""An installed wheel works like a checkout (issue 8): it carries resources/ and finds it.

Builds the wheel from a copy of the tracked files (so nothing the checkout has by accident
gets in), installs it with ``--no-deps`` into a fresh virtual environment whose only other
path is the running interpreter's site-packages (for the dependencies), then runs the
installed programs from a folder outside the checkout, without PYTHONPATH: the demo vault,
an Arabic report (fonts, templates), the desktop app offscreen in Arabic (the .qm
catalogue, the SVG icons). The build uses pip's build isolation, as ``pip install -e .``
does: it gets the setuptools that ``[build-system]`` asks for from the package index.
About 10 s (the first run downloads setuptools).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CODE_PACKAGES = ("evidence_kit", "ui")
RESOURCES = ("evidence-kit.desktop", "demo/case.json", "demo/photos/gate-argun.jpg",
             "fonts/NotoNaskhArabic-Regular.ttf", "fonts/DejaVuSans.ttf",
             "icons/app.svg", "icons/app-256.png", "icons/lock.svg", "templates/un-sp.json",
             "translations/evidence_kit_ar.qm", "translations/evidence_kit_fr.qm",
             "translations/evidence_kit_ru.qm", "wordlists/eff_large_wordlist.txt")
DEMO_PASSPHRASE = "demo-passphrase-not-secret"  # noqa: S105 - public by design

# Run inside the installed environment: where the code and its resources come from.
PROBE = """
import json, sys
import evidence_kit
from evidence_kit.resources import resource, resources_dir
from evidence_kit.passwords import WORDLIST_PATH
from ui import i18n
print(json.dumps({
    "code": evidence_kit.__file__,
    "resources": str(resources_dir()),
    "missing": [p for p in sys.argv[1:] if not resource(*p.split("/")).is_file()],
    "catalogues": {lang: i18n.catalog_path(lang).is_file() for lang in ("ar", "fr", "ru")},
    "wordlist": resource(*WORDLIST_PATH).is_file(),
}))
"""


def _run(args: list, cwd: Path, env: dict, timeout: float = 120) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)
    assert proc.returncode == 0, f"{args[:3]} exited {proc.returncode}:\n{proc.stdout}\n" \
                                 f"{proc.stderr[-4000:]}"
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def _tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                         cwd=REPO, capture_output=True, check=True).stdout
    return [name for name in out.decode().split("\0") if name and (REPO / name).is_file()]


def _copy_tree(files: list[str], dest: Path) -> None:
    for name in files:
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, dest / name)


def _shared_site_packages() -> list[str]:
    """Where the running interpreter finds the dependencies (never the checkout)."""
    return [entry for entry in sys.path
            if Path(entry).name in ("site-packages", "dist-packages") and Path(entry).is_dir()]


def _font_names(pdf_path: Path) -> set[str]:
    import pikepdf

    with pikepdf.open(pdf_path) as pdf:
        return {str(obj.get("/BaseFont")) for obj in pdf.objects
                if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font"}


def _build_env() -> dict:
    """This environment without PYTHONPATH (which points at the checkout in tests)."""
    return {k: v for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "PYTHONHOME", "EVIDENCE_KIT_VAULT",
                         "EVIDENCE_KIT_PASSPHRASE")}


def _app_env(home: Path) -> dict:
    """For the installed programs: settings and data kept in ``home``, fast test KDF."""
    return dict(_build_env(), QT_QPA_PLATFORM="offscreen", EVIDENCE_KIT_LANG="en",
                HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                XDG_DATA_HOME=str(home / ".local"), EVIDENCE_KIT_INSECURE_FAST_KDF="1",
                PYTHONDONTWRITEBYTECODE="1")


@pytest.mark.slow
def test_installed_wheel_ships_and_finds_its_resources(tmp_path: Path) -> None:
    files = _tracked_files()
    src, dist, venv, away = (tmp_path / name for name in ("src", "dist", "venv", "away"))
    away.mkdir()
    _copy_tree(files, src)
    build_env, env = _build_env(), _app_env(tmp_path / "home")

    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", dist, src],
         cwd=tmp_path, env=build_env, timeout=300)
    wheels = list(dist.glob("evidence_kit-*.whl"))
    assert len(wheels) == 1, wheels
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp_path, env=build_env)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    # Installed before the dependencies are visible: pip then never sees the shared
    # environment's own evidence-kit (an editable install), let alone touches it.
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
          "--quiet", wheels[0]], cwd=tmp_path, env=build_env)
    purelib = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                        cwd=away, env=env).stdout.strip())
    shared = _shared_site_packages()
    assert shared, sys.path
    (purelib / "zz-shared-dependencies.pth").write_text("\n".join(shared) + "\n")

    # Every module of the checkout is in the wheel (pyproject.toml lists the packages).
    missing_code = [name for name in files if name.endswith(".py")
                    and name.split("/")[0] in CODE_PACKAGES and not (purelib / name).is_file()]
    assert missing_code == [], "not in the wheel: add the package to [tool.setuptools] " \
                               f"packages in pyproject.toml: {missing_code}"

    probe = json.loads(_run([python, "-c", PROBE, *RESOURCES], cwd=away, env=env).stdout)
    assert Path(probe["code"]).is_relative_to(purelib), probe
    assert Path(probe["resources"]) == purelib / "evidence_kit_resources", probe
    assert probe["missing"] == [], probe
    assert probe["catalogues"] == {"ar": True, "fr": True, "ru": True}, probe
    assert probe["wordlist"], probe
    shipped = {p.relative_to(purelib / "evidence_kit_resources").as_posix()
               for p in (purelib / "evidence_kit_resources").rglob("*") if p.is_file()}
    # All of resources/ but the sources of generated files (pyproject.toml's package-data).
    expected = {name.removeprefix("resources/") for name in files
                if name.startswith("resources/") and not name.endswith((".ts", ".py"))}
    assert shipped == expected, "the wheel's resources differ from resources/: update " \
        f"[tool.setuptools.package-data] in pyproject.toml: extra {sorted(shipped - expected)}" \
        f", missing {sorted(expected - shipped)}"

    cli = bin_dir / "evidence-kit"
    version = _run([cli, "--version"], cwd=away, env=env).stdout
    assert version.startswith("evidence-kit "), version
    vault = tmp_path / "vault"
    _run([cli, "demo", "--vault", vault], cwd=away, env=env)
    env_vault = dict(env, EVIDENCE_KIT_VAULT=str(vault), EVIDENCE_KIT_PASSPHRASE=DEMO_PASSPHRASE)
    report = tmp_path / "report-ar.pdf"
    _run([cli, "report", "--case", "1", "--language", "ar", "--out", report], cwd=away,
         env=env_vault)
    fonts = _font_names(report)
    assert any("NotoNaskhArabic" in name for name in fonts), fonts

    gui = _run([bin_dir / "evidence-kit-gui", "--smoke-test", "--vault", tmp_path / "gui-vault"],
               cwd=away, env=dict(env, EVIDENCE_KIT_LANG="ar"))
    ready = json.loads(gui.stdout.strip().splitlines()[-1])
    assert ready["language"] == "ar" and ready["rtl"] is True, ready
    assert ready["catalogues"] == 2, ready  # ours (the installed .qm) and Qt's own
    assert ready["icons"] is True, ready
