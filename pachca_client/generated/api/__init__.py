# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""Contains methods for accessing the API"""
