"""Supplier and logistics messages → the SPEC §8 object, deterministically.

Pipeline: read (.eml/.txt/pasted; assistant/email_reader.py) → keep the sender's current
text (quotes dropped, forwards kept, signature apart) → drop injected instructions
(a warning, never obeyed, never extracted) → normalise numbers (assistant/message_fields.py)
→ message type, supplier, PO number, dates (here), lines and MOQ (assistant/message_lines.py)
→ post-checks: every number must occur in the current text after normalisation (a pack
product must come from two such numbers), else it is null plus a warning; the confidence
follows what could not be filled.

Parsing never writes to the store: it reads the catalog (skus, supplier names, e-mails).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.catalog_resolver import ASIDE_RE, CatalogResolver, ResolutionError, name_tokens
from assistant.email_reader import MessageInput, message_from_text, read_message_file, split_current
from assistant.message_fields import (
    DateMention,
    catalog_pack,
    find_dates,
    find_prices,
    find_quantities,
    in_catalog_units,
    message_currencies,
    normalize_text,
    numbers_in,
)
from assistant.message_lines import (
    pack_contents_named,
    stated_pack_content,
    MOQ_RE,
    REFERENCE_LABEL_RE,
    ItemSegment,
    LineResult,
    ParsedLine,
    as_number,
    extract_line,
    find_moq_quantity,
    item_named_in,
    item_segments,
    mask_charge_amounts,
    mask_codes,
    mask_spans,
    moq_in_units,
    tier_lines,
    unwrap_lines,
)
from data.errors import UserInputError

MessageType = Literal[
    "order_confirmation", "shipment_notice", "delay_notice", "partial_shipment",
    "price_change", "moq_change", "cancellation", "quote", "other",
]


class ParsedMessage(BaseModel):
    """The SPEC §8 object, keys in SPEC order."""

    message_type: MessageType = "other"
    supplier: str | None = None
    po_number: str | None = None
    lines: list[ParsedLine] = Field(default_factory=list)
    ship_date: str | None = None
    delivery_date: str | None = None
    delay_days: int | None = None
    minimum_order_quantity: int | float | None = None
    confidence: float = 0.0
    warnings: list[str] = Field(default_factory=list)


# -- injected instructions --------------------------------------------------------------
INJECTION_RE = re.compile(  # re.M: "SYSTEM:" at a line start
    r"ignore\s+(?:all\s+|any\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|earlier|preceding|former)\s+(?:instructions?|prompts?|messages?|rules?)"
    r"|disregard\s+(?:all\s+|any\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|earlier)"
    r"|(?:note|message|instructions?)\s+(?:to|for)\s+(?:the\s+|any\s+)?(?:(?:automated|automatic|ai)\s+(?:\w+\s+)?(?:assistants?|agents?|systems?|bots?)|(?:purchasing\s+|procurement\s+|buying\s+)?(?:assistant|bot|ai|llm|model))\b"
    r"|\b(?:ai|automated|automatic)\s+(?:purchasing\s+|procurement\s+|buying\s+)?(?:assistant|agent)\b"
    r"|\bsystem\s+prompt\b|\bas an ai\b|\blanguage model\b|^\s*system\s*:|\byou are now\s+(?:an?|the|my|our)\s+(?:[\w']+\s+){0,2}(?:assistant|ai|agent|model|bot)\b"
    r"|do\s+not\s+(?:show|tell|inform|mention|reveal)\b.{0,40}\b(?:buyer|user|human|purchaser)"
    r"|\[\s*system\s*\]|\b(?:procurement|purchasing|buying|ordering)\s+(?:bot|agent|ai)\b|\bif\s+you\s+are\s+an?\s+(?:ai|bot|assistant|language\s+model|llm|automated)\b"
    r"|忽略(?:之前|以上|前面|先前|上述|所有|此前)|机器人|【\s*系统\s*】|(?:自动|智能|AI|人工智能)\s*(?:采购)?\s*(?:助手|助理|代理)"
    r"|不要(?:告诉|显示给|通知|让).{0,10}(?:采购|买家|用户)|系统提示"
    r"|(?:致|给|请|告诉)\s*(?:贵司的?|你们的?)?\s*(?:自动化?)?\s*(?:采购|订单)\s*(?:助手|助理|系统)|无需(?:再)?(?:向|跟|和|与)?\s*采购(?:员|经理)?\s*(?:确认|核实)|无需(?:人工|人为)\s*(?:确认|审核|审批)"
    r"|\bwithout\s+(?:asking|checking\s+with|confirming\s+with|telling)\s+(?:the\s+)?(?:buyer|purchaser|user|human)\b"
    r"|\b(?:automated|automatic|ai)\s+(?:procurement|purchasing|buying|ordering|erp)\s+(?:systems?|tools?|software|processes)\b"
    r"|\bno\s+(?:buyer|human|manual|further)\s+(?:confirmation|approval|review|check)\s+(?:is\s+)?(?:needed|required|necessary)\b",
    re.IGNORECASE | re.MULTILINE,
)
INJECTION_ASKS = (
    (re.compile(r"\bapprov(?:e|ed|al)\b|批准|审批", re.I), "approve {po}"),
    (re.compile(r"\b(change|modify|increase|set|raise|update)\b.{0,40}\bquantit|修改数量|数量改为", re.I), "change quantities"),
    (re.compile(r"\b(change|modify|set|lower|raise|update)\b.{0,30}\b(?:prices?|costs?)\b|改价|价格改为|单价改为|成本改为", re.I), "change prices"),
    (re.compile(r"\bcancel\b|取消", re.I), "cancel orders"),
    (re.compile(r"\burgent\b|加急", re.I), "mark urgent"),
    (re.compile(r"\b(pay|payment|transfer|bank)\b|付款|转账", re.I), "make a payment"),
    (re.compile(r"\b(send|place|submit)\b.{0,30}\border|下单", re.I), "place orders"),
    (re.compile(r"do\s+not\s+(show|tell|inform|mention|reveal)|不要(告诉|显示)", re.I), "hide it from the buyer"),
)


def _sign_off_line(lines: list[str], index: int) -> bool:
    """The message's last line, short, with no sentence: a name and company, perhaps with a phone
    number or address ("Gary Holt | Pennine Electrical Wholesale | 01274 555 218")."""
    line = lines[index].strip()
    last = not any(later.strip() for later in lines[index + 1 :])
    core = re.sub(r"\+?\d[\d ()\-]{6,}\d|[\w.+-]+@[\w.-]+", " ", line).strip(" |·,-")
    return last and len(core) <= 50 and not re.search(r"\d|[。.!?！？:：]$", core) and not INJECTION_RE.search(line)


def remove_injections(text: str, extra: str = "") -> tuple[str, list[str]]:
    """``text`` without injected instructions (from the line of the match to the end of its
    paragraph) and one warning naming what they asked; ``extra`` (signature, hidden HTML
    text) is only checked."""
    found: list[str] = []
    # an instruction in brackets inside a line ("…不变。【致AI采购助手: …】有问题随时联系～ 佳利"): only the brackets go
    for bracketed in re.findall(r"【[^】\n]*】|\[[^\]\n]*\]|\{\{[^}\n]*\}\}", text):
        if INJECTION_RE.search(bracketed) and text.replace(bracketed, "").strip():
            found.append(bracketed)
            text = text.replace(bracketed, " ")
    lines = text.split("\n")
    keep = [True] * len(lines)
    index = 0
    while index < len(lines):
        if INJECTION_RE.search(lines[index]) or (
            index + 1 < len(lines) and INJECTION_RE.search(lines[index] + " " + lines[index + 1])
            and not INJECTION_RE.search(lines[index + 1])
        ):
            end = index
            enclosed = re.fullmatch(r"\s*<!--.*-->\s*", lines[index])  # a whole HTML comment: only that line
            bracketed = lines[index].lstrip().startswith(("[", "【"))  # "[Automated systems: ...]": to its "]"
            while end < len(lines) and lines[end].strip():
                if end > index and (enclosed or _sign_off_line(lines, end)):
                    break  # "Lily 宁波海天" right under the injected line: the sender's name stays
                keep[end] = False
                end += 1
                if bracketed and lines[end - 1].rstrip().endswith(("]", "】")):
                    break
            found.append("\n".join(lines[index:end]))
            index = end
        index += 1
    for match in INJECTION_RE.finditer(extra):
        found.append(extra[max(0, match.start() - 200) : match.end() + 300])
    if not found:
        return text, []
    injected = " ".join(found)
    po = re.search(r"\bPO[-_ ]?\d[\w-]*", injected, re.I)
    asks: list[str] = []
    for pattern, label in INJECTION_ASKS:
        if pattern.search(injected):
            label = label.format(po=po.group(0) if po else "orders")
            if label not in asks:
                asks.append(label)
    detail = f" ({', '.join(asks)})" if asks else ""
    warning = f"the message contains an instruction addressed to the assistant{detail}; it was ignored"
    return "\n".join(line for line, kept in zip(lines, keep) if kept), [warning]


# -- message type ---------------------------------------------------------------------
CANCEL_RE = re.compile(r"\bcancel(?:l?ed|l?ing|lation)?\b|取消|撤销|作废|撤单|退单|砍掉|减掉|(?:这单|这批|订单|这一项).{0,6}(?:不要了|不做了)", re.I)
# "we have removed the panels from PO-…", "从订单中删除": a line taken off the order is cancelled
REMOVED_FROM_ORDER_RE = re.compile(
    r"\btaken\s+(?:the\s+)?[^.]{0,100}?\boff\s+(?:the\s+|your\s+)?(?:order\b|P\.?O\b|PO-)"
    r"|(?:\b(?:removed|deleted|dropped)\b(?!\s+off)|\b(?:taken|struck)\s+off\b)[^.\n]{0,80}?\b(?:from|off)\s+(?:the\s+|your\s+|this\s+|our\s+)?(?:(?:above|said|same|original)\s+)?(?:order|purchase\s+order|P\.?O\b)"
    r"|(?:从|在)\s*(?:订单|采购单|PO[-\w]*)\s*(?:中|里|上)?\s*(?:删除|删掉|去掉|拿掉|移除)",
    re.I,
)
BANK_ACCOUNT_RE = re.compile(r"银行|账户|帐户|账号|\bbank\b|\baccount\s+(?:no|number|details|name)|\bIBAN\b|\bSWIFT\b|\bremit", re.I)
PROFORMA_RE = re.compile(r"\bpro[\s-]?forma\b|\bPI\s*(?:no|#|号|:)|形式发票|预付发票", re.I)
SHIPPED_RE = re.compile(
    r"\b(?:has|have|was|were|been|is|are)\s+(?:now\s+|already\s+|just\s+)?(?:been\s+)?(?:shipped|dispatched|despatched|loaded|collected|picked up|sent out|handed over|delivered|sailed|departed)\b"
    r"|\b(?:shipped|dispatched|despatched)\s+(?:today|yesterday|this morning|on\b|via\b|by\b)|\bsent\s+(?:today|yesterday|this\s+(?:morning|afternoon))\s*[:,]"
    r"|(?<!will\s)(?<!shall\s)(?<!to\s)\b(?:leaves?|left)\s+(?:our|the)\s+(?:\w+\s+){0,2}(?:warehouse|factory|site|depot|premises)|\bhas\s+left\b|\bon its way\b|\bin transit\b|\bon board\b"
    r"|\b(?:we|i)(?:'ve|\s+have)?\s+(?:now\s+|just\s+|already\s+)?(?:shipped|dispatched|despatched|sent out|loaded|collected|picked\s+up)\b"
    r"|\b(?:we|i)(?:'ve|\s+have)\s+(?:now\s+|just\s+|already\s+)?sent\s+(?:you\s+)?(?:the|your|all)\s+(?!(?:\w+\s+)?(?:invoices?|documents?|copy|copies|e-?mails?|mail|pi|proforma|quot\w*|statements?|samples?|details|drawings?|pictures?|photos?|prices?|price\s+list|catalogue|catalog|certificates?|data\s+sheets?)\b)"
    r"|\b(?:went|gone)\s+(?:out\s+)?(?:today|yesterday|this\s+(?:morning|afternoon)|last\s+night)\b|\b(?:went|gone|is|are)\s+on\s+(?:the|our|today's|this\s+morning's)\s+(?:pallet|van|lorry|wagon|truck|network)\b|\b(?:went|has\s+gone|have\s+gone)\s+(?:out\s+)?(?:with|via|by)\s+(?!you\b)|\b(?:went|has\s+gone|have\s+gone)\s+out\s+on\b"
    r"|\b(?:shipped|dispatched|despatched|sent)\s+now\b|(?:本次|这次)(?:先)?(?:发|出|走)(?:货|了)?|先(?:发|出|走)这一?批|这次一起(?:发|出|走)|本批(?:已|先)?(?:发|出|走)|(?:今天|今日|已经?)\s*先?\s*(?:发|出|走)了?\s*第[1一]批|(?:今天|今日)\s*先\s*(?:发|出|走)了?\s*(?:一)?部分"
    r"|\b(?:sent|shipped|dispatched|despatched)\s+(?:you\s+)?\d[\d,]*\s*(?:x\s+)?(?:pcs|pieces|units|boxes|cartons|ctns|sets|pairs|rolls|drums|tubes|bags|cases|pallets|of\b)"
    r"|\bleft\s+(?:(?!will\b|not\b)\w+\s+){0,2}(?:today|yesterday|this\s+(?:morning|afternoon)|on\b)|已(?:经)?(?:送达|签收)|\bleaving\s+(?:(?:our|the)\s+)?(?:[A-Za-z]+\s+){0,2}(?:today|tonight|this\s+(?:morning|afternoon|evening)|now)\b|\b(?:shipment|goods|cargo|consignment|container)\b.{0,50}\b(?:left|departed|sailed)\b|\b(?:cargo|goods|container)\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?loaded\b"
    r"|\bpart(?:ial)?[\s-](?:deliver(?:y|ed)|shipment|shipped|dispatch(?:ed)?|despatch(?:ed)?|consignment)\b"
    r"|\b(?:is|are|'s|now)\s+on\s+(?:the|our|its|today's|this\s+morning's|this\s+afternoon's)\s+(?:van|lorry|truck|wagon)\b|(?<!receive\s)(?<!receive\sthe\s)(?<!send\syou\sthe\s)\bdes?patch\s+(?:confirmation|note|advice)\b|\bshipping\s+(?:advice|confirmation)\b|发货通知|出货通知|装运通知|\bout\s+for\s+delivery\b|\bdropped\s+off\b"
    r"|\barrival notice\b|\bdelivery\s+booking\b|\b(?:has|have)\s+been\s+cleared\s+by\s+(?:HMRC|customs)\b|\b(?<!n't\s)(?<!not\s)(?<!yet\s)(?:(?:has|have)\s+)?arrived\b(?!\s+(?:late|too\s+late|later))|到港通知|已到港|已抵达|已(?:经)?于[^。,\n]{0,10}(?:到达|抵达|到港)|^\s*delivered\s+(?:today|yesterday|this\s+(?:morning|afternoon)|on\b)|\bdelivery\s+note\b(?!\s+(?:numbers|formats?)\b)|(?:今天|今日|昨天|已经?|刚)[^。,\n]{0,6}装(?:车|柜)了"
    r"|\bshipping advice\b|\bshipment notice\b|\bdispatch (?:note|notice|advice|confirmation)\b|\bASN\b|^\s*(?:re:\s*)?.{0,60}(?<!will\sbe\s)(?<!to\sbe\s)(?<!not\sbe\s)(?<!can\sbe\s)(?<!already\s)\bdispatched\b(?!\s+within\b)(?!\s+with\s+\w+\s+will\b)"
    r"|已(?:经)?(?:于.{0,24})?(?:装船|出运|出货|发货|发出|发运|寄出|启运|离港|开船|出库)|(?:装|柜子?|货柜|集装箱)[^。\n]{0,6}(?:装好|装完)了?|(?:已经?|昨天|今天)[^。\n]{0,10}装(?:好|完)柜|(?:今天|今日|昨天|昨日|刚刚?|已经?|先)\s*(?:发|出|走|装船|发货|出货)了|(?:装船|出运|出货|发货|发出|发运|寄出|启运|离港|开船)了|(?:出货|发货|出运|装船|装运|发运)(?:通知|明细)|装柜明细",
    re.I | re.M,
)
PARTIAL_RE = re.compile(
    r"\bpartial(?:ly)?\b|\bsecond\s+(?:batch|lot|shipment|part|pallet|delivery|consignment|load)\b|\b\d[\d,]*\s+of\s+the\s+\d|下一?批|其余.{0,10}(?:下周|下次|下批|以后|再发|随后)|\bpart\s+of\s+(?:the\s+|your\s+|this\s+)?(?:order|po\b|PO-|shipment|consignment|goods)|\bpart[\s-](?:shipment|delivery|delivered|shipped|dispatch(?:ed)?|despatch(?:ed)?|consignment|load)\b|\bsplit shipment\b|\b(?:first|second|1st|2nd)\s+(?:batch|lot|instal?lment|part)\b"
    r"|\bbalance\b.{0,40}\b(?:follow|later|next)|\bremaining\b.{0,60}\b(?:follow|later|next|separately)|(?<!\bno\s)(?<!\bnot\s)\bback[\s-]?order"
    r"|\b(?:they|it|these|those)\s+(?:will\s+)?follow\s+(?:in|on|next|later|separately|with)\b|(?:^|\n)\s*(?:to\s+follow|still\s+to\s+come)\s*:|\b(?:is|are)\s+not\s+(?:yet\s+)?ready\b"
    r"|分批|第[一二三1-3]批|首批|剩下|先(?:发|走|出)了?(?:一半|1半)|部分(?:货物|货)?(?:出货|发货|出运|装船)|先(?:走|发|出)了?(?:一)?部分|一部分(?:货)?先|余下|剩余|余货|尾货|其余.{0,10}(?:后|另行)|(?:下周|下次|下批|随后|以后|过几天)再?补发|补发(?:剩余|其余|余下)",
    re.I,
)
DELAY_RE = re.compile(
    r"\bdelay(?:s|ed)?\b|\bheld\s+up\b|\bpostpone[ds]?\b(?!\s+(?:VAT|import\s+VAT|accounting))|\blate\b|\blater than\b(?!\s+usual)|\bbehind schedule\b|\bschedule change\b|\bblank sailing\b"
    r"|\brolled\b|\b(?:has\s+been\s+|have\s+been\s+|was\s+)re-?booked\b|\bcould\s+not\s+be\s+(?:loaded|delivered|collected|shipped)\b|\brevised\s+(?:etd|eta|date|schedule)|\bnew\s+(?:etd|eta)\b|\bpushed back\b|\bno longer\b.{0,30}\b(?:ship|deliver|arrive)"
    r"|\b(?:etd|eta)\b.{0,60}\b(?:revised|changed|moved|rolled)\b|\bport congestion\b"
    r"|\b(?:was|were)\s+due\b|\blet\s+us\s+down\b|\bon allocation\b|\bon\s+back[\s-]?order\b|\bback[\s-]?ordered\b|\bnow\b[^.\n]{0,60}\binstead of\b|\bout of stock\b|\bearliest\s+(?:we|possible|date|dispatch|delivery|ship)|\bnot\s+(?:be\s+)?(?:available|ready)\s+(?:until|before)\b|缺货|断货|最早(?:要|只能|也要)?"
    r"|\bomit(?:ted|s)?\b.{0,20}\bport\b|\binstead\s+of\s+the\s+(?:confirmed|agreed|promised|planned|original|scheduled)\b|\bnew\s+(?:dispatch|delivery|shipping|ship|ex[\s-]works)\s+date\b|\bneuer\s+liefertermin\b|\brework(?:ed|ing)?\b"
    r"|\b(?:won't|will\s+not)\s+make\s+it\b|\b(?:won't|will\s+not|can't|cannot|can\s+not)\s+(?:do|hit|meet|manage|go|ship|send|dispatch|despatch|deliver|load)\b[^.\n]{0,60}\bas\s+(?:we(?:'d|\s+had)?\s+)?(?:promised|agreed|planned|confirmed)\b|\b(?:won't|will\s+not|can't|cannot|can\s+not)\s+keep\s+(?:the\s+)?(?:pick[\s-]?up|collection|delivery|dispatch|despatch|date|slot)\b|\b(?:won't|will\s+not|can't|cannot|can\s+not)\s+make\s+(?:it\s+(?:for|by)\s+)?(?:the\s+)?(?:\w+day\b|\d|date|deadline|etd|eta|dispatch|delivery|shipment)|\b(?:pushed|moved)\s+(?:\w+\s+){0,2}back\b|\b(?:won't|will\s+not|isn't|is\s+not|aren't|are\s+not)\s+(?:be\s+)?(?:going|go)\s+out\b"
    r"|延期|延迟|推迟|延误|晚到|延后|推后|往后推|(?:原定|原订|原计划|本来|原来(?:订|定)的)[^。\n]{0,40}(?:改到|改为|改在|推到|延到)|晚一个?(?:星期|礼拜|周)|晚一些|晚一点|晚些|比原(?:来|定|计划)[^。,\n]{0,6}晚|晚(?:几|一两|两三|\d+)(?:天|日|周)|无法按期|不能按时|(?:出|发|走|装)不了(?:货|柜)?|赶不上|来不及|船期(?:变更|调整|更改)|改船|甩柜|跳港|顺延|(?:出货|发货|出运|装船|船期|交期|交货|到港|到货)(?:时间|日期)?(?:从|由)[^。,\n]{0,12}(?:改到|改为|改至|调整到|调整为|推到|延到)",
    re.I,
)
PRICE_CHANGE_RE = re.compile(
    r"(?:单价|价格|售价|报价)\s*(?:由|从).{0,20}(?:调整|上调|下调|上涨|涨|降|改)|(?:单价|价格|售价)\s*(?:调为|调整为|调整到|改为|上调为|上调至|下调为|下调至|涨到|涨至|降到|降至)|\bprices?\b.{0,40}\bfrom\b.{0,25}\bto\b|\bprice\s+(?:adjustment|increase|change|revision|update|rise)s?\b|\b(?:adjust|increase|raise|revise|change|reduce|update)\s+(?:our\s+|the\s+|its\s+)?(?:unit\s+|export\s+|list\s+|trade\s+|selling\s+)?prices?\b"
    r"|\b(?:previously|formerly|instead\s+of|up\s+from|down\s+from)\s*(?:US\$|USD|EUR|GBP|CNY|RMB|[$€£¥])\s?\d|原价\s*\d|\bnew\s+(?:box\s+|unit\s+|trade\s+|list\s+|carton\s+)?prices?\b|\bprice\s+review\b|\bprices?\s+will\s+(?:increase|go up|rise|change|decrease)|由[^。\n\d]{0,6}(?:[¥￥$]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:元|美元|美金|块))(?:/\S{1,2})?\s*(?:调整|上调|下调|涨|降|改)(?:为|到|至)|调价|价格调整|涨价|降价|价格上调|价格下调|调整.{0,8}价格|价格.{0,6}调整|(?:上调|下调|调低|调高)[^。\n]{0,12}价格"
    r"|(?:原来|原先|之前|以前)的?.{0,8}(?:价格|单价|报价)|(?:价格|单价|报价)[^。\n]{0,20}不再(?:使用|适用|有效)|\b(?:old|previous)\s+prices?\b"
    r"|\bprices?\s+(?:change|increase|rise|go\s+up|decrease|fall)\b|\bgo(?:es)?\s+up\s+(?:for|on|from)\s+(?:orders|deliveries)\b|\bprices?\b[^.\n]{0,40}\bgo(?:es)?\s+up\b|\b(?:increase|rise|go\s+up|decrease|fall)\s+by\s+\d+(?:\.\d+)?\s*%|\b(?:updated|new|revised)\s+price\s+list\b"
    r"|\b(?:go(?:es|ing)?|went|rise[sn]?|rising|increase[sd]?|come[s]?\s+down|drop(?:s|ped)?|fall(?:s|ing)?)\s+(?:up\s+|down\s+)?to\s+(?:US\$|USD|EUR|GBP|CNY|RMB|[$€£¥])\s?\d"
    r"|\(\s*(?:was|were|previously|currently)\s+(?:US\$|USD|EUR|GBP|CNY|RMB|[$€£¥])\s?\d"
    r"|(?:US\$|USD|EUR|GBP|CNY|RMB|[$€£¥])\s?\d[\d.,]*\s*(?:->|→|⇒|=>)\s*(?:US\$|USD|EUR|GBP|CNY|RMB|[$€£¥])\s?\d",  # "£3.10 -> £3.30"
    re.I,
)
MOQ_CHANGE_RE = re.compile(
    r"\b(?:change[sd]?|increase[sd]?|raise[sd]?|adjust(?:ed|s)?|revise[sd]?|new|goes\s+up|go(?:ing)?\s+up|went\s+up|rises?|becomes?|will\s+(?:then\s+|now\s+|also\s+)?(?:be|become)|from\s+now\s+on|going\s+forward|henceforth|effective|from\b.{0,30}\bto)\b"
    r"|\bfrom\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bonly\s+be\s+ordered\b"
    r"|\b(?:is|are|will\s+be)\s+now\b|\bnow\s+(?:is|are|becomes?)\b|\bonly\s+accept\b"
    r"|调整|提高|上调|下调|改为|变更|变为|由.{0,12}(?:调整|提高|改)|以后|今后|即日起|起(?:执行|生效)|(?:从|自).{0,8}开始|通知",
    re.I,
)
CONFIRM_RE = re.compile(
    r"\border\s+confirmation\b|(?<!please\s)(?<!pls\s)(?<!kindly\s)(?<!to\s)(?<!you\s)\bconfirm(?:ing|ed)?\s+(?:your|the|receipt of your)\s+(?:purchase\s+)?order\b|\bwe\s+(?:are\s+pleased\s+to\s+|hereby\s+|can\s+)?confirm\b"
    r"|^\s*confirmed\b|\bconfirmed\s*:|\ball\s+confirmed\b|\bconfirmed\s+(?:on|for|as\s+follows)\b|\b(?:order|po)\b[^.\n]{0,60}\b(?:is|are|has been|have been|were|was)?\s*confirmed\b|\bpleased to confirm\b|\bwhich we confirm\b|\backnowledg(?:e|ement|ing)\b.{0,30}\border|\bsales\s+confirmation\b|auftragsbest"
    r"|\b(?:I|we)(?:'ve|\s+have)\s+put\s+(?:it|this|the\s+order|your\s+order|(?:your\s+)?PO\b[-\w]*)\s+(?:through|on|in)\b|\bas\s+our\s+(?:sales\s+)?order\b|\b(?:is|are)\s+on\s+as\s+(?:our\s+)?(?:sales\s+)?order\b|\b(?:P\.?O\b[-\w ]*|order)\s+(?:is|looks)\s+(?:fine|good|ok)\b"
    r"|\b(?:got|received|have|entered|booked(?:\s+in)?)\s+your\s+(?:purchase\s+)?order\b(?!\s+(?:enquiry|inquiry|request))|\bthanks?(?:\s+you)?\s+for\s+(?:your|the)\s+(?:purchase\s+)?order\b(?!\s+(?:enquiry|inquiry|request))|\border\s+acknowledg(?:e)?ments?\b|\bbooked\s+in\b|\border\b[^.\n]{0,30}\b(?:booked|entered|accepted|acknowledged)\b"
    r"|\bconfirm(?:ing|ed)?\s+(?:your\s+|the\s+|our\s+)?(?:P\.?O\b|PO-|purchase\s+order)|\bconfirming\s+(?:below|as\s+follows|the\s+following)\b|\b(?:got|received)\s+your\s+(?:P\.?O\b|PO-)|\b(?:is|are|has\s+been)\s+(?:now\s+)?(?:on|in|entered\s+(?:on|in)(?:to)?)\s+(?:the|our)\s+system\b|\bsales\s+order\b[^.\n]{0,40}\b(?:raised|entered|created|booked)\b|订单确认|确认订单(?!后|以后|之后)|确认贵司|已确认|(?:订单|PO[-\w]*)\s*(?:已经?)?确认|销售确认书|合同确认|订单\s*[A-Za-z0-9-]{0,20}\s*确认|确认如下|(?:订单|PO[-\w]*)\s*(?:已经?)?收到了?",
    re.I | re.M,
)
QUOTE_RE = re.compile(
    r"\bquot(?:e|ation|ing)\b(?!\s+(?:your|our|the|this|that)\s+(?:P\.?O\b|order|ref|reference|account|customer|number))|\boffer\b|\bwe\s+can\s+(?:do|supply|offer)\b[^.\n]{0,60}(?:US\$|USD|EUR|GBP|RMB|[£$€¥])\s?\d|\bprice\s+list\b|\bour\s+(?:best\s+|current\s+)?prices?\b|\bprices?\s+(?:for|as follows|are as follows)\b"
    r"|\bbest\s+(?:I|we)\s+can\s+do\b|\b(?:for\s+(?:those|these|that)\s+quantit(?:y|ies)\s+)?we\s+can\s+do\s*:|\b(?:prices?|ref\w*)\b[^.\n]{0,30}\bgood\s+(?:to|until|till)\b|\bprices?\s+(?:held|valid|good|fixed)\s+(?:till|until|to|for|through)\b"
    r"|报价|报(?:个|一下)价|询价|价格表|报盘|价格如下|单价如下",
    re.I,
)
SHIP_PLAN_RE = re.compile(
    r"\betd\b|\beta\b|\b(?:will|should|shall)\s+(?:be\s+)?(?:ship|dispatch|despatch|deliver|sail|leave|load|go\s+out|collected|picked\s+up)|ready\s+(?:for|to)\s+(?:ship|dispatch)|ready\s+(?:for|to\s+be)\s+(?:collect(?:ion|ed)|pick[\s-]?up|picked\s+up|loading|loaded)|\bbooked\s+(?:on|onto|for)\b"
    r"|\bgo(?:es)?\s+out\b|\bgoing\s+out\b|\bgo(?:es)?\s+on\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?(?:collection|van|run|trunk|wagon|lorry|pallet|network)\b"
    r"|(?:今天|明天|后天|下周.|本周.|这周.|\d+月\d+[日号])[^。\n,]{0,12}(?:装船|出货|发货|出运|开船|起飞|发出|装柜|出厂|出口|(?:走|发)(?=了|[,。!！:：\s]|$))|出货日期|船期|预计到|已订舱|订好舱|(?:天|日)(?:之)?内.{0,12}(?:装船|出货|发货|出运|发出)|(?:将|预计|计划|安排)(?:于|在)?.{0,20}(?:装船|出货|发货|出运|发出|出厂)",
    re.I,
)


ORDER_REFERENCE_RE = re.compile(
    r"(?<![A-Za-z0-9])P\.?O\b|\bpurchase\s+order\b|\b(?:your|the|this|our)\s+(?:order|shipment|consignment|goods|cargo|booking)\b|\bETD\b|\bETA\b"
    r"|\b[A-Z]{2,5}-?\d{3,6}\b|订单|采购单|货物|这批货|本批|船期|订舱|出货|发货",
)


FREIGHT_OFFER_RE = re.compile(
    r"\b(?:20|40|45)\s?(?:'|ft\b|foot\b)\s*(?:HC|GP|DV|HQ|container)?|\b(?:FCL|LCL)\b|\ball[\s-]in\b|\btransit\s+(?:time\s+)?(?:of\s+)?\d|\bfreight\s+rates?\b|\bsailings?\s+every\b"
    r"|海运费|运价|拼箱|整柜|舱位",
    re.I,
)
# Notices to every customer (holidays, closures, cut-offs): their dates concern no order
NOTICE_TO_ALL_RE = re.compile(
    r"\bholidays?\b|\bclos(?:ed|es|ing|ure)\b|\bshut\s*down\b|\breopen|\bcut[\s-]?off\b|\blast\s+(?:dispatch|shipment|collection|delivery)\b"
    r"|放假|假期|停工|休息|上班|开工|复工|返岗|最后(?:出货|发货|出运)|截止",
    re.I,
)


ORDERED_GOODS_RE = re.compile(
    r"\b(?:your|the|this|our)\s+(?:purchase\s+)?(?:order|shipment|consignment|container|booking)\b|\byou\s+ordered\b|订单|这批货|这票货|你们的货|您的货|贵司的货",
    re.I,
)


STRONG_QUOTE_RE = re.compile(r"\b(?:pleased\s+to\s+offer|offer\s+as\s+follows|our\s+(?:best\s+)?(?:offer|quotation)\b)|报价如下|报价单", re.I)


def classify(subject: str, text: str) -> MessageType:
    """The message type by SPEC §8 precedence (proforma → confirmation, shipped late → shipment
    notice, partial cancellation → cancellation, carrier schedule change → delay notice)."""
    whole = f"{subject}\n{text}"
    stated = any(_states_a_cancellation(whole, match) for match in CANCEL_RE.finditer(whole))
    if stated or REMOVED_FROM_ORDER_RE.search(whole):
        return "cancellation"
    if any(not BANK_ACCOUNT_RE.search(whole[slice(*_sentence_bounds(whole, match.start()))]) for match in PROFORMA_RE.finditer(whole)):
        return "order_confirmation"  # "形式发票仍可付至原账户" in a bank-account notice is no proforma
    shipped = _shipped_cue(whole) and not re.search(r"(?:\bnot|\bnever|cannot|can't|won't)\s+(?:yet\s+)?(?:be\s+|been\s+)?(?:shipped|dispatched)|尚未(?:发货|出货)", whole, re.I)
    if shipped:
        return "partial_shipment" if PARTIAL_RE.search(whole) else "shipment_notice"
    about_an_order = PO_TOKEN_RE.search(whole) or ORDERED_GOODS_RE.search(whole)
    if any(_delay_cue(whole, match) for match in DELAY_RE.finditer(whole)) and (about_an_order or not QUOTE_RE.search(whole)):
        return "delay_notice"  # (not "春节前肯定来不及了" in a quote: the lead time of an offer)
    if PO_TOKEN_RE.search(whole) and CONFIRM_RE.search(whole):
        return "order_confirmation"  # an acknowledgement of a PO that mentions a new price ("was £34.50") is still one
    if STRONG_QUOTE_RE.search(whole) and not PO_TOKEN_RE.search(whole):
        return "quote"  # "We are pleased to offer ... from 01.03.2027 our new price list applies": an offer
    if PRICE_CHANGE_RE.search(whole):
        return "price_change"
    if MOQ_RE.search(whole) and any(MOQ_CHANGE_RE.search(clause) for clause in _clauses_with(MOQ_RE, whole)):
        return "moq_change"
    if CONFIRM_RE.search(whole):
        return "order_confirmation"
    if QUOTE_RE.search(whole):
        return "quote"
    to_all = NOTICE_TO_ALL_RE.search(whole) and not PO_TOKEN_RE.search(whole)  # "last dispatch before the holiday"
    if SHIP_PLAN_RE.search(whole) and ORDER_REFERENCE_RE.search(whole) and not to_all:
        # a shipping plan is a shipment notice only about an order ("orders placed by 18 December
        # will be delivered before Christmas" is not one)
        return "partial_shipment" if PARTIAL_RE.search(whole) else "shipment_notice"
    return "other"


PAYMENT_SENTENCE_RE = re.compile(r"\binvoices?\b|\bpayments?\b|\bpaid\b|\bstatement\b|\boverdue\b|付款|发票|对账|货款|账单", re.I)
OTHER_GOODS_RE = re.compile(
    r"\b(?:on|of|from|in)\s+(?:the\s+same|that)\s+(?:order|po|purchase\s+order|shipment)\b|\bthe\s+other\s+(?:items|lines|products|goods)\b|同一(?:订单|PO|批)|其他(?:货物|产品|货)",
    re.I,
)


def _delay_cue(text: str, match: re.Match[str]) -> bool:
    """A delay cue about goods: "invoice INV-… was due on 15 November" is about a payment."""
    if not re.fullmatch(r"(?:was|were)\s+due|late", match.group(0), re.I):
        return True
    return not PAYMENT_SENTENCE_RE.search(text[slice(*_sentence_bounds(text, match.start()))])


def _shipped_cue(text: str) -> bool:
    """A shipped cue about the goods the message is about: "the tape measures on the same order
    have already been delivered" in a delay notice is about other goods."""
    for match in SHIPPED_RE.finditer(text):
        start, end = _sentence_bounds(text, match.start())
        sentence = text[start:end]
        if OTHER_GOODS_RE.search(sentence) or UNAFFECTED_SENTENCE_RE.search(sentence) or NOT_GOODS_SHIPPED_RE.search(sentence):
            continue
        if re.search(r"\b(?:at|on)\s+(?:the\s+)?(?:current|old|new|existing|today's|present)\s+prices?\b|按原价|按新价", sentence, re.I):
            continue  # "orders received before that date are delivered at the current prices": a price rule
        if CONDITIONAL_BEFORE_RE.search(text[max(start, match.start() - 40) : match.start()]):
            continue  # "invoiced at current prices, even if it is delivered in January"
        if LATER_SHIPMENT_BEFORE_RE.search(text[max(start, match.start() - 12) : match.start()]):
            continue  # "这张单要晚两个星期出货了": a later shipment, not one made
        return True
    return False


