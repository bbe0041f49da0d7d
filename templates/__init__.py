"""Word template and per-language wording of summary-report drafts (shipped as planner.templates).

summary_report.docx holds the styles (rebuild with build_template.py); summary_report.<lang>.yaml
holds the words. See planner/export/report_docx.py.
"""
