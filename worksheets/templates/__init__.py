"""The wording of every generated message, as TOML files a publisher edits without reading code
(loaded by :mod:`worksheets.words.wording`; each file's opening comment lists its placeholders)."""
