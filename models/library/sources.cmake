target_sources(quoteline_models PRIVATE
    library/AnalysisSnapshot.h library/AnalysisSnapshot.cpp
    library/ChartDataSource.cpp
    library/ChartDataSource.h
    library/ArticleListModel.cpp
    library/ArticleListModel.h
    library/IdFilterProxy.cpp
    library/IdFilterProxy.h
    library/PagedTableModel.h
    library/StatementTableModel.cpp
    library/StatementTableModel.h
    library/TimelineDataSource.cpp
    library/TimelineDataSource.h
)
