"""The Python-Markdown extensions listed under ``markdown_extensions`` in ``mkdocs.yml``, which
every engine runs: ``fence`` renders ``worksheet`` fences into forms (``forms``) or panels
(``panels`` and its ``panel_*`` modules); ``task_boxes`` makes task lists into checklists a
person ticks per interview.
"""
