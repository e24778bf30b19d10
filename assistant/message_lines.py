"""Item lines of a supplier message: which stretches of text are about one item, and the
quantity (in the catalog item's unit), unit price and currency of each (SPEC §8 ``lines``).

An item is recognised by a catalog code (typos and missing prefixes forgiven), by a tier
line under a code (quantity break + price), by a table row, or by a description that
resolves to exactly one catalog item (English or Chinese). Quantities are counts with a
unit ("48 pcs", "60箱,每箱100只" = 6000, "20 cartons of 10 boxes" = 200); dimensions
(200x150mm), prices, dates and reference numbers are never quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel
from rapidfuzz import fuzz

from assistant.catalog_resolver import ASIDE_RE, CatalogResolver, name_tokens
from assistant.message_fields import (
    CONTAINER,
    COUNT_UNIT,
    UNIT_KINDS,
    Price,
    Quantity,
    catalog_pack,
    find_prices,
    find_quantities,
    in_catalog_units,
    parse_number,
)


class ParsedLine(BaseModel):
    """One line of the SPEC §8 object: quantity in the catalog unit, unit price per that unit."""

    sku: str | None = None
    description: str | None = None
    quantity: int | float | None = None
    unit_price: int | float | None = None
    currency: str | None = None


# Minimum order quantity: MOQ, 起订量 (also used to recognise MOQ notices).
MOQ_RE = re.compile(
    r"\bMOQ\b|\bminimum\s+order(?:\s+quantity|\s+qty)?\b|\bminimum\s+(?:quantity|qty)\b|\bminimum\s+per\s+order\b|\bmin\.?\s+order\b|起订量|最小订量|最低订量|起订"
    r"|(?:每次|每单|一次)?(?:至少|最少|最低)要?(?:下|订|订购|采购)|(?:每次|每单|每张订单|每个订单|每笔订单)\s*(?:至少|最少|最低)(?=\s*\d)|\bminimum\s+(?:is\s+|will\s+be\s+)?(?:of\s+)?(?=\d)|\bminimum\s+(?:on|for)\s+(?:each|them|these|those|that|this|it)\s+(?:will\s+be|is)\b|\bminimum\s+on\s+(?:any|each|every|an?|your)\s+order\b|\bminimum\s+on\s+(?=the\s+[^.\n]{1,40}?\s+(?:goes\s+up|will\s+be|becomes?|is\s+now|rises)\b)|\bminimum\s+(?=(?:becomes?|will\s+(?:be|become)|is\s+now|goes\s+up\s+to|rises\s+to|increases\s+to)\s+\d)|\bonly\s+be\s+ordered\s+in\b|\borders?\s+of\s+at\s+least\b",
    re.I,
)


CODE_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,5}[-_ ]?\d{3,6}(?:-[A-Za-z0-9]{1,3})?)(?![A-Za-z0-9])")
LABELLED_CODE_RE = re.compile(
    r"(?:your\s+(?:code|ref(?:erence)?\.?|item(?:\s+no\.?)?|part(?:\s+no\.?)?|sku)|\bsku|\bitem\s*(?:no\.?|code|#)?|编号|货号|料号|物料号)\s*[:#]?\s*([A-Za-z]{0,5}[-_ ]?\d{3,6})",
    re.I,
)
REFERENCE_LABEL_RE = re.compile(
    r"(?<![A-Za-z])(?:quot(?:e|ation)|invoice|inv\.?|PI|proforma|waybill|way\s?bill|AWB|B/L|HB/L|MB/L|bill of lading|booking|consignment|tracking|container|"
    r"order confirmation|(?:order\s+)?acknowledge?ment,?\s+(?:ref(?:erence)?\.?)?|our\s+(?:order|ref(?:erence)?)|confirmation\s+(?:no\.?|number|#)|voyage|vessel|credit\s+(?:note|memo)|debit\s+note|batch|lot|"
    r"报价单|发票|提单|订舱|运单|单号|PI号|箱号|柜号|合同|批号|批次)"
    r"[ \t]{0,2}(?:no\.?|number|nr\.?|#|号)?[ \t]{0,2}[:#.\-]?[ \t]{0,12}(?:\n[ \t]*(?=[A-Za-z0-9/-]*[A-Za-z][A-Za-z0-9/-]*\d|[A-Za-z0-9/-]*\d[A-Za-z0-9/-]*[A-Za-z]))?"
    r"([A-Za-z0-9][A-Za-z0-9/-]{3,})",  # (on the next line only a reference of letters and digits: "(quotation\nQ-HT-261203")
    re.I,
)
BULLET_RE = re.compile(r"^\s*(?:[-•*·▪]|\d{1,2}(?:[)、]|\.(?!\d))|\(\d{1,2}\)|pos\.?\s*\d+)\s*", re.I)  # (not "3.5 x 38")
OPEN_ENDED_TIER = r"or more|and more|and above|or above|and over|and up|up\b|above\b|及以上|以上"
"""The top quantity break: "120 pcs and more", "1000+ or more"."""
ORDER_QUANTITY_LABEL = r"订量|订购量|订货量|采购量|下单量|order(?:ing)?\s+(?:qty|quantity)|qty|quantity"
"""A label before a quantity break: "订量 600 支:US$9.55/支", "Qty 500: $1.20"."""
TIER_RE = re.compile(
    rf"(?:^|\|)\s*(?:[-•*·]\s*)?(?:(?:{ORDER_QUANTITY_LABEL})\s*[:：]?\s*)?(?:from\s+|≥\s*|>=\s*|over\s+|above\s+|min\.?\s+|moq\s+)?(\d{{1,3}}(?:,\d{{3}})+|\d+)(?!-[A-Za-z])\s*(?:\+|(?:-|–|~|to)\s*\d[\d,]*)?\s*(?:{COUNT_UNIT})?\s*(?:\+|起|以上|及以上|{OPEN_ENDED_TIER}|\+?\s*(?:{COUNT_UNIT}))?\s*(?:[:|=@-]|\s(?=\s*(?:US\$|USD|EUR|GBP|CNY|RMB|HKD|[$€£¥])\s?\d)|\s{{2,}}(?=\d+\.\d+\s*/\s*\S))",
    re.I,
)
TOTAL_LABEL_RE = re.compile(r"(?:金额|总额|总价|合计|小计|总计|amount|total|subtotal|sum|value|=)\s*[:：]?\s*$", re.I)
UNIT_PRICE_LABEL_RE = re.compile(r"(?:单价|unit\s*price|price|@|each|per\s+unit|价格)\s*[:：]?\s*$", re.I)
PRICE_CHANGE_PAIR_RE = re.compile(
    r"(?:from|由|从)\s*(?P<old>[^\n]{0,20}?\d[\d,.]*[^\n]{0,6}?)\s*(?:to|调整为|调整到|上调至|上调到|下调至|涨至|涨到|降至|降到|改为|至|到|->|→)\s*(?P<new>[^\n]{0,8}?\d[\d,.]*)",
    re.I,
)
SIZE_TIER_HINT = re.compile(
    rf"起|以上|\+|{OPEN_ENDED_TIER}|≥|>=|\bfrom\b|~|[-–]\s*\d|^\s*(?:{ORDER_QUANTITY_LABEL})\b"
    rf"|^\s*(?:[-•*·]\s*)?\d[\d,]*\s*(?:{COUNT_UNIT})\s*[:：]",  # "500 sets: USD 18.50/set" under the product's line
    re.I,
)


@dataclass
class ItemSegment:
    """A stretch of text about one item: its line (and continuation lines)."""

    text: str
    sku: str | None
    code_span: tuple[int, int] | None
    kind: Literal["code", "tier", "description"] = "code"
    description: str | None = None
    columns: dict[str, int] = field(default_factory=dict)  # table header: "quantity"/"price" → cell index
    hint: Quantity | None = None  # the count the segment was found by, when no unit marks it
    pack_content: float | None = None  # what a carton of this item holds, when the message says so elsewhere ("装箱: 球泡每箱100只")


@dataclass
class LineResult:
    line: ParsedLine
    quantity_evidence: tuple[float, ...] = ()
    price_evidence: float | None = None
    price_per: tuple[float, ...] = ()  # a price per carton/dozen: the numbers it was divided from
    moq: float | None = None  # from a table's MOQ column
    warnings: list[str] = field(default_factory=list)


def mask_spans(text: str, pattern: re.Pattern[str], group: int = 0) -> str:
    chars = list(text)
    for match in pattern.finditer(text):
        for index in range(*match.span(group)):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)


# Codes written without their prefix: "(1042)" after a description, "3105 x 20" in a list.
PAREN_DIGITS_RE = re.compile(r"[(（]\s*(\d{3,6})\s*[)）]|(?<![\w.,-])(\d{3,6})(?=\s*[x×]\s*\d)|^\s*(\d{3,6})(?=\s{2,}|\t)")
STRICT_CODE_RE = re.compile(r"(?!PO)[A-Z]{2,5}-?\d{3,6}")


def _same_prefix(code: str, sku: str) -> bool:
    """A code's letters are the sku's, a typo of them (BKR/BRK) or missing (1042)."""
    written = re.sub(r"[^a-z]", "", code.casefold())
    catalog = re.sub(r"[^a-z]", "", sku.casefold())
    return not written or not catalog or written == catalog or fuzz.ratio(written, catalog) >= 60


def _codes_in_line(line: str, resolver: CatalogResolver | None) -> list[tuple[str | None, tuple[int, int], str]]:
    """Item codes in a line: (catalog sku or None, span, code as written). A code that is not
    in the catalog counts only when it looks like one (BRK-1042), not like any reference."""
    found: list[tuple[str | None, tuple[int, int], str]] = []
    for pattern in (CODE_RE, LABELLED_CODE_RE, PAREN_DIGITS_RE):
        for match in pattern.finditer(line):
            group = next(index for index in range(1, (match.lastindex or 1) + 1) if match.group(index) is not None)
            span = match.span(group)
            if any(span[0] < end and start < span[1] for _, (start, end), _ in found):
                continue
            code = match.group(group)
            sku = resolver.find_code(code) if resolver is not None else None
            if sku is not None and not _same_prefix(code, sku):
                sku = None  # "BRK-1402" is not TOL-1402 just because the digits agree
            if pattern is PAREN_DIGITS_RE:
                # "层板托架(1042):2500只": bare digits count only when the words before fit the
                # item; "3105 x 20" only next to other codes of the same line
                entry = resolver.entry(sku) if resolver is not None and sku else None
                if entry is None:
                    continue
                if group == 1 and not _shares_word(line[: span[0]], entry.name):
                    continue
                if group == 2 and not found and not re.fullmatch(r"[\s,;、:(（-]*", BULLET_RE.sub("", line[: span[0]])):
                    continue
                if group == 3 and not _shares_word(line[span[1] :], entry.name):
                    continue  # "4009   9V alkaline, twin pack   40": a table row led by the code's digits
            elif sku is None and resolver is not None and STRICT_CODE_RE.fullmatch(code):
                near = resolver.closest_code(code)  # "BRK-1402" for BRK-1042, if the words agree
                entry = resolver.entry(near) if near else None
                if entry is not None and _shares_word(line, entry.name):
                    sku = near
            if sku or STRICT_CODE_RE.fullmatch(code):
                found.append((sku, span, code))
    return sorted(found, key=lambda item: item[1][0])


DESCRIPTION_LABEL = re.compile(
    r"(?:\bitem(?:\s+(?:no\.?|code|#))?|your\s+(?:code|ref(?:erence)?\.?|item(?:\s+no\.?)?|part(?:\s+no\.?)?|sku)|\bsku|贵司编号|编号|货号|料号|ref\.?)\s*[:#]?\s*$", re.I
)


def _shares_word(text: str, catalog_name: str) -> bool:
    words = {w for w in name_tokens(catalog_name) if re.search(r"[a-z]{2,}", w)}
    return bool(words & set(name_tokens(text)))


def _describe(line: str, span: tuple[int, int], catalog_name: str | None = None) -> str | None:
    """The product words around a code: before it (or before its parenthesis), else after."""
    before = line[: span[0]]
    after = line[span[1] :]
    inner = ""
    open_paren = before.rfind("(")
    if open_paren != -1 and ")" not in before[open_paren:]:
        inner_before = DESCRIPTION_LABEL.sub("", before[open_paren + 1 :]).strip(" ,;:")
        close = after.find(")")
        inner_after = after[:close] if close != -1 else ""
        inner = " ".join(part for part in (inner_before, inner_after.strip(" ,;:")) if part)
        inner = re.sub(r"\s*,\s*|\s+", " ", inner).strip()
        before = before[:open_paren]
    else:
        before = DESCRIPTION_LABEL.sub("", before)
    before = re.sub(r"\b(pos|art|no|nr|ref|approx|ca)\.", r"\1 ", before, flags=re.I)
    pieces = re.split(r"[。;!?！？:|]|\.\s|,(?=\S)|,\s+(?:but|and|so|as|because|while)\s+", before)
    text = pieces[-1] if pieces else ""
    text = BULLET_RE.sub("", text)
    text = re.sub(r"^\s*(?:pos\.?\s*\d+|art\.?\s*[\w-]+|item\s*\d+)\s*", "", text, flags=re.I)
    text = re.sub(r"^\s*(?:pos\.?\s*\d+|art\.?\s*[\w-]+)\s*", "", text, flags=re.I)
    text = re.sub(r"^(?:我司|贵司|the|our|your|a|an)\s+|^(?:我司|贵司)", "", text.strip(), flags=re.I)
    # a quantity in front of the code is not part of the name ("200 pcs LED-1420", "12 x SKT-2140")
    text = re.sub(r"^\s*(?:\d[\d,]*\s*(?:" + COUNT_UNIT + r")\s*(?:of\b|x\b|×)?|\d+\s*[x×]\s+)", " ", text, flags=re.I)
    text = re.sub(r"\s+", " ", text).strip(" -–,;:()")
    if re.search(r"\b(?:for|of|on|to|about|regarding|re|dear|hi|hello)\s*$|^(?:dear|hi|hello)\b", text, re.I):
        text = ""  # prose before the code ("our quotation for LED-1109 ..."), not a description
    if not re.search(r"[A-Za-z\u4e00-\u9fff]{2,}", text):
        rest = re.split(
            r"\s{2,}|\s+\d[\d,]*\s*(?:" + COUNT_UNIT + r")|[:|;(]|,\s*\d|\s+(?:at|@|for|from|is|are|will|has|have)\b|\s+(?:USD|EUR|GBP|CNY|RMB)\b",
            after.strip(" -–:|"), maxsplit=1, flags=re.I,
        )
        text = rest[0].strip(" -–,;:()") if rest else ""
        if not re.search(r"[A-Za-z\u4e00-\u9fff]{2,}", text) or (catalog_name is not None and not _shares_word(text, catalog_name)):
            text = ""  # words after the code that are not about the product
    if inner and re.search(r"[A-Za-z\u4e00-\u9fff]", inner) and not re.search(r"\d\s*(?:x|×)\s*\d+\s*m\b", inner):
        text = f"{text} {inner}".strip()
    text = re.sub(r"\s+", " ", text).strip()
    return text or None


def _is_continuation(line: str) -> bool:
    if not line.strip() or re.match(r"^\s*(?:total|sub-?total|合计|总计|terms|payment|付款|贸易条款|delivery|dispatch|eta|etd)\b", line, re.I):
        return False
    if re.match(r"^\s*(?:qty|q'ty|quantity|数量|unit\s*price|price|单价|价格|shipped|出货数量|发货数量)\b\s*[:=]?", line, re.I):
        return True  # "Item: BRK-1042 ...\nQty: 2,500 pcs\nUnit price: USD 0.58"
    return bool(re.match(r"^\s{2,}\S", line)) and bool(find_quantities(line) or find_prices(line))


def _is_tier_line(line: str) -> bool:
    """A quantity break with its price: "5000只起:US$0.76/只", "from 100 pcs  EUR 8.70 / pc"."""
    # a bullet's dash is no range and "5-pc brush set" no quantity break
    # "1万～2.9万只:0.118/只" under "..., 美元:"; a table row "500 – 999 只 | 7.55" under "单价(美元/只)"
    priced = find_prices(line) or BARE_UNIT_PRICE_RE.search(line) or re.search(r"\|\s*\d+\.\d{2,4}\s*$", line)
    return bool(priced and TIER_RE.search(line) and SIZE_TIER_HINT.search(BULLET_RE.sub("", line, count=1)))


def _continues_block(block: str, line: str, sku: str | None, resolver: CatalogResolver | None) -> bool:
    """Whether ``line`` carries on the item of ``block`` (its Qty:/Price: line) rather than
    starting another one: a tier line, a second quantity or price, or another item named by
    description starts a new item."""
    if not _is_continuation(line) or _codes_in_line(line, resolver) or _is_tier_line(line):
        return False
    named_first = re.match(r"\s*(?![-•*·]|qty|q'ty|quantity|unit\s*price|price|数量|单价|价格)[^\d\s]*[A-Za-z]{3,}|\s*[\u4e00-\u9fff]{2,}", line, re.I)
    if named_first and not re.match(r"\s*(?:qty|q'ty|quantity|unit\s*price|price|数量|单价|价格|shipped|出货数量|发货数量)\b", line, re.I):
        # "  角码 40x40x40 镀锌:8000只" under "层板托架(BRK1042):3500只": words, then a second count
        if find_prices(line) and find_prices(block):
            return False
        if any(q.strength >= 2 for q in find_quantities(line)) and any(q.strength >= 2 for q in find_quantities(block)):
            return False
    if resolver is not None and resolver.items:
        named = {segment.sku for segment in _prose_items(line, resolver)}
        if named - {sku}:
            return False
        label = re.match(r"\s*([^:：|]{3,60}?)\s*[:：]\s*\S", line)
        if label and find_prices(line) and resolver.resolve_description(label.group(1)) not in (None, sku):
            return False  # "300mm 重型T型合页 镀锌:每副31元" under "...挂锁(LCK-3120):每打390元": another item and its price
    return True


SPACED_CELL_BREAK = re.compile(r"\s{2,}|\t+")


def pipe_spaced_tables(lines: list[str]) -> list[str]:
    """A plain-text table aligned with spaces, written as the " | " rows an HTML table becomes.

    Only a table whose header (a line of three or more cells, no digits) has a column that
    the row-by-row reading of spaced lines cannot place (cartons and pack content, new
    beside old prices), and only its rows with as many cells as the header: prose, other
    lines and simple quantity/price tables stay as they are."""
    piped = list(lines)
    for index, header in enumerate(lines):
        cells = SPACED_CELL_BREAK.split(header.strip())
        # (a header names no numbers, but dates: "until 31.12.2026   from 04.01.2027")
        if " | " in header or len(cells) < 3 or re.search(r"\d", re.sub(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}", "", header)):
            continue
        if not {"pack", "cartons", "new_price", "quantity"} & set(table_columns(" | ".join(cells))):
            continue
        for row_index in range(index + 1, len(lines)):
            row = SPACED_CELL_BREAK.split(lines[row_index].strip())
            if len(row) != len(cells) or " | " in lines[row_index]:
                break
            piped[row_index] = " | ".join(row)
        piped[index] = " | ".join(cells)
    return piped


def item_segments(text: str, resolver: CatalogResolver | None) -> list[ItemSegment]:
    """Stretches of text about one item each: lines naming a catalog code (with their
    continuation lines), tier lines (quantity break + price), listed items by description."""
    lines = pipe_spaced_tables(text.split("\n"))
    segments: list[ItemSegment] = []
    context_sku: str | None = None
    context_description: str | None = None
    columns: dict[str, int] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        if " | " in line and not re.search(r"\d", line):
            columns = table_columns(line)
        elif " | " not in line and line.strip():
            columns = {}
        segment_count = len(segments)
        codes = _codes_in_line(line, resolver)
        if codes:
            distinct = list(dict.fromkeys(sku or raw for sku, _, raw in codes))
            if len(distinct) == 1:
                sku, span, raw = codes[0]
                block, first = line, index
                while index + 1 < len(lines) and _continues_block(block, lines[index + 1], sku, resolver):
                    index += 1
                    block += "\n" + lines[index]
                segments.append(_code_segment(block, sku, span, raw, resolver, _with_previous_line(lines, first, line, span, resolver)))
                context_sku, context_description = sku, segments[-1].description
                if resolver is not None and resolver.items:
                    # "item 1001 (wood screws 4x40) - 30 boxes, 6mm nylon plugs - 50 boxes": a second item by name, after the coded one's count
                    own_count = next((q for q in _counts(line) if q.start >= span[1]), None)
                    segments += [other for other in _prose_items(line, resolver) if other.sku not in (None, sku)
                                 and own_count is not None and line.find(other.text) > own_count.end]
            else:
                for chunk in _split_chunks(line, resolver):
                    chunk_codes = _codes_in_line(chunk, resolver)
                    if chunk_codes:
                        sku, span, raw = chunk_codes[0]
                        segments.append(_code_segment(chunk, sku, span, raw, resolver, (chunk, span)))
                context_sku = None
            index += 1
            for segment in segments[segment_count:]:
                segment.columns = columns if segment.text == line else {}
            continue
        worded_cells = [cell for cell in line.split(" | ") if re.search(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}", cell)] if " | " in line else []
        if _is_tier_line(line) and not any(_names_a_product(cell) for cell in worded_cells):
            # (a table row naming its own product is no quantity break of the item above it)
            segments.append(ItemSegment(line, context_sku, None, "tier", context_description))
        elif BULLET_RE.match(line) and not find_prices(line) and not _counts(line) \
                and (details := _indented_details(lines, index)):
            # "2. C级防割手套 10号" then indented "包装:每箱60双;报价数量:10箱" / "单价:¥10.80/双": one item
            block = "\n".join([line, *details])
            name = BULLET_RE.sub("", line).strip()
            bare_name = re.sub(r"\s*" + ASIDE_RE.pattern, "", name) or name  # without its aside "(新款, 样品已寄出)"
            sku = resolver.resolve_description(name) if resolver else None
            if (sku or _names_a_product(bare_name)) and (find_prices(block) or [q for q in find_quantities(block) if q.strength >= 2]):
                segments.append(ItemSegment(block, sku, None, "description", bare_name))
            index += len(details)
        elif BULLET_RE.match(line) or " | " in line:
            quantities = [q for q in find_quantities(line) if q.strength >= 2] or _column_count(line, columns)
            times = re.search(r"\s[x×]\s*(\d{1,3}(?:,\d{3})+|\d+)\s*$", line) if " | " in line and not quantities else None
            # "- 48 insulated combination pliers, 180 mm": a bullet that starts with its count
            times = times or (re.match(r"\s*(?:[-•*·▪]\s*)(?:the\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[x×]\s+)?(?!(?:x|of|mm|cm|m|kg|ml|v|w)\b)(?=[A-Za-z]|\d+\s*mm\s+[A-Za-z])", line, re.I)
                              if " | " not in line and not quantities else None)
            if times:  # "Contents | AA alkaline batteries 24-pack x 60"
                value = parse_number(times.group(1))
                quantities = [Quantity(value, (value,), times.start(1), times.end(1), 2)]
            packs = re.search(r":\s*(\d{1,4})\s*[x×]\s*(\d{1,4})\s*$", line) if not quantities else None
            if packs:  # "- Grab adhesive 290ml: 4 x 12": four boxes of twelve
                outer, inner = parse_number(packs.group(1)), parse_number(packs.group(2))
                quantities = [Quantity(outer * inner, (outer, inner), packs.start(1), packs.end(2), 3)]
                times = packs
            priced = bool(find_prices(line)) or _column_cell(line, columns, "price") is not None
            if (quantities or priced) and not NOT_ITEM_WORDS.search(line):
                stripped = BULLET_RE.sub("", line)
                if " | " in line:  # a table row: the first cell with words ("1 | LED panel 600x600 | 400")
                    worded = [cell for cell in line.split(" | ") if re.search(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}", cell)]
                    # the cell that names a catalog item wins over shipping marks ("NORTHGATE/1-120 | CABLE TIES 370MM")
                    named = [cell for cell in worded if resolver is not None and resolver.resolve_description_fully(cell)]
                    if not named and resolver is not None:  # "黑色尼龙扎带 | 200×4.8mm | 100根/包 | ...": the name with its size
                        cells = line.split(" | ")
                        named = [joined for size in (2, 3) if (joined := " ".join(cells[:size])) and resolver.resolve_description(joined)][:1]
                    stripped = (named or worded or [stripped])[0]
                # "2 outers of the white sanitary silicone (25 an outer)", "2 cases of grab adhesive, 12s": the words after the count
                named_part = re.sub(rf"^\s*(?:the\s+)?\d[\d,]*\s*(?:(?:{COUNT_UNIT})\s+(?:of\s+)?|x\s+|of\s+|(?=[A-Za-z]{{4,}}))(?:the\s+)?(?=[A-Za-z\u4e00-\u9fff]|\d+\s*mm\s)", "", stripped, flags=re.I)
                named_part = re.sub(r"\s*" + ASIDE_RE.pattern + r"|,\s+\d+s\b.*$", "", named_part) if named_part != stripped else named_part
                description = re.split(r"\s*[:|]\s*|\s{2,}|\s+\d[\d,]*\s*(?:" + COUNT_UNIT + r")|\s+(?:is|are|was|were|has|have)\s", named_part, maxsplit=1)[0].strip(" -–,;")
                # a table cell names an item only with no words of another product ("Fused spur 13A switched white")
                resolve = resolver.resolve_description_fully if " | " in line and description == stripped.strip(" -–,;") else resolver.resolve_description if resolver else None
                sku = resolve(description) if resolve and description else None
                entry = resolver.entry(sku) if resolver is not None and sku else None
                pack = catalog_pack(entry.name) if entry else None
                if times and quantities[0].strength < 3 and _pieces_of_packs(quantities[0].value, pack):  # "- 2,000 x 6mm nylon wall plugs, boxed in 100s"
                    quantities[0] = Quantity(quantities[0].value, quantities[0].evidence, quantities[0].start, quantities[0].end, 2, "pcs")
                # a listed price without a count ("- PTFE tape 12mm x 12m: £0.19 per roll") only
                # when the words name a catalog item
                if description and re.search(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}", description) and (quantities or sku or priced and _names_a_product(description)):
                    segments.append(ItemSegment(line, sku, None, "description", description, columns=columns if " | " in line else {},
                                                hint=quantities[0] if times else None))
                    if sku and " | " in line:  # the price breaks in the rows below are this item's
                        context_sku, context_description = sku, description
        elif resolver is not None and resolver.items:
            prose = _prose_items(line, resolver)
            label = re.match(r"\s*([^:|]{3,60}?)\s*:\s*(?=\S)", line)
            priced_after_label = label and (find_prices(line[label.end() :]) or ARROW_PRICE_RE.search(line[label.end() :]))
            if not prose and priced_after_label and not re.match(r"\d+(?![\d.,])(?!\s*(?:mm|cm|m|w|v|a|ml|l|kg|g|oz)\b)", label.group(1), re.I) \
                    and not re.search(r"\b(?:your|our|the)\s+(?:purchase\s+)?order\b|\bP\.?O\b|订单", label.group(1), re.I):  # "Your order PO-…: …" is no product
                # "角码 40x40x40 镀锌:0.105美元/只": a product and its price
                sku = resolver.resolve_description(label.group(1))
                if sku or _names_a_product(label.group(1)):
                    # an item not in the catalog keeps its words ("USB double socket 2.1A, white: £9.40")
                    prose = [ItemSegment(line, sku, None, "description", label.group(1).strip())]
            counted = re.match(r"\s*((?:[^\s\d|]|\d+(?:\.\d+)?[-A-Za-z])[^|]{2,60}?)\s+[x×]\s*(\d{1,3}(?:,\d{3})+|\d+)\s*$", line)
            if not prose and counted and not find_prices(line):
                # a list of what ships, without prices: "  4-gang 5m surge leads     x 36"
                sku = resolver.resolve_description_fully(counted.group(1))
                if sku:
                    value = parse_number(counted.group(2))
                    # the name is blanked in the segment: "AA 24 packs  x 25" counts 25, not its 24-pack
                    blanked = " " * counted.end(1) + line[counted.end(1) :]
                    prose = [ItemSegment(blanked, sku, None, "description", counted.group(1).strip(), hint=Quantity(value, (value,), 0, 0, 2))]
            # "2-way light switches   £2.10", "9V alkaline twin packs - now £3.25": a name, then its price
            first_cell = re.match(r"\s*((?:[^\s\d|]|\d+(?:\.\d+)?[-A-Za-z])[^|]{2,60}?)(?:\s{3,}|\s+[-–—]\s+)\S", line)
            if not prose and first_cell and find_prices(line[first_cell.end(1) :]):
                # a row of a spaced table without a code: "   Drywall screws 3.5 x 38 (1000)    £6.40 -> £6.70"
                sku = resolver.resolve_description_fully(first_cell.group(1))
                if sku or _names_a_product(first_cell.group(1)):  # an item not in the catalog keeps its words
                    prose = [ItemSegment(line, sku, None, "description", first_cell.group(1).strip())]
            segments.extend(prose)
            if not prose and _tiers_follow(lines, index) and not _table_header(line):
                # "1.5米 50W 三防灯(IP65)报价如下:" then "订量 600 支:US$9.55/支": the breaks are of that item
                named = resolver.resolve_description(line)
                nearby = None if named else item_named_in(line, resolver)  # "感谢询价。370mm 黑色抗紫外线尼龙扎带(每包100根)报价如下, ..."
                offered = OFFERED_PRODUCT_RE.search(line)
                if named or nearby:
                    context_sku, context_description = named or nearby[0], line.strip() if named else nearby[1]
                elif offered and _names_a_product(offered.group(1)):
                    # "We offer our 18V cordless drill kit (...):" then "500 sets: USD 18.50/set": a product not in the catalog
                    context_sku, context_description = None, offered.group(1).strip()
        index += 1
    return segments


def _indented_details(lines: list[str], index: int) -> list[str]:
    """The indented lines under a list item that are not list items themselves."""
    details = []
    for following in lines[index + 1 :]:
        if not re.match(r"\s{2,}\S", following) or BULLET_RE.match(following):
            break
        details.append(following)
    return details


TABLE_HEADER_WORDS = re.compile(r"\b(?:qty|quantity|price|unit|amount)\b|数量|单价|价格|金额", re.I)
# "原 0.11 → 新 0.125 /个", "0.11 -> 0.125": an old and a new price without a currency sign
ARROW_PRICE_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:->|→|⇒|=>)\s*(?:新\s*)?\d+(?:\.\d+)?")


OFFERED_PRODUCT_RE = re.compile(
    r"\b(?:offer|quote|prices?\s+for)\s+(?:you\s+)?(?:our|the|a|an|this)?\s*([^:：(（]{3,60}?)\s*(?:[(（][^()（）]*[)）])?\s*(?:as\s+follows)?\s*[:：]\s*$", re.I
)
"""The product a lead-in line offers before its price breaks: "We offer our 18V cordless drill kit (...):"."""


def _tiers_follow(lines: list[str], index: int) -> bool:
    """Quantity breaks follow the line at ``index``: on the next line, or under a table header
    ("Quantity (tubes)  Price per tube") there."""
    following = [line for line in lines[index + 1 :] if line.strip()]
    if following and _is_tier_line(following[0]):
        return True
    return len(following) > 1 and _table_header(following[0]) and _is_tier_line(following[1])


def _table_header(line: str) -> bool:
    """A column header without numbers: "Quantity (tubes)  Price per tube", "数量  单价"."""
    return TABLE_HEADER_WORDS.search(line) is not None and not re.search(r"\d", line)


NOT_PRODUCT_LABEL_RE = re.compile(
    r"\b(?:total|sub-?total|amount|deposit|payment|balance|freight|carriage|delivery|shipping|postage|vat|tax|fees?|charges?|valid|"
    r"prices?|bank|account|insurance|handling|discount|surcharge|terms|lead\s+time|moq|minimum|sample|tooling|mould|mold)\b"
    r"|合计|总计|金额|定金|订金|付款|运费|税|费用|银行|账户|有效期|交期|起订|样品|模具"
    r"|\b(?:hi|hello|dear|dana|quot\w*|offer|attached|below)\b|您好|你好|报价|报个价|如下",  # a greeting or lead-in, not a product
    re.I,
)


def _names_a_product(label: str) -> bool:
    """Words that can be a product not in the catalog: two words or more, none of a charge or term."""
    return len(re.findall(r"[A-Za-z]{2,}|[\u4e00-\u9fff]{2,}", label)) >= 2 and not NOT_PRODUCT_LABEL_RE.search(label)


def _column_cell(line: str, columns: dict[str, int], column: str) -> str | None:
    """The cell of a table row under ``column`` when it holds a number ("6.15/副", "£61.25", "20")."""
    cells = line.split(" | ")
    if " | " not in line or column not in columns or len(cells) <= columns[column]:
        return None
    cell = cells[columns[column]]
    return cell if re.search(r"\d", cell) else None


def _column_count(line: str, columns: dict[str, int]) -> list[Quantity]:
    """The bare number in a table row's quantity column ("LED panel | 400 | 8.85"), if any."""
    cells = line.split(" | ")
    cartons = _cell_number(_column_cell(line, columns, "cartons"))
    pack = _cell_number(_column_cell(line, columns, "pack"))
    if cartons and pack:  # "LED PANEL 600X600 | 60 | 4": 60 cartons of 4
        return [Quantity(cartons * pack, (cartons, pack), 0, 0, 3)]
    if " | " not in line or "quantity" not in columns or len(cells) <= columns["quantity"]:
        return []
    bare = re.fullmatch(r"\s*(?:from|ab|min\.?|≥|>=)?\s*(\d{1,3}(?:,\d{3})+|\d+)\s*", cells[columns["quantity"]], re.I)  # ("from 120")
    if not bare:
        return []
    value = parse_number(bare.group(1))
    return [Quantity(value, (value,), 0, 0, 2)]


