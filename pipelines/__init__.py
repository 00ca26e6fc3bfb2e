"""The processing pipeline: extraction, fingerprints, near-duplicate index, classification."""
