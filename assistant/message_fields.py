"""Numbers, currencies, quantities and dates as suppliers write them (English and Chinese).

Text is first normalised (``normalize_text``): NFKC (full-width digits and punctuation
become ASCII), Chinese numerals followed by a measure word or a date unit become Arabic
digits (两千五百只 → 2500只, 十二月八日 → 12月8日), "1.5万" → 15000. Every value the parser
extracts is then read from, and checked against, that normalised text.

Dates resolve against the received date (SPEC §8): "within N days" = received + N;
下周三 / "next Wednesday" = that weekday of the next calendar week; 本月底 / "end of this
month" = last day of the month; a day and month without a year = the next such date on
or after the received date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

import cn2an
from opencc_purepy import OpenCC

# -- numbers ---------------------------------------------------------------------------
CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
CN_UNITS = "十百千万亿拾佰仟"
CN_NUMERAL = f"[{CN_DIGITS}{CN_UNITS}]+(?:点[{CN_DIGITS}]+)?"
# Measure words and units after which a Chinese numeral is a count.
ZH_COUNT_WORDS = "只个件套箱包卷把副付双台条盒支片对打根桶瓶罐袋张块组盏粒颗托柜批款"  # 付 is a common writing of 副 (pair)
ZH_DATE_UNITS = "月日号天周年"
CN_NUMERAL_RE = re.compile(
    rf"(?<![{CN_DIGITS}{CN_UNITS}星期周礼拜])({CN_NUMERAL})(?=\s*(?:[{ZH_COUNT_WORDS}{ZH_DATE_UNITS}]|个月|小时|%|元|美元|欧元|英镑|人民币))"
)
CN_STANDALONE_RE = re.compile(rf"({CN_NUMERAL})")
WAN_RE = re.compile(r"(\d+(?:\.\d+)?)\s*([万千])(?![克米瓦伏])")
NUMBER_RE = re.compile(  # not the digits of a code ("BRK1042"), but an amount glued to its currency ("USD4.60")
    r"(?:(?<![A-Za-z0-9_.])|(?<=USD)|(?<=EUR)|(?<=GBP)|(?<=CNY)|(?<=RMB)|(?<=HKD))(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d])", re.I
)


def chinese_to_number(text: str) -> float | None:
    """A Chinese numeral (两千五百, 贰佰, 一万二, 三点五) as a number, else None."""
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return float(value)


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


EMOJI_RE = re.compile(r"[ \t]*(?:[\U0001F300-\U0001FAFF\u263A\u2639]\uFE0F?)+")
TO_SIMPLIFIED = OpenCC("t2s")
"""Traditional → simplified Chinese (OpenCC's dictionaries): Big5 and Hong Kong mail reads as simplified."""


TENTHS = {**{str(digit): str(digit) for digit in range(10)}, **{numeral: str(i) for i, numeral in enumerate("零一二三四五六七八九")}, "两": "2"}
SPOKEN_MONEY_RE = re.compile(
    r"(?<![\d.])(\d+)\s*(?:(?:元|块)\s*([0-9零一二两三四五六七八九])\s*(?:角|毛)|块\s*([0-9零一二两三四五六七八九])(?=\s*(?:[,.;，。；!！)）/]|$)))", re.M
)
"""Spoken money: "12元5角", "12块5毛", "9块8" (9.8 元); the numeral after 元/块 is tenths."""


def normalize_text(text: str) -> str:
    """NFKC, Chinese numerals before measure words/date units as digits, 万/千 multiplied."""
    # a full-width comma separates clauses, never thousands: "1.85美元/副，1000副起" keeps 1000 apart
    text = re.sub(r"(?<![0-9０-９])，\s*|，(?![0-9０-９]{3}(?![0-9０-９]))\s*", ", ", text)
    # a circled number is a list bullet ("①200mm黑色扎带"), which NFKC would glue to the text as a digit
    text = re.sub(r"[\u2460-\u2473]", lambda match: f"{ord(match.group(0)) - 0x245F}. ", text)
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = TO_SIMPLIFIED.convert(text)
    text = text.replace("\u00a0", " ").replace("\u3000", " ")
    text = re.sub(r"\s*(?:\.{4,}|…{2,}|·{4,})\s*", "    ", text)  # dot leaders ("Grab adhesive ........ 3 boxes") part columns
    text = EMOJI_RE.sub("。 ", text)  # "只能取消了😔 扎带不受影响": an emoji ends a chat sentence
    text = re.sub(r"(?<=\d)[Oo](?=\d)|(?<=\b[A-Za-z]{3}-)[Oo](?=\d{2,5}\b)", "0", text)  # "scr-1O12": a letter O typed for a zero

    def convert(match: re.Match[str]) -> str:
        numeral = match.group(1)
        if len(numeral) == 1 and numeral in "一两":
            # 一 before a measure word is usually an article ("一批", "一个问题"); keep it
            # unless it is clearly a count (一箱 is still 1 carton: converted).
            following = match.string[match.end() : match.end() + 1]
            if numeral == "一" and match.string[max(0, match.start() - 1) : match.start()] in ("下", "上", "同", "这", "那", "每", "任", "唯", "另"):
                return numeral  # "下一张订单" is the next order, "同一批" the same batch: no count
            if following not in "箱件只套卷把副付双台条盒支片对打根桶瓶罐袋张块组盏粒颗托柜天周月日年小":
                return numeral
        value = chinese_to_number(numeral)
        return numeral if value is None else _format_number(value)

    text = CN_NUMERAL_RE.sub(convert, text)
    text = SPOKEN_MONEY_RE.sub(lambda m: f"{m.group(1)}.{TENTHS[m.group(2) or m.group(3)]}元", text)
    text = re.sub(r"(?<=\d)\s*块钱", "元", text)  # "20块钱" is money; a bare 块 is also a count ("100块面板")
    text = WAN_RE.sub(lambda m: _format_number(float(m.group(1)) * (10000 if m.group(2) == "万" else 1000)), text)
    text = re.sub(r"(?<![\w.,£$€¥])(\d{1,2})p\b(?=\s*(?:each|a|an|per|/|ea\b|[,.;)]|$))", lambda m: f"£0.{int(m.group(1)):02d}", text, flags=re.M)  # "93p each"
    return decimal_commas(english_counts(text))


COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}
COUNT_WORD_RE = re.compile(
    rf"\b({'|'.join(COUNT_WORDS)})(?=\s+(?:full\s+)?(?:pallets?|cartons?|ctns|boxes|box|cases?|drums?|bags?|packs?|rolls?|sets?|pairs?|tubes?|cans?|pieces?|pcs|units?|dozen)\b)",
    re.I,
)


