"""`wardwatch connect facebook`: the Page token flow of connectors/graph/setup.py, for the
Page the account's ``page_id`` names."""

from __future__ import annotations

from connectors.base import Account, Conversation
from connectors.graph.setup import Page, PageSetup


class FacebookSetup(PageSetup):
    def advise(self, page: Page, account: Account, conversation: Conversation) -> None:
        if str(account.options.get("page_id") or "") != page.id:
            conversation.say(f'Add  page_id = "{page.id}"  to the account in the config.')
