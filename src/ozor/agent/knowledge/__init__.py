"""Knowledge as data: categories of products, services and events, with copy in en, es and de."""

from ozor.agent.knowledge.categories import Category, categories, category_for

__all__ = ["Category", "categories", "category_for"]
