"""Broken definition files are rejected with the file name, the right line and the problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from barnearket.domain.forms import FormError, load_library

MARK = "# HERE"

HEAD = """\
id = "test"
version = 1
kind = "sheet"
title = "Test"

[[topics]]
id = "t"
label = "Tema"
prompt = "Spør om noe."
"""


def mark(text: str, old: str, *, last: bool = False) -> str:
    """Put the marker at the end of the line where `old` occurs (the first or the last time)."""
    at = text.rindex(old) if last else text.index(old)
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return text[:end] + "  " + MARK + text[end:]


def section(section_id: str = "s", extra: str = "") -> str:
    return f'\n[[sections]]\nid = "{section_id}"\nlabel = "Del"\n{extra}'


def question(question_id: str, qtype: str = "yes_no", extra: str = "", *, header: str = "") -> str:
    return (
        f"\n[[sections.questions]]{header}\n"
        f'id = "{question_id}"\ntype = "{qtype}"\nlabel = "Spørsmål"\nhelp = "Hjelp"\ntopic = "t"\n{extra}'
    )


SHEET = HEAD + section() + question("q1")

SCALE = """\
id = "skala"
version = 1
kind = "scale"
title = "Skala"
subject = "child"

[[bands]]
id = "lav"
label = "Lav"

[[levels]]  # HERE
id = "en"
value = 1
band = "lav"
label = "En"
description = "Første."

[[levels]]
id = "to"
value = 2
band = "lav"
label = "To"
description = "Andre."
"""

RULES = """\
id = "regler"
version = 1
kind = "rules"
title = "Regler"

[[rules]]
id = "decision_days"
label = "Frist"
help = "Dager."
value = 14
unit = "dager"
"""

ITEMS = """\
id = "liste"
version = {version}
kind = "{kind}"
title = "Liste"

[[items]]
id = "a"
label = "A"

[[items]]
id = "b"
label = "B"
"""

STEPS = """\
id = "steg"
version = 1
kind = "steps"
title = "Steg"

[[steps]]
id = "first"
number = 1
label = "Første"
why = "Fordi."
done_when = { question = "a", answered = true }

[[steps.questions]]
id = "a"
type = "date"
label = "Dato"
help = "Hjelp"

[[steps]]
id = "second"
number = 2
label = "Andre"
why = "Fordi."
done_when = { question = "b", answered = true }