# "samples have been sent", "样品已寄出"; "the sailing on which your consignment was loaded did not depart"
NOT_GOODS_SHIPPED_RE = re.compile(
    r"\bsamples?\b|样品|样板|\b(?:did\s+not|didn't|has\s+not|hasn't|have\s+not|haven't)\s+(?:yet\s+)?(?:depart|sail|leave|left|departed|sailed)\b|未开船|没(?:有)?开船|未能?离港",
    re.I,
)
LATER_SHIPMENT_BEFORE_RE = re.compile(r"(?:要|会|将|才能?|晚|推迟|延迟|延期|改到|改为|改在)[^。,\n]{0,8}$")
CONDITIONAL_BEFORE_RE = re.compile(r"\b(?:if|unless|once|when|whether)\b[^.,;\n]*$|如果|一旦|若", re.I)


def _transport_cancelled(sentence_before: str) -> bool:
    """Whether what is cancelled is a haulage, collection or booking ("the haulage we had booked for
    Thursday has had to be cancelled"), with no order or item named between it and the verb."""
    transports = list(re.finditer(r"\b(?:haulage|collection|delivery\s+slot|booking|appointment)\b", sentence_before, re.I))
    return bool(transports) and not re.search(r"\b(?:order|P\.?O\b|PO-|line|item)", sentence_before[transports[-1].end() :], re.I)


