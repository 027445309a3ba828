"""Every scene template, by name."""

from __future__ import annotations

from typing import Final

from ozor.design.templates.base import SAFE, Template
from ozor.design.templates.features import FEATURE
from ozor.design.templates.numbers import STAT
from ozor.design.templates.titles import HERO

TEMPLATES: Final[dict[str, Template]] = {t.name: t for t in (HERO, FEATURE, STAT)}

__all__ = ["SAFE", "TEMPLATES", "Template"]
