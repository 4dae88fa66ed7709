"""The app's language: which one, its translations, right-to-left, and locale formatting.

The language is, in order: ``$EVIDENCE_KIT_LANG`` (tests, kiosks), the ``language`` key of
the app's QSettings (chosen in View › Language), else the first of the system's UI
languages the app speaks, else English. ``install`` loads our translation
(``resources/translations/evidence_kit_<lang>.qm``, found like every resource from a
checkout, a wheel or the frozen app) and Qt's own (``qtbase_<lang>.qm``: standard dialogs
and buttons), sets the default QLocale used for numbers and dates, and turns the whole
UI right to left for Arabic. It runs before the first window exists, and again when the
user picks another language in View › Language: ``ui/language_switch.py`` then rebuilds
the window's texts at once, without a restart.

Formatting: counts, sizes and dates shown in the UI follow the locale (digits, separators,
date order); what is stored stays as it is. Stored timestamps are UTC and are shown as UTC
with the offset written out; an exhibit's capture time is the camera's local time and is
shown with its UTC offset when the file recorded one. Codes, hashes and fingerprints are
never localised.

Strings are maintained with ``scripts/translations.py`` (see its docstring).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, QTranslator

from evidence_kit.resources import resource

LANGUAGES = {"en": "English", "ru": "Русский", "fr": "Français", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})
ENV_VAR = "EVIDENCE_KIT_LANG"
SETTINGS_KEY = "language"
CATALOG = "evidence_kit"

_installed: list[QTranslator] = []
_current = "en"


def _code(tag: object) -> str:
    """"ar_EG", "ar-EG", "AR" -> "ar"; anything else -> ""."""
    text = str(tag or "").strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    return text if text.isalpha() else ""


def choose_language(settings: QSettings | None = None, environ: Any = None,
                    system_languages: list[str] | None = None) -> str:
    """The language to show: explicit choice (environment, then settings), else system."""
    environ = os.environ if environ is None else environ
    explicit = _code(environ.get(ENV_VAR))
    if not explicit:
        value = (settings or QSettings()).value(SETTINGS_KEY)
        explicit = _code(value) if isinstance(value, str) else ""
    if explicit:
        return explicit if explicit in LANGUAGES else "en"
    for tag in system_languages if system_languages is not None else \
            QLocale.system().uiLanguages():
        if _code(tag) in LANGUAGES:
            return _code(tag)
    return "en"


def current_language() -> str:
    return _current


def installed_catalogues() -> int:
    """How many translators are installed: 2 (ours and Qt's) for a translated language."""
    return len(_installed)


def is_right_to_left(language: str | None = None) -> bool:
    return (language or _current) in RIGHT_TO_LEFT


def catalog_path(language: str) -> Any:
    return resource("translations", f"{CATALOG}_{language}.qm")


def _qt_translation_dirs() -> list[str]:
    from PySide6.QtCore import QLibraryInfo

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(resource("translations"))]