def _states_a_cancellation(text: str, match: re.Match[str]) -> bool:
    """'we have to cancel line 3' yes; 'if you wish to cancel', 'non-cancellable',
    'cancellation policy' no."""
    before = text[max(0, match.start() - 30) : match.start()]
    after = text[match.end() : match.end() + 12]
    if re.search(r"non[\s-]?$|\b(?:if|should|whether|unless|in case)\b[^.\n]*$|如需|如果|若", before, re.I):
        return False
    transport = r"vessel|sailing|voyage|flight|departure|port\s+call|haulage|collection|delivery\s+slot|booking|appointment"
    sentence_before = re.split(r"[.!?]\s|[。;]|\n\s*\n", text[max(0, match.start() - 120) : match.start()])[-1]
    if re.match(rf"\s*(?:\([^)]*\)\s*)?(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){{0,2}}(?:{transport})\b", text[match.end() : match.end() + 60], re.I) \
            or re.search(r"\b(?:vessel|sailing|voyage|flight)\b[^.\n]{0,30}$|(?:船|航次|航班)\S{0,6}$", before, re.I) \
            or _transport_cancelled(sentence_before):
        # "the carrier has cancelled the vessel", "the haulage we had booked for Thursday has had to be
        # cancelled": a schedule change, not an order cancellation
        return False
    return not re.match(r"\s*(?:policy|fee|terms|charges?)\b|lable|able", after, re.I)



