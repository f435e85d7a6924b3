"""Analysis layer: read the processed dataset, pick headline figures, model trends, chart.

Each module does one job (``load``, ``periods``, ``headline``, ``derived``, ``trends``,
``real``, ``vn_format``, ``charts``, ``results``); notebooks call them and stay short.
"""
