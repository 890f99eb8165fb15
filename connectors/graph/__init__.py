"""Meta's Graph API, shared by Facebook and Instagram: the client, its error translation
and watermark (api.py), and the Page token set-up both platforms use (setup.py)."""
