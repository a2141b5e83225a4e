target_sources(quoteline_models PRIVATE Placeholder.cpp)
include(timeline/sources.cmake)