NOT_ITEM_WORDS = re.compile(
    r"(?:total|合计|总计|subtotal|共计|equipment|container|集装箱|柜号|货柜|柜型|整柜|\d\s*(?:尺|个)?\s*(?:高)?柜|pallet|\d\s*(?:个)?托盘?|托盘数|weight|kg|cbm|volume|packages|pkgs|件数|毛重|体积)"
    # (not 装柜 "loaded" nor 带托盘 "with tray": the goods, not the equipment)
    # a postal address: "Unit 4, Kennet Side Trading Estate, Reading RG1 3EA", "Industriestraße 14 | 42651 Solingen"
    r"|\b(?:Industrial|Trading|Business)\s+(?:Estate|Park)\b|(?-i:\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b)|stra(?:ß|ss)e\s+\d",
    re.I,
)


def _prose_items(line: str, resolver: CatalogResolver) -> list[ItemSegment]:
    """Items named by description in running text ("层板托架 200x150mm:2500只", "the 40mm brass
    padlocks (600 pcs)", "600 pcs of brass padlocks"): only when the words resolve to one
    catalog item."""
    found: list[ItemSegment] = []
    for quantity in find_quantities(line):
        if quantity.strength < 2:
            continue
        if re.search(r"(?:每(?:箱|盒|包|件|袋)|\bper\s+(?:box|carton|bag|pack|case))\s*$", line[max(0, quantity.start - 10) : quantity.start], re.I):
            continue  # "(每包100根)": what a bag holds, not a count of this message
        aside = re.match(r"[^()（）]*[)）]", line[quantity.end :])
        if aside and re.search(r"[(（][^()（）]*$", line[: quantity.start]) and re.search(r"[\u4e00-\u9fff]|[A-Za-z]{3,}", aside.group(0)) \
                and not re.search(r"\d", aside.group(0)):
            continue  # "铜挂锁(三把钥匙)", "门把手(一副装)": the aside counts something else
        sentence_start = max(line.rfind(mark, 0, quantity.start) for mark in ("。", ";", ". ", "!", "?", "\n")) + 1
        sentence_ends = [position for mark in ("。", ";", ". ", "!", "?", "\n") if (position := line.find(mark, quantity.end)) >= 0]
        if NOT_ITEM_WORDS.search(line[sentence_start : min(sentence_ends, default=len(line))]):
            continue  # "total 3,180 kg", "container 40HQ": that sentence's counts are no items
        moq_before = re.search(rf"(?:{MOQ_RE.pattern})\s*(?:is|of|:|：|为)?\s*$", line[max(0, quantity.start - 30) : quantity.start], re.I)
        if moq_before or MOQ_AFTER_RE.match(line[quantity.end :]):
            continue  # "MOQ 500 bags", "1000双起订": the minimum order, not an item's count
        clause_start = max(line.rfind(mark, 0, quantity.start) for mark in ("。", ";", ". ", "!", "?", "\n")) + 1
        before = line[clause_start : quantity.start]
        # an aside before the count describes the item, it does not name it ("叠片挂锁(同一钥匙):二十箱": not "钥匙" = key)
        before_words = re.findall(r"[^\s:：,(（、]+", ASIDE_RE.sub(lambda aside: " " * len(aside.group(0)), before))
        candidates: list[tuple[str, int]] = []
        # "of the 4.0 x 40 PZ2 wood screws", "knocked 30 boxes off the 60mm woodscrews"
        after = re.match(r"\s*(?:of|off)\s+((?:(?:\d+\.\d+|[^\s,.;:()])+\s*){1,7})", line[quantity.end :], re.I)
        inside = re.search(r"\bof\s+((?:[^\s,.;:()]+\s*){1,6})\(", line[quantity.start : quantity.end], re.I) \
            or re.match(rf"\s*[\d,]+\s*(?:{CONTAINER})\s+(?:of\s+)?(?:the\s+)?([^\n,;()]{{2,60}}?)\s*[,(]", line[quantity.start : quantity.end], re.I)  # "40 ctns soft close hinge 35mm, 200pcs/ctn"
        # "6 outers of 10 twin packs are cancelled": the name right after a count in packs
        # and a list row that starts with its count: "30 bx   5x60 PZ woodscrews (100s)   £3.55"
        row_start = not BULLET_RE.sub("", re.sub(r"^.{0,60}?:\s*$", "", line[: quantity.start])).strip()  # (after a chat "Name: ")
        packed_name = re.match(r"\s*((?:[^\s,.;:()]+\s*){1,6})", line[quantity.end :]) if (quantity.outer and quantity.unit is None) or row_start else None
        named_after = after or inside or packed_name  # "30 boxes of the white sanitary silicone (25 per box)": the name is inside the count
        if named_after:  # "144 tubes of grab adhesive": the item named right after the count comes first
            words = named_after.group(1).split()
            for size in range(1, len(words) + 1):
                candidates.append((" ".join(words[:size]), quantity.start))
        for size in range(1, min(6, len(before_words)) + 1):  # the fewest words that name one item
            phrase = " ".join(before_words[-size:])
            candidates.append((phrase, line.find(before_words[-size], clause_start)))
        for phrase, start in candidates:
            phrase = re.sub(r"^(?:the|our|your|a|an|and|of|for|with|其中|以及|和)\s+", "", phrase.strip(), flags=re.I)
            phrase = re.sub(r"(?:已经?|都|全部)?(?:做好|完成|生产好|备好|装好)了?$", "", phrase)  # "230mm滚筒套装做好了50箱"
            if not re.search(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}", phrase):
                continue
            if re.fullmatch(r"[A-Za-z]{1,3}", phrase):
                continue  # one short word ("way") names no product
            if _only_pack_words(phrase):
                continue  # "boxes of 6" names a pack, not a product
            if any(count.strength >= 3 for count in find_quantities(phrase)):
                break  # "(手套100箱×120双, 胶布30箱×100卷)": a name does not reach back over another item's count
            sku = resolver.resolve_description(phrase)
            if sku and any(segment.sku == sku for segment in found):
                priced = _price_after(line, quantity)
                if priced is not None:  # "500副起 1.85美元/副,1000副起 1.79美元/副": another quantity break
                    found.append(ItemSegment(line[quantity.start : priced], sku, None, "description", found[-1].description))
                break  # "150副(共300副,余下的150副...)": the item's first count is its line
            if sku:
                price = re.match(r"(?:[^.;。\n(（]|\.(?=\d)){0,30}", line[quantity.end :])
                end = len(line) if row_start and packed_name else quantity.end + (price.end() if price else 0)  # a list row is one item
                label = re.fullmatch(r"\s*(?:[-•*·]\s*)?([^:：]{1,60}?)\s*[:：]\s*", before)
                description = label.group(1) if label and start != quantity.start else phrase.strip(" -–,;:")
                found.append(ItemSegment(line[start:end], sku, None, "description", description))
                break
        else:
            named = _item_named_nearby(line, clause_start, quantity.start, resolver)
            if named and not any(segment.sku == named[0] for segment in found):
                price = re.match(r"(?:[^.;。\n(（]|\.(?=\d)){0,30}", line[quantity.end :])
                end = quantity.end + (price.end() if price else 0)
                found.append(ItemSegment(line[quantity.start : end], named[0], None, "description", named[1]))
    return found + ([] if NOT_ITEM_WORDS.search(line) else _bare_counts(line, resolver, found))


