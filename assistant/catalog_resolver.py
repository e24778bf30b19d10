"""Resolve what a buyer wrote ("soft close hinges", "lck3105", "黄铜挂锁", "ningbo guys")
to catalog skus and supplier names before any tool is called.

Order of evidence: an exact or near-exact sku code (case, dashes and missing prefixes
forgiven), then product names by token matching with rapidfuzz (typos, plurals, partial
words), with Chinese product words translated through data/glossary_zh.csv first. A
mention that fits several items equally is ambiguous: the agent asks which one rather
than guessing.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlalchemy import Engine, select

from data.errors import UserInputError
from data.schema import Item, PurchaseOrder, Supplier
from data.store import session_scope

GLOSSARY_FILE = Path(__file__).resolve().parent.parent / "data" / "glossary_zh.csv"
STOPWORDS = frozenset(
    "the a an of on for our we us pls please stock item items product products sku skus how many much "
    "left got have some any and or to in with is are do does x qty units unit pcs pc piece pieces "
    "co ltd limited gmbh inc company supplier suppliers factory guys vendor people folks".split()
)
MIN_NAME_SCORE = 72.0
MIN_MARGIN = 4.0


class ResolutionError(UserInputError):
    """A mention that matches no catalog entry, or several equally well."""

    def __init__(self, message: str, candidates: list[str] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []


@lru_cache(maxsize=1)
def chinese_glossary() -> list[tuple[str, str]]:
    """(Chinese term, English words), longest term first so 黄铜挂锁 reads brass + padlock."""
    with GLOSSARY_FILE.open(encoding="utf-8") as handle:
        pairs = [(row["zh"], row["en"]) for row in csv.DictReader(handle)]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def translate_chinese_terms(text: str) -> str:
    """Replace known Chinese product words by their English equivalents."""
    for chinese, english in chinese_glossary():
        if chinese in text:
            text = text.replace(chinese, f" {english} ")
    return text


def _stem(token: str) -> str:
    if len(token) > 4 and token.endswith("es") and not token.endswith("ses"):
        return token[:-2]
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def name_tokens(text: str) -> list[str]:
    """Lower-case word tokens, numbers split from units ("370mm" → "370", "mm"), stemmed."""
    text = translate_chinese_terms(text).casefold()
    text = re.sub(r"(\d)([a-z])", r"\1 \2", text)
    text = re.sub(r"[^\w.]+|_", " ", text)
    tokens = [token.strip(".") for token in text.split()]
    return [_stem(token) for token in tokens if token and token not in STOPWORDS]


def _token_score(wanted: str, candidate: str) -> float:
    if wanted == candidate:
        return 100.0
    if min(len(wanted), len(candidate)) >= 3 and (candidate.startswith(wanted) or wanted.startswith(candidate)):
        return 95.0
    if wanted.replace(".", "").isdigit() or candidate.replace(".", "").isdigit():
        return 0.0  # 370 is not 250: numbers match exactly or not at all
    return fuzz.ratio(wanted, candidate)


def name_score(mention_tokens: list[str], candidate_tokens: list[str]) -> float:
    """Mean over the mention's tokens of their best match in the candidate (0–100)."""
    if not mention_tokens or not candidate_tokens:
        return 0.0
    best = [max(_token_score(token, other) for other in candidate_tokens) for token in mention_tokens]
    return sum(best) / len(best)


def _code_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


@dataclass(frozen=True)
class CatalogEntry:
    sku: str
    name: str
    supplier: str | None


class CatalogResolver:
    """Catalog lookups for the agent; build once per store with ``from_engine``."""

    def __init__(self, items: list[CatalogEntry], suppliers: list[str]) -> None:
        self.items = items
        self.suppliers = sorted(set(suppliers))
        self._by_code = {_code_key(item.sku): item for item in items}
        self._name_tokens = {item.sku: name_tokens(item.name or "") for item in items}
        self._supplier_tokens = {name: name_tokens(name) for name in self.suppliers}

    @classmethod
    def from_engine(cls, engine: Engine) -> "CatalogResolver":
        with session_scope(engine) as session:
            rows = session.execute(select(Item.sku, Item.name, Item.supplier)).all()
            suppliers = set(session.execute(select(Supplier.name)).scalars())
            suppliers.update(session.execute(select(PurchaseOrder.supplier).distinct()).scalars())
        items = [CatalogEntry(sku, name or "", supplier) for sku, name, supplier in rows]
        suppliers.update(item.supplier for item in items if item.supplier)
        return cls(items, [name for name in suppliers if name])

    def describe(self, sku: str) -> str:
        item = self._by_code.get(_code_key(sku))
        return f"{item.sku} {item.name}" if item else sku

    def resolve_sku(self, mention: str) -> str:
        """The catalog sku meant by ``mention`` (a code or a product name, any language)."""
        mention = str(mention).strip()
        if not mention:
            raise ResolutionError("empty product reference")
        key = _code_key(mention)
        if key in self._by_code:
            return self._by_code[key].sku
        code_match = self._match_code(mention)
        if code_match:
            return code_match
        return self._match_name(mention)

    def _match_code(self, mention: str) -> str | None:
        digits = re.sub(r"\D", "", mention)
        letters = re.sub(r"[^a-z]", "", mention.casefold())
        if not digits or len(letters) > 4 or " " in mention.strip():
            return None  # looks like a name, not a code
        same_digits = [item for code, item in self._by_code.items() if re.sub(r"\D", "", code) == digits]
        if len(same_digits) == 1:
            return same_digits[0].sku  # "3105" or "lck 3105" or a prefix typo
        best = process.extract(_code_key(mention), list(self._by_code), scorer=fuzz.ratio, limit=2)
        if best and best[0][1] >= 88 and (len(best) == 1 or best[0][1] - best[1][1] >= 5):
            return self._by_code[best[0][0]].sku
        return None

    def _match_name(self, mention: str) -> str:
        tokens = name_tokens(mention)
        scored = sorted(
            ((name_score(tokens, self._name_tokens[item.sku]), item) for item in self.items),
            key=lambda pair: -pair[0],
        )
        if not scored or scored[0][0] < MIN_NAME_SCORE:
            raise ResolutionError(f"no catalog item matches {mention!r}")
        top_score, top_item = scored[0]
        rivals = [item for score, item in scored[1:] if top_score - score < MIN_MARGIN]
        if rivals:
            candidates = [top_item, *rivals][:5]
            listed = "; ".join(f"{item.sku} {item.name}" for item in candidates)
            raise ResolutionError(f"{mention!r} fits several items: {listed}", [item.sku for item in candidates])
        return top_item.sku

    def resolve_supplier(self, mention: str) -> str:
        """The catalog supplier meant by ``mention`` ("ningbo guys", "宁波海天", "kessler")."""
        mention = str(mention).strip()
        for name in self.suppliers:
            if name.casefold() == mention.casefold():
                return name
        tokens = name_tokens(mention)
        scored = sorted(
            ((name_score(tokens, self._supplier_tokens[name]), name) for name in self.suppliers),
            key=lambda pair: -pair[0],
        )
        if not scored or scored[0][0] < MIN_NAME_SCORE - 10:
            raise ResolutionError(f"no supplier matches {mention!r}; known: {', '.join(self.suppliers)}")
        if len(scored) > 1 and scored[0][0] - scored[1][0] < MIN_MARGIN:
            listed = ", ".join(name for _, name in scored[:3])
            raise ResolutionError(f"{mention!r} fits several suppliers: {listed}", [name for _, name in scored[:3]])
        return scored[0][1]
