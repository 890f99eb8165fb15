"""Which class implements which platform.

Built-in connectors are listed here and imported on first use, so that a user of one
platform never imports another platform's SDK. Third-party packages add connectors with
the ``wardwatch.connectors`` entry-point group: ``linkedin = "mypkg.linkedin:Connector"``.
"""

from __future__ import annotations

import importlib
from functools import cache
from importlib.metadata import entry_points

from connectors.base import Connector
from monitor.errors import WardwatchError

BUILTIN: dict[str, str] = {
    "jsonl": "connectors.jsonl:JsonlConnector",
    "demo": "connectors.demo:DemoConnector",
    "x": "connectors.x.connector:XConnector",
    "facebook": "connectors.facebook.connector:FacebookConnector",
    "instagram": "connectors.instagram.connector:InstagramConnector",
    "youtube": "connectors.youtube.connector:YouTubeConnector",
    "bluesky": "connectors.bluesky.connector:BlueskyConnector",
    "mastodon": "connectors.mastodon.connector:MastodonConnector",
}

# Connectors registered at run time (tests, embedding applications).
_registered: dict[str, type[Connector]] = {}


class UnknownPlatform(WardwatchError, LookupError):
    pass


def register(cls: type[Connector]) -> type[Connector]:
    """Register a connector class under its ``platform`` name. Usable as a decorator."""
    _registered[cls.platform] = cls
    return cls


def unregister(platform: str) -> None:
    _registered.pop(platform, None)


def _entry_point_targets() -> dict[str, str]:
    return {ep.name: ep.value for ep in entry_points(group="wardwatch.connectors")}


def platforms() -> list[str]:
    return sorted({*BUILTIN, *_entry_point_targets(), *_registered})


@cache
def _load(target: str) -> type[Connector]:
    module_name, _, attr = target.partition(":")
    cls = getattr(importlib.import_module(module_name), attr)
    if not (isinstance(cls, type) and issubclass(cls, Connector)):
        raise TypeError(f"{target} is not a wardwatch Connector subclass")
    return cls


def connector_class(platform: str) -> type[Connector]:
    if platform in _registered:
        return _registered[platform]
    target = BUILTIN.get(platform) or _entry_point_targets().get(platform)
    if target is None:
        raise UnknownPlatform(
            f"unknown platform {platform!r}: choose one of {', '.join(platforms())}"
        )
    return _load(target)
