target_sources(quoteline_core PRIVATE
    importing/ImportPipeline.cpp
    importing/ImportPipeline.h
    importing/ImportResult.h
    importing/OfficeTable.cpp
    importing/OfficeTable.h
    importing/PreparedArticle.h
    importing/UrlImport.cpp
    importing/UrlImport.h
)