def english_counts(text: str) -> str:
    """Counts written as words before a unit ("six drums", "two pallets") as digits ("one" is
    left: "in one box" is seldom a count)."""
    return COUNT_WORD_RE.sub(lambda m: str(COUNT_WORDS[m.group(1).casefold()]), text)


EURO_DECIMAL_COMMA_RE = re.compile(
    r"(?:€|\bEUR)\s?\d{1,3}(?:\.\d{3})*,\d{2}(?![\d,])|(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d{2}(?![\d,])\s?(?:€|EUR\b|euros?\b)", re.I
)


def decimal_commas(text: str) -> str:
    """A message that writes euro amounts the German way ("9,05 €", "1.072,00 €") has all its
    numbers in that format: decimal commas become points, thousands points go."""
    if not EURO_DECIMAL_COMMA_RE.search(text):
        return text
    text = re.sub(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*),(\d{2})(?![\d,])", lambda m: m.group(1).replace(".", "") + "." + m.group(2), text)
    return re.sub(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?![\d,]|\.\d)", lambda m: m.group(1).replace(".", ""), text)


def parse_number(text: str) -> float:
    """'2,500' → 2500.0; '7.20' → 7.2 (thousands separators are commas)."""
    return float(text.replace(",", "").replace(" ", ""))


def numbers_in(text: str) -> set[float]:
    """Every number written in ``text`` (after normalisation), as floats."""
    values: set[float] = set()
    for match in NUMBER_RE.finditer(text):
        values.add(parse_number(match.group(1) + (match.group(2) or "")))
    return values


# -- currencies ------------------------------------------------------------------------
CURRENCY_WORDS: dict[str, str] = {
    "usd": "USD", "us$": "USD", "$": "USD", "美元": "USD", "美金": "USD",
    "eur": "EUR", "€": "EUR", "欧元": "EUR", "euro": "EUR", "euros": "EUR",
    "gbp": "GBP", "£": "GBP", "英镑": "GBP",
    "cny": "CNY", "rmb": "CNY", "¥": "CNY", "元": "CNY", "人民币": "CNY",
    "hkd": "HKD", "hk$": "HKD", "yuan": "CNY", "港币": "HKD", "港元": "HKD", "jpy": "JPY", "日元": "JPY", "chf": "CHF",
}
CURRENCY_TOKEN = r"(?:US\$|HK\$|USD|EUR|GBP|CNY|RMB|HKD|JPY|CHF|美元|美金|欧元|英镑|人民币|港币|港元|日元|[$€£¥])"
AMOUNT = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
PRICE_BEFORE_RE = re.compile(rf"(?<![A-Za-z])({CURRENCY_TOKEN})\s?{AMOUNT}", re.IGNORECASE)
PRICE_AFTER_RE = re.compile(
    rf"{AMOUNT}\s?(USD|EUR|GBP|CNY|RMB|HKD|JPY|CHF|美元|美金|欧元|英镑|人民币|元|euros?|yuan|[€£])(?![A-Za-z])", re.IGNORECASE
)
MESSAGE_CURRENCY_RE = re.compile(
    r"(?<![A-Za-z])(USD|EUR|GBP|CNY|RMB|HKD|JPY|CHF|US\$|HK\$|yuan|美元|美金|欧元|英镑|人民币|港币|日元)(?![A-Za-z])|(?<=\d)元|[€£¥$]",
    re.IGNORECASE,
)


def currency_code(token: str) -> str | None:
    """ISO 4217 code of a currency word or symbol (¥/￥/元/RMB/人民币 → CNY)."""
    return CURRENCY_WORDS.get(token.strip().casefold())


@dataclass(frozen=True)
class Price:
    value: float
    currency: str | None
    start: int
    end: int
    text: str


def find_prices(text: str) -> list[Price]:
    """Amounts written with a currency (USD 7.10, ¥8.50, 7.20元, €3,40 is not read)."""
    found: list[Price] = []
    taken: list[tuple[int, int]] = []
    for pattern, amount_group, currency_group in ((PRICE_BEFORE_RE, 2, 1), (PRICE_AFTER_RE, 1, 2)):
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            found.append(
                Price(parse_number(match.group(amount_group)), currency_code(match.group(currency_group)),
                      match.start(), match.end(), match.group(0))
            )
    return sorted(found, key=lambda price: price.start)