def _clauses_with(pattern: re.Pattern[str], text: str) -> list[str]:
    """The sentences of ``text`` that match ``pattern``, lines wrapped mid-sentence joined first
    (also a line that ends on the pattern's words: "...的起订量\n从原来的240卷调整为15箱")."""
    text = re.sub(rf"((?:{pattern.pattern})[ \t]*)\n(?=\S)", r"\1 ", unwrap_lines(text), flags=pattern.flags)
    return [clause for clause in re.split(r"[。;!?\n]|\.\s", text) if pattern.search(clause)]


# -- PO numbers -----------------------------------------------------------------------
PO_TOKEN_RE = re.compile(
    # (also with spaces for dashes: "PO 2026 0454")
    r"(?<![A-Za-z0-9])(P\.?O[-_#]?\s?20\d\d\s\d{3,5}|P\.?O[-_#]?\s?\d[A-Za-z0-9/_-]*\d|PO[-_]?[A-Za-z]{0,3}\d[A-Za-z0-9/_-]*)(?![A-Za-z0-9])", re.I
)
PO_LABEL_RE = re.compile(
    r"(?:\bP\.?O\.?|\bP/O\b|\bpurchase\s+order|\bIhre\s+Bestellung|\byour\s+(?:purchase\s+)?order|\bcustomer\s+(?:reference|ref\.?|order)|\bclient\s+ref(?:erence)?\.?"
    r"|贵司订单|贵司采购单|采购单|采购订单|(?<!我司)(?<!我方)(?<!本司)订单|客户参考号|客户单号|客户订单号?)"
    r"\s*(?:#|no\.?|number|nr\.?|ref\.?|号码?|编号)?\s*[:#.]?\s*(?=[A-Za-z0-9/-]*\d)([A-Za-z0-9][A-Za-z0-9/-]{2,})",
    re.I,
)


def find_po_number(texts: list[str], resolver: CatalogResolver | None) -> tuple[str | None, list[str]]:
    """The buyer's PO number (never a quote, invoice, waybill or booking number)."""
    for text in texts:
        tokens = []
        for match in PO_TOKEN_RE.finditer(text):
            token = match.group(1).rstrip("-/")
            if re.sub(r"\D", "", token):
                # "PO 2026-0146", "P.O.#2026-0146" → "PO-2026-0146"; "PO-2026-0118" as written
                token = re.sub(r"^P\.?O\.?[-_#\s]*(?=\d)", "PO-", token, flags=re.I)
                token = re.sub(r"^(PO-20\d\d)\s(?=\d)", r"\1-", token, flags=re.I)
                tokens.append("PO" + token[2:] if token[:2].upper() == "PO" else token)
        if tokens:
            distinct = list(dict.fromkeys(tokens))
            warnings = [f"several PO numbers in the message ({', '.join(distinct)}); the first was taken"] if len(distinct) > 1 else []
            return distinct[0], warnings
    for text in texts:
        for match in PO_LABEL_RE.finditer(text):
            token = match.group(1).rstrip("-/.")
            if resolver is not None and resolver.entry(token) is not None:
                continue  # a catalog sku, not an order number
            if len(re.sub(r"\D", "", token)) >= 3:
                labelled_po = re.match(r"(?:P\.?O\.?|purchase\s+order)", match.group(0), re.I) and not re.search(r"[A-Za-z]", token)
                if labelled_po or re.fullmatch(r"20\d\d-\d{3,5}", token):
                    token = f"PO-{token}"  # "PO No. 2026-0220", "your order no. 2026-0220" → "PO-2026-0220"
                return token, []
    return None, []


# -- supplier ---------------------------------------------------------------------------
SHIPPER_RE = re.compile(
    # (a bilingual label too: "Versender / Shipper | Kessler Werkzeug GmbH")
    r"^\s*(?:[^\n:|/]{1,20}/\s*)?(?:shipper|consignor|exporter|seller|supplier|vendor|versender|absender|发货人|托运人|出口商|卖方|供应商)\s*(?:/\s*[^\n:|]{1,20})?[:|]\s*(.+)$",
    re.I | re.M,
)


