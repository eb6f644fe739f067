"""Values and settings shared by tickets, staff notifications and the staff inbox."""
from __future__ import annotations

from bot.constants import PROJECT_ROOT

VAR_DIR = PROJECT_ROOT / "var"

# --- ticket field values --------------------------------------------------------
URGENCY_URGENT = "urgent"
URGENCY_ROUTINE = "routine"
URGENCIES = (URGENCY_URGENT, URGENCY_ROUTINE)

STATUS_OPEN = "open"
STATUS_RESOLVED = "resolved"
STATUSES = (STATUS_OPEN, STATUS_RESOLVED)

NOTIFICATION_PENDING = "pending"
NOTIFICATION_SENT = "sent"
NOTIFICATION_FAILED = "failed"

# Ticket reasons; red flags are "red_flag:<symptom>", e.g. "red_flag:chest_pain".
REASON_RED_FLAG_PREFIX = "red_flag:"
# A rule alarm the safety net overruled: "red_flag_review:<symptom>". Urgent, so on-call staff
# still read every message the rules flagged; texted in every STAFF_SMS_FOR mode.
REASON_RED_FLAG_REVIEW_PREFIX = "red_flag_review:"
REASON_PATIENT_REQUEST = "patient_request"
REASON_NO_ANSWER = "no_answer"
REASON_MEDICAL_ADVICE = "medical_advice"
REASON_FALLBACK = "fallback"

TRANSCRIPT_TURNS = 10  # turns kept on a ticket
TRANSCRIPT_TEXT_MAX_CHARS = 2000  # longer messages are cut, so one paste cannot bloat a ticket
SPEAKER_PATIENT = "patient"
SPEAKER_BOT = "bot"

# --- ticket store ---------------------------------------------------------------------
ENV_TICKETS_DB_URL = "TICKETS_DB_URL"
DEFAULT_TICKETS_DB = VAR_DIR / "tickets.db"
SQLITE_BUSY_TIMEOUT_SECONDS = 30

# --- staff notifications ----------------------------------------------------------------
ENV_STAFF_NOTIFY = "STAFF_NOTIFY"  # comma list of NOTIFIER_* names
ENV_STAFF_WEBHOOK_URL = "STAFF_WEBHOOK_URL"
ENV_STAFF_WEBHOOK_TOKEN = "STAFF_WEBHOOK_TOKEN"
ENV_STAFF_WEBHOOK_TIMEOUT = "STAFF_WEBHOOK_TIMEOUT"
ENV_STAFF_OUTBOX_PATH = "STAFF_OUTBOX_PATH"
# Which tickets the sms notifier pages the on-call number about (every notifier else gets all):
ENV_STAFF_SMS_FOR = "STAFF_SMS_FOR"
SMS_FOR_ALL = "all"  # every ticket (the default)
SMS_FOR_URGENT = "urgent"  # red flags, confirmed or possible
SMS_FOR_CONFIRMED = "confirmed"  # red flags the rules confirmed; possible ones wait in the inbox
SMS_FOR_CHOICES = (SMS_FOR_ALL, SMS_FOR_URGENT, SMS_FOR_CONFIRMED)
NOTIFIER_OUTBOX = "outbox"
NOTIFIER_WEBHOOK = "webhook"
NOTIFIER_SMS = "sms"
DEFAULT_NOTIFIERS = (NOTIFIER_OUTBOX,)
DEFAULT_STAFF_OUTBOX = VAR_DIR / "staff_outbox.jsonl"
DEFAULT_WEBHOOK_TIMEOUT_SECONDS = 10.0
NOTIFY_RETRIES = 3  # attempts per notifier per round
NOTIFY_BACKOFF_SECONDS = 1.0  # first pause between attempts; doubles each time
# retry_failed() leaves alone tickets touched more recently than this, so it never
# races the process that is still notifying about a brand-new ticket.
RETRY_MIN_AGE_SECONDS = 120

# --- staff inbox ---------------------------------------------------------------------------
ENV_STAFF_INBOX_TOKEN = "STAFF_INBOX_TOKEN"
ENV_STAFF_NOTIFY_RETRY_SECONDS = "STAFF_NOTIFY_RETRY_SECONDS"  # 0 turns the retry loop off
DEFAULT_RETRY_INTERVAL_SECONDS = 60
INBOX_PREFIX = "/staff"
INBOX_LIST_LIMIT = 200
RESOLVED_BY_MAX_LENGTH = 80
