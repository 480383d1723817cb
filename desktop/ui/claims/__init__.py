"""Claims: the claims panel and its model, the claim picker (K) and the inspector.

Entered through `panel.py` (`ClaimsPanel`)."""
