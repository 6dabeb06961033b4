# Generated from openapi.yaml by scripts/generate.py. Do not edit: run `make generate`.
"""A client library for accessing Pachca API"""
