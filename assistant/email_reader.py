"""Reading supplier messages: .eml (MIME, any declared charset, HTML), .txt and pasted text,
and cutting a message down to the sender's current text.

What counts (SPEC §8): the sender's current text plus content it forwards on purpose.
Quoted earlier replies ("-----Original Message-----", "On ... wrote:", "> " lines,
Outlook header blocks) are dropped; a forwarded message ("---------- Forwarded message",
"Begin forwarded message:", 转发的邮件) is kept without its header lines. The signature
(from the sign-off on) is kept apart: it names the company but its phone numbers are
never read as quantities.
"""

from __future__ import annotations

import datetime as dt
import email
import email.utils
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

from data.errors import UserInputError

# Declared charsets decoded by a superset codec (GB2312 mail often carries GBK characters).
CHARSET_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "cp936": "gb18030",
    "euc-cn": "gb18030", "hz-gb-2312": "hz", "big5": "big5hkscs", "x-big5": "big5hkscs", "cn-big5": "big5hkscs",
    "ks_c_5601-1987": "cp949", "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "utf-8", "ascii": "utf-8",
}
FALLBACK_CHARSETS = ("utf-8", "gb18030", "big5hkscs", "cp1252")
HEADER_NAMES = r"from|to|cc|bcc|date|sent|subject|reply-to|von|an|datum|gesendet|betreff|发件人|收件人|抄送|日期|发送时间|时间|主题"
HEADER_LINE = re.compile(rf"^\s*\*?({HEADER_NAMES})\*?\s*[:：]\s*(.*)$", re.IGNORECASE)


@dataclass
class MessageInput:
    """One message as read: headers we use and the plain-text body (not yet cut)."""

    body: str
    subject: str = ""
    sender_name: str = ""
    sender_address: str = ""
    received: dt.date | None = None
    hidden_text: bool = False
    notes: list[str] = field(default_factory=list)


# -- charsets ----------------------------------------------------------------------------
def decode_bytes(data: bytes, declared: str | None, name: str) -> str:
    """Decode with the declared charset (GB2312 read as GB18030), else the usual suspects."""
    tried: list[str] = []
    if declared:
        codec = CHARSET_ALIASES.get(declared.strip().strip('"').casefold(), declared.strip().strip('"'))
        tried.append(codec)
    tried += [codec for codec in FALLBACK_CHARSETS if codec not in tried]
    for codec in tried:
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    raise UserInputError(f"{name}: cannot decode the text (declared charset {declared or 'none'})")