def _locale_for(language: str) -> QLocale:
    """The system locale when it speaks this language (keeps fr_CA, ar_MA, ru_KZ...),
    else the language's default locale."""
    system = QLocale.system()
    if _code(system.name()) == language:
        return system
    return QLocale(language)


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (default: ``choose_language()``), set the
    default locale and the layout direction. Safe to call again (tests switch languages)."""
    global _current
    language = language or choose_language()
    if language not in LANGUAGES:
        language = "en"
    while _installed:
        app.removeTranslator(_installed.pop())
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(catalog_path(language))):
            app.installTranslator(ours)
            _installed.append(ours)
        else:  # a missing catalogue must not stop the app: English it is
            language = "en"
    if language != "en":
        for folder in _qt_translation_dirs():
            qt = QTranslator(app)
            if qt.load(f"qtbase_{language}", folder):
                app.installTranslator(qt)
                _installed.append(qt)
                break
    _current = language
    QLocale.setDefault(_locale_for(language) if language != "en" else
                       _english_locale())
    set_direction(app, language)
    return language


def _english_locale() -> QLocale:
    system = QLocale.system()
    return system if _code(system.name()) == "en" else QLocale("en_GB")


def set_direction(app: QCoreApplication, language: str) -> None:
    """Right to left for Arabic (every widget created afterwards mirrors its layout)."""
    from PySide6.QtGui import QGuiApplication

    if not isinstance(app, QGuiApplication):
        return
    rtl = is_right_to_left(language)
    if rtl == QGuiApplication.isRightToLeft():
        return  # (the usual case: no need for the large Qt namespace at start-up)
    from PySide6.QtCore import Qt

    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                           else Qt.LayoutDirection.LeftToRight)


def save_language(language: str, settings: QSettings | None = None) -> None:
    """Remember an explicit choice ("" = follow the system) for this and later starts."""
    settings = settings or QSettings()
    if language:
        settings.setValue(SETTINGS_KEY, language)
    else:
        settings.remove(SETTINGS_KEY)
    settings.sync()


def _menu_tr(text: str) -> str:
    return QCoreApplication.translate("LanguageMenu", text)


def add_language_menu(window: Any, choose: Callable[[str], None]) -> Any:
    """View › Language: follow the system, or one of LANGUAGES (each named in its own
    language). ``choose`` gets the code ("" = system); ``ui/language_switch.py`` saves it
    and shows the window in that language at once."""
    from PySide6.QtGui import QAction, QActionGroup

    bar = window.menuBar()
    marker = getattr(getattr(window, "actions_", None), "table_view", None)
    view = next((a.menu() for a in bar.actions()  # the View menu: the one with the views
                 if a.menu() is not None and marker in a.menu().actions()), bar)
    if view is not bar:
        view.addSeparator()
    menu = view.addMenu(_menu_tr("&Language"))
    menu.setObjectName("LanguageMenu")
    group = QActionGroup(menu)
    saved = QSettings().value(SETTINGS_KEY)
    saved = _code(saved) if isinstance(saved, str) else ""
    for code, name in [("", _menu_tr("System language")), *LANGUAGES.items()]:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: choose(action.data()))
    return menu


# -- names the core keeps in English ------------------------------------------------------

# evidence_kit.records.BODIES, marked for translation (a test keeps the two equal). Stored
# keys and the core's own output (CLI, reports) stay as they are; the UI shows these.
BODY_NAMES = {
    "icc": QT_TRANSLATE_NOOP("Bodies", "International Criminal Court, Office of the Prosecutor"),
    "un-sp": QT_TRANSLATE_NOOP("Bodies", "UN Special Procedures"),
    "un-mechanism": QT_TRANSLATE_NOOP("Bodies", "UN investigative mechanism"),
    "national": QT_TRANSLATE_NOOP("Bodies", "National authorities or court"),
    "other": QT_TRANSLATE_NOOP("Bodies", "Other body"),
}


# Stored values of a testimony (role, interview mode, basis of knowledge...) as the
# testimony form names them (ui/testimony_form.py ``_vocabulary``; a test keeps them equal).
VOCABULARY = {
    "victim": QT_TRANSLATE_NOOP("TestimonyForm", "Victim"),
    "witness": QT_TRANSLATE_NOOP("TestimonyForm", "Witness"),
    "relative": QT_TRANSLATE_NOOP("TestimonyForm", "Relative"),
    "insider": QT_TRANSLATE_NOOP("TestimonyForm", "Insider"),
    "intermediary": QT_TRANSLATE_NOOP("TestimonyForm", "Intermediary"),
    "other": QT_TRANSLATE_NOOP("TestimonyForm", "Other"),
    "in-person": QT_TRANSLATE_NOOP("TestimonyForm", "In person"),
    "remote": QT_TRANSLATE_NOOP("TestimonyForm", "Remote"),
    "written": QT_TRANSLATE_NOOP("TestimonyForm", "Written"),
    "saw": QT_TRANSLATE_NOOP("TestimonyForm", "Saw it"),
    "heard": QT_TRANSLATE_NOOP("TestimonyForm", "Heard it"),
    "told": QT_TRANSLATE_NOOP("TestimonyForm", "Was told"),
    "document": QT_TRANSLATE_NOOP("TestimonyForm", "From a document"),
}


# Kinds of source (evidence_kit.sources.KINDS) as the source form names them
# (ui/sources_tab.py ``SourceForm``; a test keeps them equal).
SOURCE_KINDS = {
    "web-page": QT_TRANSLATE_NOOP("SourceForm", "Web page"),
    "social-media": QT_TRANSLATE_NOOP("SourceForm", "Social media post"),
    "news-article": QT_TRANSLATE_NOOP("SourceForm", "News article"),
    "ngo-report": QT_TRANSLATE_NOOP("SourceForm", "NGO report"),
    "un-report": QT_TRANSLATE_NOOP("SourceForm", "UN report"),
    "official-document": QT_TRANSLATE_NOOP("SourceForm", "Official document"),
    "court-document": QT_TRANSLATE_NOOP("SourceForm", "Court document"),
    "satellite-imagery": QT_TRANSLATE_NOOP("SourceForm", "Satellite imagery"),
    "dataset": QT_TRANSLATE_NOOP("SourceForm", "Dataset"),
    "book": QT_TRANSLATE_NOOP("SourceForm", "Book"),
    "leaked-document": QT_TRANSLATE_NOOP("SourceForm", "Leaked document"),
    "other": QT_TRANSLATE_NOOP("SourceForm", "Other"),
}


def source_kind(value: str | None) -> str:
    english = SOURCE_KINDS.get(value or "")
    return QCoreApplication.translate("SourceForm", english) if english else value or ""


# A case's status (``evidence_kit.cases.STATUSES``), as Case ▸ Edit case… and the header show it.
CASE_STATUSES = {
    "open": QT_TRANSLATE_NOOP("EditCaseDialog", "Open"),
    "submitted": QT_TRANSLATE_NOOP("EditCaseDialog", "Submitted"),
    "closed": QT_TRANSLATE_NOOP("EditCaseDialog", "Closed"),
    "archived": QT_TRANSLATE_NOOP("EditCaseDialog", "Archived"),
}


def case_status(value: str | None) -> str:
    english = CASE_STATUSES.get(value or "")
    return QCoreApplication.translate("EditCaseDialog", english) if english else value or ""


def vocabulary(value: str | None) -> str:
    """A stored testimony value ("victim", "told") as the form shows it, translated."""
    english = VOCABULARY.get(value or "")
    return QCoreApplication.translate("TestimonyForm", english) if english else value or ""


def body_name(key: str) -> str:
    """The name of a recipient body (``evidence_kit.records.BODIES``) in the UI language."""
    from evidence_kit.records import BODIES

    english = BODIES.get(key)
    return QCoreApplication.translate("Bodies", english) if english else key


# -- formatting --------------------------------------------------------------------------

def _tr(text: str) -> str:
    return QCoreApplication.translate("Formats", text)


def number(value: int | float) -> str:
    """1234567 -> "1,234,567" / "1 234 567" / "١٬٢٣٤٬٥٦٧"."""
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "f", 1)


def data_size(size: int | float | None) -> str:
    """Bytes in B/KB/MB/GB/TB (1024-based), with the locale's digits and decimal mark."""
    if size is None:
        return ""
    units = (_tr("B"), _tr("KB"), _tr("MB"), _tr("GB"), _tr("TB"))
    value = float(size)
    index = 0
    while value >= 1024 and index < len(units) - 1:
        value /= 1024
        index += 1
    locale = QLocale()
    text = locale.toString(int(value)) if index == 0 else locale.toString(value, "f", 1)
    return f"{text} {units[index]}"