def _only_pack_words(phrase: str) -> bool:
    """Whether the words of ``phrase`` are all count units ("boxes of 6", "inner cartons"): a
    pack, which names no product."""
    words = re.findall(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}", phrase)
    return not [word for word in words if not re.fullmatch(COUNT_UNIT, word, re.I) and word.casefold() not in ("inner", "outer", "master")]


def item_named_in(text: str, resolver: CatalogResolver) -> tuple[str, str] | None:
    """(sku, words) of the one catalog item a stretch of prose names by description, else None."""
    return _item_named_nearby(text, 0, len(text), resolver)


def _price_after(line: str, quantity: Quantity) -> int | None:
    """The end of a price that directly follows ``quantity`` ("500副起 1.85美元/副"), else None."""
    for price in find_prices(line):
        if 0 <= price.start - quantity.end <= 16 and re.fullmatch(
            rf"\s*(?:\+|{OPEN_ENDED_TIER}|以上|起|及以上)?\s*(?:at|@|:|=|-|–|for|每\s*\S|per\s+\w+|each)?\s*[:：]?\s*", line[quantity.end : price.start], re.I
        ):
            return price.end
    return None


BARE_COUNT_RE = re.compile(
    r"(?<![\w.,/#-])(\d{1,3}(?:,\d{3})+|\d+)\s+(?!(?:x|of|to|and|or|days?|weeks?|months?|years?|hours?|working|business|mm|cm|m|kg|g|ml|l|v|w|a)\b)"
    r"(?=[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z0-9][\w&-]*){0,5})",
    re.I,
)


