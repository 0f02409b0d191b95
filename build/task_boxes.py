"""A Markdown extension: the check boxes of task lists become decoration for assistive technology.

``pymdownx.tasklist`` prints each ``- [ ]`` item as a disabled check box before its text. The
text is the content; to a screen reader the box reads as an unlabelled form field (and axe
reports it). Hidden from assistive technology and from the tab order, it stays visible.
Listed as ``build.task_boxes`` under ``markdown_extensions``, so every engine applies it.
"""

from __future__ import annotations

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor

BOX = '<input type="checkbox" disabled/>'
HIDDEN_BOX = '<input type="checkbox" disabled aria-hidden="true" tabindex="-1"/>'


class TaskBoxes(Postprocessor):
    def run(self, text: str) -> str:
        return text.replace(BOX, HIDDEN_BOX)


class TaskBoxesExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.postprocessors.register(TaskBoxes(md), "ati_task_boxes", 0)  # last: after the raw HTML is back


def makeExtension(**kwargs) -> TaskBoxesExtension:  # noqa: N802 (the name Python-Markdown looks for)
    return TaskBoxesExtension(**kwargs)
