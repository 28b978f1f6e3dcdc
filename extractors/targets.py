"""targets extractor (placeholder until implemented)."""
