"""A case with 10,000 exhibits: paged model, lazy thumbnails, search, filter, sort, grid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import (
    WAIT_MS,
    add_case,
    add_synthetic_exhibits,
    call_core,
    create_vault,
    make_jpeg,
)
from PySide6.QtCore import Qt

from ui.exhibits_model import ROW_ROLE, THUMB_ROLE
from ui.main_window import MainWindow

N = 10_000


@pytest.fixture
def big_case(qtbot: Any, window: MainWindow, tmp_path: Path) -> MainWindow:
    create_vault(qtbot, window)
    case_id = add_case(qtbot, window, "Large case")
    photo = make_jpeg(tmp_path / "seed.jpg", (1200, 900))
    call_core(qtbot, window, lambda v: add_synthetic_exhibits(v, case_id, N, photo))
    window.workspace.exhibits.load(case_id)
    model = window.workspace.exhibits.model
    qtbot.waitUntil(lambda: model.rowCount() == N, timeout=WAIT_MS)
    return window


def test_opens_with_one_page_and_scrolls_to_the_end(qtbot: Any, big_case: MainWindow) -> None:
    tab = big_case.workspace.exhibits
    model = tab.model
    assert model.loaded_pages == 1, "only the first page is read when the case opens"
    assert tab.count_label.text() == "10,000 exhibits"
    assert model.index(0, 0).data() == "E0001"
    tab.table.scrollToBottom()
    last = model.index(N - 1, 0)
    qtbot.waitUntil(lambda: last.data() == f"E{N:04d}", timeout=WAIT_MS)
    assert model.loaded_pages <= 4, "pages in between were not read"
    assert model.index(N - 1, 1).data() == f"IMG_{N:05d}.jpg"


def test_thumbnails_only_for_visible_rows(qtbot: Any, big_case: MainWindow) -> None:
    tab = big_case.workspace.exhibits
    model, thumbs = tab.model, tab.thumbs
    qtbot.waitUntil(lambda: thumbs.known(model.data(model.index(0, 0), ROW_ROLE)["id"]),
                    timeout=WAIT_MS)
    visible = tab.table.viewport().height() // tab.table.verticalHeader().defaultSectionSize()
    assert 0 < thumbs.requested <= visible + 10
    pixmap = model.data(model.index(0, 0), THUMB_ROLE)
    assert max(pixmap.width(), pixmap.height()) == 256
    before = thumbs.requested
    tab.set_view("grid")

    def last_tile_ready() -> bool:
        # The grid lays out 10,000 tiles in batches; keep asking it to show the last one.
        tab.grid.scrollTo(model.index(N - 1, 0))
        row = model.data(model.index(N - 1, 0), ROW_ROLE)  # E10000 is a photo
        return row is not None and thumbs.known(row["id"])

    qtbot.waitUntil(last_tile_ready, timeout=WAIT_MS)
    assert before < thumbs.requested < 100, "the grid asked only for the tiles on screen"
    stored = call_core(qtbot, big_case, lambda v: v.db["thumbnails"].count)
    assert 0 < stored < 100


def test_search_filter_and_sort_run_in_the_database(qtbot: Any, big_case: MainWindow) -> None:
    tab = big_case.workspace.exhibits
    model = tab.model
    tab.search.setText("IMG_09999")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
    assert model.index(0, 1).data() == "IMG_09999.jpg"
    tab.search.setText("checkpoint 42")  # full-text search over the encrypted FTS index
    expected = sum(1 for n in range(2, N + 1)  # every word, as a prefix, in the description
                   if str(n).startswith("42") or str(n % 97).startswith("42"))
    qtbot.waitUntil(lambda: tab.count_label.text() == f"{expected:,} matching", timeout=WAIT_MS)
    tab.search.setText("E0777")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, 0).data() == "E0777",
                    timeout=WAIT_MS)
    tab.search.clear()
    tab.kind.setCurrentIndex(tab.kind.findData("video"))
    videos = sum(1 for n in range(2, N + 1) if n % 4 == 1)  # see add_synthetic_exhibits
    qtbot.waitUntil(lambda: model.rowCount() == videos, timeout=WAIT_MS)
    tab.kind.setCurrentIndex(0)
    qtbot.waitUntil(lambda: model.rowCount() == N, timeout=WAIT_MS)
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.index(0, 0).data() == f"E{N:04d}", timeout=WAIT_MS)
    tab.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # size
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "E0002", timeout=WAIT_MS)


def test_weird_search_text_is_not_fts_syntax(qtbot: Any, big_case: MainWindow) -> None:
    tab = big_case.workspace.exhibits
    for text in ('"', "AND OR NOT", "a*b(", "near/3", "%_\\"):
        tab.search.setText(text)
        qtbot.waitUntil(lambda: tab.count_label.text().endswith("matching"), timeout=WAIT_MS)
        tab.count_label.clear()
    assert not big_case.messages.isVisible(), big_case.messages.text.text()
