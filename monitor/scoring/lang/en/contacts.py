"""English words for an organisation's mailboxes and lines: "planning@", "the members' office"."""

from __future__ import annotations

from monitor.scoring.lang import family

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
