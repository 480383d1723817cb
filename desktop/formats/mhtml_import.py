"""Pages saved as one file by Chromium-based browsers (.mhtml/.mht, MIME multipart/related).

Only the HTML part is read; images and styles inside are ignored. Decoding base64 or
quoted-printable only ever shrinks the data, so the size limit on the file bounds the page too.
"""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from desktop.formats.candidate import ImportCandidate, read_bytes_limited, web_url
from desktop.formats.errors import ImportRefused, format_texts
from desktop.formats.html_import import read_html_bytes
from desktop.formats.html_safety import sniff_binary
from desktop.formats.plain_text import ReadOptions


def html_part(data: bytes) -> tuple[bytes, str | None, str]:
    """(HTML bytes, declared charset, page URL) of the page inside an MHTML file."""
    binary = sniff_binary(data)
    if binary:
        raise ImportRefused(format_texts.tr("{what}, not a saved page", what=binary))
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise ImportRefused(format_texts.tr("not an MHTML page (no MIME parts)"))
    url = (message.get("Snapshot-Content-Location") or "").strip()
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes) or not payload.strip():
                raise ImportRefused(format_texts.tr("the HTML part of the MHTML file is empty"))
            url = url or (part.get("Content-Location") or "").strip()
            return payload, part.get_content_charset(), url
    raise ImportRefused(format_texts.tr("no HTML page inside this MHTML file"))


def read_mhtml_bytes(data: bytes, name: str, options: ReadOptions | None = None) -> ImportCandidate:
    if not data.strip():
        raise ImportRefused(format_texts.tr("the file is empty"))
    page, charset, url = html_part(data)
    return read_html_bytes(
        page,
        name,
        encoding=getattr(options, "encoding", None),
        declared=charset,
        url=web_url(url),
        media_type="multipart/related",
        original=data,
    )


def read_mhtml_file(path: Path, options: ReadOptions | None = None) -> ImportCandidate:
    return read_mhtml_bytes(read_bytes_limited(path), str(path), options)