def message_currencies(text: str) -> list[str]:
    """Currencies named anywhere in ``text``, in order of first mention."""
    codes: list[str] = []
    for match in MESSAGE_CURRENCY_RE.finditer(text):
        token = match.group(1) or match.group(0)
        if token == "元" and re.search(r"(?:美元|美金|欧元|英镑|港币|港元)[^元\n]{0,20}$", text[max(0, match.start() - 24) : match.start()]):
            continue  # "美元壹万零叁佰陆拾捌元整": the 元 of a dollar amount written out
        code = currency_code(token)
        if code and code not in codes:
            codes.append(code)
    return codes


# -- quantities ------------------------------------------------------------------------
EN_COUNT_UNITS = (
    "pcs|pc|pieces|piece|units|unit|sets|set|pairs|pair|prs|boxes|box|bxs|bx|cartons|carton|ctns|ctn|outers|outer|vpe|"
    "cases|case|bags|bag|packs|pack|packets|rolls|roll|drums|drum|reels|reel|tubes|tube|bottles|"
    "cans|tins|kits|kit|each|ea|nos|lengths|coils|coil|sheets|doz|dozen|gross|pallets|pallet|stück|stk|stck"
)
ZH_COUNT_UNITS = "|".join(char + r"(?![款清])" if char == "付" else char for char in ZH_COUNT_WORDS)  # not 付款 (payment)
COUNT_UNIT = rf"(?:{EN_COUNT_UNITS})\b|(?:{ZH_COUNT_UNITS})"
CONTAINER = r"(?:cartons?|ctns?|outers?|vpe|cases?|boxes|box|bags?|packs?|pallets?|drums?|箱|盒|包|袋|托|件)"  # VPE: a packing unit
QTY = r"(?<![A-Za-z\d.,第])(\d{1,3}(?:,\d{3})+|\d+)(?![.,]\d)"
PACK_EQUALS_RE = re.compile(
    rf"{QTY}\s*(?:{CONTAINER})?\s*[x×*]\s*(?:每(?:箱|盒|包|件|袋)\s*)?{QTY}\s*(?:{COUNT_UNIT})?\s*=\s*{QTY}\s*((?:{COUNT_UNIT}))?", re.I
)
# "20 cartons of 10 boxes", "60箱,每箱100只", "6 ctns x 24 pcs", "30箱×10副"
PACK_OF_RE = re.compile(rf"{QTY}\s*({CONTAINER})\s+of\s+{QTY}(?:\s*({COUNT_UNIT}))?", re.IGNORECASE)
INNER_QTY = r"(\d{1,3}(?:,\d{3})+|\d+)(?![.,]\d)"  # right after "x": "10件x12套"
PACK_EACH_RE = re.compile(
    rf"{QTY}\s*({CONTAINER})\s*(?:[都已经做好完成齐了]{{1,5}}\s*(?=[,;]))?[,;(（]?\s*(?:[x×*]\s*每(?:箱|盒|包|件|袋)|每箱|每盒|每包|每件|每袋|(?<![\d.])1\s*(?:箱|盒|包|件|袋)|each\s+of|each|per\s+\w+|[x×*@à]|,)\s*(?:装)?\s*{INNER_QTY}\s*({COUNT_UNIT})",
    re.IGNORECASE,
)
# "20 ctns (10 boxes each)", "10 boxes/ctn x 20 ctns", "每箱24卷, 共20箱": so many containers of so many units
PACK_EACH_AFTER_RE = re.compile(  # (also "2 cartons (10 boxes of 200 per carton)")
    rf"{QTY}\s*({CONTAINER})\s*[(（]\s*{INNER_QTY}\s*({COUNT_UNIT})?(?:\s+of\s+\d+)?\s*(?:each|per\s+\w+|/\s*\w+)\s*[)）]", re.IGNORECASE
)
# "30 boxes of the white sanitary silicone (25 per box)", "5 boxes of PTFE tape (100 rolls a box)"
PACK_NAMED_AFTER_RE = re.compile(
    rf"{QTY}\s*({CONTAINER})\s+(?:of\s+)?(?:the\s+)?(?=[A-Za-z])[^()\n]{{2,60}}?\(\s*{INNER_QTY}\s*({COUNT_UNIT})?\s*(?:per|a|an|each)\s+(?:box|carton|ctn|case|bag|pack|drum|outer)\s*\)"
    rf"|{QTY}\s*({CONTAINER})\s+of\s+(?:the\s+)?[^()\n\d,]{{2,60}}?,\s*{INNER_QTY}(s)\b",  # "2 cases of grab adhesive, 12s"
    re.IGNORECASE,
)
# "40 ctns soft close clip on hinge 35mm, 200pcs/ctn": so many cartons of a product, then what a carton holds
PACK_NAMED_CONTENT_RE = re.compile(
    rf"{QTY}\s*({CONTAINER})\s+[^\n,;()]{{2,60}}?,\s*{INNER_QTY}\s*({COUNT_UNIT})\s*/\s*(?:ctns?|cartons?|box|case|箱)\b", re.IGNORECASE
)
PACK_EACH_ZH_AFTER_RE = re.compile(rf"{QTY}\s*({CONTAINER})\s*[(（]\s*每(?:箱|盒|包|件|袋)\s*{INNER_QTY}\s*({COUNT_UNIT})\s*[)）]", re.IGNORECASE)  # "120箱(每箱100卷)"
PACK_PER_FIRST_RE = re.compile(
    rf"{QTY}\s*({COUNT_UNIT})\s*/\s*(?:ctns?|cartons?|cases?|箱)\s*[x×*]\s*{INNER_QTY}\s*({CONTAINER})"
    rf"|每(?:箱|盒|包|件)\s*{QTY}\s*({COUNT_UNIT})\s*[,;]?\s*(?:(?:报价|订购|订货|下单|订单)?数量\s*:?|共|总共|一共|合计)?\s*{INNER_QTY}\s*(箱|盒|包|件)",
    re.IGNORECASE,
)
COUNT_RE = re.compile(rf"{QTY}\+?\s*(?:(?:twin|double|single|triple|retail|master|inner|outer)[\s-])?({COUNT_UNIT})", re.IGNORECASE)
# "150 of the 200 sockets", "4 out of 6": the first number is the count this message is about
PART_OF_RE = re.compile(rf"{QTY}\s+(?:out\s+)?of\s+(?:the\s+|your\s+|all\s+)?{QTY}(?![.,]?\d|\s*(?:%|[x×*/]))", re.IGNORECASE)
DOZEN = {"doz": 12, "dozen": 12, "打": 12, "gross": 144}
DIMENSION_UNIT = r"(?:mm|cm|m|in|inch|ft|kg|g|ml|l|w|v|k|a|ma|mm2|m2|oz|°|毫米|厘米|米|公斤|千克|克|升|瓦|伏)"
DIMENSION_RE = re.compile(
    rf"\d+(?:\.\d+)?\s*{DIMENSION_UNIT}?\s*[x×*]\s*\d+(?:\.\d+)?(?:\s*{DIMENSION_UNIT}?\s*[x×*]\s*\d+(?:\.\d+)?)*\s*{DIMENSION_UNIT}(?![a-z])",
    re.IGNORECASE,
)
MEASURE_RE = re.compile(rf"\d+(?:\.\d+)?\s*{DIMENSION_UNIT}(?![a-z0-9])", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A count found in text: ``value`` units, from ``evidence`` numbers (a product when packed)."""

    value: float
    evidence: tuple[float, ...]
    start: int
    end: int
    strength: int  # 3 packs × size or a total, 2 number with a count unit, 1 weaker forms
    unit: str | None = None
    outer: str | None = None  # the container of "N cartons of M": "cartons"
    total: bool = False  # a stated total: "共300副", "total 500 pcs"


def find_quantities(text: str) -> list[Quantity]:
    """Counts in a stretch of text, strongest first within overlapping spans."""
    found: list[Quantity] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < q.end and q.start < end for q in found)

    for match in PACK_EQUALS_RE.finditer(text):  # "6 cartons x 25 = 150 tubes", "2 x 12 = 24": the written result
        outer, inner, value = (parse_number(match.group(i)) for i in (1, 2, 3))
        if abs(outer * inner - value) < 1e-9:
            found.append(Quantity(value, (value,), match.start(), match.end(), 3, match.group(4)))
    for pattern in (PACK_NAMED_AFTER_RE, PACK_NAMED_CONTENT_RE, PACK_EACH_AFTER_RE, PACK_OF_RE, PACK_EACH_RE, PACK_EACH_ZH_AFTER_RE):
        for match in pattern.finditer(text):
            if overlaps(match.start(), match.end()):
                continue
            groups = match.groups()
            if len(groups) > 4 and groups[0] is None:  # the second alternative of PACK_NAMED_AFTER_RE ("..., 12s")
                groups = groups[4:]
            outer, inner = parse_number(groups[0]), parse_number(groups[2])
            unit = groups[3] if groups[3] and groups[3].casefold() != "s" else None
            found.append(Quantity(outer * inner, (outer, inner), match.start(), match.end(), 3, unit, groups[1]))
    for match in PACK_PER_FIRST_RE.finditer(text):
        if overlaps(match.start(), match.end()):
            continue
        first = 1 if match.group(1) else 5
        inner, unit = parse_number(match.group(first)), match.group(first + 1)
        outer, container = parse_number(match.group(first + 2)), match.group(first + 3)
        found.append(Quantity(outer * inner, (outer, inner), match.start(), match.end(), 3, unit, container))
    for match in re.finditer(rf"{QTY}\s*({CONTAINER})\s*[/=]\s*{QTY}\s*({COUNT_UNIT})", text, re.IGNORECASE):
        if not overlaps(match.start(), match.end()) and not re.fullmatch(CONTAINER, match.group(4), re.I):
            value = parse_number(match.group(3))  # "24 ctns / 2,400 pcs": the count in units
            found.append(Quantity(value, (value,), match.start(), match.end(), 3, match.group(4)))
    for match in re.finditer(rf"{QTY}\s*({CONTAINER})\s*[,，]?\s+{QTY}\s*({COUNT_UNIT})(?![A-Za-z])", text, re.IGNORECASE):
        if not overlaps(match.start(), match.end()) and not re.fullmatch(r"箱|托|cartons?|ctns?|cases?|pallets?|plts?", match.group(4), re.I):
            value = parse_number(match.group(3))  # "60箱 3000包", "20 ctns 2,000 rolls": the count in units
            found.append(Quantity(value, (value,), match.start(), match.end(), 3, match.group(4)))
    for match in re.finditer(rf"{QTY}\s*({CONTAINER})\s*[(（]\s*{QTY}\s*({COUNT_UNIT})\s*[)）]", text, re.IGNORECASE):
        if not overlaps(match.start(), match.end()):  # "4 boxes (48 tubes)": the count in units
            value = parse_number(match.group(3))
            found.append(Quantity(value, (value,), match.start(), match.end(), 3, match.group(4)))
    for match in re.finditer(rf"(?:共|合计|总计|total(?:\s+of)?|in total)\s*:?\s*{QTY}\s*({COUNT_UNIT})", text, re.IGNORECASE):
        if re.fullmatch(r"箱|托|cartons?|ctns?|pallets?|cases?", match.group(2), re.I):
            continue  # "2400双丁腈手套, 一共20箱": how it is packed, not a total in units
        if overlaps(match.start(1), match.end()):
            # a stated total overrides the product it repeats (共3000包)
            found = [q for q in found if not (match.start(1) < q.end and q.start < match.end())]
        value = parse_number(match.group(1))
        found.append(Quantity(value, (value,), match.start(1), match.end(), 3, match.group(2), total=True))
    masked = _mask(text, [m.span() for m in DIMENSION_RE.finditer(text)])
    for match in PART_OF_RE.finditer(masked):
        if not overlaps(match.start(1), match.end(1)):
            value = parse_number(match.group(1))
            found.append(Quantity(value, (value,), match.start(1), match.end(1), 3))
            found.append(Quantity(parse_number(match.group(2)), (parse_number(match.group(2)),), match.start(2), match.end(), 1, total=True))
    for match in COUNT_RE.finditer(masked):
        if overlaps(match.start(), match.end()):
            continue
        value = parse_number(match.group(1))
        unit = match.group(2).casefold()
        if re.match(rf"\s*(?:/|per\s+|每)\s*{CONTAINER}(?![A-Za-z])", masked[match.end() :], re.I) and not re.fullmatch(CONTAINER, unit, re.I):
            continue  # "(100条/包)", "50 pcs per carton": what one pack holds, not a count
        if unit in ("件", "piece", "pieces", "pc", "pcs") and re.match(r"-?\s*(?:套|装|set\b|kit\b)", masked[match.end() :], re.I):
            continue  # "油漆刷5件套", "a 7 piece set": the make-up of one set, not a count
        if unit in ("件", "piece", "pieces", "pc", "pcs") and re.search(r"(?:\bsets?|\bkits?|套装?)\s*[(（,，]\s*$", masked[max(0, match.start() - 12) : match.start()], re.I):
            continue  # "screwdriver sets (7 pcs)", "screwdriver set, 7 pieces": what one set holds
        if unit in DOZEN:
            found.append(Quantity(value * DOZEN[unit], (value,), match.start(), match.end(), 2, unit))
        else:
            found.append(Quantity(value, (value,), match.start(), match.end(), 2, unit))
    # "Qty: 500", "数量: 500", "x 2,500" after a code, "10 x 100 m drums"
    for match in re.finditer(rf"(?:qty|quantity|数量|q'ty)\s*[:=]?\s*{QTY}(?![\d.])", masked, re.IGNORECASE):
        if not overlaps(match.start(1), match.end(1)):
            value = parse_number(match.group(1))
            found.append(Quantity(value, (value,), match.start(1), match.end(1), 3))
    for match in re.finditer(rf"(?<![\d.]){QTY}\s*@", masked):
        if not overlaps(match.start(1), match.end(1)):  # "300 @ £1.02": so many at a price
            value = parse_number(match.group(1))
            found.append(Quantity(value, (value,), match.start(1), match.end(1), 2))
    for match in re.finditer(rf"{QTY}\s*[x×]\s+(?=[A-Za-z])", masked, re.IGNORECASE):
        if not overlaps(match.start(1), match.end(1)):  # "12 x SKT-2140"
            value = parse_number(match.group(1))
            found.append(Quantity(value, (value,), match.start(1), match.end(1), 1))
    for match in re.finditer(rf"(?<![\d.])[x×*]\s*{QTY}(?![\d.]|\s*{DIMENSION_UNIT}(?![a-z]))", masked, re.IGNORECASE):
        if not overlaps(match.start(1), match.end(1)) and not _is_price_context(text, match.end(1)):
            value = parse_number(match.group(1))
            found.append(Quantity(value, (value,), match.start(1), match.end(1), 1))
    for match in re.finditer(rf"(?<![\d.]){QTY}\s*[x×*]\s*(?=\d+(?:\.\d+)?\s*{DIMENSION_UNIT}\s+(?:{COUNT_UNIT}))", text, re.IGNORECASE):
        if not overlaps(match.start(1), match.end(1)):
            value = parse_number(match.group(1))
            found.append(Quantity(value, (value,), match.start(1), match.end(1), 1))
    return sorted(found, key=lambda q: q.start)


def _is_price_context(text: str, position: int) -> bool:
    return bool(re.match(r"\s*(?:\.\d|%|元|/)", text[position:]))


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans blanked out (positions kept)."""
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)


