"""Network stage: a build's store -> a networkx graph and its filters, its analysis, GraphML/GEXF export,
node layout, and the interactive page with its templates."""
