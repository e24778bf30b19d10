"""The shipped import templates (data/templates) load as they are."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

TEMPLATES = Path(__file__).resolve().parent.parent / "data" / "templates"


def test_templates_import_cleanly(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    result = run_cli(
        "import", "--items", str(TEMPLATES / "items.csv"), "--sales", str(TEMPLATES / "sales.csv"),
        "--suppliers", str(TEMPLATES / "suppliers.csv"), "--db", db, "--json",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"items": 1, "sales_rows": 2, "suppliers": 1}
