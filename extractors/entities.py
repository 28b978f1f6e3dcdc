"""entities extractor (placeholder until implemented)."""
