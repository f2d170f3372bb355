"""Package data: the embedded role datasets and the role-file schema.

Each dataset is one JSON file, listed with its name and title in ``datasets.json``.
"""
