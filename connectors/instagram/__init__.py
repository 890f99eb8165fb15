"""Instagram professional accounts: the connector (connector.py) and `wardwatch connect
instagram` (setup.py). What Instagram shares with Facebook is in connectors/graph/."""
