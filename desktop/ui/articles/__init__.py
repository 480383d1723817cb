"""The Articles panel: the library of the project's articles, which opens them in panes.

Entered through `library.py` (`ArticleLibrary`)."""
