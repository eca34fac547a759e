"""Qt layer: main window, panels, dialogs, item models, charts. Never opens a session."""
