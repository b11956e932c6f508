"""A municipality's own form folder, written the way its IT would: copies of shipped files, edited.

Used by the override tests (issue 15): a shorter deadline, one more category, a reworded and
reordered sheet and one more question in the observation step, with no change to the program.
"""

from __future__ import annotations

from pathlib import Path

from barnearket.domain.forms.paths import shipped_forms_dir

DECISION_DAYS = 10
NEW_CATEGORY = ("skjerm_natt", "Skjermbruk hele natten")
REWORDED = ("others_in_home", "Hvem andre bor fast eller ofte i hjemmet?")
MOVED_FIRST = "support_network"
"""Moved up before `others_in_home` in the municipality's sheet."""
ADDED_QUESTION = ("seen_by_others", "Har andre voksne sett det samme?")
ADDED_TEXT_QUESTION = ("who_else_saw", "Hvem andre så det?")

_ADDED = f'''
[[steps.questions]]
id = "{ADDED_QUESTION[0]}"
type = "yes_no"
label = "{ADDED_QUESTION[1]}"
help = "Svar ja hvis en kollega eller en annen voksen har lagt merke til det samme."

[[steps.questions]]
id = "{ADDED_TEXT_QUESTION[0]}"
type = "text"
label = "{ADDED_TEXT_QUESTION[1]}"
help = "Rollen er nok, for eksempel «læreren» eller «nattevakten»."
when = {{ question = "{ADDED_QUESTION[0]}", equals = "ja" }}
max_length = 200
'''

_CATEGORY = f'''
[[items]]
id = "{NEW_CATEGORY[0]}"
group = "barnet"
label = "{NEW_CATEGORY[1]}"
help = "Barnet er oppe med skjerm store deler av natten."
'''


def _shipped(name: str) -> str:
    return (shipped_forms_dir() / name).read_text(encoding="utf-8")


def _block(text: str, question_id: str) -> str:
    """One `[[sections.questions]]` block of the sheet, up to the next block."""
    start = text.index(f'[[sections.questions]]\nid = "{question_id}"')
    end = text.index("\n[[", start + 1)
    return text[start:end + 1]


def deadlines() -> str:
    """`frister` with a shorter decision deadline."""
    text = _shipped("frister.v1.toml")
    start = text.index('id = "decision_days"')
    return text[:start] + text[start:].replace("value = 14", f"value = {DECISION_DAYS}", 1)


def categories() -> str:
    """`kategorier` with one more category."""
    return _shipped("kategorier.v1.toml") + _CATEGORY


def sheet() -> str:
    """The sheet with one question reworded and another moved before it."""
    text = _shipped("barnearket.v1.toml")
    others, support = _block(text, REWORDED[0]), _block(text, MOVED_FIRST)
    reworded = others.replace('label = "Hvem andre bor i hjemmet?"', f'label = "{REWORDED[1]}"', 1)
    assert reworded != others
    text = text.replace(support, "", 1)
    return text.replace(others, support + "\n" + reworded, 1)


def steps() -> str:
    """The concern steps with two questions added to step 2 (observations)."""
    text = _shipped("bekymring.v1.toml")
    marker = '[[steps]]\nid = "share"'
    before = text.rindex("# ----", 0, text.index(marker))
    return text[:before] + _ADDED.lstrip() + "\n" + text[before:]


def write_folder(folder: Path) -> Path:
    """Write the municipality's four files into `folder` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("frister.v1.toml", deadlines()), ("kategorier.v1.toml", categories()),
                       ("barnearket.v1.toml", sheet()), ("bekymring.v1.toml", steps())):
        (folder / name).write_text(text, encoding="utf-8")
    return folder
