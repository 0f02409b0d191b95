"""The words and blocks every output is made of: the wording files and their loader
(``wording``), fitting typed text into a sentence (``phrasing``), dates and times as written
(``dates``), mail links (``mailto``), output blocks (``output``) and Markdown as a safe tree
(``markdown_tree``).

The ground floor: imports nothing else of the package.
"""
