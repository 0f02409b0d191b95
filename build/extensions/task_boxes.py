"""A Markdown extension: task lists become checklists a person can tick, per interview.

Each ``- [ ]`` item becomes a real check box labelled by the item's own text, with a stable
id that the browser (``page/checklist.js``) saves the tick under, in the chosen interview's record.
The boxes are rendered disabled: without the browser side (no JavaScript, or no interview
chosen yet) they are a printed list to tick by hand, and the page says why.

An item's id is the ``{#id}`` written at the end of its line, when there is one, else a slug
of its words ("Thank them for their time." is ``thank-them-for-their-time``). Rewording an
item without a ``{#id}`` gives it a new id, so its old ticks no longer show (they stay saved,
harmless); the items the worksheets tick for the person (:mod:`worksheets.sheets.checklist`) carry an
explicit ``{#id}`` so a publisher can reword them freely. Ids are the same on every page, so
one task written on two pages shares its tick.

Listed as ``build.extensions.task_boxes`` under ``markdown_extensions`` (before ``pymdownx.tasklist``
runs: it finds nothing left to do), so every engine applies it, MkDocs and Zensical alike.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from worksheets.core.fields import TICK_ID, TICK_ID_LENGTH
from worksheets.sheets.interview import slug

_BOX = re.compile(r"^\s*\[(?P<state>[ xX])\]\s+(?P<text>.*)$", re.S)
_MARK = re.compile(r"\s*\{#(?P<id>[^}]*)\}\s*$")
_ID = re.compile(TICK_ID)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def item_id(text: str) -> str:
    """The id of an item written without ``{#id}``: its words as a slug (links by their text)."""
    return slug(_LINK.sub(r"\1", text), TICK_ID_LENGTH)


class TaskBoxes(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        seen: set[str] = set()
        parents = {child: parent for parent in root.iter() for child in parent}
        for li in list(root.iter("li")):
            holder = li if (li.text or "").strip() else next(iter(li), None)
            if holder is None or (holder is not li and holder.tag != "p"):
                continue
            match = _BOX.match(holder.text or "")
            if not match:
                continue
            text = match.group("text")
            mark = _MARK.search(text)
            if mark:
                text = text[: mark.start()]
                key = mark.group("id")
                if not _ID.fullmatch(key):
                    raise ValueError(f"checklist item {text.strip()!r} is marked {{#{key}}}: an id is lower-case letters, "
                                     f"digits and hyphens, at most {TICK_ID_LENGTH} of them, such as {{#{item_id(text)}}}")
                if key in seen:
                    raise ValueError(f"two checklist items on one page are marked {{#{key}}}: give each its own id")
            else:
                key = base = item_id(text) or "item"
                number = 2
                while key in seen:
                    key, number = f"{base}-{number}", number + 1
            seen.add(key)
            self._box(holder, li, key, text, match.group("state") != " ")
            parent = parents.get(li)
            if parent is not None:
                _add_class(parent, "task-list")
                parent.set("data-ati-checklist", "")

    @staticmethod
    def _box(holder: etree.Element, li: etree.Element, key: str, text: str, checked: bool) -> None:
        box_id = f"ati-task-{key}"
        box = etree.Element("input", {"type": "checkbox", "id": box_id, "class": "ati-task-box", "disabled": "disabled"})
        if checked:
            box.set("checked", "checked")
        label = etree.Element("label", {"for": box_id, "class": "ati-task-label"})
        label.text = text  # the inline processors run after this one: links and emphasis still work
        holder.text = None  # a nested list, if any, stays after the label
        holder.insert(0, box)
        holder.insert(1, label)
        _add_class(li, "task-list-item")
        li.set("data-ati-task", key)


def _add_class(element: etree.Element, name: str) -> None:
    classes = (element.get("class") or "").split()
    if name not in classes:
        element.set("class", " ".join([*classes, name]))


class TaskBoxesExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # Before pymdownx.tasklist (25) and the inline processors (20): the item's text is still Markdown.
        md.treeprocessors.register(TaskBoxes(md), "ati_task_boxes", 26)


def makeExtension(**kwargs) -> TaskBoxesExtension:  # noqa: N802 (the name Python-Markdown looks for)
    return TaskBoxesExtension(**kwargs)
