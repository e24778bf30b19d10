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
    "co ltd limited gmbh inc company supplier suppliers factory guys vendor people folks "
    # function words that prefix product words ("was" is not "washers", "pan" is)
    "was were be been will would can could may per by from at as it its this that these those than "
    "now not no all each only also just but if when same other".split()
)
MIN_NAME_SCORE = 72.0
# Words that many company names share: a supplier is recognised in free text by the others.
GENERIC_COMPANY_WORDS = frozenset(
    "hardware lighting electrical electric wholesale daily product products trading trade industrial industry "
    "international group holding holdings manufacturing manufacturer tool tools supply supplies logistics "
    "import export technology tech sales shop store uk china sealant sealants fixing fixings".split()
)
# Places that lead many Chinese company names (宁波海天 = Ningbo + the brand Haitian): the
# brand alone ("海天", "佳利日用品") still names the company.
PLACE_WORDS = frozenset(
    "ningbo shenzhen yiwu guangzhou shanghai beijing xiamen dongguan foshan hangzhou suzhou wenzhou qingdao "
    "tianjin zhongshan jiangmen taizhou jinhua cixi yuyao shantou hong kong hk zhejiang guangdong jiangsu fujian".split()
)
FREE_MAIL_DOMAINS = frozenset(
    "163.com 126.com yeah.net qq.com foxmail.com sina.com sina.cn sohu.com aliyun.com 139.com 189.cn "
    "gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com yahoo.co.uk icloud.com "
    "me.com aol.com gmx.de gmx.net web.de mail.com proton.me protonmail.com".split()
)
MIN_MARGIN = 4.0
# Words for how goods are packed (stemmed): "500 sets" names no product, though one is a "brush set"
PACK_WORDS = frozenset("set kit pack box bag pair case carton ctn roll drum".split())
# Words that describe any item (size, colour, finish): one of them alone names no product ("metres per size")
ATTRIBUTE_WORDS = frozenset("size white black silver grey level warm heavy duty".split())
UNIT_WORDS = frozenset("pc pcs piece stk stck stück each per unit outer doz dozen".split())


