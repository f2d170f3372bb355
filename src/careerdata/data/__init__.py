"""Package data: the embedded role datasets (one JSON file each) and the role-file schema."""
