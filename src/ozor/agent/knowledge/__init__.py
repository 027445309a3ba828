"""Knowledge as data: 160 categories of products, services and events with copy in en, es and de
(data/*.json), and word lists (words/*.json); `category_for` finds a subject's category."""

from ozor.agent.knowledge.categories import Category, categories
from ozor.agent.knowledge.matcher import category_for

__all__ = ["Category", "categories", "category_for"]
