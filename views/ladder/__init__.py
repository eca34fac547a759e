"""Views of the customer ladder: the board, its card model and delegate, dialogs, chart."""
