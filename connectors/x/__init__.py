"""X (Twitter): the connector (connector.py), its OAuth 2.0 token handling (auth.py) and
`wardwatch connect x` (setup.py)."""
