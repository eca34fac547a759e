"""Views of the Customers area: the panel, its table model, detail pane and dialogs."""