[[steps.questions]]
id = "b"
type = "text"
label = "Tekst"
help = "Hjelp"
"""


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expected: str
    others: dict[str, str] = field(default_factory=dict)


CASES = [
    Case("toml_syntax", SHEET + f'\nbroken = "no end  {MARK}\n', "ugyldig TOML"),
    Case(
        "unknown_top_key", SHEET.replace('title = "Test"', f'titel = "Test"  {MARK}'), "ukjent nøkkel 'titel'"
    ),
    Case("unknown_question_key", SHEET + f'lable = "x"  {MARK}\n', "ukjent nøkkel 'lable'"),
    Case(
        "unknown_type",
        mark(HEAD + section() + question("q1", "txt"), 'type = "txt"'),
        "ukjent spørsmålstype 'txt'",
    ),
    Case(
        "missing_label",
        HEAD
        + section()
        + f'\n[[sections.questions]]  {MARK}\nid = "q1"\ntype = "text"\nhelp = "H"\ntopic = "t"\n',
        "mangler 'label'",
    ),
    Case(
        "blank_help",
        (HEAD + section() + question("q1")).replace('help = "Hjelp"', f'help = "  "  {MARK}'),
        "'help' kan ikke være tom",
    ),
    Case(
        "duplicate_question_id",
        mark(HEAD + section() + question("q1") + question("q1"), 'id = "q1"', last=True),
        "id 'q1' er brukt før i denne filen (første gang på linje 16)",
    ),
    Case(
        "choice_without_options",
        mark(HEAD + section() + question("q1", "choice"), 'type = "choice"'),
        "'choice' trenger 'options' eller 'options_from'",
    ),
    Case(
        "single_option",
        SHEET + question("q2", "choice", f'options = [{{ id = "ja", label = "Ja" }}]  {MARK}\n'),
        "minst to svaralternativer",
    ),
    Case(
        "options_on_yes_no",
        SHEET + question("q2", "yes_no", f'options_from = "liste"  {MARK}\n'),
        "kan ikke ha 'options_from'",
    ),
    Case(
        "max_length_on_date",
        SHEET + question("q2", "date", f"max_length = 10  {MARK}\n"),
        "'max_length' gjelder bare",
    ),
    Case("unknown_topic", SHEET.replace('topic = "t"', f'topic = "x"  {MARK}'), "temaet 'x' finnes ikke"),
    Case(
        "options_from_unknown_file",
        SHEET + question("q2", "choice", f'options_from = "finnes_ikke"  {MARK}\n'),
        "viser til 'finnes_ikke', som ikke finnes",
    ),
    Case(
        "options_from_wrong_kind",
        SHEET + question("q2", "choice", f'options_from = "regler"  {MARK}\n'),
        "kan ikke gi svaralternativer",
        {"regler.toml": RULES},
    ),
    Case(
        "service_list_from_categories",
        SHEET + question("q2", "service_list", f'options_from = "liste"  {MARK}\n'),
        "service_list trenger en fil med kind 'services'",
        {"liste.toml": ITEMS.format(version=1, kind="categories")},
    ),
    Case(
        "condition_unknown_question",
        SHEET + question("q2", extra=f'when = {{ question = "q9", equals = "ja" }}  {MARK}\n'),
        "'q9' finnes ikke",
    ),
    Case(
        "condition_later_question",
        SHEET
        + question("q2", extra=f'when = {{ question = "q3", equals = "ja" }}  {MARK}\n')
        + question("q3"),
        "'q3' kommer senere",
    ),
    Case(
        "condition_on_itself",
        SHEET + question("q2", extra=f'when = {{ question = "q2", equals = "ja" }}  {MARK}\n'),
        "betingelse på seg selv",
    ),
    Case(
        "condition_out_of_scope",
        HEAD
        + section("barn", "per_child = true\n")
        + question("c1")
        + section("slutt")
        + question("q2", extra=f'when = {{ question = "c1", equals = "ja" }}  {MARK}\n'),
        "fylles ut for hvert barn",
    ),
    Case(
        "condition_invalid_option",
        SHEET + question("q2", extra=f'when = {{ question = "q1", in = ["ja", "kanskje"] }}  {MARK}\n'),
        "'kanskje' er ikke et svaralternativ for 'q1' (gyldige: ja, nei)",
    ),
    Case(
        "condition_invalid_option_multiline",
        SHEET
        + question("q2")
        + question(
            "q3",
            extra='when = { any = [\n  { question = "q1", equals = "ja" },\n'
            f'  {{ question = "q2", equals = "uavklart" }},  {MARK}\n] }}\n',
        ),
        "'uavklart' er ikke et svaralternativ for 'q2'",
    ),
    Case(
        "condition_invalid_option_from_other_file",
        SHEET
        + question("q2", "choice", 'options_from = "liste"\n')
        + question("q3", extra=f'when = {{ question = "q2", equals = "c" }}  {MARK}\n'),
        "'c' finnes ikke i 'liste'",
        {"liste.toml": ITEMS.format(version=1, kind="categories")},
    ),
    Case(
        "condition_value_on_text",
        SHEET
        + question("q2", "text")
        + question("q3", extra=f'when = {{ question = "q2", equals = "x" }}  {MARK}\n'),
        "har ingen svaralternativer",
    ),
    Case(
        "condition_two_tests",
        SHEET
        + question("q2", extra=f'when = {{ question = "q1", equals = "ja", answered = true }}  {MARK}\n'),
        "nøyaktig én av",
    ),
    Case(
        "condition_empty_all",
        SHEET + question("q2", extra=f"when = {{ all = [] }}  {MARK}\n"),
        "minst én betingelse",
    ),
    Case(
        "version_zero",
        SHEET.replace("version = 1", f"version = 0  {MARK}"),
        "'version' skal være et helt tall fra 1",
    ),
    Case(
        "version_text",
        SHEET.replace("version = 1", f'version = "1"  {MARK}'),
        "'version' skal være et helt tall",
    ),
    Case("unknown_kind", SHEET.replace('kind = "sheet"', f'kind = "skjema"  {MARK}'), "ukjent kind 'skjema'"),
    Case("required_not_bool", SHEET + f'required = "ja"  {MARK}\n', "'required' skal være true eller false"),
    Case("bad_id", SHEET.replace('id = "q1"', f'id = "Har barn"  {MARK}'), "'Har barn' er ikke en gyldig id"),
    Case(
        "step_condition_on_another_step",
        mark(
            STEPS.replace('{ question = "b", answered', '{ question = "a", answered'),
            'question = "a", answered',
            last=True,
        ),
        "hører til steget 'first'",
    ),
    Case(
        "step_number_out_of_order",
        mark(STEPS.replace("number = 2", "number = 3"), "number = 3"),
        "her ventet 2",
    ),
    Case(
        "step_without_done_when",
        STEPS.replace('done_when = { question = "b", answered = true }\n', "").replace(
            '[[steps]]\nid = "second"', f'[[steps]]  {MARK}\nid = "second"'
        ),
        "mangler 'done_when'",
    ),
    Case(
        "topic_in_steps",
        mark(STEPS.replace('label = "Tekst"', 'label = "Tekst"\ntopic = "t"'), 'topic = "t"'),
        "ukjent nøkkel 'topic'",
    ),
    Case("scale_without_threshold", SCALE, "minst ett nivå må ha reporting_threshold"),
    Case(
        "outcome_report_needing_consent",
        'id = "utfall"\nversion = 1\nkind = "outcomes"\ntitle = "Utfall"\n'
        '[[outcomes]]\nid = "a"\nlevel = 0\nlabel = "A"\nhelp = "H"\n'
        '[[outcomes]]\nid = "b"\nlevel = 1\nlabel = "B"\nhelp = "H"\nis_report = true\n'
        f"requires_consent = true  {MARK}\n",
        "en melding kan ikke kreve samtykke",
    ),
    Case(
        "rule_out_of_range",
        RULES.replace("value = 14", f"value = 400  {MARK}").replace(
            'unit = "dager"', 'unit = "dager"\nmax = 90'
        ),
        "verdien 400 er utenfor 0-90",
    ),
    Case(
        "duplicate_version_in_folder",
        ITEMS.format(version=1, kind="categories").replace("version = 1", f"version = 1  {MARK}"),
        "'liste' versjon 1 finnes også i a_first.toml",
        {"a_first.toml": ITEMS.format(version=1, kind="categories")},
    ),
    Case(
        "kind_changes_between_versions",
        ITEMS.format(version=2, kind="purposes").replace('kind = "purposes"', f'kind = "purposes"  {MARK}'),
        "alle versjoner av en id må ha samme kind",
        {"a_first.toml": ITEMS.format(version=1, kind="categories")},
    ),
]


def marked_line(text: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if MARK in line)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_file_is_rejected_naming_file_line_and_problem(tmp_path: Path, case: Case) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(case.text, encoding="utf-8")
    for name, text in case.others.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(FormError) as caught:
        load_library([tmp_path])
    error = caught.value
    assert error.path == path
    assert error.line == marked_line(case.text), str(error)
    assert case.expected in error.problem
    assert str(error).startswith(f"{path}:{error.line}: ")


def test_every_case_is_a_different_kind_of_breakage() -> None:
    assert len({c.name for c in CASES}) == len(CASES) >= 10


def test_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(SHEET.encode("latin-1"))
    with pytest.raises(FormError) as caught:
        load_library([tmp_path])
    first_non_ascii = next(n for n, line in enumerate(SHEET.splitlines(), 1) if not line.isascii())
    assert caught.value.line == first_non_ascii
    assert "UTF-8" in caught.value.problem


def test_byte_order_mark_from_windows_editors_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "bom.toml").write_bytes(b"\xef\xbb\xbf" + SHEET.encode("utf-8"))
    assert load_library([tmp_path]).latest("test").title == "Test"


def test_missing_folder_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "finnes_ikke"
    with pytest.raises(FormError, match="finnes ikke") as caught:
        load_library([missing])
    assert caught.value.path == missing
    assert caught.value.line is None


def test_library_missing_a_standard_file_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "test.toml").write_text(SHEET, encoding="utf-8")
    with pytest.raises(FormError, match="mangler standardfilen 'barnearket'"):
        load_library([tmp_path], require_standard=True)
