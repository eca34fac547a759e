"""Excel in the window: File → Export summary… (the dialog and the run behind a progress
dialog); the work itself is app/excel's."""
