"""leaders extractor (placeholder until implemented)."""
