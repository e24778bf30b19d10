"""Which language a buyer wrote in: English or Chinese (SPEC §7 ``language``)."""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["en", "zh"]

HAN_CHARACTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def detect_language(text: str) -> Language:
    """``zh`` when Chinese characters carry the question, else ``en``.

    Chinese text often embeds Latin codes ("LCK-3105 还有多少库存"), so a few Han
    characters outweigh many Latin words: one Han character carries about a word.
    """
    han = len(HAN_CHARACTER.findall(text))
    latin_words = len(LATIN_WORD.findall(text))
    return "zh" if han >= 2 and han >= 0.5 * latin_words else "en"
