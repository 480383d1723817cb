"""The translation tool chain for tests: packaging/translations.py (loaded by path: packaging/
is scripts, not a package) and catalogues built from the .ts files as they are now."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

from tests.support.paths import REPO


@cache
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crosscheck_translations", REPO / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_catalogues(out_dir: Path) -> list[Path]:
    """crosscheck_<lang>.qm for every .ts in resources/translations, into out_dir."""
    return tool().build(out_dir)
