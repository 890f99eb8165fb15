"""`wardwatch connect facebook` and `wardwatch connect instagram`: the Page token both
platforms use. A short-lived user token (from Meta's Graph API Explorer or Facebook
Login) is exchanged for a long-lived one, whose Page tokens do not expire; the Page is
picked from ``/me/accounts``. The Page token is stored encrypted through the credential
store; nothing here logs it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pyfacebook import FacebookError, GraphAPI, LibraryError

from connectors.base import (
    Account,
    Conversation,
    CredentialStore,
    Setup,
    SetupError,
    SetupOption,
)
from connectors.graph.api import GRAPH_API_VERSION, GRAPH_ROOT, TIMEOUT_SECONDS
from connectors.setup import secret_from


@dataclass(frozen=True)
class Page:
    id: str
    name: str
    access_token: str
    instagram_id: str | None


def meta_pages(app_id: str, app_secret: str, user_token: str, api_base_url: str = "") -> list[Page]:
    """Exchange ``user_token`` for a long-lived one and list the Pages it manages, each
    with its (non-expiring) Page token."""
    root = (api_base_url or GRAPH_ROOT).rstrip("/") + "/"
    api = GraphAPI(
        app_id=app_id,
        app_secret=app_secret,
        access_token=user_token,
        version=GRAPH_API_VERSION,
        sleep_on_rate_limit=False,
        base_url=root,
        timeout=TIMEOUT_SECONDS,
        access_token_url=f"{root}{GRAPH_API_VERSION}/oauth/access_token",
    )
    try:
        long_lived = api.exchange_long_lived_user_access_token()["access_token"]
        data = api.get_full_connections(
            object_id="me",
            connection="accounts",
            count=None,
            limit=100,
            fields="id,name,access_token,instagram_business_account",
            access_token=long_lived,
        )
    except FacebookError as exc:
        raise SetupError(
            f"Meta refused ({getattr(exc, 'message', exc)}): check the app id "
            "and secret, and that the user token has pages_show_list"
        ) from None
    except (LibraryError, KeyError, ValueError):
        raise SetupError("Meta sent an unexpected answer: try again later") from None
    pages = []
    for item in data.get("data", []):
        if isinstance(item, dict) and item.get("id") and item.get("access_token"):
            ig = item.get("instagram_business_account") or {}
            pages.append(
                Page(
                    str(item["id"]),
                    str(item.get("name", "")),
                    str(item["access_token"]),
                    ig.get("id") and str(ig["id"]),
                )
            )
    if not pages:
        raise SetupError(
            "the user token manages no Pages: grant pages_show_list and choose "
            "the Page when Meta asks which Pages the app may use"
        )
    return pages


class PageSetup(Setup):
    """Pick one Page the user token manages and store its token. Facebook and Instagram
    differ in which Pages qualify and which id the config names (``usable``, ``wanted``,
    ``configured_id``)."""

    options = (
        SetupOption("app_id", "The Meta app id."),
        SetupOption(
            "app_secret_env", "Environment variable holding the app secret.", metavar="VAR"
        ),
        SetupOption(
            "user_token_env",
            "Environment variable holding a user access token.",
            metavar="VAR",
        ),
    )

    def usable(self, pages: list[Page]) -> list[Page]:
        return pages

    def wanted(self, page: Page, account: Account) -> bool:
        """Whether ``page`` is the one the account's config names."""
        return page.id == str(account.options.get("page_id") or "")

    def advise(self, page: Page, account: Account, conversation: Conversation) -> None:
        """Tell the person what to add to the config for the chosen ``page``."""

    def run(
        self,
        account: Account,
        store: CredentialStore,
        answers: Mapping[str, Any],
        conversation: Conversation,
    ) -> None:
        app_id = answers["app_id"] or conversation.ask("Meta app id")
        secret = secret_from(answers["app_secret_env"], conversation, "Meta app secret")
        conversation.say(
            "Get a user token from Meta's Graph API Explorer with the permissions listed "
            f"in docs/platforms/{account.platform}.md."
        )
        user_token = secret_from(answers["user_token_env"], conversation, "User access token")
        pages = self.usable(meta_pages(app_id, secret, user_token, account.api_base_url))
        chosen = [p for p in pages if self.wanted(p, account)]
        if chosen:
            page = chosen[0]
        else:
            for number, candidate in enumerate(pages, 1):
                extra = f", Instagram {candidate.instagram_id}" if candidate.instagram_id else ""
                conversation.say(f"  {number}. {candidate.name} (page {candidate.id}{extra})")
            page = pages[conversation.choose("Which Page", len(pages)) - 1]
        store.update({"page_access_token": page.access_token})
        conversation.say(f"Connected the Page {page.name!r} to {account.name!r}.")
        self.advise(page, account, conversation)