# -- dates -----------------------------------------------------------------------------
MONTHS = {
    name: index
    for index in range(1, 13)
    for name in (calendar.month_name[index].casefold(), calendar.month_abbr[index].casefold())
}
MONTHS["sept"] = 9
MONTH_NAME = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
WEEKDAYS_EN = {name: index for index, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
WEEKDAY_EN = r"(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
WEEKDAYS_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}
EN_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "a": 1, "an": 1,
}


@dataclass(frozen=True)
class DateMention:
    date: dt.date
    start: int
    end: int
    text: str
    relative: bool
    yearless: bool = False  # a day and month only: resolved to the next such date on/after received


def _weekday_index(token: str) -> int:
    token = token.casefold()
    for name, index in WEEKDAYS_EN.items():
        if name.startswith(token[:3]):
            return index
    raise ValueError(token)


def _next_on_or_after(received: dt.date, month: int, day: int) -> dt.date | None:
    for year in (received.year, received.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate >= received:
            return candidate
    return None


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    return dt.date(day.year + month_index // 12, month_index % 12 + 1, 1)


VAGUE_WEEK_RE = re.compile(r"\b(?:w/c|w\.c\.|week\s+(?:commencing|beginning|starting|of))\s*", re.I)


def find_dates(text: str, received: dt.date | None) -> list[DateMention]:
    """Absolute and relative dates in ``text`` (relative ones only when ``received`` is known)."""
    found: list[DateMention] = []
    # "w/c 7 December", "week commencing 7/12": a week, not a day (vague, like "calendar week 50")
    vague = [(m.end(), m.end() + 24) for m in VAGUE_WEEK_RE.finditer(text)]

    def add(match: re.Match[str], date: dt.date | None, relative: bool = False, group: int = 0, yearless: bool = False) -> None:
        if date is None:
            return
        start, end = match.span(group)
        if any(low <= start < high for low, high in vague):
            return
        if any(start < m.end and m.start < end for m in found):
            return
        if re.fullmatch(r"(?:may|mar)\b.*|.*\b(?:may|mar)", match.group(group)) and not relative:
            return  # lower-case "may"/"mar" is a verb here, not a month
        found.append(DateMention(date, start, end, match.group(group), relative, yearless))

    flags = re.IGNORECASE
    for match in re.finditer(r"(?<!\d)(20\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", text):
        add(match, _make(int(match.group(1)), int(match.group(2)), int(match.group(3))))
    for match in re.finditer(r"(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?", text):
        add(match, _make(int(match.group(1)), int(match.group(2)), int(match.group(3))))
    for match in re.finditer(
        rf"(?<![\d])(\d{{1,2}})(?:st|nd|rd|th)?[\s-]*(?:of\s+)?{MONTH_NAME}(?:[\s,-]+(20\d\d))?(?![a-z])", text, flags
    ):
        month = MONTHS.get(match.group(2).casefold().rstrip("."), MONTHS.get(match.group(2)[:3].casefold()))
        day = int(match.group(1))
        if match.group(3):
            add(match, _make(int(match.group(3)), month, day))
        elif received:
            add(match, _next_on_or_after(received, month, day), yearless=True)
    for match in re.finditer(rf"(?<![a-z]){MONTH_NAME}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(20\d\d))?(?![\d:])", text, flags):
        month = MONTHS.get(match.group(1).casefold().rstrip("."), MONTHS.get(match.group(1)[:3].casefold()))
        day = int(match.group(2))
        if match.group(3):
            add(match, _make(int(match.group(3)), month, day))
        elif received:
            add(match, _next_on_or_after(received, month, day), yearless=True)
    for match in re.finditer(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(20\d\d)(?!\d)", text):
        add(match, _make(int(match.group(3)), int(match.group(2)), int(match.group(1))))  # 30.11.2026 (dd.mm.yyyy)
    for match in re.finditer(r"(?<!\d)(\d{1,2})/(\d{1,2})/(20\d\d)(?!\d)", text):
        first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        day, month = (first, second) if first > 12 or second <= 12 else (second, first)
        add(match, _make(year, month, day))  # dd/mm/yyyy unless that cannot be a date
    if received is None:
        return sorted(found, key=lambda m: m.start)
    for match in re.finditer(r"(?<![\w.,])(\d{1,2})\.(\d{1,2})\.(?![\d.])", text):
        day, month = int(match.group(1)), int(match.group(2))  # "am 27.11. versendet": dd.mm. without a year
        introduced = re.search(r"(?:\bam|\bbis|\bvom|\bab|\bon|\bby|\buntil|\bfrom|\betd|\beta|\bdate|\bdatum|\btermin)\s*:?\s*$", text[max(0, match.start() - 12) : match.start()], flags)
        if introduced and 1 <= month <= 12 and 1 <= day <= 31:
            add(match, _next_on_or_after(received, month, day), yearless=True)
    # "on the 27th": a day of the month alone, the next one on or after received
    for match in re.finditer(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)!]|$)|\s+(?:at|and|or|latest|instead|as|if|but|so|at\s+the\s+latest)\b)", text, flags | re.M):
        day = int(match.group(1))
        candidate = _make(received.year, received.month, day) if 1 <= day <= 31 else None
        if candidate is None or candidate < received:
            following = _add_months(received.replace(day=1), 1)
            candidate = _make(following.year, following.month, day)
        if candidate is not None:
            add(match, candidate, yearless=True)
    for match in re.finditer(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]", text):
        add(match, _next_on_or_after(received, int(match.group(1)), int(match.group(2))), yearless=True)
    # "24/11" without a year: day/month (month/day in Chinese text, or when only that is a date)
    chinese = bool(re.search(r"[\u4e00-\u9fff]", text))
    for match in re.finditer(r"(?<![\d/.,:$€£¥#-])(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d|\s*(?:\"|in\b|inch|mm|cm|m\b|pcs|%))", text, flags):
        if re.search(r"(?:size|ratio|scale|pack|尺寸|规格)\s*:?\s*$", text[: match.start()], flags):
            continue
        first, second = int(match.group(1)), int(match.group(2))
        orders = [(second, first), (first, second)] if chinese else [(first, second), (second, first)]
        for day, month in orders:
            if 1 <= month <= 12 and 1 <= day <= 31:
                date = _next_on_or_after(received, month, day)
                past = _make(received.year, month, day)
                if date is not None and (date - received).days <= 120:
                    add(match, date, yearless=True)
                elif past is not None and 0 < (received - past).days <= 45:
                    add(match, date, yearless=True)  # "dispatched on 20/11" in a mail of 23/11 (the past one is chosen later)
                break
    # "Thursday 12th": a weekday and a day of the month, the month the one around received
    for match in re.finditer(
        rf"(?<![a-z]){WEEKDAY_EN},?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:of\s+)?{MONTH_NAME})(?![/.:]\d)", text, flags
    ):
        weekday, day = _weekday_index(match.group(1)), int(match.group(2))
        fits = []
        for months in (-1, 0, 1):
            first = _add_months(received.replace(day=1), months)
            candidate = _make(first.year, first.month, day)
            if candidate is not None and candidate.weekday() == weekday:
                fits.append(candidate)
        if fits:
            add(match, min(fits, key=lambda date: abs((date - received).days)), yearless=True)
    # relative dates
    relative_patterns: list[tuple[str, object]] = [
        (r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b|今天|今日|本日|今晚|今早", 0),
        (r"\bday after tomorrow\b|后天", 2),
        (r"\btomorrow\b|明天|明日|明早|明晚", 1),
        (r"\byesterday\b|昨天|昨日", -1),
        (r"前天|\bday before yesterday\b", -2),
    ]
    for pattern, offset in relative_patterns:
        for match in re.finditer(pattern, text, flags):
            add(match, received + dt.timedelta(days=int(offset)), True)  # type: ignore[call-overload]
    for match in re.finditer(
        r"\b(?:within|in|after)\s+(?:the\s+next\s+)?(\d+|[a-z]+)\s*(working\s+|business\s+|calendar\s+)?(days?|weeks?)\b", text, flags
    ):
        count = int(match.group(1)) if match.group(1).isdigit() else EN_NUMBER_WORDS.get(match.group(1).casefold())
        if count is not None and AFTER_AN_EVENT_RE.match(text[match.end() :]):
            continue  # "within 5 working days after payment": counted from an event, not from today
        if count is not None:
            if match.group(2) and match.group(2).strip().casefold() in ("working", "business"):
                add(match, add_working_days(received, count), True)
            else:
                days = count * (7 if match.group(3).casefold().startswith("week") else 1)
                add(match, received + dt.timedelta(days=days), True)
    for match in re.finditer(r"(\d+)\s*(?:个)?(天|日|周|星期|个工作日|工作日)\s*(?:内|之内|以内|后|之后)", text):
        if re.search(r"(?:收到|到账|付款|付清|确认|下单|定金|预付款|样品确认).{0,10}(?:后|之后)\s*$", text[max(0, match.start() - 16) : match.start()]):
            continue  # "收到定金后10天内出货": counted from the deposit, not from today
        if "工作日" in match.group(2):
            add(match, add_working_days(received, int(match.group(1))), True)
            continue
        days = int(match.group(1)) * (7 if match.group(2) in ("周", "星期") else 1)
        add(match, received + dt.timedelta(days=days), True)
    monday = received - dt.timedelta(days=received.weekday())
    # "Thursday next week": that weekday of the week after this one
    for match in re.finditer(rf"\b{WEEKDAY_EN}\s+(?:of\s+)?next\s+week\b", text, flags):
        add(match, monday + dt.timedelta(days=7 + _weekday_index(match.group(1))), True)
    for match in re.finditer(rf"\b(next|this|coming|last)\s+(?:week\s+)?{WEEKDAY_EN}\b", text, flags):
        weekday = _weekday_index(match.group(2))
        if match.group(1).casefold() == "last":
            add(match, received - dt.timedelta(days=(received.weekday() - weekday - 1) % 7 + 1), True)  # the latest one before
        elif match.group(1).casefold() == "next":
            add(match, monday + dt.timedelta(days=7 + weekday), True)
        else:
            add(match, _upcoming(received, weekday), True)
    for match in re.finditer(r"(下下|下个?|上上|上个?|本|这|这个|今)?\s*(?:周|星期|礼拜)([一二三四五六日天末])", text):
        weekday = WEEKDAYS_ZH[match.group(2)]
        prefix = (match.group(1) or "").rstrip("个")
        if prefix == "上":
            add(match, monday - dt.timedelta(days=7 - weekday), True)  # 上周六: Saturday of last week
        elif prefix == "上上":
            add(match, monday - dt.timedelta(days=14 - weekday), True)
        elif prefix == "下":
            add(match, monday + dt.timedelta(days=7 + weekday), True)
        elif prefix == "下下":
            add(match, monday + dt.timedelta(days=14 + weekday), True)
        else:
            add(match, _upcoming(received, weekday), True)
    # "dispatch next Friday; delivery on the following Wednesday": counted from the date before
    for match in re.finditer(rf"\b(?:the\s+)?following\s+(day|{WEEKDAY_EN})\b", text, flags):
        earlier = [m for m in found if m.end <= match.start()]
        anchor = max(earlier, key=lambda m: m.end).date if earlier else received
        if match.group(1).casefold() == "day":
            add(match, anchor + dt.timedelta(days=1), True)
        else:
            weekday = _weekday_index(match.group(1))
            add(match, anchor + dt.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1), True)
    # (not "Thursday 12th", read above; "Thursday, 08:00-12:00" is a time of that Thursday)
    for match in re.finditer(r"(?<![a-z])(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!\s*,?\s*(?:the\s+)?(?!\d{1,2}(?:[:.]\d{2}(?![.\d])|\s*[ap]\.?m\b))\d)", text, flags):
        if re.search(r"(?:next|this|coming|last)\s+(?:week\s+)?$", text[: match.start()], flags) \
                or re.match(r"\s+(?:of\s+)?next\s+week\b", text[match.end() :], flags):
            continue
        weekday = _weekday_index(match.group(1))
        window = text[max(0, match.start() - 40) : match.start()]
        if re.search(PAST_VERBS, window, flags) and not re.search(r"\b(?:will|shall|to|should|can|could|would|may|must)\b|'ll\b", window, flags):
            add(match, received - dt.timedelta(days=(received.weekday() - weekday) % 7), True)  # "shipped on Friday": the last one
        else:
            add(match, _upcoming(received, weekday), True)
    # "12月底", "end of December": the last day of that month (the next one on or after received)
    for match in re.finditer(rf"(?<![\d年])(\d{{1,2}})\s*月\s*(?:底|末)|\b(?:the\s+)?end\s+of\s+{MONTH_NAME}(?![a-z])", text, flags):
        name = (match.group(2) or "").casefold().rstrip(".")
        month = int(match.group(1)) if match.group(1) else MONTHS.get(name, MONTHS.get(name[:3]))
        if month and 1 <= month <= 12:
            first = _next_on_or_after(received, month, 1) if month != received.month else received.replace(day=1)
            if first is not None:
                add(match, _month_end(first), True)
    for match in re.finditer(r"下(?:个)?月\s*(?:底|末)|\bend of next month\b", text, flags):
        add(match, _month_end(_add_months(received, 1)), True)
    for match in re.finditer(r"(本月|这个月|当月|月)\s*(?:底|末)|\bend of (?:this|the) month\b|\bthis month end\b", text, flags):
        add(match, _month_end(received), True)
    return sorted(found, key=lambda m: m.start)


