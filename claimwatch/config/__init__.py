"""Typed models and loaders for the YAML files users write: outlets and stories."""
