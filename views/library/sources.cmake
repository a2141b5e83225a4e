target_sources(quoteline_views PRIVATE
    library/StatementColumnSizer.cpp
    library/StatementColumnSizer.h
)
