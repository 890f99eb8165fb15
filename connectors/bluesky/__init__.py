"""Bluesky: the connector (connector.py) and `wardwatch connect bluesky` (setup.py)."""

# The PDS of accounts hosted by Bluesky itself; a self-hosted one is the account's
# api_base_url.
DEFAULT_PDS = "https://bsky.social"
