"""The look of the sheet and concern panels: calm colours, clear states, nothing that shouts but overdue."""

from __future__ import annotations

PANEL_STYLE = """
QLabel#panelTitle { font-size: 15pt; font-weight: bold; }
QLabel#panelStatus, QLabel#childrenSummary, QLabel#shortcutHint, QLabel#topicProgress { color: #555; }
QLabel#sectionHeading { font-size: 12pt; font-weight: bold; margin-top: 8px; }
QLabel#sectionIntro { color: #3b4a1d; background: #f3f7e6; border: 1px solid #c9d6a3;
    border-radius: 4px; padding: 6px; }
QLabel#questionLabel { font-weight: bold; }
QLabel#requiredMarker { color: #a3121f; font-weight: bold; }
QLabel#helpText { color: #1f3a5f; background: #eef4fb; border: 1px solid #b9cde6;
    border-radius: 4px; padding: 6px; }
QLabel#previousAnswer { color: #6b5a00; font-style: italic; }
QLabel#missingHeading, QLabel#notesHeading { font-weight: bold; }
QLabel#errorText { color: #8a1020; }
QFrame#topicCard { background: #fbfaf6; border: 1px solid #d8d3c4; border-radius: 6px; }
QFrame#topicCard:focus { border: 2px solid #2d6cb3; }
QLabel#topicTitle { font-weight: bold; font-size: 11pt; }
QLabel#topicPrompt { color: #333; }
QPushButton#modeButton { padding: 5px 12px; }
QPushButton#modeButton:checked { background: #2d6cb3; color: white; border: 1px solid #1f4f86; }
QPushButton#primaryButton { background: #2d6cb3; color: white; border: 1px solid #1f4f86;
    border-radius: 3px; padding: 5px 14px; font-weight: bold; }
QPushButton#primaryButton:disabled { background: #9db6d3; }
QPushButton#stepButton { text-align: left; padding: 6px 8px; border: 1px solid #c8c8c8;
    border-radius: 4px; background: #f7f7f7; }
QPushButton#stepButton[state="done"] { background: #e9f4e6; border-color: #9cc792; }
QPushButton#stepButton[state="missing"] { background: #fff6e0; border-color: #e0b656; }
QPushButton#stepButton[state="current"] { font-weight: bold; border: 2px solid #2d6cb3; }
QPushButton#stepButton:checked { background: #2d6cb3; color: white; border-color: #1f4f86; }
QLabel#deadline { font-size: 11pt; font-weight: bold; color: #1f3a5f; padding: 4px 8px; }
QLabel#deadline[overdue="true"] { color: white; background: #b3261e; border-radius: 4px; }
"""
