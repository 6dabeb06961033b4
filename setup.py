"""The package list, the one thing pyproject.toml cannot say: the examples ship inside the package.

The examples stay readable where they are, in examples/ at the top of the repository, and install as
`pachca_client/examples/` (one copy, mapped), so that `python -m pachca_client.bot echo` finds them after a
plain `pip install`. Everything else about the distribution is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["pachca_client", "pachca_client.*"]), "pachca_client.examples"],
    package_dir={"pachca_client.examples": "examples"},
)
