"""Link suggestions: the dock, its controller and the background worker that encodes articles.

Entered through `controller.py` (`SuggestionsController`)."""
