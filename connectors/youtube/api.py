"""The edge between the YouTube connector and google-api-python-client: building the
service offline, charging the quota, and translating every failure into a
:class:`~connectors.base.ConnectorError` a user can act on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httplib2
from google.auth.exceptions import RefreshError, TransportError
from google.oauth2.credentials import Credentials
from google_auth_httplib2 import AuthorizedHttp
from googleapiclient.discovery import build_from_document
from googleapiclient.discovery_cache import get_static_doc
from googleapiclient.errors import HttpError

from connectors.base import ConnectorError

if TYPE_CHECKING:
    from connectors.youtube.connector import YouTubeConnector

SCOPE = "https://www.googleapis.com/auth/youtube.force-ssl"
TOKEN_URI = "https://oauth2.googleapis.com/token"
TIMEOUT = 30
# YouTube answers 403 for these; they are limits, not a refused permission.
QUOTA_REASONS = {"quotaExceeded", "dailyLimitExceeded"}
RATE_REASONS = {"rateLimitExceeded", "userRateLimitExceeded"}


def discovery_document() -> str:
    """The YouTube v3 discovery document shipped inside google-api-python-client, so
    building the client never fetches it over the network."""
    document: str | None = get_static_doc("youtube", "v3")
    if document is None:
        raise ConnectorError(
            "google-api-python-client has no bundled YouTube discovery document: "
            "reinstall wardwatch's dependencies",
            permanent=True,
        )
    return document


class YouTubeApi:
    def __init__(self, connector: YouTubeConnector, *, http: Any = None) -> None:
        self.connector = connector
        self._transport = http
        self._service: Any = None

    @property
    def reconnect(self) -> str:
        return f"reconnect with `wardwatch connect youtube --account {self.connector.account_name}`"

    def service(self) -> Any:
        if self._service is None:
            store = self.connector.credentials
            credentials = Credentials(  # type: ignore[no-untyped-call]
                token=None,
                refresh_token=store.require("refresh_token"),
                client_id=store.require("client_id"),
                client_secret=store.require("client_secret"),
                token_uri=TOKEN_URI,
                scopes=[SCOPE],
            )
            # httplib2 has one socket timeout, for the connect and for each read.
            limits = self.connector.limits
            transport = self._transport or httplib2.Http(timeout=max(limits.connect, limits.read))
            base = self.connector.account.api_base_url
            self._service = build_from_document(
                discovery_document(),
                http=AuthorizedHttp(credentials, http=transport),
                client_options={"api_endpoint": base.rstrip("/") + "/"} if base else None,
            )
        return self._service

    # --- calls -----------------------------------------------------------------------

    def list_threads(self, channel_id: str, page: str | None) -> dict[str, Any]:
        request = (
            self.service()
            .commentThreads()
            .list(
                part="snippet,replies",
                allThreadsRelatedToChannelId=channel_id,
                order="time",
                maxResults=100,
                textFormat="plainText",
                pageToken=page,
            )
        )
        return self.execute(request, units=1, what="reading comments")

    def list_replies(self, parent_id: str) -> Iterator[dict[str, Any]]:
        page: str | None = None
        while True:
            request = (
                self.service()
                .comments()
                .list(
                    part="snippet",
                    parentId=parent_id,
                    maxResults=100,
                    textFormat="plainText",
                    pageToken=page,
                )
            )
            response = self.execute(request, units=1, what="reading replies")
            yield from response.get("items") or []
            page = response.get("nextPageToken")
            if not page:
                return

    def channel(self, channel_id: str) -> dict[str, Any]:
        request = self.service().channels().list(part="snippet", id=channel_id)
        return self.execute(request, units=1, what="reading the channel description")

    def set_moderation_status(self, comment_id: str, status: str) -> None:
        # The one place a moderation status is sent: "rejected" can never be undone.
        if status not in {"heldForReview", "published"}:
            raise ValueError(f"refusing to set moderation status {status!r}")
        request = (
            self.service().comments().setModerationStatus(id=comment_id, moderationStatus=status)
        )
        what = "hiding" if status == "heldForReview" else "unhiding"
        self.execute(request, units=50, what=what, moderation=True, comment_id=comment_id)

    def execute(
        self,
        request: Any,
        *,
        units: int,
        what: str,
        moderation: bool = False,
        comment_id: str | None = None,
    ) -> dict[str, Any]:
        # Google charges for failed requests too, so charge before sending.
        self.connector.quota.charge(units, what=what, moderation=moderation)
        try:
            response = request.execute()
        except HttpError as exc:
            raise self._http_error(exc, what, comment_id) from None
        except RefreshError:
            raise ConnectorError(
                f"Google refused the saved YouTube authorisation (revoked or expired): "
                f"{self.reconnect}",
                permanent=True,
            ) from None
        except (TransportError, httplib2.HttpLib2Error, OSError) as exc:
            raise ConnectorError(
                f"could not reach YouTube while {what} ({exc.__class__.__name__}): will retry"
            ) from None
        return response if isinstance(response, dict) else {}

    def error_for_missing_channel(self) -> ConnectorError:
        return ConnectorError(
            f"YouTube has no channel {self.connector.channel_id!r}: check channel_id for "
            f"account {self.connector.account_name!r}",
            permanent=True,
        )

    def _http_error(self, exc: HttpError, what: str, comment_id: str | None) -> ConnectorError:
        status = int(exc.resp.status)
        reasons, message = _reasons(exc)
        said = f"YouTube said {status} {message}".rstrip()
        if reasons & QUOTA_REASONS:
            return ConnectorError(
                f"{said} while {what}: the project's daily quota is spent; "
                "it resets at midnight Pacific Time",
                retry_after=self.connector.quota.seconds_until_reset(),
            )
        if status == 429 or reasons & RATE_REASONS:
            return ConnectorError(f"{said} while {what}: too many requests", retry_after=60.0)
        if status == 404 and comment_id is not None:
            return ConnectorError(
                f"YouTube comment {comment_id} no longer exists", permanent=True, not_found=True
            )
        if status in (401, 403):
            return ConnectorError(
                f"{said} while {what}: the account must be the channel owner and grant the "
                f"youtube.force-ssl scope; {self.reconnect}",
                permanent=True,
            )
        if status >= 500:
            return ConnectorError(f"{said} while {what}: will retry")
        return ConnectorError(f"{said} while {what}", permanent=True)


def _reasons(exc: HttpError) -> tuple[set[str], str]:
    try:
        error = json.loads(exc.content.decode("utf-8")).get("error", {})
    except (ValueError, AttributeError, UnicodeDecodeError):
        return set(), ""
    if not isinstance(error, dict):
        return set(), ""
    reasons = {str(e.get("reason")) for e in error.get("errors") or [] if isinstance(e, dict)}
    return reasons, str(error.get("message") or "")
