"""What :func:`build.site.finish` does to the built pages, each a plain function of HTML:
Python's start from the head (``boot``), the theme's search index after it
(``search_later``), preload links for the browser modules
(``preload``), links to the worksheet (``skip``), the Content-Security-Policy (``csp``), and
the offline copy's file list and web app manifest (``offline``).
"""
