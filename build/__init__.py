"""Build glue: MkDocs hooks over plain functions (form markup, wheel, runtime files)."""
