"""Starting a session: the first-run library setup and signing in."""
