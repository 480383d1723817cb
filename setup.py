"""The one build step pyproject.toml cannot declare: the interface translations
(resources/translations/*.ts) are compiled into the package as .qm catalogues by PySide6's
lrelease (packaging/translations.py), for wheels and editable installs alike."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _translations():
    spec = importlib.util.spec_from_file_location("crosscheck_translations", HERE / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        # An editable install runs the package from the source tree: the catalogues go there.
        package = HERE / "desktop" if self.editable_mode else Path(self.build_lib) / "desktop"
        _translations().build(package / "translations")


setup(cmdclass={"build_py": BuildWithTranslations})