MOQ_AFTER_RE = re.compile(r"\s*(?:起订(?!量)|起批|\bminimum(?:\s+order)?\b|\bMOQ\b)", re.I)
LIST_COUNT_RE = re.compile(r"^\s*(?:[-•*·]\s*)?(\d{1,3}(?:,\d{3})+|\d+)\s*[x×]\s+(?=[A-Za-z]|\d+(?:\.\d+)?\s*mm\s+[A-Za-z])", re.I)  # "5,000 x 6mm nylon wall plugs"
# "...should be with you tomorrow: 40 x 9V twin packs and 6 x 4-gang 5m surge leads": so many of an item,
# in running text after a colon, comma or "and" (not a size: "1200 x 600 mm")
INLINE_COUNT_RE = re.compile(
    r"(?:[:;,]|\band\b|&)\s*(\d{1,3}(?:,\d{3})+|\d+)\s*[x×]\s+(?!\d+(?:\.\d+)?\s*(?:mm|cm|m|kg|g|ml|l)\b)(?=[A-Za-z0-9])", re.I
)


def _pieces_of_packs(value: float, pack: tuple[str, int] | None) -> bool:
    """Whether a bare count of an item sold in packs of ten or more is in pieces: far more than a
    pack holds and a whole number of packs ("5,000 x 6mm nylon wall plugs" of a box of 100)."""
    return pack is not None and pack[1] >= 10 and value >= 10 * pack[1] and value % pack[1] == 0


def _bare_counts(line: str, resolver: CatalogResolver, found: list[ItemSegment]) -> list[ItemSegment]:
    """Counts written as a number before the product words ("60 adjustable wrenches 250 mm",
    "the 40 extension leads"): only when those words name one catalog item."""
    segments: list[ItemSegment] = []
    masked = DIMENSION_MASK_RE.sub(lambda m: m.group(0) if re.fullmatch(r"\d+\s+[A-Za-z]{3,}.*", m.group(0)) else " " * len(m.group(0)), line)
    listed = LIST_COUNT_RE.match(line)  # "48 x sanitary silicone white": a list row, so many of an item
    inline = list(INLINE_COUNT_RE.finditer(line))
    for match in ([listed] if listed else []) + inline + list(BARE_COUNT_RE.finditer(masked)):
        if re.match(r"\s*(?:" + COUNT_UNIT + r")", line[match.end(1) :], re.I) or re.search(r"\d\s*$", line[: match.start(1)]):
            continue
        stretch = re.split(r"[,;:()\n]|\.(?!\d)|\s(?:at|@|for|is|are|was|were|will|has|have|per|each|from|to|and|but|which|that)\b", line[match.end() : match.end() + 80], flags=re.I)[0]
        words = stretch.split()[:6]
        for size in range(len(words), 0, -1):  # the most words that still name one item
            phrase = " ".join(words[:size])
            if not re.search(r"[A-Za-z]{4,}", phrase):
                continue
            sku = resolver.resolve_description(phrase)
            if sku:
                if not any(segment.sku == sku for segment in found + segments):
                    value = parse_number(match.group(1))
                    priced = re.match(r"(?:[^.;。\n(（]|\.(?=\d)){0,60}", line[match.end(1) :])
                    # an inline "40 x 9V twin packs and 6 x 4-gang leads" is the count alone: the next item's words are not this one's
                    end = match.end() if match in inline else match.end(1) + (priced.end() if priced else 0)
                    pack = catalog_pack(resolver.entry(sku).name) if resolver.entry(sku) else None
                    many_pieces = _pieces_of_packs(value, pack) and not re.search(r"\b(?:box|bag|pack|drum|roll|case|carton)e?s?\b", phrase, re.I)
                    # "5,000 x 6mm nylon wall plugs (boxed in 100s)": far more than a box holds, so pieces
                    hint = Quantity(value, (value,), 0, match.end(1) - match.start(1), 2, "pcs" if many_pieces else None)
                    segments.append(ItemSegment(line[match.start(1) : end], sku, None, "description", phrase, hint=hint))
                break
    return segments


DEFINITE_BEFORE_RE = re.compile(r"(?:\b(?:the|those|these|that|this|all)|这|那|该|这些|那些|上述)\s*$", re.I)


def _item_named_nearby(line: str, clause_start: int, position: int, resolver: CatalogResolver) -> tuple[str, str] | None:
    """The one catalog item a count further off refers to: named earlier in its sentence
    ("...recalled the 750 ml expanding foam, so we have to cancel the 48 cans"), or, for "the
    15 boxes", in the sentence before ("the M8 hex bolts are out of stock. ...get the 15 boxes
    to you..."). Several different items named there: none."""
    regions = [line[clause_start:position]]
    if DEFINITE_BEFORE_RE.search(line[clause_start:position]) and clause_start > 0:
        previous_start = max(line.rfind(mark, 0, clause_start - 1) for mark in ("。", ";", ". ", "!", "?", "\n")) + 1
        regions.append(line[previous_start:clause_start])
    for region in regions:
        words = re.findall(r"[^\s:：,，(（)）]+", region)
        named: dict[str, list[list[str]]] = {}
        for last in range(len(words), 0, -1):
            for size in range(1, min(5, last) + 1):
                phrase = " ".join(words[last - size : last])
                if not re.search(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}", phrase) or _only_pack_words(phrase):
                    continue
                sku = resolver.resolve_description(phrase)
                if sku:
                    named.setdefault(sku, []).append(words[last - size : last])
        if not named:
            continue
        catalogs = {sku: set(name_tokens(entry.name)) if (entry := resolver.entry(sku)) else set() for sku in named}

        def product_word(word: str, sku: str) -> bool:
            return any(
                token in catalogs[sku] or any(len(token) >= 3 and name.startswith(token) for name in catalogs[sku])
                for token in name_tokens(word)
            )

        # the item named most fully wins ("the LED panel 600x600" over "MOQ of the LED")
        strength = {sku: max(sum(product_word(word, sku) for word in phrase) for phrase in phrases) for sku, phrases in named.items()}
        best = max(strength.values())
        winners = [sku for sku, value in strength.items() if value == best]
        if len(winners) != 1:
            return None
        sku = winners[0]
        # the description: the longest window that starts and ends on a product word
        tidy = [phrase for phrase in named[sku] if product_word(phrase[0], sku) and product_word(phrase[-1], sku)] or named[sku]
        return sku, " ".join(max(tidy, key=len))
    return None
    return None


