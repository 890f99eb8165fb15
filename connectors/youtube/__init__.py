"""YouTube: the connector (connector.py), the edge to google-api-python-client (api.py)
and `wardwatch connect youtube` (setup.py)."""
