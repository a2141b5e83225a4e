target_sources(quoteline_views PRIVATE
    library/ChartDataSource.cpp
    library/ChartDataSource.h
    library/StatementColumnSizer.cpp
    library/StatementColumnSizer.h
    library/TimelineDataSource.cpp
    library/TimelineDataSource.h
)