def _code_segment(
    text: str, sku: str | None, span: tuple[int, int], raw: str, resolver: CatalogResolver | None,
    context: tuple[str, tuple[int, int]],
) -> ItemSegment:
    if sku is None and resolver is not None and " | " in text:
        # the supplier's own code ("JL-ZD370 | 黑色尼龙扎带 370×4.8 抗紫外线 | 10 | ..."): the row's description names the item
        named = [cell for cell in text.split(" | ") if re.search(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}", cell) and raw not in cell]
        for cell in named:
            found = resolver.resolve_description_fully(cell)
            if found:
                return ItemSegment(text, found, span, "code", cell.strip())
    entry = resolver.entry(sku) if resolver is not None and sku else None
    description = _describe(context[0], context[1], entry.name if entry else None)
    if sku is None:
        description = f"{raw} {description}" if description else raw  # keep the code as written
    hint = _count_before_name(text[: span[0]], entry.name) if entry is not None else None
    return ItemSegment(text, sku, span, "code", description, hint=hint)


COUNT_BEFORE_NAME_RE = re.compile(
    r"(?<![\w.,/#-])(\d{1,3}(?:,\d{3})+|\d+)\s+((?:[A-Za-z][\w&'-]*\s+|\d+(?:\.\d+)?\s*(?:mm|cm|m|w|v|oz)\b\s*){1,6})[(（]?\s*$", re.I
)


def _count_before_name(before: str, catalog_name: str) -> Quantity | None:
    """"for 150 tape measures 5 m (TOL-1310)": a count right before the product's own words."""
    match = COUNT_BEFORE_NAME_RE.search(before)
    if not match:
        return None
    first = match.group(2).split()[0]
    if not re.fullmatch(r"[A-Za-z][A-Za-z&'-]{2,}", first) or not set(name_tokens(first)) & set(name_tokens(catalog_name)):
        return None  # "2026 order for tape measures": the words after the number are no product
    value = parse_number(match.group(1))
    return Quantity(value, (value,), match.start(1), match.end(1), 2)


def _with_previous_line(
    lines: list[str], index: int, line: str, span: tuple[int, int], resolver: CatalogResolver | None
) -> tuple[str, tuple[int, int]]:
    """A code at the start of a hard-wrapped line: its description ends the line before."""
    before = DESCRIPTION_LABEL.sub("", line[: span[0]]).strip(" (-")
    if re.search(r"[A-Za-z\u4e00-\u9fff]{2,}", before) or index == 0 or BULLET_RE.match(line):
        return line, span
    previous = lines[index - 1].rstrip()
    if not previous.strip() or previous.endswith((":", "|")) or " | " in previous or _codes_in_line(previous, resolver):
        return line, span
    unclosed = previous.rfind("(") > previous.rfind(")")
    if line[: span[0]].strip() == "" and not unclosed and not DESCRIPTION_LABEL.search(previous):
        return line, span  # a listing that starts with the code ("SCR-1001  wood screws ...")
    offset = len(previous) + 1
    return previous + " " + line, (span[0] + offset, span[1] + offset)


CURRENCY_SUFFIX = r"(?:\s*[(（][^()（）]{1,12}[)）])?"  # "新价(US$)", "Price (GBP)"
NEW_PRICE_HEADER = re.compile(rf"^(?:new(?:\s+(?:unit|box|carton|case|pack|trade|list))?\s+price|new|neu|revised\s+price|price\s+from\s+.*|(?:from|ab)(?:\s+\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})?|新价格?|新单价|调整后(?:单价|价格)){CURRENCY_SUFFIX}$", re.I)
OLD_PRICE_HEADER = re.compile(rf"^(?:(?:old|current|previous)(?:\s+(?:unit|box|carton|case|pack|trade|list))?\s+price|now|current|currently|today|old|bisher|alt|(?:until|till|bis)(?:\s+\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})?|原价格?|原单价|现价){CURRENCY_SUFFIX}$", re.I)
# how many units a carton or box holds ("Pcs/ctn", "Box: 25 tubes", "每箱数量", "装箱数"); a row's
# count in cartons ("Ctns") times it is the quantity, its price per box over it the unit price
PACK_HEADER = re.compile(r"^(?:(?:pcs|units|qty|pieces)\s*(?:/|per)\s*(?:ctn|carton|box|case|pack)|per\s+(?:box|carton|ctn|case|pack)|box|carton|pack(?:\s+size)?|case\s+qty|inner|vpe|packing\s+unit|pack(?:ing)?\s+qty|包装|包装规格|每箱(?:数量|只数|个数)?|装箱数|入数)$", re.I)
CARTONS_HEADER = re.compile(r"^(?:ctns?|cartons?|boxes|cases|no\.?\s+of\s+(?:ctns|cartons|boxes)|箱数|件数)$", re.I)
MOQ_HEADER = re.compile(r"^(?:moq|min\.?\s*order(?:\s*qty|\s*quantity)?|minimum\s+order(?:\s+quantity)?|起订量|最小起订量|最低起订量)$", re.I)
SHIPPED_HEADER = re.compile(r"^(?:(?:(?:qty|quantity)\s+)?(?:shipped|sent|dispatched|despatched|delivered)(?:\s+(?:now|today|qty|quantity|this time))?|this shipment|本[次批](?:出货|发货)(?:数量)?|这次出货|出货数量|发货数量|实发数量?)$", re.I)
QTY_HEADER = re.compile(r"^(?:qty|q'ty|quantity|quantities|数量|ordered|order qty|订单数量|订购数量|订货数量|采购数量|qty\.?\s*\(.*\)|pcs|units|amount\s*\(pcs\))$", re.I)
# the unit a row is sold in, with its content: "case/25", "box of 12", "each"
SALES_UNIT_HEADER = re.compile(r"^(?:unit|uom|u/m|sales\s+unit|单位)$", re.I)
PRICE_HEADER = re.compile(r"^(?:unit\s*price|price|单价|价格|(?:unit\s*)?price\s*\(.*\)|(?:单价|价格)\s*\(.*\)|unit\s*cost|u/?p)$", re.I)


def table_columns(header: str) -> dict[str, int]:
    """Which cell of a table row holds the quantity and the unit price, from its header row."""
    columns: dict[str, int] = {}
    for position, whole_cell in enumerate(header.split(" | ")):
        # a bilingual header ("Geliefert / Delivered"): the part a pattern knows
        parts = [part.strip().rstrip(".:").strip() for part in re.split(r"\s+/\s+", whole_cell)]
        known = (NEW_PRICE_HEADER, OLD_PRICE_HEADER, MOQ_HEADER, SHIPPED_HEADER, QTY_HEADER, PRICE_HEADER, PACK_HEADER, CARTONS_HEADER, SALES_UNIT_HEADER)
        cell = next((part for part in parts if any(pattern.match(part) for pattern in known)), parts[0])
        if PACK_HEADER.match(cell):
            columns["pack"] = position
        elif CARTONS_HEADER.match(cell):
            columns["cartons"] = position
        elif NEW_PRICE_HEADER.match(cell):
            columns["price"] = position
            columns["new_price"] = position
        elif OLD_PRICE_HEADER.match(cell):
            continue
        elif MOQ_HEADER.match(cell):
            columns["moq"] = position
        elif SHIPPED_HEADER.match(cell):
            columns["quantity"] = position  # what ships now beats what was ordered
        elif QTY_HEADER.match(cell) and "quantity" not in columns:
            columns["quantity"] = position
        elif PRICE_HEADER.match(cell) and "new_price" not in columns and "price" not in columns:
            columns["price"] = position
        elif SALES_UNIT_HEADER.match(cell):
            columns["sales_unit"] = position
    return columns


def _split_chunks(line: str, resolver: CatalogResolver | None) -> list[str]:
    chunks: list[str] = []
    start = 0
    pieces = []
    for match in re.finditer(r"[;、。]|,(?!\d{3})(?=\S)|,\s+|\s+and\s+|(?<=[a-z)])\.\s+(?=[A-Z])", line):
        pieces.append(line[start : match.end()])
        start = match.end()
    pieces.append(line[start:])
    for piece in pieces:
        if chunks and not _codes_in_line(piece, resolver):
            chunks[-1] += piece
        else:
            chunks.append(piece)
    return chunks


# What is still to come is not the quantity of this message: "the balance of 200 pcs will follow"
BALANCE_RE = re.compile(
    r"(?:\bthe\s+)?(?:balance|remaining|remainder|rest|outstanding|back[\s-]?order(?:ed)?|other(?=\s+\d))\b[^.;\n]*|(?:余下|剩余|其余|余货|尾货)[^。;\n]*", re.I
)


DIMENSION_MASK_RE = re.compile(r"\d+(?:\.\d+)?\s*[x×*]\s*\d+(?:\.\d+)?(?:\s*[x×*]\s*\d+(?:\.\d+)?)*|\d+(?:\.\d+)?\s*[a-zA-Z\u4e00-\u9fff]+", re.I)


ORDERED_AFTER_RE = re.compile(r"\s*(?:\w+\s+)?(?:ordered|on\s+order|in\s+total|total)\b|\s*(?:已订|订购|订单)", re.I)


CUT_BEFORE_RE = re.compile(r"(?:砍掉|减掉|减少|取消|\bknocked|\bcancel(?:led|ling)?|\breduced?\s+by|\bcut\s+by|\btake\s+off)\s*(?:了)?\s*$", re.I)


def _choose_quantity(segment: ItemSegment, masked: str, message_type: str = "") -> Quantity | None:
    masked = BALANCE_RE.sub(lambda m: " " * len(m.group(0)), masked)
    quantities = find_quantities(masked)
    if message_type == "cancellation":
        # "原来订3000双, 砍掉1200双, 剩下1800双照常生产": the count the verb cuts
        cut = [q for q in quantities if CUT_BEFORE_RE.search(masked[max(0, q.start - 14) : q.start])]
        quantities = cut or quantities
    if message_type == "partial_shipment":
        # "150副(共300副...)", "4 (of the 6 ordered)": the order's total is not what ships now
        now = [q for q in quantities if not q.total and not ORDERED_AFTER_RE.match(masked[q.end :])]
        quantities = now or quantities
    # "40mm铜挂锁(配3把钥匙)30打", "执手(带圆底座, 一付)150付": a count inside an aside describes the item;
    # "扎带 370×4.8mm, 每包100根 / 数量: 500包": what a pack holds is no count either
    quantities = [q for q in quantities if not _describes_the_item(masked, q) and not _pack_content_count(masked, q)]
    code_start, after = segment.code_span if segment.code_span else (0, 0)
    times = re.search(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)\s*(?:[x×]|of\s+(?:the|your|our)\b)\s*$", masked[:code_start], re.I) if segment.code_span else None
    if not quantities and times:  # "all in stock: 10 x SKT-2120.", "we can do 1,500 of the LED-1112"
        value = parse_number(times.group(1))
        return Quantity(value, (value,), times.start(1), times.end(1), 2)
    spaced_row = segment.kind == "description" and re.search(r"\S\s{3,}\S", segment.text) is not None
    if not quantities and (segment.kind == "code" or spaced_row):
        # a plain-text table row: "SCR-1001   Wood screws 4.0x40   500   3.05" — the first
        # whole number standing alone after the code ("100+" in a quote: the break's lower bound)
        cleaned = DIMENSION_MASK_RE.sub(lambda m: " " * len(m.group(0)), masked)
        bare = re.search(r"(?:^|\s{2,}|\t|:\s*)(\d{1,3}(?:,\d{3})+|\d+)\+?(?=\s{2,}|\t|\s*$|\s*[(（])", cleaned[after:], re.M)
        if bare:
            value = parse_number(bare.group(1))
            return Quantity(value, (value,), after + bare.start(1), after + bare.end(1), 1)
    if not quantities:
        return None
    listed = re.search(r"(?<![\w.])(?<!\d\s)[x×]\s*(\d{1,3}(?:,\d{3})+|\d+)(?![\w.])(?!\s*(?:mm|cm|m|kg|ml)\b)", masked[after:]) if segment.code_span else None
    if listed and not [q for q in quantities if q.start >= after and q.strength >= 2]:
        # "AA alkaline, 24 pack (BAT-4001)   x 40   £5.65 per pack": the count is the "x 40", not the pack of 24
        value = parse_number(listed.group(1))
        return Quantity(value, (value,), after + listed.start(1), after + listed.end(1), 2)

    # a count in the code's own sentence before one in the next ("...(ANC-2010) today. The other 30 boxes...")
    sentence_start = max((m.end() for m in re.finditer(r"[。!?！？;]|\.\s", masked[:code_start])), default=0)
    sentence_end = next((m.start() for m in re.finditer(r"[。!?！？;]|\.\s", masked[after:])), len(masked) - after) + after

    def rank(q: Quantity) -> tuple[int, int, int, int]:
        attached = q.end <= code_start and re.fullmatch(r"\s*(?:of|x|×)?\s*(?:the\s+|your\s+)?", masked[q.end : code_start], re.I)
        elsewhere = segment.kind == "code" and not sentence_start <= q.start < sentence_end
        return (int(elsewhere), -q.strength, 0 if q.start >= after or attached else 1, q.start)

    return sorted(quantities, key=rank)[0]


def _pack_content_count(text: str, quantity: Quantity) -> bool:
    """Whether ``quantity`` says what one pack holds ("每包100根", "per carton 24 rolls") or what comes
    with each item ("铜挂锁, 配3把钥匙", "with 3 keys"), not a count."""
    before = re.search(r"(?:每(?:箱|盒|包|件|袋)|\bper\s+(?:box|carton|ctn|bag|pack|case)|配|附带?|\bwith|\bincl(?:\.|uding)?)\s*$",
                       text[max(0, quantity.start - 10) : quantity.start], re.I)
    per_unit = quantity.strength < 3 and re.match(rf"/\s*(?:{COUNT_UNIT})", text[quantity.end :], re.I)  # "(2只/付)": two to a pair
    return bool(before or per_unit)


def _counts(line: str) -> list[Quantity]:
    """The counts of a line (strength 2 or more), without what a pack holds."""
    return [q for q in find_quantities(line) if q.strength >= 2 and not _pack_content_count(line, q)]


def _describes_the_item(text: str, quantity: Quantity) -> bool:
    """Whether ``quantity`` sits in a bracketed aside that describes the item ("(配3把钥匙)": the
    keys that come with a padlock; "(一付两根)": what one pair is), not a count of the message.
    Asides that state a pack or a total ("(每箱24卷)", "(共2400个)", "(2,400 pcs)") do count."""
    opening = re.search(r"[(（][^()（）]*$", text[: quantity.start])
    closing = re.match(r"[^()（）]*[)）]", text[quantity.end :])
    if not (opening and closing):
        return False
    aside = opening.group(0) + text[quantity.start : quantity.end] + closing.group(0)
    if re.search(r"(?:每|\bper\s+|\ba\s+)\s*(?:dozen|doz|打|箱|盒|包|carton|box|pack|case)\s*$", text[: opening.start()], re.I):
        return True  # "每打(12把)人民币240元": what the dozen holds
    if re.search(r"每|共|合计|总|\bper\b|\beach\b|\btotal\b|\bin\s+all\b|=", aside, re.I):
        return False
    if any(count.value == 1 for count in find_quantities(aside)):
        return True  # "(一付两根)", "(一副装)": what one unit is
    return bool(re.search(r"[\u4e00-\u9fff]|[A-Za-z]{3,}", closing.group(0)))


def _choose_price(text: str, prices: list[Price], price_change: bool = False) -> Price | None:
    """The unit price: the new one of a 'from A to B' pair, never a line total or amount."""
    if not prices:
        return None
    change = PRICE_CHANGE_PAIR_RE.search(text)
    if change:
        for price in prices:
            if change.start("new") <= price.start < change.end("new") + 8 or price.start <= change.start("new") < price.end:
                return price
    candidates = []
    for price in prices:
        before = text[max(0, price.start - 14) : price.start]
        if TOTAL_LABEL_RE.search(before):
            continue
        candidates.append(price)
    # "(previously US$2.40)", "原价7.20元": the price being replaced is not the unit price
    current = [p for p in candidates if not OLD_PRICE_BEFORE_RE.search(text[max(0, p.start - 24) : p.start])]
    candidates = current or candidates
    if price_change and len(candidates) >= 2:
        return candidates[-1]  # "SIL-1010 | GBP 2.35 | GBP 2.49": old, then new
    labelled = [p for p in candidates if UNIT_PRICE_LABEL_RE.search(text[max(0, p.start - 14) : p.start])]
    if labelled:
        return labelled[0]
    return candidates[0] if candidates else None


OLD_PRICE_BEFORE_RE = re.compile(
    r"(?:\b(?:previously|formerly|currently|was|were|old(?:\s+unit)?(?:\s+price)?|instead\s+of|down\s+from|up\s+from|replacing)|原价|原来|原为|原单价|之前|以前|目前|现价)\s*(?:price\s*)?(?:of\s+|at\s+|is\s+|为|是)?[:：]?\s*$",
    re.I,
)
# Amounts that are not the price of an item: credits, refunds, charges, order thresholds.
CHARGE_SENTENCE_RE = re.compile(
    r"\bcredit\s+(?:note|memo)\b|\brefund|\b(?:delivery|carriage|freight|handling|shipping|admin|bank)\s+(?:charge|fee|cost)s?\b|\bsurcharge\b"
    r"|\b(?:orders?|invoices?)\s+(?:under|below|over|above)\b|\bminimum\s+order\s+value\b|\bcarriage\s+paid\b"
    r"|退款|退还|运费|手续费|附加费|起送|满.{0,6}(?:包邮|免运费)",
    re.I,
)


def mask_charge_amounts(text: str) -> str:
    """``text`` with the amounts of credit-note, refund and charge sentences blanked."""
    chars = list(text)
    for sentence in re.finditer(r"[^.!?。！？;\n]+(?:\.\d+[^.!?。！？;\n]*)*", text):
        if CHARGE_SENTENCE_RE.search(sentence.group(0)):
            for price in find_prices(sentence.group(0)):
                for index in range(sentence.start() + price.start, sentence.start() + price.end):
                    chars[index] = " "
    return "".join(chars)


UNLABELLED_PRICE_RE = re.compile(
    r"(?:单价|unit\s*price|price|@)\s*[:：]?\s*(\d+(?:\.\d+)?)|(\d+\.\d{1,4})\s*/\s*(?:" + COUNT_UNIT + r")|\|\s*(\d+\.\d{2,4})\s*$",  # (a table row's last cell "| 7.55")
    re.I,
)


def without_code(segment: ItemSegment) -> str:
    """The segment's text with its item code blanked out (same length), so that the digits
    of a code such as BRK-1042 are never read as a quantity or a price."""
    if not segment.code_span:
        return segment.text
    start, end = segment.code_span
    return segment.text[:start] + " " * (end - start) + segment.text[end:]


def extract_line(
    segment: ItemSegment, message_type: str, default_currency: str | None, catalog_name: str | None = None
) -> LineResult:
    """Quantity (in the catalog item's unit), unit price and currency of one item segment."""
    text = segment.text
    masked = without_code(segment)
    prices = find_prices(masked)
    for price in prices:
        masked = masked[: price.start] + " " * (price.end - price.start) + masked[price.end :]
    masked = re.sub(r"\d+(?:\.\d+)?\s*%", lambda m: " " * len(m.group(0)), masked)
    # "起订量 1000只", "MOQ 500 pcs": the minimum order, not this line's quantity
    masked = re.sub(
        r"(?:" + MOQ_RE.pattern + r")\s*(?:is|of|:|为)?\s*\d[\d,]*\s*(?:" + COUNT_UNIT + r")?|\d[\d,]*\s*(?:" + COUNT_UNIT + r")?(?=" + MOQ_AFTER_RE.pattern + ")",
        lambda m: " " * len(m.group(0)), masked, flags=re.I,
    )
    result = LineResult(ParsedLine(sku=segment.sku, description=segment.description))
    price = _choose_price(text, prices, message_type == "price_change")
    unit_price: float | None = price.value if price else None
    currency = (price.currency if price else None) or None
    if price is None:
        loose = UNLABELLED_PRICE_RE.search(masked)
        if loose and loose.group(3) and message_type not in ("quote", "price_change"):
            loose = None  # a bare last cell is a price only in a price list or a quote (not a forwarder's weight)
        if loose and (message_type in ("quote", "price_change", "order_confirmation") or default_currency):
            unit_price = float(loose.group(1) or loose.group(2) or loose.group(3))
            if loose.group(2) and DOZEN_AFTER_RE.match(loose.string, loose.end(2)):  # "33.60/打": per dozen
                result.price_per = (unit_price,)
                unit_price = round(unit_price / 12, 4)
            masked = masked[: loose.start()] + " " * (loose.end() - loose.start()) + masked[loose.end() :]
        elif default_currency and (segment.kind == "code" and segment.code_span or segment.kind == "description"
                                   and message_type in ("order_confirmation", "quote") and re.search(r"\S(?:\s{3,}|\t)\S", text)):
            # a plain-text table with the currency in its header: the first amount with two
            # decimals after the code (or in a spaced row named by description) is the unit
            # price (a second one is the line amount)
            after = segment.code_span[1] if segment.code_span else 0
            amount = re.search(r"(?<![\w.,])(\d+\.\d{2})(?![\w.%]|\s*(?:kg|kgs|cbm|m3|mm|cm|m|%)\b)", masked[after:], re.I)
            if amount:
                unit_price = float(amount.group(1))
                start = after + amount.start(1)
                masked = masked[:start] + " " * (amount.end(1) - amount.start(1)) + masked[start + amount.end(1) - amount.start(1) :]
    if unit_price is not None:
        currency = currency or default_currency
        result.price_evidence = unit_price
    cells = text.split(" | ")
    if "moq" in segment.columns and len(cells) > segment.columns["moq"]:
        position = segment.columns["moq"]
        cell_start = sum(len(cell) + 3 for cell in cells[:position])
        cell_end = cell_start + len(cells[position])
        moq_cell = [q for q in find_quantities(cells[position]) if q.strength >= 2] or [
            Quantity(parse_number(m.group(1)), (parse_number(m.group(1)),), 0, 0, 2)
            for m in [re.fullmatch(r"\s*(\d{1,3}(?:,\d{3})+|\d+)\s*", cells[position])] if m
        ]
        if moq_cell:
            result.moq = moq_cell[0].value
        masked = masked[:cell_start] + " " * (cell_end - cell_start) + masked[cell_end:]
    quantity = None if message_type in ("price_change", "moq_change") else _choose_quantity(segment, masked, message_type)
    if segment.hint is not None and (quantity is None or segment.hint.strength >= 3) and message_type not in ("price_change", "moq_change"):
        quantity = segment.hint  # (a cartons x content hint, "4 x 12", beats what the text reads alone)
    if segment.columns and len(cells) > max(segment.columns.values()):
        if "quantity" in segment.columns and message_type not in ("price_change", "moq_change"):
            cell = cells[segment.columns["quantity"]]
            found = [q for q in find_quantities(cell) if q.strength >= 2]
            lower_bound = re.match(r"\s*(\d{1,3}(?:,\d{3})+|\d+)\s*[-–~]\s*\d", cell)
            if lower_bound:  # "200 – 499 只": a price break, by its lower bound
                value = parse_number(lower_bound.group(1))
                found = [Quantity(value, (value,), lower_bound.start(1), lower_bound.end(1), 3)]
            bare = re.fullmatch(r"\s*(?:from|ab|min\.?|≥|>=)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?\s*\S{0,6}\s*", cell, re.I)
            if found:
                quantity = found[0]
            elif bare:
                value = parse_number(bare.group(1))
                quantity = Quantity(value, (value,), 0, 0, 3)
        if "price" in segment.columns:
            cell = cells[segment.columns["price"]]
            cell_prices = find_prices(cell)
            bare_price = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:/\s*\S+)?\s*", cell)
            if cell_prices:
                unit_price, currency = cell_prices[0].value, cell_prices[0].currency or default_currency
                result.price_evidence = unit_price
            elif bare_price:
                unit_price, currency = float(bare_price.group(1)), default_currency
                result.price_evidence = unit_price
    if segment.columns:
        quantity, unit_price, result = _packed_columns(segment, message_type, quantity, unit_price, result, catalog_name)
    price_as_written = price is not None and unit_price == price.value  # (not a cell's or a loose number)
    per_hundred = (PER_HUNDRED_RE.match(text, price.end) or PER_THOUSAND_BEFORE_RE.search(text[max(0, price.start - 10) : price.start])) if price_as_written else None
    if per_hundred:  # "£1.68/100" for a box of 200: £3.36 a box; per piece for an item sold singly; "每千条 52 元"
        count = 100.0 if per_hundred.group(1).casefold() in ("100", "hundred", "c", "百") else 1000.0
        content = (catalog_pack(catalog_name or "") or ("", 1))[1]
        unit_price = round(price.value * content / count, 4)
        result.price_per = (price.value, count) if per_hundred.group(1)[0].isdigit() else (price.value,)  # (千 is no number of the text)
    elif price_as_written:
        per = _price_per_pack(text, price, catalog_name, segment.pack_content)
        if per is not None:
            unit_price = round(unit_price / per, 4)
            # the evidence: the price and the carton's content (a dozen is twelve by definition)
            result.price_per = (price.value,) if _per_dozen(text, price) else (price.value, per)
    if segment.kind == "tier":
        tier = TIER_RE.search(masked)
        breaks = _tier_breaks(masked)
        if tier:
            value = parse_number(tier.group(1))
            # the break's unit ("50-99 ctns: USD 1.86/pair" with "60 pairs/ctn" is in cartons)
            unit = re.match(rf"[\d,.\s~–-]*(?:to\s+[\d,.]+\s*)?({COUNT_UNIT})", masked[tier.start(1) :], re.I)
            quantity = Quantity(value, (value,), tier.start(1), tier.end(1), 3, unit.group(1) if unit else None)
        elif breaks:  # "1,000 and over  £0.91" (the price masked): the break's lower bound
            quantity = Quantity(breaks[0].value, breaks[0].evidence, breaks[0].start, breaks[0].end, 3)
    catalog_unit = catalog_pack(catalog_name or "")
    drum = re.search(r"(\d+)\s*m\s+(?:drum|reel|coil)", catalog_name or "", re.I)
    if quantity is not None and drum and quantity.value % int(drum.group(1)) == 0 \
            and re.search(rf"(?<![\d.,])(?<![x×]\s){quantity.value:g}\s*(?:m|metres?|meters?|米)(?![A-Za-z0-9])", text.replace(",", "")):
        # "500 m" of a cable sold on 100 m drums: 5 drums
        quantity = Quantity(quantity.value / int(drum.group(1)), (quantity.value,), quantity.start, quantity.end, 3)
    if quantity is not None and segment.pack_content and quantity.outer is None and quantity.unit \
            and re.fullmatch(PACK_PRICE_UNIT, quantity.unit, re.I) and not (catalog_unit and UNIT_KINDS.get(quantity.unit.casefold()) == catalog_unit[0]):
        # "80箱" with "球泡每箱100只" stated elsewhere: so many cartons of that content
        quantity = Quantity(quantity.value * segment.pack_content, (*quantity.evidence, segment.pack_content), quantity.start, quantity.end, 3)
    if quantity is not None:
        value, evidence, note = in_catalog_units(quantity, catalog_unit)
        result.line.quantity = as_number(value)
        result.quantity_evidence = evidence
        if note:
            result.warnings.append(f"{segment.sku}: {note}")
    result.line.unit_price = as_number(unit_price) if unit_price is not None else None
    result.line.currency = currency if unit_price is not None else None
    return result


