"""English words for an organisation's inboxes: "planning@", "democratic.services@"."""

from __future__ import annotations

from monitor.scoring.lang import family

# Words that name a role, a team or a service rather than a person in the part of an email
# address before the "@" ("planning@", "democratic.services@"): an organisation's inbox.
ROLE_WORDS = frozenset(
    family("""planning highways admissions info information enquiries enquiry contact contactus dpo
    democratic services service waste customer customers team office admin support help
    helpdesk complaints complaint foi licensing housing parking council members member clerk
    press media schools education environmental environment streetscene bins recycling
    benefits revenues counciltax electoral elections register registrars hello mail post
    reception feedback accounts finance hr jobs careers bookings events communications comms
    democracy governance data protection privacy cllr cllrs councillor councillors ward
    surgery surgeries mayor""")
)
