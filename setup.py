"""Build hook: compile the optional Cython extension when possible, else install pure Python.

The extension (streamd_native._records) only accelerates functions that have pure-Python twins
in streamd.records._pure, so a failed build costs speed, never function. STREAMD_NO_NATIVE=1
skips it at build time (and forces pure Python at run time, see streamd/_accel.py).
"""

from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 - any compiler failure means pure Python
            print(f"streamd: native extension not built ({exc}); using pure Python", file=sys.stderr)

    def build_extension(self, ext):  # type: ignore[no-untyped-def]
        try:
            super().build_extension(ext)
        except Exception as exc:  # noqa: BLE001
            print(f"streamd: {ext.name} not built ({exc}); using pure Python", file=sys.stderr)


def extensions() -> list:  # type: ignore[type-arg]
    if os.environ.get("STREAMD_NO_NATIVE", "") not in ("", "0"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        return []
    return cythonize(["streamd_native/_records.pyx"], compiler_directives={"language_level": "3"}, quiet=True)


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
