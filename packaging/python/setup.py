"""Gives the wheel the tag py3-none-<platform>: any Python 3 (the package is pure Python
around transcript.so, an SQLite extension rather than a Python module, so no Python ABI),
one platform: SQLITE_TRANSCRIPT_PLATFORM, e.g. manylinux_2_35_x86_64, the newest glibc
symbol version transcript.so needs (packaging/dist.sh reads it from the library)."""
import os

from setuptools import setup
from wheel.bdist_wheel import bdist_wheel


class PlatformWheel(bdist_wheel):
    def finalize_options(self):
        super().finalize_options()
        self.root_is_pure = False

    def get_tag(self):
        return "py3", "none", os.environ["SQLITE_TRANSCRIPT_PLATFORM"]


setup(cmdclass={"bdist_wheel": PlatformWheel})
