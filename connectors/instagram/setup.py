"""`wardwatch connect instagram`: the Page token flow of connectors/graph/setup.py, for
the Page linked to the Instagram professional account the account's ``ig_user_id``
names."""

from __future__ import annotations

from connectors.base import Account, Conversation, SetupError
from connectors.graph.setup import Page, PageSetup


class InstagramSetup(PageSetup):
    def usable(self, pages: list[Page]) -> list[Page]:
        linked = [p for p in pages if p.instagram_id]
        if not linked:
            raise SetupError(
                "none of these Pages has a linked Instagram professional "
                "account: link it in the Page's settings first"
            )
        return linked

    def wanted(self, page: Page, account: Account) -> bool:
        return page.instagram_id == str(account.options.get("ig_user_id") or "")

    def advise(self, page: Page, account: Account, conversation: Conversation) -> None:
        if str(account.options.get("ig_user_id")) != page.instagram_id:
            conversation.say(
                f'Add  ig_user_id = "{page.instagram_id}"  to the account in the config.'
            )
