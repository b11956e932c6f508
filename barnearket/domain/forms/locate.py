"""Finds the line of a key path in TOML source text, so semantic errors can name a line."""

from __future__ import annotations

from barnearket.domain.forms.errors import Loc

_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_SCALAR_END = frozenset(",]}#\n")


def line_of(source: str, loc: Loc) -> int:
    """The 1-based line where `loc` (or its nearest located parent) is defined; 1 if none."""
    lines = key_lines(source)
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return 1


def key_lines(source: str) -> dict[Loc, int]:
    """Map every key path, array-of-tables entry and inline array element to its line."""
    scanner = _Scanner(source)
    scanner.document()
    return scanner.lines


class _Scanner:
    """A forgiving character scanner over an already valid TOML document."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.lines: dict[Loc, int] = {}
        self._aot: dict[Loc, int] = {}

    @property
    def line(self) -> int:
        return self.text.count("\n", 0, self.pos) + 1

    def peek(self, n: int = 1) -> str:
        return self.text[self.pos : self.pos + n]

    def record(self, loc: Loc) -> None:
        self.lines.setdefault(loc, self.line)

    def document(self) -> None:
        table: Loc = ()
        while self.skip_blank():
            start = self.pos
            if self.peek() == "[":
                table = self.header()
            else:
                key = (*table, *self.key_parts())
                self.record(key)
                self.skip_spaces()
                self.pos += 1  # the "="
                self.value(key)
            if self.pos == start:  # never loop in place on something unexpected
                self.pos += 1

    def header(self) -> Loc:
        line = self.line
        many = self.peek(2) == "[["
        self.pos += 2 if many else 1
        names = self.key_parts()
        end = self.text.find("\n", self.pos)
        self.pos = len(self.text) if end < 0 else end
        if not many:
            loc = self.resolve(names)
        else:
            key = (*self.resolve(names[:-1]), names[-1])
            self.lines.setdefault(key, line)
            self._aot[key] = self._aot.get(key, 0) + 1
            loc = (*key, self._aot[key] - 1)
        self.lines.setdefault(loc, line)
        return loc

    def resolve(self, names: list[str]) -> Loc:
        path: Loc = ()
        for name in names:
            path = (*path, name)
            if path in self._aot:
                path = (*path, self._aot[path] - 1)
        return path

    def key_parts(self) -> list[str]:
        parts: list[str] = []
        while True:
            self.skip_spaces()
            if self.peek() in ('"', "'"):
                start = self.pos + 1
                self.string()
                parts.append(self.text[start : self.pos - 1])
            else:
                start = self.pos
                while self.peek() in _BARE:
                    self.pos += 1
                parts.append(self.text[start : self.pos])
            self.skip_spaces()
            if self.peek() != ".":
                return parts
            self.pos += 1

    def value(self, loc: Loc) -> None:
        self.skip_spaces()
        opener = self.peek()
        if opener == "[":
            self.array(loc)
        elif opener == "{":
            self.inline_table(loc)
        elif opener in ('"', "'"):
            self.string()
        else:
            while self.pos < len(self.text) and self.peek() not in _SCALAR_END:
                self.pos += 1

    def array(self, loc: Loc) -> None:
        self.pos += 1
        index = 0
        while self.skip_blank() and self.peek() != "]":
            if self.peek() == ",":
                self.pos += 1
                index += 1
                continue
            self.record((*loc, index))
            self.value((*loc, index))
        self.pos += 1

    def inline_table(self, loc: Loc) -> None:
        self.pos += 1
        while self.skip_blank() and self.peek() != "}":
            if self.peek() == ",":
                self.pos += 1
                continue
            key = (*loc, *self.key_parts())
            self.record(key)
            self.skip_spaces()
            self.pos += 1  # the "="
            self.value(key)
        self.pos += 1

    def string(self) -> None:
        quote = self.peek()
        triple = self.peek(3) == quote * 3
        self.pos += 3 if triple else 1
        while self.pos < len(self.text):
            if quote == '"' and self.peek() == "\\":
                self.pos += 2
            elif triple and self.peek(3) == quote * 3:
                self.pos += 3
                while self.peek() == quote:
                    self.pos += 1
                return
            elif not triple and self.peek() == quote:
                self.pos += 1
                return
            else:
                self.pos += 1

    def skip_spaces(self) -> None:
        while self.peek() in (" ", "\t"):
            self.pos += 1

    def skip_blank(self) -> bool:
        """Skip whitespace, newlines and comments; False at the end of the text."""
        while self.pos < len(self.text):
            char = self.peek()
            if char == "#":
                end = self.text.find("\n", self.pos)
                self.pos = len(self.text) if end < 0 else end
            elif char in " \t\r\n":
                self.pos += 1
            else:
                return True
        return False
