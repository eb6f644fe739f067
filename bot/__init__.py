"""Pain-clinic patient FAQ assistant: NLU components, knowledge base, channels.

Importing the package (the Rasa server does for its channels and components,
the action server for its actions) keeps phone numbers and names out of logs.
"""
from bot import logging_redaction

logging_redaction.install()
