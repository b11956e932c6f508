"""Conversation mode: the topics as prompts to glance at while talking, in no forced order."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from barnearket.domain.forms import Topic
from barnearket.ui.helptext import SHEET_TOPIC, request_help

_COLUMNS = 3


class TopicCard(QFrame):
    """One topic: its name, the prompt, and how much of it is answered; Enter opens its questions.

    Signals:
        activated(str): the topic id.
    """

    activated = Signal(str)

    def __init__(self, topic: Topic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = topic
        self.setObjectName("topicCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(topic.label)
        self.setAccessibleDescription(topic.prompt)
        self.setToolTip(self.tr("Enter eller klikk: fyll ut spørsmålene om dette temaet"))
        title = QLabel(topic.label, self)
        title.setObjectName("topicTitle")
        title.setWordWrap(True)
        prompt = QLabel(topic.prompt, self)
        prompt.setObjectName("topicPrompt")
        prompt.setWordWrap(True)
        prompt.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.progress = QLabel(self)
        self.progress.setObjectName("topicProgress")
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(3)
        column.addWidget(title)
        column.addWidget(prompt, 1)
        column.addWidget(self.progress)

    def set_progress(self, answered: int, shown: int) -> None:
        """Show how many of the topic's questions are answered."""
        if shown == 0:
            self.progress.setText("")
            return
        text = self.tr("%1 av %2 besvart").replace("%1", str(answered)).replace("%2", str(shown))
        self.progress.setText(("✓ " if answered == shown else "") + text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.topic.id)
            return
        super().keyPressEvent(event)

    def help_here(self) -> bool:
        """F1 on a topic card: the conversation prompts for this topic in the help window."""
        return request_help(self, SHEET_TOPIC + self.topic.id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.topic.id)
        super().mouseReleaseEvent(event)


class ConversationView(QScrollArea):
    """Topic cards in a grid, with a short reminder of how the conversation is held.

    Signals:
        topic_chosen(str): the worker wants to fill in this topic's questions.
    """

    topic_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[str, TopicCard] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)
        intro = QLabel(
            self.tr(
                "Ta deg god tid og snakk fritt. Temaene er stikkord, ikke en rekkefølge. "
                "Skriv notater til høyre, og fyll ut arket mot slutten av samtalen."
            ),
            body,
        )
        intro.setObjectName("sectionIntro")
        intro.setWordWrap(True)
        column.addWidget(intro)
        self._grid = QGridLayout()
        self._grid.setSpacing(8)
        column.addLayout(self._grid)
        column.addStretch(1)
        self._body = body
        self.setWidget(body)

    def set_topics(self, topics: tuple[Topic, ...]) -> None:
        """Lay out one card per topic."""
        for card in self.cards.values():
            card.deleteLater()
        self.cards = {}
        for index, topic in enumerate(topics):
            card = TopicCard(topic, self._body)
            card.activated.connect(self.topic_chosen)
            self._grid.addWidget(card, index // _COLUMNS, index % _COLUMNS)
            self.cards[topic.id] = card

    def set_progress(self, progress: Mapping[str, tuple[int, int]]) -> None:
        """Show how far each topic has come."""
        for topic_id, card in self.cards.items():
            card.set_progress(*progress.get(topic_id, (0, 0)))