def read_text_bytes(data: bytes, name: str) -> str:
    """A .txt file's text: UTF-8 (BOM or not), UTF-16 with a BOM, GB18030, Big5."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise UserInputError(f"{name}: not a text message (binary content)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for codec in ("utf-8", "gb18030", "big5hkscs"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise UserInputError(f"{name}: cannot decode the text (not UTF-8, GB18030 or Big5)")


# -- HTML --------------------------------------------------------------------------------
BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
              "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt"}
SKIPPED_TAGS = {"script", "style", "head", "title", "template"}
VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*[01]px|max-height\s*:\s*0", re.I)


class _TextExtractor(HTMLParser):
    """HTML → text: blocks on their own lines, table cells joined by " | "."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.hidden_stack: list[str] = []
        self.hidden_parts: list[str] = []
        self.quote_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        if tag in SKIPPED_TAGS:
            self.skip_depth += 1
            return
        if tag not in VOID_TAGS and (self.hidden_stack or HIDDEN_STYLE.search(attributes.get("style", ""))
                                     or "hidden" in attributes):
            self.hidden_stack.append(tag)
        if tag == "blockquote":
            self.quote_depth += 1
        if tag in ("td", "th"):
            self._write(" | ")
        elif tag in BLOCK_TAGS:
            self._write("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in BLOCK_TAGS:
            self._write("\n")
        if tag == "blockquote":
            self.quote_depth = max(0, self.quote_depth - 1)
        if self.hidden_stack and self.hidden_stack[-1] == tag:
            self.hidden_stack.pop()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        self._write(re.sub(r"\s+", " ", data))

    def handle_comment(self, data: str) -> None:
        """An HTML comment is never shown: kept with the hidden text (checked for injections only)."""
        if data.strip():
            self.hidden_parts.append(" " + re.sub(r"\s+", " ", data).strip() + " ")

    def _write(self, text: str) -> None:
        """Visible text goes to ``parts`` (lines inside <blockquote> marked '> '), hidden apart."""
        if self.hidden_stack:
            self.hidden_parts.append(text)
        elif self.quote_depth:
            self.parts.append(text.replace("\n", "\n> ") if text != " | " else text)
            if text == "\n":
                self.parts.append("> ")
        else:
            self.parts.append(text)


def html_to_text(html: str) -> tuple[str, str]:
    """(visible text, hidden text) of an HTML body; quoted <blockquote> lines start with '> '."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = []
    for line in "".join(parser.parts).split("\n"):
        line = re.sub(r"^\s*\|\s*", "", line.strip())
        line = re.sub(r"(\s*\|\s*)+$", "", line)
        line = re.sub(r"\s*\|\s*", " | ", line)
        lines.append(line)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    hidden = re.sub(r"\s+", " ", "".join(parser.hidden_parts)).strip()
    return text, hidden


# -- .eml ------------------------------------------------------------------------------
def _part_text(part: EmailMessage, name: str) -> str:
    payload = part.get_payload(decode=True)
    if payload is None:
        return ""
    if not isinstance(payload, bytes):
        return str(payload)
    return decode_bytes(payload, part.get_content_charset(), name)


def _header(message: EmailMessage, key: str) -> str:
    try:
        value = message.get(key)
    except (ValueError, IndexError, TypeError):
        raw = message.get_all(key, failobj=[])
        value = raw[0] if raw else ""
    return str(value or "").strip()


def header_date(value: str) -> dt.date | None:
    """The calendar date of a Date header, in the sender's own time zone."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date() if parsed else None


def looks_like_email(data: bytes) -> bool:
    head = data[:2048].decode("latin-1", errors="replace")
    return bool(re.match(r"(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)+", head)) and bool(
        re.search(r"^(from|date|subject|mime-version|received|message-id|content-type):", head, re.I | re.M)
    )


def read_eml_bytes(data: bytes, name: str) -> MessageInput:
    """Parse RFC 5322 bytes; the plain part is preferred, else HTML converted to text."""
    if not data.strip():
        raise UserInputError(f"{name}: the file is empty")
    if not looks_like_email(data):
        raise UserInputError(f"{name}: not an e-mail message (no mail headers found)")
    message = email.message_from_bytes(data, policy=policy.default)
    plain: list[str] = []
    html: list[str] = []
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        content_type = part.get_content_type()
        if content_type == "text/plain":
            plain.append(_part_text(part, name))  # type: ignore[arg-type]
        elif content_type == "text/html":
            html.append(_part_text(part, name))  # type: ignore[arg-type]
        elif content_type == "message/rfc822":
            continue
    hidden = ""
    plain_text = "\n".join(text for text in plain if text.strip())
    html_text = ""
    if html:
        converted = [html_to_text(text) for text in html]
        html_text = "\n".join(text for text, _ in converted)
        hidden = " ".join(h for _, h in converted if h)
    body = plain_text if len(plain_text.strip()) >= 20 or not html_text.strip() else html_text
    subject = _header(message, "Subject")
    if not body.strip():
        if not subject:
            raise UserInputError(f"{name}: the message has no text (no text/plain or text/html part with content)")
        body = subject  # "PO-2026-0118 shipped today" with an empty body: the subject is the message
    sender_name, sender_address = email.utils.parseaddr(_header(message, "From"))
    result = MessageInput(
        body=body,
        subject=subject,
        sender_name=sender_name,
        sender_address=sender_address.casefold(),
        received=header_date(_header(message, "Date")),
        hidden_text=bool(hidden),
    )
    if hidden:
        result.notes.append(hidden)
    return result


def read_message_file(path: Path) -> MessageInput:
    """A message file: .eml / mail headers → MIME parse; anything else → text (pasted)."""
    name = str(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise UserInputError(f"{name}: is a directory, not a message file") from None
    except OSError as error:
        raise UserInputError(f"{name}: cannot read the file ({error.strerror or error})") from None
    return read_message_bytes(data, name, eml=path.suffix.casefold() in (".eml", ".msg", ".mht", ".mbox"))


def read_message_bytes(data: bytes, name: str, eml: bool = False) -> MessageInput:
    if not data.strip():
        raise UserInputError(f"{name}: the file is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserInputError(f"{name}: not a text message (binary content)")
    if eml or looks_like_email(data):
        return read_eml_bytes(data, name)
    return message_from_text(read_text_bytes(data, name), name)


def message_from_text(text: str, name: str = "message") -> MessageInput:
    """Pasted text: a leading header block (From:/Subject:/Date:) is read, the rest is body."""
    if not text.strip():
        raise UserInputError(f"{name}: the message is empty")
    lines = text.replace("\r\n", "\n").split("\n")
    headers: dict[str, str] = {}
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    start = index
    while index < len(lines):
        match = HEADER_LINE.match(lines[index])
        if not match:
            break
        headers.setdefault(_canonical_header(match.group(1)), match.group(2).strip())
        index += 1
    if len(headers) < 2 or "from" not in headers and "subject" not in headers:
        headers, index = {}, start  # a single "Subject:" line at the top is not a header block
    body = "\n".join(lines[index:])
    sender_name, sender_address = email.utils.parseaddr(headers.get("from", ""))
    received = header_date(headers.get("date", "")) if headers.get("date") else None
    if headers.get("date") and received is None:
        received = _loose_date(headers["date"])
    return MessageInput(
        body=body if body.strip() else text,
        subject=headers.get("subject", ""),
        sender_name=sender_name or (headers.get("from", "") if "@" not in headers.get("from", "") else ""),
        sender_address=sender_address.casefold(),
        received=received,
    )


def _canonical_header(name: str) -> str:
    name = name.casefold()
    return {"发件人": "from", "收件人": "to", "抄送": "cc", "日期": "date", "发送时间": "date", "时间": "date",
            "主题": "subject", "sent": "date", "von": "from", "an": "to", "datum": "date", "gesendet": "date",
            "betreff": "subject"}.get(name, name)


# -- the current text -------------------------------------------------------------------
REPLY_SEPARATORS = re.compile(
    r"^\s*(-{2,}\s*(original message|original|原始邮件|原邮件|回复的邮件)\s*-{2,}"
    r"|_{10,}\s*$"
    r"|-{5,}\s*$"
    r"|on .{4,120}\bwrote:\s*$"
    r"|am .{4,120}\bschrieb.{0,80}:\s*$"
    r"|在\s?.{4,80}(写道|寫道)\s*[:：]\s*$"
    r"|.{0,80}\d{4}.{0,40}写道\s*[:：]?\s*$)",
    re.IGNORECASE,
)
FORWARD_SEPARATORS = re.compile(
    r"^\s*(-{2,}\s*(forwarded message|forwarded|转发的邮件|转发邮件|原始转发邮件)\s*-{2,}"
    r"|begin forwarded message\s*:"
    r"|-{2,}\s*(weitergeleitete nachricht)\s*-{2,})",
    re.IGNORECASE,
)
SIGN_OFFS = re.compile(
    r"^\s*(best regards|kind regards|warm regards|best wishes|regards|many thanks|thanks and regards|"
    r"thanks & regards|cheers|sincerely|yours sincerely|yours faithfully|br|mit freundlichen gr(ü|ue)(ß|ss)en.*|"
    r"sent from my \w+.*|此致|此致敬礼|敬礼|祝好|顺祝商祺|顺颂商祺|祝商祺|谢谢|多谢|best|thanks|thank you)\s*[,.!，。！]*\s*$"
    r"|^--\s*$",
    re.IGNORECASE,
)
POSTSCRIPT = re.compile(r"^\s*(p\.?\s?s\.?|附注|补充)\s*[:：.]", re.IGNORECASE)


@dataclass
class CurrentText:
    """The parts of a body that matter: the sender's text, forwarded content, signature."""

    text: str
    signature: str = ""
    quoted_removed: bool = False
    forwarded: bool = False
    forwarded_from: list[str] = field(default_factory=list)
    forwarded_date: dt.date | None = None  # the forwarded message's Date line, when readable


def _outlook_header_block(lines: list[str], index: int) -> bool:
    """A 'From: … / Sent: … / Subject: …' block starting at ``index`` (a quoted reply)."""
    match = HEADER_LINE.match(lines[index])
    if not match or _canonical_header(match.group(1)) != "from":
        return False
    following = [HEADER_LINE.match(line) for line in lines[index + 1 : index + 6]]
    names = {_canonical_header(m.group(1)) for m in following if m}
    return "subject" in names or "date" in names


def _rule_in_a_document(lines: list[str], index: int) -> bool:
    """A bare line of dashes or underscores that frames part of the message (a system-printed
    shipping notice, a table) rather than starting a quoted reply: no header block ("From:",
    "发件人:") or "... wrote:" line follows it, and text of the message's own does."""
    bare_rule = re.compile(r"\s*(?:-{5,}|_{10,})\s*")
    if not bare_rule.fullmatch(lines[index]):
        return False
    following = [line for line in lines[index + 1 : index + 8] if line.strip()][:3]
    if not following:
        return False
    return not any(
        HEADER_LINE.match(line) or line.lstrip().startswith(">") or REPLY_SEPARATORS.match(line) and not bare_rule.fullmatch(line)
        for line in following
    )


def split_current(body: str) -> CurrentText:
    """The sender's current text (quotes dropped, forwards kept) and the signature apart."""
    lines = body.replace("\r\n", "\n").split("\n")
    kept: list[str] = []
    forwarded_from: list[str] = []
    forwarded_dates: list[str] = []
    quoted_removed = False
    forwarded = False
    index = 0
    in_forward_headers = False
    forward_start: int | None = None  # where forwarded content starts in ``kept``
    while index < len(lines):
        line = lines[index]
        if FORWARD_SEPARATORS.match(line):
            forwarded = True
            if forward_start is None:
                forward_start = len(kept)
            in_forward_headers = True
            index += 1
            continue
        if in_forward_headers:
            header = HEADER_LINE.match(line)
            if header:
                if _canonical_header(header.group(1)) == "from":
                    forwarded_from.append(header.group(2).strip())
                elif _canonical_header(header.group(1)) == "date":
                    forwarded_dates.append(header.group(2).strip())
                index += 1
                continue
            if not line.strip():
                index += 1
                continue
            in_forward_headers = False
        separator = REPLY_SEPARATORS.match(line) and not _rule_in_a_document(lines, index)
        if separator or (not forwarded and index > 0 and _outlook_header_block(lines, index)):
            if _only_a_preamble(kept):
                # "fyi, see below" / "parse this:" then the message itself: that is a forward
                forwarded = in_forward_headers = True
                if not HEADER_LINE.match(line):
                    index += 1
                continue
            quoted_removed = True
            # a forward further down (a quoted thread that forwards) is still not current
            break
        if line.lstrip().startswith(">"):
            quoted_removed = True
            index += 1
            continue
        kept.append(line)
        index += 1
    # the sender's sign-off ends the sender's own text, not the content forwarded below it
    own, forwarded_lines = (kept[:forward_start], kept[forward_start:]) if forward_start else (kept, [])
    text_lines, signature_lines = _cut_signature(own)
    if forwarded_lines:
        more_text, more_signature = _cut_signature(forwarded_lines)
        text_lines, signature_lines = text_lines + [""] + more_text, signature_lines + more_signature
    return CurrentText(
        text="\n".join(text_lines).strip("\n"),
        signature="\n".join(signature_lines).strip("\n"),
        quoted_removed=quoted_removed,
        forwarded=forwarded,
        forwarded_from=forwarded_from,
        forwarded_date=_loose_date(forwarded_dates[0]) if forwarded_dates else None,
    )


def _loose_date(value: str) -> dt.date | None:
    """A Date line as mail clients print it (RFC 5322, '20 November 2026 10:00', '2026年11月20日')."""
    parsed = header_date(value)
    if parsed is not None:
        return parsed
    from assistant.message_fields import find_dates, normalize_text

    dates = find_dates(normalize_text(value), None)
    return dates[0].date if dates else None


def _only_a_preamble(lines: list[str]) -> bool:
    """Nothing of substance before a header block: at most two short lines without digits."""
    content = [line.strip() for line in lines if line.strip()]
    if not content:
        return True
    short = len(content) <= 2 and sum(len(line) for line in content) <= 80 and not any(re.search(r"\d", line) for line in content)
    pointing = re.search(
        r"[:：]\s*$|\b(?:fyi|fw|fwd|forward(?:ed|ing)?|see\s+(?:below|the)|below|parse|read|check|look at)\b|转发|如下|看一下|请看|帮我看",
        " ".join(content), re.I,
    )
    return short and bool(pointing)


def _cut_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    """Lines before the last sign-off, and the sign-off with what follows (P.S. lines kept)."""
    sign_off = None
    for index, line in enumerate(lines):
        if SIGN_OFFS.match(line) and index > 0:
            rest = [l for l in lines[index + 1 : index + 12] if l.strip()]
            # a sign-off is followed by a short block (name, title, company), not by paragraphs
            if all(len(l.strip()) <= 90 for l in rest[:4]):
                sign_off = index
                break
    if sign_off is None:
        return lines, []
    body, signature = lines[:sign_off], lines[sign_off:]
    postscript: list[str] = []
    for offset, line in enumerate(signature):
        if POSTSCRIPT.match(line) or offset > 0 and _document_follows(signature, offset):
            postscript = signature[offset:]
            signature = signature[:offset]
            break
    return body + postscript, signature


def _document_follows(lines: list[str], index: int) -> bool:
    """A printed document below the sender's sign-off ("Best regards / Jana", then a rule line and
    the order acknowledgement itself): a rule of ten or more = - _ signs followed by a table, rows
    with figures in three or more columns. It is the message's content, not the signature."""
    if not re.fullmatch(r"\s*[=_-]{10,}\s*", lines[index]):
        return False
    rows = [line for line in lines[index + 1 :] if re.search(r"\d", line) and len(re.split(r"\s{2,}|\t|\s\|\s", line.strip())) >= 3]
    return len(rows) >= 2
