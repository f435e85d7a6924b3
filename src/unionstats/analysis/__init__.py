"""Analysis layer: read the processed dataset, pick headline figures, model trends, chart.

One job per module: ``load`` (tables, org_id, headlines), ``periods``, ``headline``,
``derived`` (ratios from one sentence), ``trends``, ``real`` (CPI, minimum wage),
``findings`` and ``summary`` (the sentences), ``charts``, ``tables``, ``vn_format`` and
``vn_labels`` (Vietnamese numbers and words), ``results``; ``income``, ``activity``,
``annual`` and ``overview`` hold what each notebook computes, so notebooks stay short.
"""
