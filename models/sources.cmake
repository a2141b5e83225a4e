target_sources(quoteline_models PRIVATE Placeholder.cpp)