CELL_NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _cell_number_end(cell: str | None) -> int | None:
    """Where the first number of a cell ends."""
    number = CELL_NUMBER_RE.search(cell or "")
    return number.end() if number else None


def _cell_number(cell: str | None) -> float | None:
    number = CELL_NUMBER_RE.search(cell or "")
    return parse_number(number.group(0)) if number else None


def _packed_columns(
    segment: ItemSegment, message_type: str, quantity: Quantity | None, unit_price: float | None,
    result: LineResult, catalog_name: str | None,
) -> tuple[Quantity | None, float | None, LineResult]:
    """A table row in cartons: "Ctns 20 | Pcs/ctn 10" is 200 units; a box price over the box's
    content ("Box 25 tubes | New box price £61.25") or over the content its description states
    ("角码（每包100只） | 10.40/包") is the unit price. The numbers multiplied or divided are the
    evidence, so the post-check finds each of them in the message."""
    cartons = _cell_number(_column_cell(segment.text, segment.columns, "cartons"))
    pack = _cell_number(_column_cell(segment.text, segment.columns, "pack"))
    if cartons and pack and message_type not in ("price_change", "moq_change"):
        quantity = Quantity(cartons * pack, (cartons, pack), 0, 0, 3)
    elif cartons and not {"pack", "quantity"} & set(segment.columns) and message_type not in ("price_change", "moq_change"):
        quantity = Quantity(cartons, (cartons,), 0, 0, 3)  # "Boxes 40" of an item sold by the box
    # "Qty 12 | Unit case/25 | Price £56.25": twelve cases of 25 at £56.25 a case, unless the catalog sells by the case
    sales_unit = SALES_UNIT_CELL.match(_column_cell(segment.text, segment.columns, "sales_unit") or "")
    catalog_unit = catalog_pack(catalog_name or "")
    if sales_unit and int(sales_unit.group("content")) > 1 \
            and not (catalog_unit and UNIT_KINDS.get(sales_unit.group("pack").casefold()) == catalog_unit[0]):
        content = float(sales_unit.group("content"))
        if quantity is not None and message_type not in ("price_change", "moq_change"):
            quantity = Quantity(quantity.value * content, (*quantity.evidence, content), quantity.start, quantity.end, 3)
        if unit_price is not None:
            result.price_per = (unit_price, content)
            unit_price = round(unit_price / content, 4)
            result.price_evidence = unit_price
        return quantity, unit_price, result
    price_cell = _column_cell(segment.text, segment.columns, "price")
    if unit_price is not None and price_cell and unit_price == _cell_number(price_cell):
        per_pack = PER_PACK_AFTER_RE.search(price_cell)
        # (not "¥9.20/包" of an item sold by the bag, nor "￥1.52/卷" a price per piece)
        catalog_unit_price = bool(per_pack and catalog_unit and UNIT_KINDS.get(per_pack.group("pack").casefold()) == catalog_unit[0])
        per_piece = not per_pack and re.search(rf"/\s*(?:{COUNT_UNIT})|\b(?:ea|each|apiece|per\s+(?:piece|pc|unit))\b", price_cell, re.I) is not None
        if per_pack and not catalog_unit_price:  # "每箱 25包 | 212.50/箱": a carton's price
            per = pack or stated_pack_content(segment.text) or segment.pack_content
        elif catalog_unit_price or per_piece:
            per = None
        elif PER_HUNDRED_RE.match(price_cell, (_cell_number_end(price_cell) or 0)) or catalog_unit and pack == catalog_unit[1]:
            per = None  # "£1.68/100"; "Box 200s | £3.05" of an item sold in boxes of 200
        else:  # "Box: 25 tubes | £61.25": a price per pack when the row says no other unit
            per = pack if pack and not cartons else None
        named_pack = re.search(rf"\b({PACK_PRICE_UNIT})\s+of\s+(\d+)", segment.text, re.I)
        sold_so = bool(named_pack and catalog_unit and UNIT_KINDS.get(named_pack.group(1).casefold()) == catalog_unit[0])
        if per is None and not per_pack and not per_piece and named_pack and not sold_so:
            per = float(named_pack.group(2))  # "PTFE tape 12mm x 12m (box of 100 rolls) | £19.50": a box's price
        if per and per > 1:
            result.price_per = (unit_price, per)
            unit_price = round(unit_price / per, 4)
            result.price_evidence = unit_price
    return quantity, unit_price, result


