"""Application layer: paths, the store, services (use cases), import/export, reports, CLI."""
