"""Rasa input channels served by the assistant: SMS (Twilio), web widget, staff inbox."""