PACK_PRICE_UNIT = r"(?:cartons?|ctns?|outers?|vpe|cases?|boxes|box|bags?|packs?|箱|件|盒|包)"
SALES_UNIT_CELL = re.compile(rf"^\s*(?P<pack>{PACK_PRICE_UNIT})\s*(?:/|of|x|×)\s*(?P<content>\d+)\s*(?:{COUNT_UNIT})?\s*$", re.I)
"""A sales-unit cell: "case/25", "box of 12"."""
PRICE_UNIT_WORD = r"(?:\s*(?:元|美元|美金|欧元|英镑|USD|EUR|GBP|CNY|RMB))?"
PER_PACK_AFTER_RE = re.compile(rf"{PRICE_UNIT_WORD}\s*(?:/|per\s+|a\s+|each\s+|每)\s*(?P<pack>{PACK_PRICE_UNIT})(?![A-Za-z])", re.I)
PER_PACK_BEFORE_RE = re.compile(rf"每\s*(?P<pack>{PACK_PRICE_UNIT})\s*[:：]?\s*$", re.I)
PER_HUNDRED_RE = re.compile(r"\s*(?:/|per\s+|a\s+)\s*(100|1000|1,000|hundred|thousand|c)\b(?!\s*(?:mm|m|ml|pcs?\s+(?:box|pack|bag)))", re.I)
"""A price per hundred or per thousand pieces: "£1.68/100", "£6.40 per 1000"."""
DOZEN_AFTER_RE = re.compile(rf"{PRICE_UNIT_WORD}\s*(?:/|per\s+|a\s+|each\s+|每)\s*(?:dozen|doz|打)(?![A-Za-z])", re.I)
PER_THOUSAND_BEFORE_RE = re.compile(rf"每\s*(千|百|1000|100)\s*(?:{COUNT_UNIT})?\s*[:：]?\s*$")
"""A price per thousand (or hundred) pieces written before it: "单价: 每千条 52 元"."""
DOZEN_BEFORE_RE = re.compile(r"(?:每|\bper\s+|\ba\s+)\s*(?:dozen|doz|打)\s*(?:[(（][^()（）]{0,8}[)）])?\s*[:：]?\s*$", re.I)  # "每打(12把)人民币390元"


def _per_dozen(text: str, price: Price) -> bool:
    """Whether ``price`` is per dozen: "390元/打", "USD 33.60 per dozen", "每打 USD 33.60"."""
    return bool(DOZEN_AFTER_RE.match(text[price.end :]) or DOZEN_BEFORE_RE.search(text[max(0, price.start - 12) : price.start]))
PACK_CONTENT_RES = (
    re.compile(rf"(?:每|一|(?<![\d.])1)\s*{PACK_PRICE_UNIT}\s*(?:装|有|是)?\s*(\d+)\s*(?:{COUNT_UNIT})?", re.I),  # 每箱10台, 一箱120双
    re.compile(rf"(?:{PACK_PRICE_UNIT})\s+of\s+(\d+)", re.I),  # carton of 10
    re.compile(rf"(\d+)\s*(?:{COUNT_UNIT})\s*(?:/|per|a|each|每)\s*{PACK_PRICE_UNIT}", re.I),  # 10 pcs per carton
)


def _price_per_pack(text: str, price: Price, catalog_name: str | None, pack_content: float | None = None) -> float | None:
    """What a price per carton or per dozen is divided by to be per catalog unit: "RMB 560/箱"
    with "每箱10台" → 10, "390元/打" → 12; None when the price is per catalog unit already."""
    after = text[price.end :]
    if _per_dozen(text, price):
        return 12.0
    # "¥42.00/箱", or "每箱 ¥42.00" (the pack before the price)
    per = PER_PACK_AFTER_RE.match(after) or PER_PACK_BEFORE_RE.search(text[max(0, price.start - 12) : price.start])
    if not per:
        return None
    pack = catalog_pack(catalog_name or "")
    kind = UNIT_KINDS.get(per.group("pack").casefold())
    if pack is not None and kind == pack[0]:
        return None  # "£3.05/box" of an item sold by the box
    return stated_pack_content(text) or pack_content