def _formats(locale: QLocale) -> tuple[str, str]:
    """The locale's short date (with a four-digit year) and its time with seconds."""
    from PySide6.QtCore import QLocale as L  # noqa: N817

    date = locale.dateFormat(L.FormatType.ShortFormat)
    if "yyyy" not in date:
        date = date.replace("yy", "yyyy")
    time = locale.timeFormat(L.FormatType.ShortFormat)
    if "ss" not in time:
        time = time.replace("mm", "mm:ss", 1)
    return date, time


def calendar_date(text: str | None) -> str:
    """A stored calendar date in the locale's short format: "2026-11-25" -> "25.11.2026" /
    "25/11/2026" / "٢٥‏/١١‏/٢٠٢٦". A partial date ("2026-11", "2026": all a witness
    remembers) and anything unparseable are shown as stored."""
    if not text:
        return ""
    from PySide6.QtCore import QDate, Qt

    value = QDate.fromString(text.strip(), Qt.DateFormat.ISODate)
    if len(text.strip()) != 10 or not value.isValid():
        return text
    locale = QLocale()
    return locale.toString(value, _formats(locale)[0])


def _parse(text: str) -> Any:
    from PySide6.QtCore import QDateTime, Qt

    value = QDateTime.fromString(text, Qt.DateFormat.ISODate)
    if not value.isValid():
        value = QDateTime.fromString(text.replace(" ", "T"), Qt.DateFormat.ISODate)
    return value


def utc_timestamp(text: str | None) -> str:
    """A stored UTC timestamp ("2026-11-25T19:35:07Z") in the locale's format, as UTC:
    "25.11.2026 19:35:07 UTC". Unparseable text is shown unchanged."""
    if not text:
        return ""
    from PySide6.QtCore import QTimeZone

    value = _parse(text)
    if not value.isValid():
        return text
    value = value.toTimeZone(QTimeZone.utc())
    locale = QLocale()
    date, time = _formats(locale)
    return f"{locale.toString(value, date + ' ' + time)} UTC"


def isolate(text: str) -> str:
    """A table cell's text in its own direction inside a right-to-left view: without
    this, an elided Latin title or URL shows its "…" and punctuation on the wrong side."""
    return f"\u2068{text}\u2069" if text and is_right_to_left() else text


def _ltr(text: str) -> str:
    """Latin notation ("+03:00") kept in one piece inside right-to-left text."""
    return f"\u2066{text}\u2069" if is_right_to_left() else text


def local_timestamp(text: str | None, offset: str | None = None, *,
                    compact: bool = False) -> str:
    """A wall-clock time as recorded (a camera's capture time) in the locale's format,
    with its UTC offset when known: "25.11.2026 14:02:11 (UTC+03:00)", or
    "25.11.2026 14:02:11 +03:00" when ``compact`` (a table column)."""
    if not text:
        return ""
    from PySide6.QtCore import QDateTime, Qt

    value = QDateTime.fromString(text.replace(" ", "T")[:19], Qt.DateFormat.ISODate)
    if not value.isValid():
        return text + (f" {_ltr(offset)}" if offset else "")
    locale = QLocale()
    date, time = _formats(locale)
    shown = locale.toString(value, date + " " + time)
    if not offset:
        return shown
    return f"{shown} {_ltr(offset)}" if compact else f"{shown} ({_ltr('UTC' + offset)})"
