"""The texts of the interface and the answers in both languages (no Gradio needed).

``assistant/locales/en.json`` and ``zh.json`` hold the same keys; ``{name}`` placeholders are
filled with ``str.format``. assistant/i18n.py builds the browser-side translation on this;
the agent's answers (assistant/answers.py) use it directly.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from assistant.language import Language

LOCALES_DIR = Path(__file__).parent / "locales"
LANGUAGES: tuple[Language, ...] = ("en", "zh")
DEFAULT_LANGUAGE: Language = "en"


@functools.cache
def translations() -> dict[str, dict[str, str]]:
    """``{language: {key: text}}`` read from ``assistant/locales/<language>.json``."""
    return {
        language: json.loads((LOCALES_DIR / f"{language}.json").read_text(encoding="utf-8"))
        for language in LANGUAGES
    }


def text(key: str, language: str = DEFAULT_LANGUAGE, **values: Any) -> str:
    """The text of ``key`` in ``language`` (English when missing there), placeholders filled."""
    table = translations()
    template = table.get(language, {}).get(key) or table[DEFAULT_LANGUAGE][key]
    return template.format(**values) if values else template
