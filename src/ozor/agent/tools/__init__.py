"""The agent's tools, declared once for every director (see base.py for the framework)."""

from ozor.agent.tools import elements, look, scenes, templates, timing
from ozor.agent.tools.base import TOOLS, Attachment, Env, ToolError, call, finish

__all__ = [
    "TOOLS",
    "Attachment",
    "Env",
    "ToolError",
    "call",
    "elements",
    "finish",
    "look",
    "scenes",
    "templates",
    "timing",
]
