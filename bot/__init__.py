"""Pain-clinic patient FAQ assistant: NLU components, knowledge base, channels."""
