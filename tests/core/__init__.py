"""Tests of the shared shell: store, database, migrations, start-up, layers, translations,
the window and its menus, members, the command line."""
