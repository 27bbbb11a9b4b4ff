"""Parsers for structured inputs: JSON documents, JSON Lines and CSV."""

from .fields import extract_fields, junk_abstract_reason, parse_csv, parse_json, parse_jsonl

__all__ = ["extract_fields", "junk_abstract_reason", "parse_csv", "parse_json", "parse_jsonl"]
