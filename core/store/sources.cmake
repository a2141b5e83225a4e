target_sources(quoteline_core PRIVATE
    store/ArticleSnapshot.h
    store/ArticleSummary.h
    store/ChangeNotifier.h
    store/FigureRow.h
    store/OfficeTerm.h
    store/SchemaMigrations.cpp
    store/SchemaMigrations.h
    store/SearchHit.h
    store/StatementRow.h
    store/Store.cpp
    store/Store.h
    store/StoreError.h
    store/StoreStats.h
    store/ImportBatch.cpp
    store/ImportBatch.h
    store/Transaction.h
)