def find_supplier(message: MessageInput, current_text: str, signature: str, forwarded_from: list[str],
                  resolver: CatalogResolver | None, injected: bool = False) -> str | None:
    """The shipper, as the catalog names it: Shipper line, sender address or domain, sender
    name, forwarded sender, then a company named in the text or signature.

    A message with an injected instruction is not taken at its word: its supplier comes from
    the sender (address, name, forwarded sender, sign-off, signature), never from a company
    its text names."""
    if resolver is None or not resolver.suppliers:
        return None
    for match in SHIPPER_RE.finditer(current_text):
        value = match.group(1).split("|")[0].strip()
        names = resolver.suppliers_in_text(value)
        if len(names) == 1:
            return names[0]
        try:
            return resolver.resolve_supplier(value)
        except ResolutionError:
            pass
    by_address = resolver.supplier_for_address(message.sender_address)
    if by_address:
        return by_address
    for source in [message.sender_name, *forwarded_from]:
        if not source:
            continue
        address = re.search(r"[\w.+-]+@[\w.-]+", source)
        if address and resolver.supplier_for_address(address.group(0)):
            return resolver.supplier_for_address(address.group(0))
        names = resolver.suppliers_in_text(source)
        if len(names) == 1:
            return names[0]
    if injected:  # only the sign-off ("Lily 宁波海天") and the signature speak for the sender
        own_lines = [line for line in current_text.split("\n") if line.strip()]
        if own_lines and _sign_off_line(own_lines, len(own_lines) - 1):
            current_text = own_lines[-1]
        else:  # a chat message on one line ends with its sign-off: "…有问题随时联系～ 佳利 周丽娜"
            tail = re.split(r"[。!！?？~～—]+\s*", own_lines[-1])[-1].strip() if own_lines else ""
            current_text = tail if 0 < len(tail) <= 20 and not re.search(r"\d", tail) else ""
    names = resolver.suppliers_in_text(current_text + "\n" + signature)
    if len(names) == 1:
        return names[0]
    by_addresses = {resolver.supplier_for_address(address) for address in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", current_text + "\n" + signature)}
    by_addresses.discard(None)
    return by_addresses.pop() if len(by_addresses) == 1 else None


# -- dates ------------------------------------------------------------------------------
SHIP_WORDS = (
    r"\betd\b|\batd\b|\bship(?:ped|ping|s|ment)?\b|\bdispatch(?:ed|es)?\b|\bdespatch(?:ed)?\b|\bsail(?:s|ed|ing)?\b|\bdepart(?:s|ed|ure)?\b"
    r"|\bleaves?\b|\bleaving\b|\bleft\b|\b(?:has|have)\s+gone\b|\bon\s+the\s+(?:network|road)\b|\bgo\s+(?:all\s+)?together\b|\bhanded\b(?=[^.\n]{0,80}\b(?:to|over)\b)|\bwent\b(?=\s+(?:today|yesterday|this|last|on)\b)|\bsent\b(?!\s+(?:you\s+)?(?:the\s+|our\s+|a\s+)?(?:invoice|documents?|copy|e-?mail|mail|pi|proforma|quot\w*|statement))|\b(?:go(?:es|ing)?|went|sent|send(?:ing)?)\s+out\b|\bpick(?:ed)?[\s-]?up\b|\bcollect(?:ion|ed)?\b|\bloading\b|\bloaded\b|\bon board\b|\bex[\s-]works\b|\bready\b"
    r"|出货|出运|装船|发货|发出|发运|出厂|开船|开航|离港|启运|起飞|船期|提货|交运|装柜|(?:发|走|出)了|先(?:发|走|出)|(?:出|发|装|走)不(?:了|出)|才能?(?:出|发|走)(?!报告|结果|证书|检测|报价)|出口(?![商部贸])|(?<=[天日号晚车港])(?:走|发)(?=了|[,。!！:：\s]|$)|(?<=[天日号港])开(?![始票发])|(?<=[天日号一二三四五六])的船(?!期)|从[\u4e00-\u9fff]{1,4}开(?![始票发会])"
)
DELIVERY_WORDS = (
    r"\beta\b|\bdeliver(?:y|ed|ing|s)?\b(?!\s+(?:note|notes|no\.?|number|address)\b)|\bwith\s+you\b|\byou(?:'ll|\s+will|\s+should)\s+(?:get|receive|have)\b|\bget\b[^.,;\n]{0,30}\bto\s+you\b|\barriv(?:e|es|al|ing|ed)\b|\bdue\b(?!\s+to\b)|\breach(?:es)?\b|\blands?\b|\bat your (?:site|warehouse|door)\b|\b(?:van|delivery|pallet|lorry|truck)\s+drop\b|\bexpect\s+(?:them|it|the\s+goods|delivery)\b|\bdrop(?:ped)?[\s-]?off\b"
    r"|\bhaulage\b|到港|到达|抵达|交货|送达|到货|送货|交付|送到|运抵|(?:能|会|可以?|就)到(?![期账])|(?<=[日号])到(?![期账\d]|\s*\d)"
)
OLD_WORDS = (
    r"\boriginal(?:ly)?\b|\bprevious(?:ly)?\b|\binitial(?:ly)?\b|\bold\b|\bwas due\b|\bwere due\b|\bwas planned\b|\bwas scheduled\b"
    r"|\binstead of\b|\bformerly\b|\(\s*was\b(?!\s*(?:US\$|USD|EUR|GBP|RMB|[£$€¥]|\d))|\b(?:was|were)\s+(?:planned|scheduled|promised|expected|confirmed)\b|原定|原订|原船期|原计划|原来|原先|之前|原本|本来|此前"
)
NEW_WORDS = (
    r"\bnew\b|\brevised\b|\bnow\b|\bupdated\b|\brescheduled\b|\bre-?booked\b|\bre-?arranged\b|\b(?:postponed|moved|pushed|rolled|delayed|changed)\s+(?:back\s+)?to\b"
    r"|新的?|现船期|改为|调整为|推迟到|推迟至|延误至|延误到|延迟至|延迟到|延至|延期至|延期到|改至|改到|现在|目前"
)
CANCELLED_AFTER_RE = re.compile(r"[^.;\n]{0,12}?\b(?:has|have|had|was|were)\s+(?:had\s+to\s+)?(?:be(?:en)?\s+)?(?:cancel(?:l?ed)|dropped|pulled)\b", re.I)
NOT_BEFORE_RE = re.compile(r"(?:\bnot|\bcannot|\bno longer|n't|无法|不能|未能|不会)\s*(?:be\s+)?(?:[\w-]+\s*){0,3}(?:on\s+|by\s+|before\s+)?$", re.I)
AS_PLANNED_RE = re.compile(r"(?:['’]s\s+[\w-]+)?\s*(?:as\s+(?:planned|scheduled|promised|agreed|confirmed|originally\s+\w+)|如期|按计划|按原计划)", re.I)
CLAUSE_BREAK = re.compile(
    r"\n\s*\n|\n(?=[^\n]*\|)|\n(?=\s*(?:[-•*·]|\d+[.)、](?!\d)|(?:[^\n:]|\d:\d){0,39}[^\d\n:]:))|[。;!?！？]|(?<!\bapprox)(?<!\bappr)(?<!\bca)(?<!\bno)(?<!\bnr)(?<!\best)(?<!\bvs)(?<!\bi\.e)(?<!\be\.g)\.\s|,(?=\S)(?<!\d,)(?!\d{3})"
)


@dataclass
class DateFacts:
    ship_date: dt.date | None = None
    delivery_date: dt.date | None = None
    delay_days: int | None = None
    stated_delay: float | None = None


def _clause_bounds(text: str) -> list[tuple[int, int]]:
    breaks = [match.span() for match in CLAUSE_BREAK.finditer(text)]
    position = 0
    for line in text.split("\n"):  # a table row ("ETA Felixstowe | 28-Dec-2026") is a clause of its own
        position += len(line)
        if "|" in line and position < len(text):
            breaks.append((position, position + 1))
        position += 1
    bounds: list[tuple[int, int]] = []
    start = 0
    for break_start, break_end in sorted(set(breaks)):
        if break_start < start:
            continue
        bounds.append((start, break_start))
        start = break_end
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if b > a]


def _quote_sentence(segment: ItemSegment, line_text: str, resolver: CatalogResolver | None) -> ItemSegment:
    """A quote item named in prose, widened to its whole sentence when that names no code, so
    that every price break of "we can offer £48.50 per drum for 20 drums, £46.90 for 50+" is read."""
    where = line_text.find(segment.text)
    if segment.kind != "description" or where < 0:
        return segment
    start, end = _sentence_bounds(line_text, where)
    sentence = line_text[start:end]
    if mask_codes(sentence, resolver) != sentence:
        return segment
    return ItemSegment(sentence, segment.sku, None, "description", segment.description)


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The sentence around ``position``: between 。!?; / ". " / line breaks."""
    breaks = re.compile(r"[。!?！？;\n]|\.\s")
    start = 0
    for match in breaks.finditer(text, 0, position):
        start = match.end()
    after = breaks.search(text, position)
    return start, after.start() if after else len(text)


def _nearest_role(clause: str, start: int, end: int) -> str | None:
    """'ship' or 'delivery': the keyword nearest the date in its clause (before wins ties)."""
    best: tuple[int, str] | None = None
    for role, pattern in (("ship", SHIP_WORDS), ("delivery", DELIVERY_WORDS)):
        for match in re.finditer(pattern, clause, re.I):
            if match.end() <= start:
                distance = start - match.end()
            elif match.start() >= end:
                between = re.sub(r"[(（][^()（）]{0,12}[)）]", "", clause[end : match.start()])  # "下周二(24号)宁波开船"
                if re.search(r"[,:;|()\n]|\b(?:and|then|but)\b|并且|然后|再|\S\s{3,}$|^\s{3,}", between, re.I):
                    continue  # "next Wednesday, ETA ...", "tomorrow and be with you Thursday", "ETD YANTIAN 26 DEC   ETA ...": another statement
                gap = len(between)
                # "12月17日到达", "12月18日盐田出货": a Chinese verb right after its date governs it
                distance = 0 if gap == 0 or re.fullmatch(r"\s*[\u4e00-\u9fff]{1,4}", between) else gap + 3
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, role)
    return best[1] if best else None


STATED_DELAY_RE = re.compile(
    r"(?:delay(?:ed)?|postponed|pushed(?:\s+(?:them|it|this|the\s+\w+))?\s+back|moved(?:\s+(?:them|it))?\s+back|put\s+back|slipped|slipping|running\s+late|late|later)\s+(?:of\s+|by\s+|for\s+|about\s+|approx(?:imately)?\.?\s+|around\s+)*(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s*(days?|weeks?)"
    r"|(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s*(days?|weeks?)\s+(?:late|later|delay|behind)"
    r"|(?:推迟|延迟|延期|延误|晚)(?:了|约|大约)?\s*(\d+)\s*(天|日|周|个星期|星期)",
    re.I,
)
# Sentences about goods other than those the message is about: the balance of a partial
# shipment, the unaffected rest of a delayed or cancelled order.
BALANCE_SENTENCE_RE = re.compile(
    r"\b(?:remaining|remainder|balance|rest\s+of|back[\s-]?order(?:ed)?|outstanding)\b|\bsecond\s+(?:batch|lot|shipment|part)\b"
    r"|余下|剩下|剩余|其余|余货|尾货|第(?:二|2)批",
    re.I,
)
LATER_RE = re.compile(r"\b(?:later|delayed|to\s+follow|next\s+(?:batch|shipment)|(?:is|are)\s+(?:still|not\s+(?:yet\s+)?ready)|follow\s+(?:in|on|with|next|later))\b|要?晚(?:[一二两三四五六七八九十\d]|几|些)|延后|推迟|下一?批", re.I)
BALANCE_PREDICATE_RE = re.compile(
    r"^[^.;。]{0,40}?\b(?:is|are|remains?)\s+(?:still\s+)?(?:on\s+back[\s-]?order|back[\s-]?ordered|outstanding|to\s+follow|not\s+(?:yet\s+)?(?:shipped|ready|available))"
    r"|^[^。;]{0,20}?(?:还没|尚未|未能?)(?:发|出|生产|做好)|^[^。;]{0,20}?(?:还在|仍在|正在)(?:生产|赶工|做)|^[^。;,]{0,12}?(?:下批|下次|随后|以后)再?(?:发|出|走)",
    re.I,
)
UNAFFECTED_SENTENCE_RE = re.compile(
    r"\bunaffected\b|\bnot\s+affected\b|\b(?:stays?|remains?)\s+(?:at\s+the\s+(?:current|same|old|existing)|the\s+same|unchanged|as\s+(?:is|before|they\s+are)|on\s+(?:the|your|this)\s+order)\b|\bunchanged\b|\b(?:the\s+)?rest\s+of\s+(?:the|your|this)\s+(?:order|po|shipment)\b|\beverything\s+else\b|\bthat\s+leaves\b|\b(?:all\s+)?other\s+(?:items|lines|products)\b"
    r"|不受影响|照常|如常|其余.{0,12}(?:正常|照常|不变)|其[他它].{0,12}(?:正常|照常|不变)",
    re.I,
)


def _clause_around(text: str, position: int) -> tuple[int, int]:
    """The clause around ``position``: between commas, semicolons, sentence ends, line breaks
    and dashes ("...today - the balance will follow next week")."""
    breaks = re.compile(r"[,，;；。!?！？\n]|\.\s|\s[-–—]\s")
    start = 0
    for match in breaks.finditer(text, 0, position):
        start = match.end()
    after = breaks.search(text, position)
    return start, after.start() if after else len(text)


MATERIALS_RE = re.compile(
    r"\bdue\s+in\b|\bcom(?:e|es|ing)\s+in\b|\boff\s+the\s+(?:mill|line)\b|\bfrom\s+(?:the|our)\s+(?:mill|manufacturer|supplier)\b"  # stock arriving at the supplier
    r"|\b(?:(?:raw\s+|replacement\s+)?materials?|components?|(?:spare\s+)?parts|replacement\s+\w+|yarn|chips|valves|resin)\b(?![^.,;\n]{0,40}\b(?:ship|dispatch|despatch|deliver)\w*\s+(?:to\s+)?you)"
    r"|原料|原材料|来料|配件|面料|灯杯|芯片|粒子",
    re.I,
)


def _about_other_goods(text: str, position: int, message_type: str) -> bool:
    """Whether the clause around ``position`` is about other goods than the message's."""
    start, end = _clause_around(text, position)
    sentence = text[start:end]
    if message_type == "partial_shipment" and BALANCE_SENTENCE_RE.search(sentence):
        return True
    return message_type in ("partial_shipment", "delay_notice", "cancellation") and bool(UNAFFECTED_SENTENCE_RE.search(sentence))


