"""Build script for scrapyd-deploy, which builds the egg it uploads with `python setup.py
bdist_egg` (without this file it writes its own setup.py into the work tree). Metadata,
packages, package data and the `scrapy` entry point all come from pyproject.toml."""

from setuptools import setup

setup()
