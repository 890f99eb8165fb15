"""Platform connectors: the contract (base.py), the registry of platforms (registry.py),
what every connector shares (deadline.py, payload.py, quota.py, watermark.py, setup.py),
and one package per platform holding its connector, its helpers and its set-up."""
