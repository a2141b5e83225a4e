target_sources(quoteline_views PRIVATE Placeholder.cpp)
include(charts/sources.cmake)
include(timeline/sources.cmake)
