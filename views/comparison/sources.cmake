target_sources(quoteline_views PRIVATE
    comparison/ComparisonPanel.cpp
    comparison/ComparisonPanel.h
    comparison/DiffView.cpp
    comparison/DiffView.h
    comparison/MarkupDelegate.cpp
    comparison/MarkupDelegate.h
)