ETD_LABEL_RE = re.compile(r"(?:\betd\b|\batd\b|\bdeparture\b|\bsailing\b|开船|开航|离港)[^.,;\n]{0,20}$", re.I)
EFFECTIVE_BEFORE_RE = re.compile(
    r"\b(?:from|as\s+of|effective(?:\s+from)?|starting(?:\s+from)?|beginning|with\s+effect\s+from|valid\s+(?:from|until|till|through)|until|till|up\s+to|before|after)\s*(?:the\s+)?$|(?:自|从|由|于)\s*$",
    re.I,
)


HOLIDAY_RE = re.compile(r"放假|假期|休假|\bholidays?\b|\bclosure\b|\bclosed\b", re.I)
POSSESSIVE_GOODS_RE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:boxes|goods|parcels?|pallets?|cartons|consignment|shipment|despatch|dispatch|collection|load|run|van|lorry|wagon|truck|trunk|sailing|vessel)\b", re.I
)


VALID_UNTIL_RE = re.compile(r"(?:\bvalid(?:ity)?\b|有效期|有效)[^.\n。]{0,12}?(?:\buntil\b|\btill\b|\bto\b|\bthrough\b|到|至|:)?\s*$", re.I)


def _effective_date(text: str, mention: DateMention) -> bool:
    """'from 1 January 2027', 'until 31 December', '12月1日起': when terms change, not a shipment."""
    return bool(EFFECTIVE_BEFORE_RE.search(text[max(0, mention.start - 30) : mention.start]) or VALID_UNTIL_RE.search(text[max(0, mention.start - 30) : mention.start])
                or re.match(r"\s*(?:开工|上班|生效|执行)?\s*(?:起|开始|以后|之后|以前|之前|前)", text[mention.end : mention.end + 6]))


WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1}


ORDER_DATE_BEFORE_RE = re.compile(
    r"\b(?:order|po|purchase\s+order)\s+(?:was\s+)?(?:placed\s+|sent\s+|raised\s+)?(?:from|of|dated|on)\s*$|\bordered\s+(?:on\s+)?$|(?:下单|订单日期|订货日期)[:：\s]*$",
    re.I,
)


JUST_SHIPPED_RE = re.compile(
    r"\b(?:has|have)\s+(?:just\s+|now\s+)?been\s+(?:collected|dispatched|despatched|shipped|picked\s+up|sent(?:\s+out)?)\b|\bjust\s+(?:been\s+)?(?:collected|dispatched|despatched|left)\b"
    r"|刚刚?(?:发货|出货|发走|装车|提货|被?提走)",
    re.I,
)


def find_date_facts(text: str, received: dt.date | None, message_type: str) -> tuple[DateFacts, list[str]]:
    """Ship (ETD/dispatch) and delivery (ETA) dates, and the delay against the earlier promise."""
    facts = DateFacts()
    warnings: list[str] = []
    mentions = find_dates(text, received)
    if message_type in ("quote", "price_change", "moq_change"):
        # "delivery within 25 days" in a quote is a lead time, not a date
        mentions = [mention for mention in mentions if not mention.relative]
    if message_type in ("price_change", "moq_change", "quote"):
        # "the new MOQ applies from 1 January", "自12月1日起", "报价有效期到1月31日": when terms take effect or end, not a shipment
        mentions = [mention for mention in mentions if not _effective_date(text, mention)]
    # "your order from last Thursday", "PO dated 12 Nov": when the order was placed, not a shipment date
    mentions = [mention for mention in mentions if not ORDER_DATE_BEFORE_RE.search(text[max(0, mention.start - 40) : mention.start])]
    if received is None and len(find_dates(text, dt.date(2000, 1, 1))) > len(mentions):
        warnings.append("dates without a year or relative dates were left empty: no received date (Date header or --received)")
    roles: dict[str, dict[str, list[dt.date]]] = {"ship": {"old": [], "new": []}, "delivery": {"old": [], "new": []}}
    labelled_etd: list[dt.date] = []
    for start, end in _clause_bounds(text):
        clause = text[start:end]
        inside = [m for m in mentions if start <= m.start < end]
        by_role: dict[str, list[DateMention]] = {}
        for mention in inside:
            role = _nearest_role(clause, mention.start - start, mention.end - start)
            if role is None:
                # a Chinese clause often carries on the previous one's verb: 原定11月30日出货,现改为12月7日
                s_start, s_end = _sentence_bounds(text, mention.start)
                if re.search(NEW_WORDS, text[s_start : mention.start], re.I):
                    role = _nearest_role(text[s_start:s_end], mention.start - s_start, mention.end - s_start)
            governed = role is not None and re.search(SHIP_WORDS if role == "ship" else DELIVERY_WORDS, clause[: mention.start - start], re.I)
            if POSSESSIVE_GOODS_RE.match(text, mention.end) and not governed:  # (not "delivered together on this Friday's van")
                role = "ship"  # "Today's boxes should be with you tomorrow", "go on next Tuesday's run": the day they leave
            clause_text = text[slice(*_clause_around(text, mention.start))]
            lead = re.split(r"[.!?]\s|[。;,，]|\n\s*\n", text[max(0, mention.start - 60) : mention.start])[-1]  # (wrapped lines joined)
            if HOLIDAY_RE.search(clause_text + lead):
                continue  # "春节放假(2月4日至2月17日)不计在内": a holiday, no shipment
            if role == "delivery" and (MATERIALS_RE.search(clause_text) or MATERIALS_RE.search(lead)):
                continue  # "the replacement handles arrive on Monday", "原料下周到": materials for the goods, not the goods
            if role and _about_other_goods(text, mention.start, message_type):
                continue  # "the remaining 2 drums will follow within 7 days": not this shipment's date
            if role:
                by_role.setdefault(role, []).append(mention)
        for role, dated in by_role.items():
            for position, mention in enumerate(dated):
                before = clause[: mention.start - start]
                # a marker before an earlier date of the same role is that date's: "本来说本周四出货的, ...,
                # 最快下周五才能出" (the second date has none of its own: it is the new one); the same
                # date restated ("tomorrow, Thursday 10 December") keeps the marker
                restated = position and dated[position - 1].date == mention.date
                since_previous = clause[dated[position - 1].end - start : mention.start - start] if position and not restated else before
                old_marker = list(re.finditer(OLD_WORDS, since_previous, re.I))
                new_marker = list(re.finditer(NEW_WORDS, since_previous, re.I))
                is_old = bool(old_marker) and (not new_marker or new_marker[-1].start() < old_marker[-1].start())
                after = clause[mention.end - start :]
                if NOT_BEFORE_RE.search(before) or AS_PLANNED_RE.match(after) or CANCELLED_AFTER_RE.match(after):
                    is_old = True  # "will not ship this Friday as planned", "booked for Thursday has had to be cancelled": the broken promise
                if len(dated) >= 2 and not re.search(OLD_WORDS, clause, re.I) and (
                    message_type == "delay_notice" or re.search(r"\bfrom\b|由|从", before, re.I)
                ):
                    is_old = position < len(dated) - 1  # "ETD 18 Nov 2026 → 25 Nov 2026", "from 5 Jan to 12 Jan"
                date = mention.date
                past = date - (dt.date(date.year, 3, 1) - dt.date(date.year - 1, 3, 1))
                if mention.yearless and received is not None and (date - received).days > 300 and (received - past).days <= 45:
                    date = past  # "arrived on 20 November" in a mail of 23 November: the past one
                if is_old and mention.yearless and received is not None and (date - received).days > 180:
                    date = date - (dt.date(date.year, 3, 1) - dt.date(date.year - 1, 3, 1))  # "was due on 20 November": the past one
                roles[role]["old" if is_old else "new"].append(date)
                if role == "ship" and not is_old and ETD_LABEL_RE.search(before):
                    labelled_etd.append(date)
    # "loaded today. ETD Yantian 26 Nov": the stated departure is the ship date, not the loading
    facts.ship_date = labelled_etd[0] if labelled_etd else roles["ship"]["new"][0] if roles["ship"]["new"] else None
    if facts.ship_date is None and received is not None and message_type in ("shipment_notice", "partial_shipment") and JUST_SHIPPED_RE.search(text):
        facts.ship_date = received  # "PO-… has just been collected by Pall-Ex": it left the day the message was sent
    facts.delivery_date = roles["delivery"]["new"][0] if roles["delivery"]["new"] else None
    stated = STATED_DELAY_RE.search(text)
    if stated:
        amount = next(group for group in (stated.group(1), stated.group(3), stated.group(5)) if group)
        unit = next(group for group in (stated.group(2), stated.group(4), stated.group(6)) if group)
        days = int(amount) if amount.isdigit() else WORD_NUMBERS[amount.casefold()]
        facts.stated_delay = float(days) if amount.isdigit() else None
        facts.delay_days = days * (7 if unit.casefold().startswith(("week", "周", "个星期", "星期")) else 1)
    else:
        for role in ("delivery", "ship"):
            old, new = roles[role]["old"], roles[role]["new"]
            if old and new:
                facts.delay_days = (new[0] - old[0]).days
                break
    return facts, warnings


# -- the pipeline -----------------------------------------------------------------------
PHONE_RE = re.compile(r"(?:(?:tel|phone|mobile|mob|fax|whatsapp|电话|手机|传真)\.?\s*[:：]?\s*|\+)\d[\d ()\-]{6,}\d", re.I)


BALANCE_HEADING_RE = re.compile(
    r"^\s*(?:still\s+(?:open|to\s+come|outstanding)|outstanding(?:\s+items)?|open\s+items|to\s+follow|(?:on\s+)?back[\s-]?order(?:ed)?|balance(?:\s+to\s+follow)?"
    r"|remaining(?:\s+items)?|not\s+(?:yet\s+)?shipped|未发(?:货)?|待发(?:货)?|剩余(?:货物)?|余下|尾货|欠货)\b[^:：\n]{0,30}[:：]\s*$",
    re.I,
)


