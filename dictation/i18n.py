"""Language choice for messages of the Qt-free core.

The desktop app translates its own strings with Qt's translation system; the core, which must
not import Qt, carries both languages inline and picks one here. German is the default.
"""

from __future__ import annotations

import os


def ui_language() -> str:
    """'de' or 'en': ``DIKTAT_LANG`` wins, then ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``."""
    explicit = os.environ.get("DIKTAT_LANG", "").strip().lower()
    if explicit[:2] in ("de", "en"):
        return explicit[:2]
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").strip().lower()
        if value.startswith("en"):
            return "en"
        if value.startswith("de"):
            return "de"
    return "de"


def tr(german: str, english: str) -> str:
    """The message in the user's language."""
    return english if ui_language() == "en" else german
