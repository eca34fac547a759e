"""File → Import customers…: the wizard over app/importing."""