def mask_balance_sections(text: str) -> str:
    """``text`` with the rows under a "Still open:" / "Back order:" / "剩余:" heading blanked (the
    rest of a partial shipment, not what ships now), up to a blank line or the next heading."""
    lines = text.split("\n")
    masking = False
    for index, line in enumerate(lines):
        if BALANCE_HEADING_RE.match(line):
            masking = True
            continue
        if not line.strip() or re.search(r"[:：]\s*$", line):
            masking = False
            continue
        if masking:
            lines[index] = " " * len(line)
    return "\n".join(lines)


def parse_message(message: MessageInput, resolver: CatalogResolver | None, received: dt.date | None = None) -> dict[str, Any]:
    """The SPEC §8 object for one message that has been read."""
    warnings: list[str] = []
    current = split_current(message.body)
    received = received or message.received or current.forwarded_date
    text, injection_warnings = remove_injections(current.text, current.signature + "\n" + "\n".join(message.notes))
    warnings += injection_warnings
    text = normalize_text(text)
    subject = normalize_text(message.subject)
    signature = normalize_text(current.signature)
    if not text.strip() and not subject.strip():
        if not injection_warnings:
            raise UserInputError("the message has no text of its own (only quoted content)")
        # nothing but an injected instruction: a message of no type, with the warning
        parsed = ParsedMessage(message_type="other", warnings=list(dict.fromkeys(warnings)))
        parsed.supplier = find_supplier(message, text, signature, current.forwarded_from, resolver, bool(injection_warnings))
        parsed.confidence = _confidence(parsed, resolver, injection=True)
        return parsed.model_dump()
    message_type = classify(subject, text)
    parsed = ParsedMessage(message_type=message_type)
    parsed.supplier = find_supplier(message, text, signature, current.forwarded_from, resolver, bool(injection_warnings))
    parsed.po_number, po_warnings = find_po_number([text, subject], resolver)
    warnings += po_warnings
    facts, date_warnings = find_date_facts(text, received, message_type)
    warnings += date_warnings
    if message_type == "shipment_notice" and facts.delay_days and facts.delay_days > 0 and not SHIPPED_RE.search(f"{subject}\n{text}"):
        message_type = parsed.message_type = "delay_notice"  # a new, later ETA for goods not yet shipped
    if message_type not in ("other", "cancellation"):  # (a cancellation ships nothing: "...which we delivered on Monday")
        parsed.ship_date = facts.ship_date.isoformat() if facts.ship_date else None
        parsed.delivery_date = facts.delivery_date.isoformat() if facts.delivery_date else None
        parsed.delay_days = facts.delay_days
    # the lines: references (PO, quote, waybill numbers) and dates are not quantities
    line_text = mask_spans(unwrap_lines(text), PO_TOKEN_RE)  # hard-wrapped prose joined first
    for match in REFERENCE_LABEL_RE.finditer(line_text):
        if re.search(r"\d", match.group(1)) and (resolver is None or resolver.entry(match.group(1)) is None):  # a quote/waybill/booking number, not an item
            start, end = match.span(1)
            line_text = line_text[:start] + " " * (end - start) + line_text[end:]
    for mention in find_dates(line_text, received):
        line_text = line_text[: mention.start] + " " * (mention.end - mention.start) + line_text[mention.end :]
    line_text = PHONE_RE.sub(lambda m: " " * len(m.group(0)), line_text)
    if message_type == "partial_shipment":
        line_text = mask_balance_sections(line_text)
    line_text = mask_charge_amounts(line_text)
    currencies = message_currencies(text)
    default_currency = currencies[0] if len(currencies) == 1 else None
    results: list[LineResult] = []
    if resolver is None:
        warnings.append("no catalog: skus and the supplier were not resolved")
    coded_skus: set[str] = set()
    if message_type != "other":
        segments = item_segments(line_text, resolver)
        pack_contents = pack_contents_named(line_text, resolver)
        one_item = {segment.sku for segment in segments if segment.sku}
        message_pack = stated_pack_content(line_text)
        if len(one_item) == 1 and message_pack:  # "Packing: 60 pairs/ctn" in a message about one item
            pack_contents.setdefault(one_item.pop(), message_pack)
        tiered_skus = {segment.sku for segment in segments if segment.kind == "tier" and segment.sku}
        for segment in segments:
            if message_type in ("cancellation", "delay_notice", "partial_shipment"):
                where = segment.code_span[0] if segment.code_span else max(segment.text.find(segment.description or "\0"), 0)
                sentence_start, sentence_end = _clause_around(segment.text, where)
                if re.search(r"[(（][^()（）]*$", segment.text[:where]):
                    # a code in brackets: "Line 1 (SCR-1001, 60 boxes) is unaffected" - the whole sentence
                    sentence_start, sentence_end = _sentence_bounds(segment.text, where)
                if UNAFFECTED_SENTENCE_RE.search(segment.text[sentence_start:sentence_end]):
                    continue  # "The 300 double sockets (SKT-2120) on the same PO are unaffected"
                if message_type == "cancellation" and OFFER_SENTENCE_RE.search(_segment_sentence(segment, line_text)):
                    continue  # "If it helps, I can do the same bolt in boxes of 100 - 10 boxes would cover it": an offer, not the cancelled line
                if message_type == "cancellation" and segment.kind == "description" and segment.description:
                    # "The sanitary silicone (200 tubes) and the expanding foam (48 cans) remain on the order unchanged"
                    sentence = _segment_sentence(segment, line_text)
                    if UNAFFECTED_SENTENCE_RE.search(sentence) and not CANCEL_RE.search(sentence) and not REMOVED_FROM_ORDER_RE.search(sentence):
                        continue
                if message_type == "partial_shipment" and _in_order_aside(line_text, segment):
                    continue  # "关于贵司订单 PO-…(LED 平板灯 200 片、投光灯 100 只)": what was ordered, not what ships now
                if message_type == "partial_shipment" and segment.kind == "description" and segment.description:
                    # an aside in brackets is about the rest: "150副(共300副, 余下的150副下周三前出)"
                    sentence = ASIDE_RE.sub(" ", _segment_sentence(segment, line_text))
                    balance = BALANCE_SENTENCE_RE.search(sentence) or LATER_RE.search(sentence)
                    remainder = re.search(r"剩下|余下|剩余|\bremaining\b|\bremainder\b|\bthe\s+rest\b|\bbalance\b", sentence, re.I)
                    counted_before = remainder is not None and any(q.strength >= 2 for q in find_quantities(sentence[: remainder.start()])) \
                        and not LATER_RE.search(sentence[: remainder.start()])
                    if balance and not SHIPPED_RE.search(sentence) and not counted_before:
                        # "应急灯要晚两到三周, 和第二批一起走": that item is not in this shipment (but "做好了40件, 剩下的30件月底前补出" is)
                        continue
                if message_type == "partial_shipment" and segment.code_span:
                    _, end = _sentence_bounds(segment.text, where)
                    if BALANCE_PREDICATE_RE.search(segment.text[segment.code_span[1] : end]):
                        continue  # "The hex bolts (BLT-3008, 20 boxes) are on backorder": not shipped now
            entry = resolver.entry(segment.sku) if resolver is not None and segment.sku else None
            segment.pack_content = pack_contents.get(segment.sku or "")
            result = extract_line(segment, message_type, default_currency, entry.name if entry else None)
            tiers = tier_lines(_quote_sentence(segment, line_text, resolver), default_currency, entry.name if entry else None) if message_type == "quote" and segment.kind in ("code", "description") else []
            if tiers:
                results.extend(tiers)
                continue
            line = result.line
            if message_type == "moq_change":
                keep = segment.kind == "code"
            elif message_type == "price_change":
                keep = line.unit_price is not None and (segment.kind != "description" or line.sku is not None) or segment.kind == "code" and MOQ_RE.search(segment.text) is not None
            elif segment.kind == "tier":
                keep = line.unit_price is not None and line.quantity is not None
            elif message_type == "quote" and line.unit_price is None and line.sku in tiered_skus:
                keep = False  # "our quote for the 5.0 x 60 wood screws (SCR-1003):" heads its price breaks
            elif segment.kind == "description" and line.sku is None and line.quantity is None:
                keep = message_type == "quote" and line.unit_price is not None  # an offer for an item not in the catalog
            elif message_type == "delay_notice" and segment.kind == "code" and line.sku is not None:
                keep = True  # a delay notice lists the items it names, with their quantity when stated
            else:
                keep = line.quantity is not None or (line.unit_price is not None and message_type in ("quote", "order_confirmation"))
            if not keep:
                continue
            if segment.kind == "description" and line.sku is not None and line.sku in coded_skus:
                continue  # "we have rounded your 33 pcs up to 36": the item's line is its code's row
            if line.sku is None and resolver is not None:
                result.warnings.append(f"could not match {line.description or segment.text.strip()!r} to a catalog sku")
            if segment.kind == "code" and line.sku is not None:
                coded_skus.add(line.sku)
            results.append(result)
    if message_type in ("price_change", "quote") and not results and resolver is not None and resolver.items:
        # "the grab adhesive will go up from £2.90 to £3.05 per tube": the item by name, its price
        for sentence in re.split(r"[。!?！？;\n]|\.\s", line_text):
            if not find_prices(sentence):
                continue
            item = item_named_in(mask_codes(sentence, resolver), resolver)
            if item:
                segment = ItemSegment(sentence, item[0], None, "description", item[1])
                result = extract_line(segment, message_type, default_currency, resolver.entry(item[0]).name)
                if result.line.unit_price is not None:
                    results.append(result)
    if message_type == "moq_change" and not results and resolver is not None and resolver.items:
        # "the MOQ for the 300mm heavy duty tee hinges goes up to 100 pairs": the item by name
        named = {}
        sentences = [sentence for sentence in re.split(r"[。!?！？;\n]|\.\s", line_text) if sentence.strip()]
        for position, sentence in enumerate(sentences):
            if MOQ_RE.search(sentence) and not UNAFFECTED_SENTENCE_RE.search(sentence):  # "the panels stay at the current MOQ"
                item = item_named_in(mask_codes(sentence, resolver), resolver)
                if item is None and position and not UNAFFECTED_SENTENCE_RE.search(sentences[position - 1]):
                    # "...the 2.5mm T&E (6242Y, 100m drums)... Minimum order on that cable becomes 6 drums",
                    # "we will only supply acrylic caulk in full cartons. The minimum order becomes two cartons"
                    item = item_named_in(mask_codes(sentences[position - 1], resolver), resolver)
                if item:
                    named.setdefault(item[0], item[1])
        for sku, words in named.items():
            results.append(LineResult(ParsedLine(sku=sku, description=words)))
    if message_type in ("delay_notice", "cancellation") and not results and resolver is not None and resolver.items:
        results += _item_by_name(line_text, resolver, CANCEL_RE if message_type == "cancellation" else None)
    parsed.minimum_order_quantity = None
    # the MOQ is a field of MOQ notices and quotes (SPEC §8); elsewhere it is an aside
    found_moq = find_moq_quantity(mask_codes(line_text, resolver)) if message_type in ("moq_change", "quote") else None
    skus = {result.line.sku for result in results if result.line.sku}
    if found_moq and len(skus) <= 1:
        entry = resolver.entry(skus.pop()) if skus and resolver is not None else None
        found_moq = moq_in_units(found_moq, line_text, entry.name if entry else None)
    moq, moq_evidence = (found_moq.value, found_moq.evidence) if found_moq else (None, ())
    table_moqs = {result.moq for result in results if result.moq is not None}
    if moq is None and len(table_moqs) == 1 and message_type in ("moq_change", "quote"):
        moq = table_moqs.pop()
        moq_evidence = (moq,)
    if moq is not None:
        parsed.minimum_order_quantity = as_number(moq)
    _prices_named_elsewhere(results, line_text, default_currency)
    # post-checks: every number must be in the current text (after normalisation)
    present = numbers_in(text)
    for result in results:
        line = result.line
        if line.quantity is not None and not all(value in present for value in result.quantity_evidence):
            warnings.append(f"quantity {line.quantity} for {line.sku or line.description} is not in the message; left empty")
            line.quantity = None
        if line.unit_price is not None and not all(value in present for value in (result.price_per or (line.unit_price,))):
            warnings.append(f"unit price {line.unit_price} for {line.sku or line.description} is not in the message; left empty")
            line.unit_price, line.currency = None, None
        warnings += result.warnings
        if line.quantity == 0 and message_type in ("shipment_notice", "partial_shipment"):
            continue  # a despatch advice's row "Delivered 0 | Back order 20" ships nothing now
        parsed.lines.append(line)
    parsed.lines = _dedupe(parsed.lines)
    freight_advert = FREIGHT_OFFER_RE.search(f"{subject}\n{text}") and not any(line.sku for line in parsed.lines)
    if message_type == "quote" and freight_advert:
        # a forwarder's rate advert ("40' HC Ningbo - Felixstowe USD 1,850 all-in") offers no goods
        message_type = parsed.message_type = "other"
        parsed.lines, parsed.ship_date, parsed.delivery_date, parsed.delay_days = [], None, None, None
        parsed.minimum_order_quantity, moq_evidence = None, ()
    if parsed.minimum_order_quantity is not None and not all(value in present for value in moq_evidence):
        warnings.append(f"minimum order quantity {parsed.minimum_order_quantity} is not in the message; left empty")
        parsed.minimum_order_quantity = None
    if facts.stated_delay is not None and facts.stated_delay not in present:
        parsed.delay_days = None
    parsed.warnings = list(dict.fromkeys(warnings))
    parsed.confidence = _confidence(parsed, resolver, injection=bool(injection_warnings))
    return parsed.model_dump()