PAST_VERBS = (
    r"\b(?:shipped|dispatched|despatched|sent|left|sailed|departed|collected|picked\s+up|delivered|arrived|landed|loaded|went\s+out|went)\b"
    r"(?:\s+(?:out|off|away|already))?\s+(?:on\s+|last\s+)?$"
)


AFTER_AN_EVENT_RE = re.compile(
    r"\s+(?:after|from|of|following|upon|on)\s+(?:the\s+|your\s+|our\s+)?(?:receipt|receiving|payment|deposit|order(?:ing)?|confirmation|approval|artwork|sample|pi\b|proforma)",
    re.I,
)


def add_working_days(start: dt.date, days: int) -> dt.date:
    """``start`` + ``days`` working days (Monday to Friday; holidays are not known)."""
    day = start
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def _upcoming(received: dt.date, weekday: int) -> dt.date:
    """The next ``weekday`` on or after ``received`` ("this Friday", "周五")."""
    return received + dt.timedelta(days=(weekday - received.weekday()) % 7)


# -- units of the catalog item ----------------------------------------------------------
UNIT_KINDS = {
    "bag": "bag", "bags": "bag", "包": "bag", "袋": "bag",
    "box": "box", "boxes": "box", "bxs": "box", "bx": "box", "盒": "box",
    "pack": "pack", "packs": "pack", "packet": "pack", "packets": "pack",
    "roll": "roll", "rolls": "roll", "卷": "roll", "drum": "drum", "drums": "drum", "桶": "drum",
    "reel": "reel", "reels": "reel", "case": "case", "cases": "case", "set": "set", "sets": "set", "套": "set",
    "pair": "pair", "pairs": "pair", "prs": "pair", "副": "pair", "付": "pair", "对": "pair", "双": "pair",
}
PIECE_UNITS = frozenset("pcs pc pieces piece units unit each ea nos stück stk stck 只 个 支 根 条 颗 粒".split())
CATALOG_PACK_RE = re.compile(r"\b(box|bag|pack|packet|roll|drum|reel|case|tube|set)\s+of\s+(\d+)\b|\b(twin)\s+pack\b", re.I)


