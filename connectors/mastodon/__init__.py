"""Mastodon: the connector with its report to the server's moderators (connector.py) and
`wardwatch connect mastodon` (setup.py)."""
