"""The core every worksheet stands on: how it declares its fields (``fields``) and checks
answers against them (``validation``), the moment a call runs at (``context``), the
publisher's settings (``settings``) and who is who in an interview (``people``).

May import: ``words``.
"""