def catalog_pack(name: str) -> tuple[str, int] | None:
    """The pack a catalog item is sold in: "Cable ties ..., bag of 100" → ("bag", 100)."""
    match = CATALOG_PACK_RE.search(name or "")
    if not match:
        return None
    if match.group(3):
        return ("pack", 2)
    return (UNIT_KINDS.get(match.group(1).casefold(), match.group(1).casefold()), int(match.group(2)))


def in_catalog_units(quantity: Quantity, pack: tuple[str, int] | None) -> tuple[float, tuple[float, ...], str | None]:
    """A quantity in the catalog item's unit: "3,000 bags of 100" of a "bag of 100" item is
    3000 (not 300,000); "300,000 pcs" of it is 3000 bags. Returns (value, evidence, note);
    the note says when pieces were converted to the catalog's packs."""
    if pack is None:
        return quantity.value, quantity.evidence, None
    kind, content = pack
    if quantity.outer is not None and UNIT_KINDS.get(quantity.outer.casefold()) == kind and len(quantity.evidence) == 2:
        outer, inner = quantity.evidence
        if inner == content or (quantity.unit or "").casefold() in PIECE_UNITS:
            return outer, (outer,), None
    unit = (quantity.unit or "").casefold()
    if quantity.outer is None and unit in PIECE_UNITS and content > 1 and quantity.value >= content and quantity.value % content == 0:
        value = quantity.value / content
        note = f"{quantity.value:g} {quantity.unit} read as {value:g} {kind}s of {content} (the catalog unit)"
        return value, quantity.evidence, note
    return quantity.value, quantity.evidence, None
