"""sqlite-utils no longer drags numpy (17 MB, 0.1 s) into every process that opens a vault,
and numpy stays importable for OpenCV's face detection."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
import evidence_kit.vault, sqlite_utils.db
before = "numpy" in sys.modules
import numpy, cv2
print(json.dumps({"numpy_at_vault_open": before, "sqlite_utils_np": sqlite_utils.db.np is None,
                  "numpy_later": numpy.__name__, "cv2_has_numpy": cv2.__version__ != "",
                  "hidden_left": sys.modules.get("numpy") is None}))
"""


def test_opening_a_vault_does_not_import_numpy_and_opencv_still_works() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result == {"numpy_at_vault_open": False, "sqlite_utils_np": True,
                      "numpy_later": "numpy", "cv2_has_numpy": True, "hidden_left": False}
