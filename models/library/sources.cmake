target_sources(quoteline_models PRIVATE
    library/ArticleListModel.cpp
    library/ArticleListModel.h
    library/IdFilterProxy.cpp
    library/IdFilterProxy.h
    library/StatementTableModel.cpp
    library/StatementTableModel.h
)
