"""counts extractor (placeholder until implemented)."""
