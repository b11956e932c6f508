"""The help window: every help topic from the form files, searchable, readable without a network."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.forms.catalogs import HelpFile, HelpTopic
from barnearket.domain.forms.guidance import search
from barnearket.ui.helptext import SCHEME, topic_html

LINKS_TOPIC = "veiledere"
"""The topic under which the guideline links and the municipality's action guide are listed."""
_ID = Qt.ItemDataRole.UserRole


class HelpWindow(QDialog):
    """A list of topics to the left (filtered by the search field) and the chosen topic to the right.

    Attributes:
        search_field: the search box; every word must appear in a topic for it to be listed.
        topics: the topics found.
        text: the chosen topic.
    """

    def __init__(self, helps: HelpFile, action_guide: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._helps, self._action_guide = helps, action_guide.strip()
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Hjelp og veiledning"))
        self.setModal(False)
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("For eksempel «taushetsplikt» eller «samtykke»"))
        self.search_field.setClearButtonEnabled(True)
        self.topics = QListWidget(self)
        self.topics.setAccessibleName(self.tr("Hjelpeemner"))
        self.topics.setWordWrap(True)
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Hjelpetekst"))
        self.empty = QLabel(self.tr("Ingen emner passer søket."), self)
        self.empty.hide()
        self._lay_out()
        self.search_field.textChanged.connect(self._filter)
        self.topics.currentItemChanged.connect(self._chosen)
        self.text.anchorClicked.connect(self._follow)
        self._filter("")

    def sizeHint(self) -> QSize:
        return QSize(960, 620)

    def _lay_out(self) -> None:
        label = QLabel(self.tr("&Søk i hjelpen:"), self)
        label.setBuddy(self.search_field)
        left = QVBoxLayout()
        left.addWidget(label)
        left.addWidget(self.search_field)
        left.addWidget(self.topics, 1)
        left.addWidget(self.empty)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.text, 5)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Lukk"))
        buttons.rejected.connect(self.close)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(buttons)

    def show_topic(self, topic_id: str | None) -> None:
        """Show one topic (the first one if the id is None or unknown), clearing a search that hides it."""
        known = {t.id for t in self._helps.topics}
        wanted: str = topic_id if topic_id is not None and topic_id in known else self._helps.topics[0].id
        if self._row_of(wanted) is None:
            self.search_field.clear()
        row = self._row_of(wanted)
        if row is not None:
            self.topics.setCurrentRow(row)

    def current_topic(self) -> str | None:
        """The id of the topic shown."""
        item: QListWidgetItem | None = self.topics.currentItem()
        return str(item.data(_ID)) if item is not None else None

    def _row_of(self, topic_id: str) -> int | None:
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            if item.data(_ID) == topic_id:
                return row
        return None

    def _filter(self, query: str) -> None:
        found = search(self._helps, query)
        current = self.current_topic()
        self.topics.clear()
        for topic in found:
            item = QListWidgetItem(topic.title, self.topics)
            item.setData(_ID, topic.id)
        self.empty.setVisible(not found)
        if found:
            row = self._row_of(current) if current else None
            self.topics.setCurrentRow(row if row is not None else 0)
        else:
            self.text.clear()

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        topic = next(t for t in self._helps.topics if t.id == item.data(_ID))
        self.text.setHtml(topic_html(topic) + self._links(topic))

    def _links(self, topic: HelpTopic) -> str:
        if topic.id != LINKS_TOPIC:
            return ""
        rows = [self._link_row(link.label, link.url, link.help or "") for link in self._helps.links]
        if self._action_guide:
            rows.append(self._link_row(self.tr("Kommunens handlingsveileder"), self._action_guide, ""))
        else:
            rows.append("<li>" + html.escape(self.tr(
                "Kommunens handlingsveileder er ikke lagt inn ennå. Spør administrator.")) + "</li>")
        return "<ul>" + "".join(rows) + "</ul>"

    @staticmethod
    def _link_row(label: str, address: str, note: str) -> str:
        target = html.escape(address, quote=True)
        extra = f"<br>{html.escape(note)}" if note else ""
        shown = f"<tt>{html.escape(address)}</tt>"
        return f'<li><a href="{target}">{html.escape(label)}</a><br>{shown}{extra}</li>'

    def _follow(self, url: QUrl) -> None:
        address = url.toString()
        if address.startswith(SCHEME):
            self.show_topic(address.removeprefix(SCHEME))
            return
        QDesktopServices.openUrl(url if url.scheme() else QUrl.fromLocalFile(address))
