"""Simple CSS selectors (tag, #id, .class, [attr], [attr=|^=|$=|*=value]) over an element index.

soupsieve is thorough but walks the whole tree for every selector on every call; the page
parsers only need simple selectors. `ElementIndex` walks a page once, files its elements by
tag, class and attribute, and answers each selector from the smallest matching file.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bs4.element import Tag

SIMPLE_PART = re.compile(
    r"(?P<tag>^[a-zA-Z][a-zA-Z0-9]*)"
    r"|#(?P<id>[-\w]+)"
    r"|\.(?P<cls>[-\w]+)"
    r"|\[(?P<attr>[-\w]+)(?:(?P<op>[\^$*]?=)(?P<value>[^\]]+))?\]"
)


@dataclass(frozen=True)
class Condition:
    """One part of a simple selector: kind is "tag", "class" or "attr"."""

    kind: str
    name: str
    op: str = ""
    value: str = ""

    def holds(self, tag: Tag) -> bool:
        """Does the element satisfy this condition?"""
        if self.kind == "tag":
            return tag.name == self.name
        if self.kind == "class":
            return self.name in tag.get_attribute_list("class")
        actual = tag.get(self.name)
        if actual is None:
            return False
        text = " ".join(actual) if isinstance(actual, list) else str(actual)
        if self.op == "=":
            return text == self.value
        if self.op == "^=":
            return text.startswith(self.value)
        if self.op == "$=":
            return text.endswith(self.value)
        if self.op == "*=":
            return self.value in text
        return True


@dataclass(frozen=True)
class Selector:
    """A compiled comma-separated list of simple selectors (no combinators)."""

    source: str
    alternatives: tuple[tuple[Condition, ...], ...]

    @classmethod
    def compile(cls, source: str) -> Selector:
        """'tr.ms-WPHeader, [id^=WebPart]' -> a Selector; ValueError on any other syntax."""
        return cls(source, tuple(_compile_simple(part.strip()) for part in source.split(",")))

    def matches(self, tag: Tag) -> bool:
        """Does the element match any of the alternatives?"""
        return any(all(c.holds(tag) for c in conditions) for conditions in self.alternatives)

    def select(self, root: Tag) -> list[Tag]:
        """Matching elements under root (root excluded), in document order (one walk)."""
        return [tag for tag in root.find_all(True) if self.matches(tag)]

    def select_one(self, root: Tag) -> Tag | None:
        """The first matching element under root, or None."""
        return next((tag for tag in root.find_all(True) if self.matches(tag)), None)


# bs4's find()/find_all()/find_parent() build a filter object on every call; on the hot
# paths of the extraction a plain walk is several times faster.
def elements(tag: Tag, names: frozenset[str] | None = None) -> Iterator[Tag]:
    """Descendant elements of tag (only those with one of these names), in document order."""
    return (
        node
        for node in tag.descendants
        if isinstance(node, Tag) and (names is None or node.name in names)
    )


def ancestor(tag: Tag, names: frozenset[str]) -> Tag | None:
    """The nearest ancestor of tag with one of these names, or None."""
    return next((parent for parent in tag.parents if parent.name in names), None)


def is_removed(tag: Tag) -> bool:
    """Has the element been decomposed (with an ancestor or itself)?"""
    # Not `tag.decomposed`: on a live Tag it reads a missing attribute, which bs4 answers by
    # searching the subtree for a child element of that name, on every call.
    return bool(vars(tag).get("_decomposed", False))


class ElementMatcher:
    """A Selector tested on lxml elements in one pass: single-part alternatives (a tag, an id,
    a class) are set lookups, only the others are tested part by part."""

    def __init__(self, selector: Selector) -> None:
        self.tags: set[str] = set()
        self.ids: set[str] = set()
        self.classes: set[str] = set()
        # The other alternatives, filed under one attribute each must carry ("class", "id"...).
        self.others: dict[str, list[tuple[Condition, ...]]] = defaultdict(list)
        for conditions in selector.alternatives:
            if len(conditions) != 1:
                self.others[_attribute_needed(conditions)].append(conditions)
                continue
            (condition,) = conditions
            if condition.kind == "tag":
                self.tags.add(condition.name)
            elif condition.kind == "class":
                self.classes.add(condition.name)
            elif condition.name == "id" and condition.op == "=":
                self.ids.add(condition.value)
            else:
                self.others[_attribute_needed(conditions)].append(conditions)

    def select(self, root: Any) -> list[Any]:
        """Matching lxml elements under root (root included), in document order."""
        return [element for element in root.iter() if self._matches(element)]

    def matches(self, element: Any) -> bool:
        """Does this lxml element match?"""
        return self._matches(element)

    def _matches(self, element: Any) -> bool:
        tag = element.tag
        if not isinstance(tag, str):  # comments and processing instructions
            return False
        if tag in self.tags:
            return True
        attributes = element.attrib
        if not attributes:  # every other alternative names an id, a class or an attribute
            return False
        if attributes.get("id") in self.ids:
            return True
        classes = (attributes.get("class") or "").split()
        if not self.classes.isdisjoint(classes):
            return True
        for name in attributes:
            for alternative in self.others.get(name, ()):
                if all(_holds_lxml(c, element, classes) for c in alternative):
                    return True
        return False


def _attribute_needed(conditions: tuple[Condition, ...]) -> str:
    """An attribute every element matching these conditions carries."""
    for condition in conditions:
        if condition.kind != "tag":
            return "class" if condition.kind == "class" else condition.name
    raise ValueError("a tag-only alternative is matched by tag, not filed by attribute")


def _holds_lxml(condition: Condition, element: Any, classes: list[str]) -> bool:
    if condition.kind == "tag":
        return bool(element.tag == condition.name)
    if condition.kind == "class":
        return condition.name in classes
    actual = element.get(condition.name)
    if actual is None:
        return False
    value = condition.value
    if condition.op == "=":
        return bool(actual == value)
    if condition.op == "^=":
        return bool(actual.startswith(value))
    if condition.op == "$=":
        return bool(actual.endswith(value))
    if condition.op == "*=":
        return value in actual
    return True


class ElementIndex:
    """Every element of a page filed by tag, class and attribute name, in document order."""

    def __init__(self, root: Tag) -> None:
        self.position: dict[int, int] = {}
        self.files: dict[tuple[str, str], list[Tag]] = defaultdict(list)
        for position, tag in enumerate(root.find_all(True)):
            self.position[id(tag)] = position
            self.files["tag", tag.name].append(tag)
            for name in tag.attrs:
                self.files["attr", name].append(tag)
            for name in tag.get_attribute_list("class"):
                if name:
                    self.files["class", name].append(tag)

    def select(self, selector: Selector) -> list[Tag]:
        """Elements matching the selector still in the page (not decomposed), in document order."""
        found: dict[int, Tag] = {}
        for conditions in selector.alternatives:
            for tag in min((self.files.get(_file_of(c), []) for c in conditions), key=len):
                if not is_removed(tag) and all(c.holds(tag) for c in conditions):
                    found[id(tag)] = tag
        return sorted(found.values(), key=lambda tag: self.position.get(id(tag), 0))

    def select_one(self, selector: Selector) -> Tag | None:
        """The first element matching the selector, or None."""
        matches = self.select(selector)
        return matches[0] if matches else None


def _file_of(condition: Condition) -> tuple[str, str]:
    return (condition.kind, condition.name)


def _compile_simple(source: str) -> tuple[Condition, ...]:
    conditions: list[Condition] = []
    position = 0
    while position < len(source):
        match = SIMPLE_PART.match(source, position)
        if match is None or match.end() == position:
            raise ValueError(f"unsupported selector: {source!r}")
        conditions.append(_condition(match))
        position = match.end()
    if not conditions:
        raise ValueError("empty selector")
    return tuple(conditions)


def _condition(match: re.Match[str]) -> Condition:
    if match.group("tag"):
        return Condition("tag", match.group("tag").lower())
    if match.group("id"):
        return Condition("attr", "id", "=", match.group("id"))
    if match.group("cls"):
        return Condition("class", match.group("cls"))
    value = (match.group("value") or "").strip("\"'")
    return Condition("attr", match.group("attr"), match.group("op") or "", value)
