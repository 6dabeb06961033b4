# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""Contains endpoint functions for accessing the API"""
