target_sources(quoteline_views PRIVATE
    dialogs/EventsDialog.cpp
    dialogs/EventsDialog.h
    dialogs/MessageBox.cpp
    dialogs/MessageBox.h
    dialogs/OfficeTermsDialog.cpp
    dialogs/OfficeTermsDialog.h
    reader/ArticleReader.cpp
    reader/ArticleReader.h
)
include(library/sources.cmake)
include(charts/sources.cmake)
include(timeline/sources.cmake)
include(import/sources.cmake)
include(comparison/sources.cmake)
