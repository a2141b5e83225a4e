target_sources(quoteline_models PRIVATE
    search/SearchResultModel.cpp
    search/SearchResultModel.h
)
