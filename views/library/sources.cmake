target_sources(quoteline_views PRIVATE
    library/ChartDataSource.cpp
    library/ChartDataSource.h
    library/TimelineDataSource.cpp
    library/TimelineDataSource.h
)
