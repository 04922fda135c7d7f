"""Every command is documented in the README and has help text."""

import re

import pytest

from claimcheck.cli import app
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)  # type: ignore[union-attr]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str) -> None:
    assert re.search(rf"`claimcheck {command}\b", README), f"README does not document {command}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(command, "--help")
    assert result.exit_code == 0
    first_line = result.stdout.split("Usage:", 1)[1].strip().splitlines()
    assert len(first_line) > 1


def test_readme_quickstart_starts_with_the_two_commands() -> None:
    quickstart = README.split("## Quickstart", 1)[1]
    block = quickstart.split("```", 2)[1]
    assert [line.split("#")[0].strip() for line in block.strip().splitlines()[1:3]] == [
        "make demo",
        "make test",
    ]


def test_every_test_named_in_the_promises_table_exists() -> None:
    table = README.split("## What claimcheck promises", 1)[1].split("\n## ", 1)[0]
    named = re.findall(r"`(test_\w+\.py)(?:::(test_\w+))?`", table)
    assert len(named) >= 15
    for file, test in named:
        source = (ROOT / "tests" / file).read_text(encoding="utf-8")
        assert not test or re.search(rf"^def {test}\(", source, re.M), f"{file}::{test} is gone"


def test_every_module_is_placed_in_the_readme_layout() -> None:
    """A newcomer finds each module's stage in the README's layout, and each stage's
    ``__init__.py`` says what it takes in and gives out."""
    layout = README.split("## Development", 1)[1]
    package = ROOT / "src" / "claimcheck"
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        if path.name in ("__init__.py", "__main__.py") or rel.parts[0] == "evaluation":
            continue
        assert path.name in layout, f"README's layout does not place {rel}"
    for init in sorted(package.glob("*/__init__.py")):
        doc = init.read_text(encoding="utf-8").split('"""')
        assert len(doc) >= 3 and doc[1].strip(), f"{init.parent.name}/ says nothing of its stage"


def test_the_threshold_help_names_the_default_in_force(cli) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.config import DEFAULT_THRESHOLD

    help_text = " ".join(cli("match", "--help").stdout.split())
    assert f"else {DEFAULT_THRESHOLD:g}]" in help_text