OFFER_SENTENCE_RE = re.compile(
    r"^\W*(?:if|should|alternatively)\b|\b(?:I|we)\s+(?:can|could)\s+(?:do|offer|supply|send)\b|\bwould\s+cover\b|\binstead\b|可以(?:改|换|用)|替代|代替",
    re.I,
)


def _in_order_aside(line_text: str, segment: ItemSegment) -> bool:
    """Whether ``segment`` lies in a bracketed aside right after an order reference ("your order
    PO-… (200 panels, 100 floodlights)"): the order's contents."""
    where = line_text.find(segment.text)
    if where < 0:
        return False
    opening = re.search(r"[(（][^()（）]*$", line_text[:where])
    return opening is not None and re.search(r"(?:订单|order|P\.?O\b)\s*$", line_text[: opening.start()], re.I) is not None


def _segment_sentence(segment: ItemSegment, line_text: str) -> str:
    """The sentence of the whole text around a prose segment's item: the segment ("96 tubes of
    grab adhesive") is only part of it."""
    located = line_text.find(segment.text)
    around = line_text if located >= 0 else segment.text
    start, end = _sentence_bounds(around, max(located, 0) + max(segment.text.find(segment.description or ""), 0))
    return around[start:end]


def _prices_named_elsewhere(results: list[LineResult], text: str, default_currency: str | None) -> None:
    """Prices given apart from the item list, by a short name: "(合页 USD 1.92/副, 把手 USD
    6.30/副)", "hinges USD 1.92 a pair". A price goes to the one line without a price whose
    description contains the name written right before it (in place)."""
    unpriced = [result for result in results if result.line.unit_price is None and result.line.description]
    if not unpriced:
        return
    for price in find_prices(text):
        name = re.search(r"([\u4e00-\u9fff]{2,6}|[A-Za-z][A-Za-z-]{3,}(?:\s+[A-Za-z][A-Za-z-]{3,})?)\s*[:：]?\s*$", text[max(0, price.start - 24) : price.start])
        if not name:
            continue
        words = name.group(1).casefold()
        owners = [result for result in unpriced if words in result.line.description.casefold()
                  or words.rstrip("s") in result.line.description.casefold()]
        if len(owners) == 1:
            owner = owners[0]
            owner.line.unit_price = as_number(price.value)
            owner.line.currency = price.currency or default_currency
            owner.price_evidence = price.value
            unpriced.remove(owner)


CJK_FUNCTION_WORDS_RE = re.compile(r"因为|由于|所以|但是|因|的|要|了|和|与|及|都|也|在|是|把|被|将|但")


def _two_product_words(phrase: str, catalog_name: str) -> bool:
    """Whether ``phrase`` names two words of the catalog name: in one Chinese phrase ("防割手套"
    = cut-resistant gloves, not "挂锁 … 铜价" = padlock … copper price) or in English words."""
    catalog = set(name_tokens(catalog_name))
    chinese = [word for word in phrase.split() if re.search(r"[\u4e00-\u9fff]", word)]
    return any(len(set(name_tokens(word)) & catalog) >= 2 for word in (chinese or [phrase]))


def _item_by_name(line_text: str, resolver: CatalogResolver, cue: re.Pattern[str] | None = None) -> list[LineResult]:
    """A delay notice or cancellation about one item named only in prose ("PO-… 的防割手套面料到得晚
    … 还是六百双", "布基胶带那一项只能取消了"): that item, with the message's one count when there
    is exactly one; ``cue`` (取消, cancel) must be in the item's sentence."""
    named: dict[str, str] = {}
    for sentence in re.split(r"[。!?！？;\n]|\.\s", line_text):
        # "…只能取消了, 其他的照常出货": the clause about the other goods is left out
        clauses = [c for c in re.split(r"[,，]\s*(?!\d{3})", sentence) if not (UNAFFECTED_SENTENCE_RE.search(c) or OTHER_GOODS_RE.search(c))]
        sentence = ", ".join(clauses)
        if not sentence.strip() or (cue and not cue.search(sentence)):
            continue
        # Chinese function words part the phrases ("挂锁因为铜价上涨": padlock | copper price), so that
        # words of different phrases never add up to one product
        sentence = CJK_FUNCTION_WORDS_RE.sub(" ", sentence)
        item = item_named_in(mask_codes(sentence, resolver), resolver)
        entry = resolver.entry(item[0]) if item else None
        if item and entry and _two_product_words(item[1], entry.name):
            named.setdefault(item[0], item[1])
    if len(named) != 1:
        return []
    sku, words = next(iter(named.items()))
    result = LineResult(ParsedLine(sku=sku, description=words.strip()))
    counts = [q for q in find_quantities(mask_codes(line_text, resolver)) if q.strength >= 2]
    if counts and len({q.value for q in counts}) == 1:
        value, evidence, _ = in_catalog_units(counts[0], catalog_pack(resolver.entry(sku).name))
        result.line.quantity, result.quantity_evidence = as_number(value), evidence
    return [result]


def _dedupe(lines: list[ParsedLine]) -> list[ParsedLine]:
    """The same sku with the same quantity and price mentioned twice is one line; a mention
    of a sku that only repeats part of another line of that sku ("48 cans" in the prose,
    "48 @ £3.75" in the table) adds nothing."""
    seen: set[tuple[Any, ...]] = set()
    unique = []
    for line in lines:
        key = (line.sku, line.quantity, line.unit_price) if line.sku else (line.description, line.quantity, line.unit_price)
        if key in seen:
            continue
        seen.add(key)
        unique.append(line)
    fields = ("quantity", "unit_price", "currency")

    def covered(line: ParsedLine, other: ParsedLine) -> bool:
        known = [name for name in fields if getattr(line, name) is not None]
        return (
            other is not line and line.sku is not None and other.sku == line.sku
            and all(getattr(other, name) == getattr(line, name) for name in known)
            and sum(getattr(other, name) is not None for name in fields) > len(known)
        )

    return [line for line in unique if not any(covered(line, other) for other in unique)]


def _confidence(parsed: ParsedMessage, resolver: CatalogResolver | None, injection: bool) -> float:
    """0.95 for a complete parse; less for injections, unresolved skus or supplier, missing
    fields the message type needs, and each other warning."""
    if parsed.message_type == "other":
        score = 0.9 if not parsed.lines else 0.8
    else:
        score = 0.95
        if parsed.supplier is None:
            score -= 0.15 if resolver is not None and resolver.suppliers else 0.05
        if any(line.sku is None for line in parsed.lines):
            score -= 0.1
        if parsed.message_type in ("order_confirmation", "partial_shipment") and not parsed.lines:
            score -= 0.1
        if parsed.message_type in ("order_confirmation", "shipment_notice", "partial_shipment", "delay_notice", "cancellation") and parsed.po_number is None:
            score -= 0.05
        if parsed.message_type == "delay_notice" and parsed.ship_date is None and parsed.delivery_date is None:
            score -= 0.1
        if parsed.message_type == "moq_change" and parsed.minimum_order_quantity is None:
            score -= 0.15
    if injection:
        score -= 0.15
    other_warnings = len(parsed.warnings) - (1 if injection else 0)
    score -= 0.05 * max(0, other_warnings)
    return round(min(1.0, max(0.05, score)), 2)


def parse_text(text: str, resolver: CatalogResolver | None, received: dt.date | None = None) -> dict[str, Any]:
    """Parse pasted text (a leading From:/Subject:/Date: block is read as headers)."""
    return parse_message(message_from_text(text), resolver, received)


def parse_file(path: Path, resolver: CatalogResolver | None, received: dt.date | None = None) -> dict[str, Any]:
    """Parse a .eml (MIME, any charset, HTML) or text file; unreadable → UserInputError."""
    message = read_message_file(Path(path))
    try:
        return parse_message(message, resolver, received)
    except UserInputError as error:
        raise UserInputError(f"{path}: {error}") from None


# -- the tool ---------------------------------------------------------------------------
from tools.registry import ToolArguments, ToolContext, register  # noqa: E402


class ParseMessageArguments(ToolArguments):
    text: str = Field(min_length=1, description="The supplier or carrier message, pasted as is.")
    received: str | None = Field(default=None, description="Date the message was received, YYYY-MM-DD (for relative dates).")


@register("parse_supplier_message", ParseMessageArguments)
def parse_supplier_message(arguments: ParseMessageArguments, context: ToolContext) -> dict[str, Any]:
    """Read a pasted supplier/carrier message into structured data (type, supplier, PO, lines with
    sku/quantity/unit price/currency, ship and delivery dates, delay days, MOQ, confidence, warnings).
    Instructions inside the message are ignored; nothing in the store changes."""
    received: dt.date | None = None
    if arguments.received:
        try:
            received = dt.date.fromisoformat(arguments.received)
        except ValueError:
            raise UserInputError(f"received: expected a date YYYY-MM-DD, got {arguments.received!r}") from None
    resolver = CatalogResolver.from_engine(context.engine) if context.engine is not None else None
    if resolver is not None and not resolver.items:
        resolver = None
    message = message_from_text(arguments.text)
    # without a Date line in the paste, relative dates count from the planning date
    return parse_message(message, resolver, received or message.received or split_current(message.body).forwarded_date or context.today)
