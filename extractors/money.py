"""money extractor (placeholder until implemented)."""
