"""The interface's two languages (English, Chinese): one table of texts, used two ways.

The texts live in ``assistant/locales/en.json`` and ``zh.json`` (same keys; ``{name}``
placeholders are filled with ``str.format``).

- *Static* texts (tab names, buttons, component labels and placeholders, fixed notes) are
  ``gr.I18n`` keys (``label(key)``): Gradio translates them in the browser, from the
  browser's language (``zh``, ``zh-CN``, ``zh-TW``… → Chinese, anything else → English) or
  the language picked under Settings in the page footer.
- *Built on the server* (the dashboard's title, cards, alerts, table headers, status labels
  and the orders summary): Gradio cannot translate HTML or table headers it did not build,
  so these are rendered in the language of the request's ``Accept-Language`` header
  (``language_of(request)``), i.e. the browser's language as well. The Settings language
  picker does not reach them; they follow the browser.

Alert details are written in either language from the numbers the alert tool returns
(``alert_detail_*``). Order reasons (tool text) and data (item names, messages) are
shown as the tools and files give them. The forecast plot stays in English
(matplotlib has no Chinese font on a bare server).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import gradio as gr
import pandas as pd

from assistant.texts import DEFAULT_LANGUAGE, LANGUAGES, LOCALES_DIR, Language, text, translations  # noqa: F401

I18N = gr.I18n(**translations())
"""Passed to ``launch(i18n=...)``: the browser translates every ``label(key)``."""


def label(key: str) -> Any:
    """A text Gradio translates in the browser (component labels, buttons, tab names, notes)."""
    if key not in translations()[DEFAULT_LANGUAGE]:
        raise KeyError(f"no text {key!r} in {LOCALES_DIR / 'en.json'}")
    return I18N(key)


def html_label(key: str) -> str:
    """``label(key)`` as the string a ``gr.HTML`` value needs (the whole block is one text)."""
    return str(label(key))




def language_from_header(accept_language: str | None) -> Language:
    """The first supported language in an ``Accept-Language`` header, by preference (q)."""
    preferences: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, parameters = part.strip().partition(";")
        quality = 1.0
        if parameters.strip().startswith("q="):
            try:
                quality = float(parameters.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag:
            preferences.append((-quality, position, tag.split("-")[0].casefold()))
    for _, _, primary in sorted(preferences):
        if primary in LANGUAGES:
            return primary  # type: ignore[return-value]
    return DEFAULT_LANGUAGE


def language_of(request: gr.Request | None) -> Language:
    """The language of the browser behind ``request`` (English without a request)."""
    if request is None:
        return DEFAULT_LANGUAGE
    headers = getattr(request, "headers", None) or {}
    return language_from_header(headers.get("accept-language"))


def header_names(keys: Mapping[str, str], language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """``{English header: header in language}`` for a table whose columns map to text keys."""
    return {column: text(key, language) for column, key in keys.items()}


def with_headers(frame: pd.DataFrame, keys: Mapping[str, str], language: str = DEFAULT_LANGUAGE) -> pd.DataFrame:
    """``frame`` (columns named by their English headers) with the headers of ``language``."""
    return frame if language == DEFAULT_LANGUAGE else frame.rename(columns=header_names(keys, language))


def english_headers(frame: pd.DataFrame | None, columns: Sequence[str]) -> pd.DataFrame | None:
    """A table sent back by the browser, its columns renamed (by position) to the English headers."""
    if frame is None or len(frame.columns) != len(columns) or list(frame.columns) == list(columns):
        return frame
    renamed = frame.copy()
    renamed.columns = list(columns)
    return renamed
