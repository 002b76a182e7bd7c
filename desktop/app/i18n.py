"""User interface language: our ``agentdesk_<lang>.qm`` plus Qt's own ``qtbase_<lang>.qm``.

Source strings are English; German is the first market. The ``.ts`` files in
``resources/translations`` are the sources, the ``.qm`` files are built from them by
``make translations`` (``pyside6-lrelease``) and never committed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.app.resources import resource_path

log = logging.getLogger("agentdesk.i18n")

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "en"

# The translators must outlive the call that installs them (Qt does not own them).
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """The folder with our ``.qm`` files, from a source checkout or a PyInstaller bundle."""
    return resource_path("translations")


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def resolve_language(language: str, system: QLocale | None = None) -> str:
    """``de`` or ``en`` for a setting value; ``system`` follows the system locale."""
    if language in LANGUAGES:
        return language
    locale = system if system is not None else QLocale.system()
    return "de" if locale.language() == QLocale.Language.German else DEFAULT_LANGUAGE


def catalog_path(language: str) -> Path:
    return translations_dir() / f"agentdesk_{language}.qm"


def load_translator(path: Path) -> QTranslator | None:
    """A translator loaded from ``path``, or None when the file is missing or unusable."""
    translator = QTranslator()
    if path.is_file() and translator.load(str(path)):
        return translator
    return None


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(app: QCoreApplication, language: str) -> str:
    """Install the catalogues for ``language`` ("system", "de" or "en"); the language used.

    Also makes the matching ``QLocale`` the default, so dates and numbers follow the
    interface language (the system's own locale is kept when its language matches).
    """
    lang = resolve_language(language)
    remove_translators(app)
    ours = load_translator(catalog_path(lang))
    if ours is None:
        log.warning("no translation catalogue %s; showing the English source texts",
                    catalog_path(lang))
    qt_own = load_translator(qt_translations_dir() / f"qtbase_{lang}.qm")
    if qt_own is None and lang != "en":
        log.warning("Qt's own catalogue qtbase_%s.qm was not found in %s", lang,
                    qt_translations_dir())
    for translator in (qt_own, ours):
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    system = QLocale.system()
    if system.language() == QLocale(lang).language():
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(lang))
    log.info("interface language %s (setting %r)", lang, language)
    return lang
