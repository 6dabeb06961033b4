__version__ = "0.2.0"
# The Pachca API revision this release follows (see "Versioning" in README.md and CHANGELOG.md).
API_REVISION = "2026-10"
