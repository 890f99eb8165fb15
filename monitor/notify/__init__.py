"""Telling people: the daily digest, urgent alerts, the email outbox and its action links.

The jobs a scheduler runs are in :mod:`monitor.notify.daily_digest` (``send_due_digests``,
``deliver_outbox``); the urgent-alert step that the poll pipeline runs is
:func:`monitor.notify.alerts.queue_alerts`, wired by :mod:`monitor.service`.
"""