class ResolutionError(UserInputError):
    """A mention that matches no catalog entry, or several equally well."""

    def __init__(self, message: str, candidates: list[str] | None = None, mention: str | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []
        self.mention = mention  # what the buyer wrote, when it matched nothing


@lru_cache(maxsize=1)
def chinese_glossary() -> list[tuple[str, str]]:
    """(Chinese term, English words), longest term first so 黄铜挂锁 reads brass + padlock."""
    with GLOSSARY_FILE.open(encoding="utf-8") as handle:
        pairs = [(row["zh"], row["en"]) for row in csv.DictReader(handle)]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


# Chinese units after a number ("5米" is 5 m); only after digits, since 米 alone also
# appears in words (米色 beige, 纳米 nano).
CHINESE_UNITS = [
    (re.compile(r"(?<=\d)\s*" + chinese), f" {unit} ")
    for chinese, unit in (("毫米", "mm"), ("厘米", "cm"), ("公分", "cm"), ("米", "m"), ("毫升", "ml"), ("升", "l"),
                          ("公斤", "kg"), ("千克", "kg"), ("克", "g"), ("英寸", "in"))
]


def translate_chinese_terms(text: str) -> str:
    """Replace known Chinese product words by their English equivalents."""
    for chinese, english in chinese_glossary():
        if chinese in text:
            text = text.replace(chinese, f" {english} ")
    return text


# A bracketed aside ("(配3把钥匙)", "（同一钥匙）", "(new style)"): it describes an item, it does not name one
ASIDE_RE = re.compile(r"[(（][^()（）]*[)）]")


# Chinese characters that carry no product meaning: counters, units, colour and pack words
CHINESE_FILLER = set("级号只个套件箱包双卷支台把副色的装对款型新每根条片米毫寸瓦小时")


def _mostly_unknown_chinese(text: str) -> bool:
    """Whether half or more of the Chinese characters of a short description are words the
    glossary does not know: the known ones ("胶带", "射灯") then name only the kind of product,
    and the unknown ones ("美纹纸", "轨道") may make it one the catalog does not have (masking
    tape is not the catalog's duct tape). A sentence (punctuation, or more than ten Chinese
    characters) is left to the scoring: its other words are no product's."""
    text = ASIDE_RE.sub(" ", text)  # an aside "(配3把钥匙)" describes, it does not name
    chinese = [char for char in re.findall(r"[\u3400-\u9fff]", text) if char not in CHINESE_FILLER]
    if len(chinese) > 10 or re.search(r"[,，:：。;；!！?？]", text):
        return False
    unknown = [char for char in re.findall(r"[\u3400-\u9fff]", translate_chinese_terms(text)) if char not in CHINESE_FILLER]
    return len(unknown) >= 3 and len(unknown) * 2 >= len(chinese)


def _stem(token: str) -> str:
    """The singular of an English plural: boxes → box, switches → switch, batteries → battery,
    tubes → tube, comes → come (not "com", which would look like "combination")."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 4 and re.search(r"(?:x|z|ch|sh)es$", token):
        return token[:-2]
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


# Trade words that name the same thing (British/US usage, abbreviations): read as the catalog's
EN_SYNONYMS = (
    (re.compile(r"\bt\s?&\s?e\b"), "twin earth"), (re.compile(r"\bspanners?\b"), "wrench"),
    (re.compile(r"\bslides?\b"), "runner"), (re.compile(r"\bcavity\b"), "hollow"), (re.compile(r"\bpp3\b"), "9 v"),
    (re.compile(r"\bbathroom\b"), "sanitary"), (re.compile(r"\bwoodscrews?\b"), "wood screws"), (re.compile(r"\binsulated\b"), "vde"),
    # trade abbreviations of ERP lines ("RCD DBL SKT 13A 30MA", "1G 2W SWITCH 10A WHT")
    (re.compile(r"\bdbl\b"), "double"), (re.compile(r"\bskts?\b"), "socket"), (re.compile(r"\bwht\b"), "white"),
    (re.compile(r"\bblk\b"), "black"), (re.compile(r"\bgalv\b\.?"), "galvanised"),
)


def name_tokens(text: str) -> list[str]:
    """Lower-case word tokens, numbers split from units ("370mm" → "370", "mm"), stemmed."""
    text = translate_chinese_terms(text).casefold()
    for pattern, words in EN_SYNONYMS:
        text = pattern.sub(words, text)
    text = re.sub(r"(?<=\d)\s*[x×*]\s*(?=\d)", " x ", text)  # "40x40x40" is 40 x 40 x 40
    text = re.sub(r"(\d)([a-z])", r"\1 \2", text)
    text = re.sub(r"[^\w.]+|_", " ", text)
    tokens = [re.sub(r"^(\d+)\.0+$", r"\1", token.strip(".")) for token in text.split()]  # "5.0" is 5
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


def _same_company_domain(known: str, domain: str) -> bool:
    """mail.kessler-werkzeug.de and kessler-werkzeug.de are one company's domain."""
    return known == domain or domain.endswith("." + known) or known.endswith("." + domain)


def _read_csv_rows(path: Path, required: str) -> list[dict[str, str]]:
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None or required not in [name.strip() for name in reader.fieldnames]:
                raise UserInputError(f"{path}: expected a CSV with a '{required}' column")
            return [{(key or "").strip(): value for key, value in row.items()} for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise UserInputError(f"{path}: cannot read the catalog ({error})") from None


@dataclass(frozen=True)
class CatalogEntry:
    sku: str
    name: str
    supplier: str | None


class CatalogResolver:
    """Catalog lookups for the agent; build once per store with ``from_engine``."""

    def __init__(
        self, items: list[CatalogEntry], suppliers: list[str], supplier_emails: dict[str, str] | None = None
    ) -> None:
        self.items = items
        self.suppliers = sorted(set(suppliers) | set((supplier_emails or {}).values()))
        # e-mail address (lower case) → supplier name, from suppliers.csv / the Supplier table
        self.supplier_emails = {address.strip().casefold(): name for address, name in (supplier_emails or {}).items() if address}
        self._by_code = {_code_key(item.sku): item for item in items}
        self._name_tokens = {item.sku: name_tokens(item.name or "") for item in items}
        self._supplier_tokens = {name: name_tokens(name) for name in self.suppliers}
        self._descriptions: dict[str, str | None] = {}  # resolve_description answers, by text

    @classmethod
    def from_engine(cls, engine: Engine) -> "CatalogResolver":
        with session_scope(engine) as session:
            rows = session.execute(select(Item.sku, Item.name, Item.supplier)).all()
            supplier_rows = session.execute(select(Supplier.name, Supplier.email)).all()
            suppliers = {name for name, _ in supplier_rows}
            suppliers.update(session.execute(select(PurchaseOrder.supplier).distinct()).scalars())
        items = [CatalogEntry(sku, name or "", supplier) for sku, name, supplier in rows]
        suppliers.update(item.supplier for item in items if item.supplier)
        emails = {email: name for name, email in supplier_rows if email}
        return cls(items, [name for name in suppliers if name], emails)

    @classmethod
    def from_csv(cls, items_csv: Path, suppliers_csv: Path | None = None) -> "CatalogResolver":
        """A resolver from items.csv (sku,name,supplier,...) and optionally suppliers.csv
        (supplier,email,...); unreadable files raise UserInputError naming the file."""
        items: list[CatalogEntry] = []
        suppliers: set[str] = set()
        emails: dict[str, str] = {}
        for row in _read_csv_rows(items_csv, required="sku"):
            sku = (row.get("sku") or "").strip()
            if sku:
                supplier = (row.get("supplier") or "").strip() or None
                items.append(CatalogEntry(sku, (row.get("name") or "").strip(), supplier))
                if supplier:
                    suppliers.add(supplier)
        if suppliers_csv is not None:
            for row in _read_csv_rows(suppliers_csv, required="supplier"):
                name = (row.get("supplier") or "").strip()
                if name:
                    suppliers.add(name)
                    if (row.get("email") or "").strip():
                        emails[row["email"].strip()] = name
        return cls(items, sorted(suppliers), emails)

    def find_code(self, mention: str) -> str | None:
        """The catalog sku a code-like token means (typos, missing prefix forgiven), else None."""
        key = _code_key(mention)
        if not key:
            return None
        if key in self._by_code:
            return self._by_code[key].sku
        return self._match_code(mention)

    def entry(self, sku: str) -> CatalogEntry | None:
        """The catalog entry of an exact sku (case, dashes and spaces ignored), else None."""
        return self._by_code.get(_code_key(sku))

    def closest_code(self, mention: str, min_score: float = 80.0) -> str | None:
        """The sku whose code is clearly the closest to ``mention`` (a looser typo match, e.g.
        transposed digits): callers confirm it with the product words around the code."""
        best = process.extract(_code_key(mention), list(self._by_code), scorer=fuzz.ratio, limit=2)
        if best and best[0][1] >= min_score and (len(best) == 1 or best[0][1] - best[1][1] >= 5):
            return self._by_code[best[0][0]].sku
        return None

    def resolve_description(self, text: str) -> str | None:
        """The catalog sku a product description (English or Chinese) clearly means, else None.

        Chinese words are translated with the glossary; words it does not know are left
        out rather than counted as misses. Ambiguous or weak matches give None.
        """
        if text not in self._descriptions:
            if len(self._descriptions) > 20000:
                self._descriptions.clear()
            self._descriptions[text] = self._resolve_description(text)
        return self._descriptions[text]

    def _resolve_description(self, text: str) -> str | None:
        if _mostly_unknown_chinese(text):
            return None  # "美纹纸胶带" is masking tape, not the catalog's duct tape: "tape" alone is not enough
        tokens = [token for token in name_tokens(text) if not re.search(r"[\u3400-\u9fff]", token)]
        if not any(re.search(r"[a-z]{3,}", token) for token in tokens):
            return None
        scored = sorted(
            ((name_score(tokens, self._name_tokens[item.sku]), item) for item in self.items),
            key=lambda pair: -pair[0],
        )
        if not scored or scored[0][0] < MIN_NAME_SCORE:
            return None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < MIN_MARGIN:
            return None
        best = scored[0][1]
        # words, and short letter codes the item's name has too ("AA 24 packs": aa)
        words = [token for token in tokens if re.search(r"[a-z]{3,}", token)
                 or re.fullmatch(r"[a-z]{2}", token) and token in self._name_tokens[best.sku]]
        strong = [token for token in words if token not in PACK_WORDS | ATTRIBUTE_WORDS
                  and max(_token_score(token, other) for other in self._name_tokens[best.sku]) >= 90]
        if not strong:
            return None  # only look-alike or pack words ("cancel" ~ "panel", "500 sets"): no product named
        return best.sku

    def resolve_description_fully(self, text: str) -> str | None:
        """Like :meth:`resolve_description`, but only when the words of ``text`` are the item's
        (at most one unknown word in four): "黑色尼龙扎带 370×4.8 抗紫外线" is the UV cable ties,
        "Fused spur 13A switched white" is no switched socket (a fused spur is another product).
        For table cells, where a name is all the row says about the item."""
        sku = self.resolve_description(text)
        if sku is None:
            return None
        # each part of a bilingual cell ("Latthammer 16 oz / claw hammer 16 oz") on its own; the written
        # English words only (the glossary's translations of Chinese words are the item's words already);
        # pack words ("50 BAGS/CTN") and a bracketed aside (a brand: "(Hager)") name no product; one
        # unknown word in four is a wording ("4-way" for "4-gang"), two are another product
        for part in [text, *re.split(r"\s+/\s+", text)]:
            latin = ASIDE_RE.sub(" ", re.sub(r"[\u3400-\u9fff]+", " ", part))
            words = [token for token in name_tokens(latin) if re.fullmatch(r"[a-z][a-z.]{2,}", token) and token not in PACK_WORDS | UNIT_WORDS]
            unknown = [word for word in words if max(_token_score(word, other) for other in self._name_tokens[sku]) < 90]
            if self.resolve_description(part) == sku and (not unknown or len(unknown) == 1 and len(words) >= 4):
                return sku
        return None

    def supplier_for_address(self, address: str) -> str | None:
        """The supplier whose e-mail address (or, for a company domain, whose domain) this is."""
        address = address.strip().casefold()
        if not address or "@" not in address:
            return None
        if address in self.supplier_emails:
            return self.supplier_emails[address]
        domain = address.rsplit("@", 1)[1]
        if domain in FREE_MAIL_DOMAINS or domain.split(".", 1)[0] in ("163", "126", "qq", "gmail", "yahoo", "hotmail", "outlook"):
            return None
        matches = {name for known, name in self.supplier_emails.items() if _same_company_domain(known.rsplit("@", 1)[-1], domain)}
        return matches.pop() if len(matches) == 1 else None

    def suppliers_in_text(self, text: str) -> list[str]:
        """Catalog suppliers whose distinctive name words (Ningbo + Haitian, 宁波海天) all occur in
        ``text``; failing that, the one whose brand words without the leading place (佳利 for Yiwu
        Jiali) or whose initials and remaining words ("TV Sealants") occur."""
        words = set(name_tokens(text))
        found = []
        for name in self.suppliers:
            distinctive = self._distinctive_tokens(name)
            if distinctive and all(token in words for token in distinctive):
                found.append(name)
        if found:
            return found
        brands = [name for name in self.suppliers if self._brand_named(name, words)]
        return brands if len(brands) == 1 else []

    def _distinctive_tokens(self, name: str) -> list[str]:
        """A supplier's name words without those many company names share ("hardware", "ltd")."""
        return [token for token in self._supplier_tokens[name] if token not in GENERIC_COMPANY_WORDS]

    def _brand_named(self, name: str, words: set[str]) -> bool:
        distinctive = self._distinctive_tokens(name)
        if len(distinctive) >= 2 and distinctive[0] in PLACE_WORDS:
            brand = [token for token in distinctive[1:] if token not in PLACE_WORDS]
            if brand and all(len(token) >= 4 and token in words for token in brand):
                return True
        # "TV Sealants" for Thames Valley Sealants: the leading words' initials, then the rest
        original = [word for word in re.findall(r"[A-Za-z]+", name) if word.casefold() not in STOPWORDS]
        for size in range(2, len(original)):
            initials = "".join(word[0] for word in original[:size]).casefold()
            rest = name_tokens(" ".join(original[size:]))
            if rest and initials in words and all(token in words for token in rest):
                return True
        return False

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
        with_units = mention
        for pattern, unit in CHINESE_UNITS:
            with_units = pattern.sub(unit, with_units)
        tokens = name_tokens(with_units)
        scored = sorted(
            ((name_score(tokens, self._name_tokens[item.sku]), item) for item in self.items),
            key=lambda pair: -pair[0],
        )
        if not scored or scored[0][0] < MIN_NAME_SCORE:
            raise ResolutionError(f"no catalog item matches {mention!r}", mention=mention)
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
        # A word found in no supplier's name ("那家", "screws" in "Midlands那家螺丝供应商")
        # cannot tell suppliers apart; it is left out rather than counted as a miss.
        known = [token for token in tokens if any(
            _token_score(token, other) >= MIN_NAME_SCORE for name in self.suppliers for other in self._supplier_tokens[name])]
        tokens = known or tokens
        scored = sorted(
            ((name_score(tokens, self._supplier_tokens[name]), name) for name in self.suppliers),
            key=lambda pair: -pair[0],
        )
        if not scored or scored[0][0] < MIN_NAME_SCORE - 10:
            raise ResolutionError(f"no supplier matches {mention!r}; known: {', '.join(self.suppliers)}", mention=mention)
        if len(scored) > 1 and scored[0][0] - scored[1][0] < MIN_MARGIN:
            listed = ", ".join(name for _, name in scored[:3])
            raise ResolutionError(f"{mention!r} fits several suppliers: {listed}", [name for _, name in scored[:3]])
        return scored[0][1]
