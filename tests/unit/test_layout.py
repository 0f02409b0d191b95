"""The folders say the architecture, and imports run one way through them.

``worksheets/`` is layered from the edge inward (its package docstring lists the order): a
module imports from its own folder and the folders below it, never from one above. A folder
holds about fifteen modules at most, opens with a docstring that says its job, and a module over
about 350 lines says why in its docstring. ``build/``'s own folders never import the step
runner (``build.site``) or the MkDocs adapter at module level.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.support.repo import ROOT

#: worksheets/ from the edge inward: each may import only from its own layer and those after it.
LAYERS = ("api", "stored", "registry", "sheets", "plan", "reading", "days", "core", "words", "templates")
MAX_MODULES = 15
LONG = 350

PACKAGES = [p.parent for p in sorted((ROOT / "worksheets").rglob("__init__.py"))]
BUILD_PACKAGES = [p.parent for p in sorted((ROOT / "build").rglob("__init__.py"))]


def _layer(module: str) -> str:
    """``worksheets.plan.actions`` -> ``plan``; ``worksheets.api`` -> ``api``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _imports(path: Path, package: str) -> list[tuple[str, int]]:
    """Every module of the project ``path`` imports (absolute names), with the line, at any depth."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if not node.level:
                found.append((node.module or "", node.lineno))
                continue
            base = package.split(".")
            base = ".".join(base[: len(base) - node.level + 1])
            names = [f"{base}.{node.module}"] if node.module else [f"{base}.{a.name}" for a in node.names]
            found += [(name, node.lineno) for name in names]
        elif isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
    return found


def _package_of(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])


def test_worksheets_imports_run_inward_only():
    wrong = []
    for path in sorted((ROOT / "worksheets").rglob("*.py")):
        here = _layer(".".join(path.relative_to(ROOT).with_suffix("").parts))
        if here in ("", "__init__"):
            continue
        for name, line in _imports(path, _package_of(path)):
            if not name.startswith("worksheets."):
                continue
            there = _layer(name)
            if there == "__version__" or there == here:
                continue
            if there not in LAYERS or LAYERS.index(there) < LAYERS.index(here):
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports {name} ({there} is above {here})")
    assert not wrong, "imports that run back up:\n" + "\n".join(wrong)


def test_the_package_docstring_lists_the_layers_in_order():
    doc = ast.get_docstring(ast.parse((ROOT / "worksheets" / "__init__.py").read_text("utf-8")))
    places = [doc.index(f"``{layer}") for layer in LAYERS if layer not in ("registry",)]
    assert places == sorted(places)


def test_the_registry_names_modules_of_the_sheets_folder():
    from worksheets import registry

    for module in registry.MODULES.values():
        assert (ROOT / "worksheets" / "sheets" / f"{module}.py").is_file()


@pytest.mark.parametrize("folder", PACKAGES + BUILD_PACKAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_each_folder_says_its_job_and_stays_small(folder):
    init = folder / "__init__.py"
    assert ast.get_docstring(ast.parse(init.read_text("utf-8"))), f"{init.relative_to(ROOT)} has no docstring saying its job"
    modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
    assert len(modules) <= MAX_MODULES, f"{folder.relative_to(ROOT)} holds {len(modules)} modules: split it by job"


@pytest.mark.parametrize("path", sorted([*(ROOT / "worksheets").rglob("*.py"), *(ROOT / "build").rglob("*.py")]),
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_a_long_module_says_why(path):
    text = path.read_text("utf-8")
    if len(text.splitlines()) <= LONG or path.name == "holidays.py":  # generated data
        return
    doc = ast.get_docstring(ast.parse(text)) or ""
    assert "Why one module" in doc, f"{path.relative_to(ROOT)} is over {LONG} lines: split it, or say why not"


def test_build_folders_do_not_import_the_step_runner_at_load():
    wrong = []
    for folder in BUILD_PACKAGES:
        if folder == ROOT / "build":
            continue
        for path in folder.rglob("*.py"):
            tree = ast.parse(path.read_text("utf-8"))
            for node in tree.body:  # module level only: a call-time import of build.site is the adapter's way in
                if isinstance(node, ast.ImportFrom) and (node.module or "") in ("build.site", "build.hooks"):
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                if isinstance(node, ast.ImportFrom) and node.module == "build" and \
                        any(a.name in ("site", "hooks") for a in node.names):
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong, wrong
