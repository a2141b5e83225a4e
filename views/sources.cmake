target_sources(quoteline_views PRIVATE Placeholder.cpp)