NAMED_PACK_CONTENT_RE = re.compile(rf"([^\s,，;；:：。()（）]{{2,20}}?)\s*每(?:箱|件|盒)\s*(?:装)?\s*(\d+)\s*(?:{COUNT_UNIT})")


def pack_contents_named(text: str, resolver: CatalogResolver | None) -> dict[str, float]:
    """What a carton of each item holds, where a message says it apart from the items ("装箱: 球泡每箱100只,
    支架灯每箱6支"): sku → content, for names that resolve to one catalog item."""
    contents: dict[str, float] = {}
    if resolver is None:
        return contents
    for match in NAMED_PACK_CONTENT_RE.finditer(text):
        sku = resolver.resolve_description(match.group(1))
        if sku:
            contents.setdefault(sku, parse_number(match.group(2)))
    return contents


def stated_pack_content(text: str) -> float | None:
    """What a carton or box holds when ``text`` says it once ("每箱10台", "carton of 10",
    "10 pcs per carton"); None when it says none or several."""
    contents = {parse_number(match.group(1)) for pattern in PACK_CONTENT_RES for match in pattern.finditer(text)}
    contents.discard(0)
    return contents.pop() if len(contents) == 1 else None


def moq_in_units(moq: Quantity, text: str, catalog_name: str | None) -> Quantity:
    """An MOQ counted in cartons or boxes ("the minimum becomes 5 boxes") in the catalog
    item's unit, when the message says once what such a container holds ("full boxes of 100
    rolls" → 500); unchanged for an item sold by that container or when the content is unknown."""
    if len(moq.evidence) != 1 or not moq.unit or moq.unit == "件" or not re.fullmatch(PACK_PRICE_UNIT, moq.unit, re.I):  # 件: mostly pieces
        return moq
    pack = catalog_pack(catalog_name or "")
    if pack is not None and UNIT_KINDS.get(moq.unit.casefold()) == pack[0]:
        return moq
    content = stated_pack_content(text)
    if content is None:
        return moq
    return Quantity(moq.value * content, (moq.value, content), moq.start, moq.end, 3, None, moq.unit)


BARE_UNIT_PRICE_RE = re.compile(rf"(?<![\d.,])(\d+\.\d{{1,4}})\s*/\s*(?:{COUNT_UNIT})", re.I)
RANGE_BREAK_RE = re.compile(rf"(?<![\d.,])(\d{{1,3}}(?:,\d{{3}})+|\d+)\s*(?:-|–|~|to)\s*\d[\d,]*\s*(?:{COUNT_UNIT})?|(?<![\d.,])(\d{{1,3}}(?:,\d{{3}})+|\d+)\s*\+\s*(?:{COUNT_UNIT})?"
    rf"|(?<![\d.,])(\d{{1,3}}(?:,\d{{3}})+|\d+)\s*(?:{COUNT_UNIT})?\s*(?={OPEN_ENDED_TIER})", re.I)  # "1,000 and above"


PRICE_FOR_QUANTITY_RE = re.compile(
    rf"\s*(?:(?:per|a|/)\s*[A-Za-z]+\s+|each\s+)?(?:for|on|at)\s+(?:orders?\s+of\s+)?(\d{{1,3}}(?:,\d{{3}})+|\d+)\s*(?:\+|or\s+more|and\s+(?:above|over))?\s*(?:{COUNT_UNIT})?(?![\d.])",
    re.I,
)
"""A quantity break after its price: "£48.50 per drum for 20 drums", "£46.90 for 50+"."""


def _tier_breaks(masked: str) -> list[Quantity]:
    """The quantity breaks of a tier list: "1-49 pcs" and "100+" by their lower bound, else the counts."""
    breaks = []
    for match in RANGE_BREAK_RE.finditer(masked):
        value = parse_number(match.group(1) or match.group(2) or match.group(3))
        breaks.append(Quantity(value, (value,), match.start(), match.end(), 2))
    counted = [q for q in find_quantities(masked) if q.strength >= 2 and not any(q.start < b.end and b.start < q.end for b in breaks)]
    return sorted(breaks + counted, key=lambda q: q.start)


def tier_lines(segment: ItemSegment, default_currency: str | None, catalog_name: str | None = None) -> list[LineResult]:
    """A quote line that lists several quantity breaks with their prices ("50 pcs at EUR 7.10,
    100 pcs at EUR 6.90, 250+ pcs EUR 6.60"): one line per break (SPEC §8), else []."""
    masked = without_code(segment)
    prices = find_prices(masked)
    if default_currency:  # "1000副起 0.82/副; 3000副起 0.78/副" under "报价如下(美元)"
        taken = [(price.start, price.end) for price in prices]
        prices += [Price(float(m.group(1)), default_currency, m.start(1), m.end(1), m.group(0)) for m in BARE_UNIT_PRICE_RE.finditer(masked)
                   if not any(start < m.end() and m.start() < end for start, end in taken)]
        prices.sort(key=lambda price: price.start)
    pairs: list[tuple[Quantity, Price]] = []
    for quantity in _tier_breaks(masked):
        following = [price for price in prices if 0 <= price.start - quantity.end <= 24]
        if following and re.fullmatch(
            rf"\s*(?:\+|{OPEN_ENDED_TIER}|以上|起|及以上)?\s*(?:at|@|:|=|-|–|for|each|per\s+\w+|每\s*\S)?\s*[:：]?\s*",
            masked[quantity.end : following[0].start], re.I,
        ):
            pairs.append((quantity, following[0]))
    if len(pairs) < 2:  # the price first: "£48.50 per drum for 20 drums, £46.90 for 50+"
        pairs = []
        for price in prices:
            quantity = PRICE_FOR_QUANTITY_RE.match(masked, price.end)
            if quantity:
                value = parse_number(quantity.group(1))
                pairs.append((Quantity(value, (value,), quantity.start(1), quantity.end(1), 2), price))
    if len(pairs) < 2 or len({price.value for _, price in pairs}) < 2:
        return []
    results = []
    for quantity, price in pairs:
        result = LineResult(ParsedLine(sku=segment.sku, description=segment.description))
        value, evidence, _ = in_catalog_units(quantity, catalog_pack(catalog_name or ""))
        result.line.quantity = as_number(value)
        result.quantity_evidence = evidence
        result.line.unit_price = as_number(price.value)
        result.line.currency = price.currency or default_currency
        result.price_evidence = price.value
        results.append(result)
    return results


def as_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


LIST_ROW_START = re.compile(rf"^(?:[^\n:]{{0,60}}:\s*)?\d[\d,]*\s*(?:(?:{COUNT_UNIT})(?![A-Za-z])|[x×]\s)", re.I)
"""A line that starts with a count ("25 ctns shelf bracket ...", "Kelly: 40 ctns ...", "144 x ADH-2005 ..."): a row of a list."""


def unwrap_lines(text: str) -> str:
    """Hard-wrapped prose joined into one line per paragraph line (the line break becomes a
    space, so positions stay): a long line that stops mid-sentence, followed by one that goes
    on in lower case or with a number ("...the 750 ml hand-held\nexpanding foam, so ...").
    Tables, lists, indented rows and label lines are left as they are."""
    lines = text.split("\n")
    chars = list(text)
    position = 0
    for index, line in enumerate(lines[:-1]):
        position += len(line)
        following = lines[index + 1]
        if (
            len(line.strip()) >= 40 and not re.match(r"\s{2,}|\t", line) and " | " not in line
            and re.search(r"[A-Za-z0-9,)'\-]$", line.rstrip()) and not line.rstrip().endswith(":")
            and following.strip() and not re.match(r"\s{2,}|\t", following) and " | " not in following
            and not BULLET_RE.match(following) and (re.match(r"[a-z(]|\d+(?:[.,]\d+)?\s*[a-z]|[£$€¥]\s?\d", following)
                                                    or re.match(r"\d+[A-Z]\b", following) and re.search(r"\b(?:on|of|for|in|the|and|to|with)$", line.rstrip()))
            and not re.match(r"[^\s:]{1,30}\s*:", following)
            and not re.search(r"\S(?:\s{3,}|\t)\S", line) and not re.search(r"\S(?:\s{3,}|\t)\S", following)
            and not CODE_RE.match(following)
            and not (LIST_ROW_START.match(line) and LIST_ROW_START.match(following))  # two rows of a list
        ):
            chars[position] = " "
        position += 1
    return "".join(chars)


def mask_codes(text: str, resolver: CatalogResolver | None) -> str:
    """``text`` with item codes blanked (so 'MOQ for TAP-3050' does not read 3050)."""
    for _, (start, end), _ in _codes_in_line(text, resolver):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def find_moq(text: str) -> float | None:
    """The (new) minimum order quantity: 'MOQ 200 pcs', '起订量：1000双', '由40件调整为200件'."""
    found = find_moq_quantity(text)
    return found.value if found else None


def find_moq_quantity(text: str) -> Quantity | None:
    """The (new) minimum order quantity with its evidence: a pack ("调整为20箱(每箱24卷)" = 480,
    from 20 and 24) or one number."""
    for match in MOQ_RE.finditer(text):
        # a line wrapped right after the word goes on on the next ("的起订量\n从原来的240卷调整为15箱")
        after = re.match(r"[^\d\n。;!?]{0,12}\n(?=[^\n]*\d)", text[match.end() :])  # (also "起订量由原来的\n50只调整为...")
        start = match.end() + (after.end() if after else 0)
        clause_end = re.search(r"[。;!?]|(?<!i\.e\.)(?<!i\.e\.\s)\n|(?<!\bi\.e)(?<!\bi\.)(?<!\be\.g)\.\s|,(?=[^\s\d])", text[start:])
        whole = text[start : start + (clause_end.start() if clause_end else len(text))]
        clause = re.split(r"[(（]", ASIDE_RE.sub(lambda aside: " " * len(aside.group(0)), whole))[0]
        change = re.search(r"(?:to|调整为|调整到|提高到|提高至|上调至|上调到|改为|改成|变为|变成|为)\s*(\d[\d,]*)", clause, re.I)
        if change:
            # "调整为20箱(每箱24卷)" = 480, "调整为50打" = 600: a pack or a dozen counts in units
            # "提高到5箱(100片)" = 100: the count in units
            packed = [q for q in find_quantities(whole[change.start(1) :]) if q.start == 0 and q.strength >= 2]
            content = re.search(rf"每(?:箱|盒|包)\s*(\d+)\s*(?:{COUNT_UNIT})", whole)
            if packed and packed[0].strength == 2 and content and re.fullmatch("箱|盒|包", packed[0].unit or ""):
                inner = parse_number(content.group(1))  # "改为5箱起订, 每箱10付": fifty pairs
                return Quantity(packed[0].value * inner, (packed[0].value, inner), packed[0].start, packed[0].end, 3, None, packed[0].unit)
            if packed:
                return packed[0]
            value = parse_number(change.group(1))
            return Quantity(value, (value,), 0, 0, 2)
        counted = [q for q in find_quantities(whole) if q.strength >= 2 and q.start < len(clause)]
        restated = re.search(r"\b(?:i\.\s?e\.?|that\s+is|that's|which\s+is)(?=\s)|即|也就是", whole, re.I)
        if counted and restated:  # "2 outers per order, i.e. 20 packs (480 batteries)": the count in the item's unit
            after_restated = [q for q in find_quantities(whole[restated.end() :]) if q.strength >= 2]
            if after_restated:
                first = after_restated[0]
                return Quantity(first.value, first.evidence, first.start + restated.end(), first.end + restated.end(), first.strength, first.unit, first.outer)
        if counted:
            return counted[0]
        before = [q for q in find_quantities(text[max(0, match.start() - 16) : match.start()]) if q.strength >= 2]
        if before and MOQ_AFTER_RE.match(text[match.start() :]):
            return before[-1]  # "1000双起订": the count before the word
        number = re.search(
            r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.])(?!\s*(?:%|天|days?|weeks?|年|月|日|x|×|\*|mm|cm|m\b|w\b|k\b|v\b|kg|ml))", clause, re.I
        )
        if number:
            value = parse_number(number.group(1))
            return Quantity(value, (value,), 0, 0, 1)
    return None
