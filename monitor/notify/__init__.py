"""Telling people: the daily digest, urgent alerts, the email outbox and its action links.

The jobs a scheduler runs are in :mod:`monitor.notify.jobs` (``send_due_digests``,
``deliver_outbox``); the urgent-alert hook that the poll pipeline calls is installed by
importing :mod:`monitor.notify.alerts`.
"""
