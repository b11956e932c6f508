"""Turns help texts from the form files into safe HTML, and asks the main window to show a topic."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QWidget

from barnearket.domain.forms.catalogs import HelpTopic

SCHEME = "hjelp:"
"""Links between help topics look like «hjelp:taushetsplikt_parorende»."""
SHEET_TOPIC = "samtaleemne:"
"""«samtaleemne:everyday» asks for the help topic that belongs to a topic of the sheet."""


def body_html(body: str) -> str:
    """Paragraphs split by blank lines; lines starting with «- » become a bulleted list."""
    parts: list[str] = []
    for block in body.strip().split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        bullets = [line[2:] for line in lines if line.startswith("- ")]
        plain = [line for line in lines if not line.startswith("- ")]
        if plain:
            parts.append(f"<p>{html.escape(' '.join(plain))}</p>")
        if bullets:
            parts.append("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in bullets) + "</ul>")
    return "".join(parts)


def topic_html(topic: HelpTopic) -> str:
    """A topic with its title as a heading."""
    return f"<h2>{html.escape(topic.title)}</h2>{body_html(topic.body)}"


def inline_help_html(question_help: str, topic: HelpTopic, open_label: str) -> str:
    """The help under a question: its own line, then the topic it belongs to and a link to the window."""
    link = f'<a href="{SCHEME}{html.escape(topic.id)}">{html.escape(open_label)}</a>'
    return (f"<p>{html.escape(question_help)}</p><p><b>{html.escape(topic.title)}</b></p>"
            f"{body_html(topic.body)}<p>{link}</p>")


def request_help(widget: QWidget, link: str = "") -> bool:
    """Ask the widget's window to open the help at a topic («hjelp:id» or an id); False if it cannot."""
    opener = getattr(widget.window(), "show_help", None)
    if not callable(opener):
        return False
    opener(link.removeprefix(SCHEME) or None)
    return True
