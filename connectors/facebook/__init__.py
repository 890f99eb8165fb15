"""Facebook Pages: the connector (connector.py) and `wardwatch connect facebook`
(setup.py). What Facebook shares with Instagram is in connectors/graph/."""
