"""Privacy: export and erase a user's data everywhere, and redact personal identifiers."""

from tailorkit.privacy._audit import audit, audit_trail, forget_subject, subject_digest
from tailorkit.privacy._redact import Redaction, redact
from tailorkit.privacy._rights import Holders, erase_user, export_user

__all__ = [
    "Holders",
    "Redaction",
    "audit",
    "audit_trail",
    "erase_user",
    "export_user",
    "forget_subject",
    "redact",
    "subject_digest",
]
