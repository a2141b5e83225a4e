target_sources(quoteline_views PRIVATE
    search/SearchResultDelegate.cpp
    search/SearchResultDelegate.h
    search/SearchResultsView.cpp
    search/SearchResultsView.h
)
