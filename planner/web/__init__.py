"""`planner serve`: the local web app over the same pipeline as the command line.

    create_app(store_url, token, allowed_hosts) -> the Starlette app   (planner.web.app)
    serve(host, port, db)                                             (planner.web.server)

Layers inside: store (the database) < workspace (a session loaded: texts read, corrections
applied, planned by the pipeline) < views (handlers, templates) < app < server.
"""
