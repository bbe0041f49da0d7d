"""The handlers: each reads the request, calls the store or the pipeline, renders a page."""
