target_sources(quoteline_views PRIVATE
    dialogs/MessageBox.cpp
    dialogs/MessageBox.h
    reader/ArticleReader.cpp
    reader/ArticleReader.h
)
include(charts/sources.cmake)
include(timeline/sources.cmake)
