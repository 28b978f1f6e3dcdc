"""Extractor components, one module per record type.

Importing this package registers every component in :data:`extractors.base.REGISTRY`.
"""

from extractors import counts, entities, leaders, money, targets  # noqa: F401
from extractors.base import REGISTRY, Component, ExtractionContext, component

__all__ = ["REGISTRY", "Component", "ExtractionContext", "component"]
