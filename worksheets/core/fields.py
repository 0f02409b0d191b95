"""How a worksheet declares its inputs, once.

The declaration is the single source of truth: the build renders the HTML form from it
(labels, hints, required marks, limits, error slots), the browser derives storage keys from
the field names, and :mod:`worksheets.core.validation` checks submitted data against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Literal, Union

Kind = Literal["text", "textarea", "email", "tel", "date", "time", "select", "radio", "checkbox"]

#: Where a value is saved. "worksheet": with this worksheet, per interview. "interview": in the
#: record of one interview (one round of an application: its date, its people), typed once and
#: shared by every worksheet that declares the same field. "application": in the record of the
#: application the round belongs to (the company, the role, the recruiter, the agency, where it
#: stands), shared by all its rounds. "profile": about the user, shared by all interviews.
#: A form saves "interview" and "application" values alike; the page's records split them.
Scope = Literal["worksheet", "interview", "application", "profile"]


@dataclass(frozen=True)
class Choice:
    """One option of a select or radio field."""

    value: str
    label: str


@dataclass(frozen=True)
class Field:
    """One input. ``name`` is stable: it is the key in saved data, so renaming it orphans
    what users have already typed (bump the worksheet's ``schema_version`` and migrate)."""

    name: str
    label: str
    kind: Kind = "text"
    required: bool = False
    #: Words under the label. Never "Optional…": the form says "(optional)" after the label of
    #: every field that is not required (build/extensions/forms.py), once.
    hint: str = ""
    max_length: int | None = None
    choices: tuple[Choice, ...] = ()
    default: str = ""
    autocomplete: str = ""
    placeholder: str = ""
    max_words: int | None = None
    missing: str = ""  # the message when a required field is empty; a default is derived
    scope: Scope = "worksheet"
    #: Optional live note shown next to the field as the user types: ``explain(value, data,
    #: context)`` gets the field's raw value, the whole form's raw data and the moment
    #: (:class:`worksheets.core.context.Context`), and returns a sentence.
    explain: Callable[[str, dict, Any], str] | None = field(default=None, compare=False)
    #: Show this field only while another top-level field has one of some values, e.g.
    #: ``("outcome", ("withdraw",))``. Hidden, it keeps what was typed in it, is not
    #: required, and its value is left out (``None``) when the answers are checked.
    show_when: tuple[str, tuple[str, ...]] | None = None
    #: Common answers offered as the person types (a text field that still takes any text).
    suggestions: tuple[str, ...] = ()
    #: A worksheet's own answer that, once its button is pressed, is copied to the shared
    #: field of this name (step 5's "What happened" becomes the interview's stage): choosing
    #: an option never rewrites the record by itself, and the page announces the change, with Undo.
    applies_to: str = ""
    #: What each choice applies to that field, when it is not the choice itself, and that
    #: value's words: step 5's offer answer "accept" makes the stage "accepted" ("Offer
    #: accepted"), "negotiate" keeps it "offer". ``(choice, value, words)`` each.
    applies_as: tuple[tuple[str, str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.kind in ("select", "radio") and not self.choices:
            raise ValueError(f"field {self.name!r}: a {self.kind} needs choices")
        if self.max_length is None and self.kind in ("text", "email", "tel"):
            object.__setattr__(self, "max_length", 200)
        if self.max_length is None and self.kind == "textarea":
            object.__setattr__(self, "max_length", 2000)
        if self.show_when is not None and (len(self.show_when) != 2 or isinstance(self.show_when[1], str)):
            raise ValueError(f"field {self.name!r}: show_when is (field name, (values, …))")


@dataclass(frozen=True)
class Group:
    """A repeating set of fields, such as one block per interviewer.

    ``item_label`` names one entry in headings and messages; ``{n}`` becomes its number.
    """

    name: str
    label: str
    item_label: str
    fields: tuple[Field, ...]
    min_items: int = 1
    max_items: int = 10
    #: As a field's: never "Optional…" (a group that may stay empty says "(optional)" by itself).
    hint: str = ""
    add_label: str = "Add another"
    #: The message when fewer than ``min_items`` entries are filled in; a default is derived.
    missing: str = ""

    @property
    def scope(self) -> Scope:
        """A group is shared when any of its fields is; its worksheet-only fields are kept
        with the worksheet and matched to entries by the group's first field (a name)."""
        scopes = {f.scope for f in self.fields}
        for scope in ("interview", "application", "profile"):
            if scope in scopes:
                return scope
        return "worksheet"


Entry = Union[Field, Group]


@dataclass(frozen=True)
class Saved:
    """A value kept in a record that no form field shows: the page writes it itself (the
    ticks of the step pages' checklists). Declared here so that everything derived from the
    declarations (what a record may hold, what an import accepts) knows it.

    ``shape`` says what it holds: ``"ticks"`` is ``{item id: true | false}``, an id being
    lower-case letters, digits and hyphens (at most :data:`TICK_ID_LENGTH`), ``true`` a tick
    the person gave, ``false`` a tick they took away from an item the worksheets had ticked;
    ``"id"`` is the id of another record (an interview's application), 4 to 32 hex digits.
    """

    name: str
    shape: Literal["ticks", "id"]
    label: str
    scope: Scope = "interview"


#: The longest id of a checklist item (``build/task_boxes.py`` makes them).
TICK_ID_LENGTH = 48
#: A checklist item's id, as a regular expression: the build checks the ids it writes against
#: it, validation the ticks it reads, and the description of what the site stores carries it.
TICK_ID = rf"[a-z0-9][a-z0-9-]{{0,{TICK_ID_LENGTH - 1}}}"
#: More ticks than any site has checklist items: the rest of a damaged value is ignored.
MAX_TICKS = 500
#: A record's id (an interview's, an application's), as it appears in storage names.
RECORD_ID = "[0-9a-f]{4,32}"


@dataclass(frozen=True)
class Worksheet:
    """A worksheet: what it asks, and the function that turns valid answers into output.

    ``compose(values, context)`` receives the cleaned values from
    :func:`worksheets.core.validation.validate` and a :class:`worksheets.core.context.Context` (the
    moment, in the user's own time, and the interview) and returns an
    :class:`worksheets.words.output.Output`. ``check`` adds rules that span several fields.
    """

    id: str
    title: str
    intro: str
    entries: tuple[Entry, ...]
    compose: Callable[..., object]
    submit_label: str = "Write it for me"
    schema_version: int = 1
    check: Callable[[dict], dict[str, str]] | None = None
    fieldsets: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())
    #: What a person calls this worksheet's saved answers, in a list of them (a backup's
    #: contents): "Thank-you emails". The title when empty.
    saved_as: str = ""
    #: Values its record keeps that no field of the form shows (see :class:`Saved`).
    saved: tuple[Saved, ...] = ()

    @property
    def label(self) -> str:
        return self.saved_as or self.title

    @property
    def uses_interviews(self) -> bool:
        """Whether this worksheet works on a chosen interview (and shows the picker)."""
        return any(e.scope in ("interview", "application") for e in self.entries)

    def entry(self, name: str) -> Entry:
        for entry in self.entries:
            if entry.name == name:
                return entry
        raise KeyError(name)
